package org.coproduction.participants.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Deletes what is kept only for a while: audit entries past their keep time, and unconfirmed email changes. */
@ApplicationScoped
public class RetentionJobs {

    private final AuditLog audit;
    private final EmailChanges emailChanges;

    public RetentionJobs(AuditLog audit, EmailChanges emailChanges) {
        this.audit = audit;
        this.emailChanges = emailChanges;
    }

    @Scheduled(
            every = "${participants.retention.every}",
            delayed = "${participants.retention.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "participants-retention")
    @Transactional
    public void run() {
        Instant now = Instant.now();
        audit.deleteExpired(now);
        emailChanges.deleteExpired(now);
    }
}
