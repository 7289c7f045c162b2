package org.coproduction.sessions.domain;

/** Whether a session (training, mentoring, buddying) is offered in a group or one to one. */
public enum SessionStyle {
    GROUP,
    ONE_TO_ONE
}
