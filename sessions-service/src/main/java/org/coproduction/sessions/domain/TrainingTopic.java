package org.coproduction.sessions.domain;

/**
 * The suite's one training vocabulary (docs/CONTRACTS.md, issue 14), declared identically in participants-service:
 * people's training interests and TRAINING sessions' topics.
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
