package org.coproduction.sessions.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Only yes or no: the limit, the period and the total never leave participants-service. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BenefitsCheckResponse(Boolean crossesLimit) {}
