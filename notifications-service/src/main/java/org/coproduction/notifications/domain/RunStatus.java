package org.coproduction.notifications.domain;

/** Stored run states; WAITING and COMPLETED are derived from the run's deliveries when a run is read. */
public enum RunStatus {
    QUEUED,
    RUNNING,
    FINISHED,
    ABORTED
}
