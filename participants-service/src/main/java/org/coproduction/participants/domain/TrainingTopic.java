package org.coproduction.participants.domain;

/**
 * The one training vocabulary (beside {@link AccessNeed}): people's training interests and sessions-service's training
 * sessions use the same words, so a person can be matched with training on what they asked for.
 */
public enum TrainingTopic {
    CO_PRODUCTION_BASICS,
    FACILITATION,
    CHAIRING_MEETINGS,
    PUBLIC_SPEAKING,
    SHARING_LIVED_EXPERIENCE,
    PEER_SUPPORT,
    MENTORING,
    SAFEGUARDING,
    TRAUMA_INFORMED_PRACTICE,
    RESEARCH_AND_EVALUATION,
    PLAIN_LANGUAGE_WRITING,
    DIGITAL_SKILLS,
    EQUALITY_AND_INCLUSION,
    GOVERNANCE,
    INTERVIEWING_AND_RECRUITMENT
}
