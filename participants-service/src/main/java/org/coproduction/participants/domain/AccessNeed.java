package org.coproduction.participants.domain;

/** The shared access-needs vocabulary; sessions-service describes venue features with the same words. */
public enum AccessNeed {
    STEP_FREE_ACCESS,
    ACCESSIBLE_TOILET,
    HEARING_LOOP,
    BSL_INTERPRETER,
    SPOKEN_LANGUAGE_INTERPRETER,
    CAPTIONS,
    LARGE_PRINT,
    EASY_READ,
    SCREEN_READER_FRIENDLY,
    QUIET_SPACE,
    REGULAR_BREAKS,
    PHONE_DIAL_IN,
    ASSISTANCE_DOG_WELCOME,
    PERSONAL_ASSISTANT
}
