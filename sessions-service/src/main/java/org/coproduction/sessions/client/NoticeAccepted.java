package org.coproduction.sessions.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** notifications-service's answer to a notice (202). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NoticeAccepted(UUID id, Integer deliveries) {}
