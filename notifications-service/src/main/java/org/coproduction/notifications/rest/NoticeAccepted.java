package org.coproduction.notifications.rest;

import java.util.UUID;

public record NoticeAccepted(UUID id, long deliveries) {}
