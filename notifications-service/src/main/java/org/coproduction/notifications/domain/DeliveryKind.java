package org.coproduction.notifications.domain;

public enum DeliveryKind {
    DIGEST,
    NOTICE
}
