package org.coproduction.notifications.notice;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.domain.Notice;
import org.coproduction.notifications.notice.write.SessionNoticeWriter;
import org.coproduction.notifications.notice.write.WrittenNotice;
import org.coproduction.notifications.render.Language;
import org.coproduction.notifications.render.MailRenderer;
import org.coproduction.notifications.render.MailRenderer.AnswerLinks;
import org.coproduction.notifications.render.RenderedMail;
import org.coproduction.notifications.render.Zones;

/**
 * One reader's mail for a notice: written from the session's facts in their language and zone when the notice has
 * them, else the caller's own subject and body (GENERAL notices, notices stored before issue 13).
 */
@ApplicationScoped
public class NoticeMails {

    private final MailRenderer renderer;
    private final ZoneId defaultZone;
    private final SessionNoticeWriter writer = new SessionNoticeWriter();

    public NoticeMails(MailRenderer renderer, NotificationsConfig config) {
        this.renderer = renderer;
        this.defaultZone = Zones.of(config.digest().defaultZone(), ZoneId.of("Europe/London"));
    }

    public RenderedMail render(
            Notice notice, Participant person, boolean calendarAttached, String hearUrl, AnswerLinks answers) {
        if (notice.sessionDetails == null) {
            return renderer.notice(notice, person, calendarAttached, hearUrl, answers);
        }
        return renderer.written(write(notice, person), person, calendarAttached, hearUrl, answers);
    }

    /** The notice as written for this reader, for a letter or call sheet; null when it carries no session facts. */
    public WrittenNotice written(Notice notice, Participant person) {
        return notice.sessionDetails == null ? null : write(notice, person);
    }

    WrittenNotice write(Notice notice, Participant person) {
        String lang = Language.choose(person.languageTag());
        return writer.write(
                notice.kind,
                renderer.headline(notice.kind, lang),
                SessionDetailsJson.read(notice.sessionDetails),
                SessionDetailsJson.read(notice.previousDetails),
                notice.reason,
                notice.body,
                lang,
                Zones.of(person.timeZone(), defaultZone));
    }
}
