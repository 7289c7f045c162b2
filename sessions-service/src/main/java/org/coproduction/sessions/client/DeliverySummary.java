package org.coproduction.sessions.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How digests went out over a period: how many fell due, how many went out within 24 hours of falling due, how many
 * people were sent anything and how many of those in their own language and format.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeliverySummary(long digestsDue, long digestsOnTime, long people, long reachedInOwnLanguageAndFormat) {
    /** Two summaries of different people added up. */
    public DeliverySummary plus(DeliverySummary other) {
        return new DeliverySummary(
                digestsDue + other.digestsDue,
                digestsOnTime + other.digestsOnTime,
                people + other.people,
                reachedInOwnLanguageAndFormat + other.reachedInOwnLanguageAndFormat);
    }
}
