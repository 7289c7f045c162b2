package org.coproduction.notifications.notice;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.digest.link.PortalLinkService;
import org.coproduction.notifications.domain.Notice;
import org.coproduction.notifications.notice.write.CareNoticeWriter;
import org.coproduction.notifications.notice.write.Reader;
import org.coproduction.notifications.notice.write.SessionDetails;
import org.coproduction.notifications.notice.write.SessionNoticeWriter;
import org.coproduction.notifications.notice.write.WrittenNotice;
import org.coproduction.notifications.render.Language;
import org.coproduction.notifications.render.MailRenderer;
import org.coproduction.notifications.render.MailRenderer.AnswerLinks;
import org.coproduction.notifications.render.RenderedMail;
import org.coproduction.notifications.render.Zones;

/**
 * One reader's mail for a notice: written in their language and zone from the facts kept with the notice (a session's,
 * or the care facts of issue 14) when it has them, else the caller's own subject and body (GENERAL notices, notices
 * stored before issue 13).
 */
@ApplicationScoped
public class NoticeMails {

    private final MailRenderer renderer;
    private final PortalLinkService links;
    private final ZoneId defaultZone;
    private final SessionNoticeWriter writer = new SessionNoticeWriter();
    private final CareNoticeWriter careWriter = new CareNoticeWriter();

    public NoticeMails(MailRenderer renderer, NotificationsConfig config, PortalLinkService links) {
        this.renderer = renderer;
        this.links = links;
        this.defaultZone = Zones.of(config.digest().defaultZone(), ZoneId.of("Europe/London"));
    }

    /** Everyone the notice names (wellbeing contact, mentor, people drifting away), for one look-up of their names. */
    public static Set<UUID> namedPeople(Notice notice) {
        Set<UUID> ids = new java.util.LinkedHashSet<>(
                CareFactsJson.read(notice.careFacts).namedPeople());
        SessionDetails session = SessionDetailsJson.read(notice.sessionDetails);
        if (session != null
                && session.sensitive() != null
                && session.sensitive().wellbeingContactId() != null) {
            ids.add(session.sensitive().wellbeingContactId());
        }
        return ids;
    }

    /** @param names preferred names of the people the notice names ({@link #namedPeople}), by id */
    public RenderedMail render(
            Notice notice,
            Participant person,
            boolean calendarAttached,
            String hearUrl,
            AnswerLinks answers,
            Map<UUID, String> names) {
        WrittenNotice written = written(notice, person, names);
        if (written == null) {
            return renderer.notice(notice, person, calendarAttached, hearUrl, answers);
        }
        return renderer.written(written, person, calendarAttached, hearUrl, answers);
    }

    /** The notice as written for this reader, for a letter or call sheet; null when it carries no facts. */
    public WrittenNotice written(Notice notice, Participant person, Map<UUID, String> names) {
        if (notice.kind.writtenForEachReader()) {
            String lang = Language.choose(person.languageTag());
            return careWriter.write(
                    notice.kind,
                    CareFactsJson.read(notice.careFacts),
                    SessionDetailsJson.read(notice.sessionDetails),
                    new Reader(person.id(), lang, Zones.of(person.timeZone(), defaultZone), names),
                    links.breakUrl(person.id()));
        }
        return notice.sessionDetails == null ? null : write(notice, person, names);
    }

    WrittenNotice write(Notice notice, Participant person, Map<UUID, String> names) {
        String lang = Language.choose(person.languageTag());
        return writer.write(
                notice.kind,
                renderer.headline(notice.kind, lang),
                SessionDetailsJson.read(notice.sessionDetails),
                SessionDetailsJson.read(notice.previousDetails),
                notice.reason,
                notice.body,
                lang,
                Zones.of(person.timeZone(), defaultZone),
                names);
    }
}
