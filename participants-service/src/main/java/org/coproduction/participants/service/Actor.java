package org.coproduction.participants.service;

/** Who acted, as the audit names them: the token's subject (canonical for participants) and role. */
public record Actor(String subject, String role) {}
