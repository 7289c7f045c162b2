package org.coproduction.notifications.render;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.domain.Notice;
import org.coproduction.notifications.domain.NoticeKind;
import org.coproduction.notifications.notice.write.WrittenNotice;

/** Renders digests and notices with Qute, in the reader's language, as HTML + text or text only. */
@ApplicationScoped
public class MailRenderer {

    private final Template digestHtml;
    private final Template digestText;
    private final Template noticeHtml;
    private final Template noticeText;
    private final Wording wording;

    public MailRenderer(
            @Location("digest.html") Template digestHtml,
            @Location("digest.txt") Template digestText,
            @Location("notice.html") Template noticeHtml,
            @Location("notice.txt") Template noticeText,
            Wording wording) {
        this.digestHtml = digestHtml;
        this.digestText = digestText;
        this.noticeHtml = noticeHtml;
        this.noticeText = noticeText;
        this.wording = wording;
    }

    public RenderedMail digest(DigestView view, DigestFormat format) {
        Locale locale = Locale.forLanguageTag(view.lang());
        String html = format.hasHtmlPart() ? render(digestHtml, view, locale) : null;
        return new RenderedMail(view.subject(), html, render(digestText, view, locale));
    }

    public String digestHtml(DigestView view) {
        return render(digestHtml, view, Locale.forLanguageTag(view.lang()));
    }

    public String digestText(DigestView view) {
        return render(digestText, view, Locale.forLanguageTag(view.lang()));
    }

    public RenderedMail notice(Notice notice, Participant person, boolean calendarAttached) {
        return notice(notice, person, calendarAttached, null);
    }

    /** @param hearUrl the person's signed link to their "How I hear from you" page; null shows the page's name only */
    public RenderedMail notice(Notice notice, Participant person, boolean calendarAttached, String hearUrl) {
        return notice(notice, person, calendarAttached, hearUrl, null);
    }

    /**
     * @param answers the person's own "I'm coming" / "I can't come" links of an invitation; null for other notices
     */
    public RenderedMail notice(
            Notice notice, Participant person, boolean calendarAttached, String hearUrl, AnswerLinks answers) {
        String lang = Language.choose(person.languageTag());
        String headline = headline(notice.kind, lang);
        List<String> paragraphs = Arrays.stream(notice.body.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
        DigestFormat format = DigestFormat.parse(person.format());
        NoticeView view = new NoticeView(
                lang,
                headline,
                person.greetingName(),
                notice.subject,
                paragraphs,
                calendarAttached,
                format == DigestFormat.LARGE_PRINT,
                hearUrl,
                answers == null ? null : answers.coming(),
                answers == null ? null : answers.notComing());
        Locale locale = Locale.forLanguageTag(lang);
        String html = format.hasHtmlPart() ? render(noticeHtml, view, locale) : null;
        return new RenderedMail(notice.subject, html, render(noticeText, view, locale));
    }

    /**
     * A notice or reminder written for this reader from a session's facts ({@link WrittenNotice}): the same templates
     * as other notices, with what changed and the facts one a line.
     */
    public RenderedMail written(
            WrittenNotice written, Participant person, boolean calendarAttached, String hearUrl, AnswerLinks answers) {
        DigestFormat format = DigestFormat.parse(person.format());
        NoticeView view = new NoticeView(
                written.lang(),
                written.headline(),
                person.greetingName(),
                written.subject(),
                written.note(),
                calendarAttached,
                format == DigestFormat.LARGE_PRINT,
                hearUrl,
                answers == null ? null : answers.coming(),
                answers == null ? null : answers.notComing(),
                written.changes(),
                written.facts(),
                written.noteHeading(),
                written.linkText(),
                written.linkUrl());
        Locale locale = Locale.forLanguageTag(written.lang());
        String html = format.hasHtmlPart() ? render(noticeHtml, view, locale) : null;
        return new RenderedMail(written.subject(), html, render(noticeText, view, locale));
    }

    /** The headline of a notice of this kind, in the reader's language. */
    public String headline(NoticeKind kind, String lang) {
        DigestMessages m = wording.in(lang);
        return switch (kind) {
            case SESSION_CANCELLED -> m.noticeCancelled();
            case SESSION_CHANGED -> m.noticeChanged();
            case GENERAL -> m.noticeGeneral();
            case SESSION_INVITATION -> m.noticeInvitation();
            // Written for each reader with their own headline (notice/write/CareNoticeWriter).
            case CHECK_IN, ENGAGEMENT_SUMMARY, FOLLOW_UP_OFFER, MENTOR_PAIRED -> m.noticeGeneral();
        };
    }

    /** An invitation's two answer links for one person (each signs them in; opening one changes nothing). */
    public record AnswerLinks(String coming, String notComing) {}

    /** The mail with a fresh sign-in link: plain text, in English or Welsh, with the link on its own line. */
    public RenderedMail signInLink(Participant person, String link) {
        DigestMessages m = wording.in(Language.choose(person.languageTag()));
        return new RenderedMail(
                m.signInSubject(),
                null,
                m.greeting(person.greetingName()) + "\n\n" + m.signInIntro() + "\n\n" + link + "\n\n" + m.signInExpiry()
                        + "\n\n" + m.signInIgnore() + "\n");
    }

    /** The short mail that confirms a new address: plain text, in English or Welsh, with the link on its own line. */
    public RenderedMail confirmation(String language, String link) {
        DigestMessages m = wording.in(Language.choose(language));
        return new RenderedMail(
                m.confirmSubject(), null, m.confirmIntro() + "\n\n" + link + "\n\n" + m.confirmIgnore() + "\n");
    }

    private static String render(Template template, Object view, Locale locale) {
        TemplateInstance instance = template.data("view", view);
        instance.setAttribute("locale", locale);
        return instance.render();
    }
}
