package org.coproduction.participants.domain;

public enum ConsentAction {
    GIVEN,
    WITHDRAWN
}
