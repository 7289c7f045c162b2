package org.coproduction.sessions.service;

import java.util.UUID;

/** Fired when a notice is written to the outbox; observed after the transaction commits. */
public record NoticeQueued(UUID noticeId) {}
