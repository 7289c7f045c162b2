package org.coproduction.notifications.delivery.claim;

import java.util.List;
import java.util.UUID;

/** Which waiting deliveries a claim may take: all, one run's, one notice's, or given ids. */
public record ClaimScope(String column, Object value) {

    public static ClaimScope all() {
        return new ClaimScope(null, null);
    }

    public static ClaimScope run(UUID runId) {
        return new ClaimScope("run_id", runId);
    }

    public static ClaimScope notice(UUID noticeId) {
        return new ClaimScope("notice_id", noticeId);
    }

    public static ClaimScope ids(List<UUID> ids) {
        return new ClaimScope("id", ids);
    }

    String sql() {
        if (column == null) {
            return "";
        }
        return "id".equals(column) ? " and id in (:scope)" : " and " + column + " = :scope";
    }
}
