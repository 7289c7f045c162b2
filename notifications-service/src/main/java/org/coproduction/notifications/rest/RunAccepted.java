package org.coproduction.notifications.rest;

import java.util.UUID;

public record RunAccepted(UUID id, String status) {}
