package org.coproduction.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.coproduction.participants.api.NotificationsExport;
import org.coproduction.participants.api.ParticipantExport;
import org.coproduction.participants.api.SessionsExport;
import org.coproduction.participants.client.NotificationsClient;
import org.coproduction.participants.client.SessionsClient;

/**
 * A person's export: what this service holds, then what sessions- and notifications-service hold (asked outside any
 * transaction). If either is down the whole export fails with a 503: never a partial one.
 */
@ApplicationScoped
public class ExportService {

    private final ParticipantService participants;
    private final SessionsClient sessions;
    private final NotificationsClient notifications;

    public ExportService(ParticipantService participants, SessionsClient sessions, NotificationsClient notifications) {
        this.participants = participants;
        this.sessions = sessions;
        this.notifications = notifications;
    }

    public ParticipantExport export(UUID id, Caller caller) {
        LocalExport local = participants.export(id, caller);
        SessionsExport held = normalise(sessions.export(id));
        NotificationsExport fromNotifications = notifications.export(id);
        NotificationsExport mails = new NotificationsExport(
                orEmpty(fromNotifications.deliveries()),
                fromNotifications.unsubscribedAt(),
                orEmpty(fromNotifications.leftOutOfRuns()),
                orEmpty(fromNotifications.documents()),
                orEmpty(fromNotifications.namedInNotices()));
        return new ParticipantExport(
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                local.participant(),
                local.consentHistory(),
                local.audit(),
                local.benefitsLimit(),
                held,
                mails);
    }

    private static SessionsExport normalise(SessionsExport e) {
        return new SessionsExport(
                orEmpty(e.memberships()),
                orEmpty(e.invitations()),
                orEmpty(e.attendance()),
                orEmpty(e.actions()),
                orEmpty(e.contributions()),
                orEmpty(e.coordinatorOf()),
                orEmpty(e.followUps()),
                orEmpty(e.checkIns()),
                orEmpty(e.wellbeingContactOf()),
                orEmpty(e.payments()),
                orEmpty(e.proposals()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
