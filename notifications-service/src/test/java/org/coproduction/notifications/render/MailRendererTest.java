package org.coproduction.notifications.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.client.Agenda;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.domain.Notice;
import org.coproduction.notifications.domain.NoticeKind;
import org.junit.jupiter.api.Test;

/**
 * Digests and notices rendered straight from the templates and message bundles (no HTTP, no mail server): each
 * language, each format, and times in the reader's own zone.
 */
@QuarkusTest
class MailRendererTest {

    /** 17:00Z on Monday 29 March 2027: 18:00 in London (summer time began the day before), 02:00 Tuesday in Tokyo. */
    private static final Instant START = Instant.parse("2027-03-29T17:00:00Z");

    private static final Instant END = Instant.parse("2027-03-29T18:30:00Z");
    private static final Instant SINCE = Instant.parse("2027-03-15T08:00:00Z");
    private static final Instant NOW = Instant.parse("2027-03-22T08:00:00Z");

    /** Someone the agendas name as an owner and member. */
    private static final UUID BEN = UUID.randomUUID();

    private static final Map<UUID, String> NAMES = Map.of(BEN, "Ben");

    @Inject
    DigestViewFactory views;

    @Inject
    MailRenderer renderer;

    @Test
    void anEnglishDigestAsAFormattedEmailHasBothPartsInLondonTime() {
        Participant aisha = person("Aisha", "en", "Europe/London", "WEEKLY", "HTML");
        DigestView view = views.build(aisha, richAgenda(aisha.id()), SINCE, NOW, NAMES);

        RenderedMail mail = renderer.digest(view, DigestFormat.parse(aisha.format()));

        assertThat(mail.subject()).isEqualTo("Your co-production update, Monday 22 March 2027");
        assertThat(mail.html())
                .contains(
                        "<html lang=\"en\">",
                        "font-size: 16px",
                        "<h1>Hello Aisha,</h1>",
                        "Here is what has happened since Monday 15 March 2027",
                        "<h2>Coming up</h2>",
                        "Times are shown in your time zone (Europe/London).",
                        "Monday 29 March 2027, 18:00 to 19:30",
                        "Community Hall, 1 High Street, Cardiff / Online",
                        "<a href=\"https://meet.example.org/abc\">https://meet.example.org/abc</a>",
                        "Shape the survey together (Better Mental Health Services)",
                        "<li>Interpretation: British Sign Language (BSL), Welsh</li>",
                        "<li>Captions</li>",
                        "<li>Regular breaks</li>",
                        "We agreed the survey questions.",
                        "<li>Survey goes out in April</li>",
                        "<li>Draft the survey (due Thursday 1 April 2027). You are doing this.</li>",
                        "<li>Print the posters. Done by Ben.</li>",
                        "Send the invitations, due Friday 2 April 2027 (from Planning meeting). Ben is doing this.",
                        "<h2>Done since your last update</h2>",
                        "<li>Book the hall (from Planning meeting). Done by you.</li>",
                        "Funding confirmed (Better Mental Health Services)",
                        "posted Friday 20 November 2026",
                        "<p>We corrected this update on Tuesday 16 March 2027.</p>",
                        "<h2>Your projects</h2>",
                        "<h3>Better Mental Health Services</h3>",
                        "<dd>Make the crisis line easier to use</dd>",
                        "<dt>Who is in it</dt><dd>Ben</dd>",
                        "<p>Thank you for coming to <em>Planning meeting</em> on Monday 15 March, where we decided on"
                                + " survey goes out in April. Thank you for getting this done: Book the hall. Your"
                                + " experience shapes this work.</p>",
                        "every week on Monday, as a formatted email")
                .doesNotContain(
                        "Large print materials",
                        "work goes on",
                        "You can also change it here",
                        "Not yet in",
                        "lang=\"cy\"",
                        "Hours given");
        // Headings go in order: h1, then h2 sections, each h3 inside one.
        assertThat(mail.html().indexOf("<h2>Your projects</h2>"))
                .isGreaterThan(mail.html().indexOf("<h2>Project updates</h2>"));
        assertThat(mail.text())
                .contains(
                        "Hello Aisha,",
                        "== Coming up ==",
                        "  When: Monday 29 March 2027, 18:00 to 19:30",
                        "  Arrangements made: Interpretation: British Sign Language (BSL), Welsh; Captions; Regular breaks",
                        "* Send the invitations, due Friday 2 April 2027 (from Planning meeting). Ben is doing this.",
                        "  - Draft the survey (due Thursday 1 April 2027). You are doing this.",
                        "  We corrected this update on Tuesday 16 March 2027.",
                        "  Who is in it: Ben",
                        "Thank you for coming to *Planning meeting* on Monday 15 March, where we decided on")
                .doesNotContain("<");
    }

    @Test
    void aWelshDigestInLargePrintIsWelshThroughoutAndLarger() {
        Participant gwen = person("Gwen", "cy-GB", "Europe/London", "FORTNIGHTLY", "LARGE_PRINT");
        DigestView view = views.build(gwen, richAgenda(gwen.id()), SINCE, NOW, NAMES);

        RenderedMail mail = renderer.digest(view, DigestFormat.parse(gwen.format()));

        assertThat(view.lang()).isEqualTo("cy");
        assertThat(view.largePrint()).isTrue();
        assertThat(mail.subject())
                .startsWith("Eich diweddariad cyd-gynhyrchu, ")
                .contains("22 Mawrth 2027");
        assertThat(mail.html())
                .contains(
                        "<html lang=\"cy\">",
                        "font-size: 24px",
                        "max-width: 36em",
                        "<h1>Helo Gwen,</h1>",
                        "<h2>Yn dod i fyny</h2>",
                        "Llun 29 Mawrth 2027, 18:00 i 19:30",
                        "Iaith Arwyddion Prydain (BSL)",
                        "Isdeitlau",
                        "Seibiannau rheolaidd",
                        "bob pythefnos ar",
                        "print bras")
                .doesNotContain("Hello", "Coming up", " to 19:30", "font-size: 16px");
        // Only a plain Welsh version of the summary exists and Gwen did not ask for plain words: she gets the English
        // original, marked, and her screen reader is told it is English. The update has a Welsh version.
        assertThat(mail.html())
                .contains(
                        "<p><em>Heb ei gyfieithu i&#39;r Gymraeg eto</em></p>\n<p lang=\"en\">We agreed the survey questions.</p>",
                        "<h3><span lang=\"en\">Planning meeting</span> (Better Mental Health Services)",
                        "<ul lang=\"en\"><li>Survey goes out in April</li></ul>",
                        "<li><span lang=\"en\">Draft the survey</span> (erbyn ",
                        "2027). Chi sy&#39;n gwneud hyn.</li>",
                        "<li><span lang=\"en\">Send the invitations</span>",
                        "Mae Ben yn gwneud hyn. <em>Heb ei gyfieithu i&#39;r Gymraeg eto</em></li>",
                        "<li>Archebu&#39;r neuadd (o Planning meeting). Wedi&#39;i wneud gennych chi.</li>",
                        "<h3>Cyllid wedi&#39;i gadarnhau (Better Mental Health Services)</h3>",
                        "<p>Mae&#39;r cyngor wedi cadarnhau cyllid.</p>",
                        "Rydyn ni wedi cywiro&#39;r diweddariad hwn (",
                        "<h2>Eich prosiectau</h2>",
                        "Diolch am ddod i <em>Planning meeting</em> ar ddydd Llun 15 Mawrth, lle gwnaethon ni"
                                + " benderfynu: survey goes out in April.",
                        "Diolch am wneud hyn: Archebu&#39;r neuadd.")
                .doesNotContain("Funding confirmed", "Done by", "Not yet in Welsh");
        assertThat(mail.text())
                .contains("Helo Gwen,", "== Yn dod i fyny ==", "  (Heb ei gyfieithu i'r Gymraeg eto)")
                .doesNotContain("<");
    }

    @Test
    void plainTextReadersGetNoHtmlPart() {
        Participant taro = person("Taro", "en", "Europe/London", "MONTHLY", "PLAIN_TEXT");
        DigestView view = views.build(taro, richAgenda(taro.id()), SINCE, NOW, Map.of());

        RenderedMail mail = renderer.digest(view, DigestFormat.PLAIN_TEXT);

        assertThat(mail.html()).isNull();
        assertThat(mail.text())
                .contains("Hello Taro,", "on the first Monday of each month, as plain text.")
                .doesNotContain("<");
    }

    @Test
    void timesAreShownInTheReadersOwnZone() {
        Participant tokyo = person("Taro", "en", "Asia/Tokyo", "WEEKLY", "PLAIN_TEXT");
        Participant newYork = person("Nell", "en", "America/New_York", "WEEKLY", "PLAIN_TEXT");
        Participant nowhere = person("Noor", "en", "Mars/Olympus_Mons", "WEEKLY", "PLAIN_TEXT");

        String inTokyo = renderer.digest(
                        views.build(tokyo, richAgenda(tokyo.id()), SINCE, NOW, Map.of()), DigestFormat.PLAIN_TEXT)
                .text();
        String inNewYork = renderer.digest(
                        views.build(newYork, richAgenda(newYork.id()), SINCE, NOW, Map.of()), DigestFormat.PLAIN_TEXT)
                .text();
        DigestView fallback = views.build(nowhere, richAgenda(nowhere.id()), SINCE, NOW, Map.of());

        // The same session early on Tuesday in Tokyo, and at lunchtime in New York (summer time since 14 March).
        assertThat(inTokyo)
                .contains("Tuesday 30 March 2027, 02:00 to 03:30", "Times are shown in your time zone (Asia/Tokyo).");
        assertThat(inNewYork).contains("Monday 29 March 2027, 13:00 to 14:30", "(America/New_York)");
        // A zone that does not exist falls back to the configured default.
        assertThat(fallback.zone()).isEqualTo("Europe/London");
        assertThat(fallback.upcoming().get(0).when()).isEqualTo("Monday 29 March 2027, 18:00 to 19:30");
    }

    @Test
    void aQuietPeriodSaysTheWorkGoesOnInEitherLanguage() {
        Participant quinn = person("Quinn", "en", "Europe/London", "WEEKLY", "HTML");
        Participant gwen = person("Gwen", "cy", "Europe/London", "WEEKLY", "PLAIN_TEXT");

        DigestView english = views.build(quinn, Agenda.empty(quinn.id()), SINCE, NOW, Map.of());
        DigestView welsh = views.build(gwen, Agenda.empty(gwen.id()), SINCE, NOW, Map.of());

        assertThat(english.nothingHappened()).isTrue();
        assertThat(renderer.digestText(english))
                .contains(
                        "nothing new to report this time, but the work goes on",
                        "Thank you for being part of this work.")
                .doesNotContain("== Coming up ==");
        assertThat(renderer.digestText(welsh))
                .contains("mae'r gwaith yn parhau", "Diolch am fod yn rhan o'r gwaith hwn.");
        // In HTML the apostrophe is escaped like any other text.
        assertThat(renderer.digestHtml(welsh)).contains("mae&#39;r gwaith yn parhau");
    }

    @Test
    void textFromOtherServicesIsEscapedInHtml() {
        Participant sam = person("Sam <b>", "en", "Europe/London", "WEEKLY", "HTML");
        Agenda agenda = new Agenda(
                sam.id(),
                List.of(new Agenda.UpcomingSession(
                        UUID.randomUUID(),
                        "Project",
                        "<script>alert(1)</script>",
                        null,
                        "WORKSHOP",
                        "IN_PERSON",
                        START,
                        END,
                        "Europe/London",
                        "SCHEDULED",
                        null,
                        null,
                        null)),
                List.of(),
                List.of(),
                List.of(),
                null);

        String html = renderer.digestHtml(views.build(sam, agenda, SINCE, NOW, Map.of()));

        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Hello Sam &lt;b&gt;,")
                .doesNotContain("<script>");
    }

    @Test
    void anEnglishNoticeKeepsItsParagraphsAndMentionsTheCalendarFile() {
        Participant aisha = person("Aisha", "en", "Europe/London", "NEVER", "HTML");

        RenderedMail mail = renderer.notice(notice(NoticeKind.SESSION_CANCELLED), aisha, true);

        assertThat(mail.subject()).isEqualTo("Survey workshop on 29 March is cancelled");
        assertThat(mail.html())
                .contains(
                        "<html lang=\"en\">",
                        "font-size: 16px",
                        "<h1>A session has been cancelled</h1>",
                        "<p>Hello Aisha,</p>",
                        "<p>We are sorry: the venue is closed.</p>",
                        "<p>We will offer a new date soon.</p>",
                        "The calendar file sent with this email has the latest details");
        assertThat(mail.text())
                .contains("A session has been cancelled", "We are sorry: the venue is closed.\n\nWe will offer");
    }

    @Test
    void aWelshNoticeInPlainTextHasNoHtmlAndNoCalendarLineWithoutAFile() {
        Participant gwen = person("Gwen", "cy", "Europe/London", "WEEKLY", "PLAIN_TEXT");

        RenderedMail mail = renderer.notice(notice(NoticeKind.SESSION_CHANGED), gwen, false);

        assertThat(mail.html()).isNull();
        assertThat(mail.text())
                .contains("Mae sesiwn wedi newid", "Helo Gwen,", "We are sorry: the venue is closed.")
                .doesNotContain("ffeil calendr", "<");
    }

    @Test
    void aLargePrintNoticeIsLarger() {
        Participant lee = person("Lee", "en", "Europe/London", "WEEKLY", "LARGE_PRINT");

        RenderedMail mail = renderer.notice(notice(NoticeKind.GENERAL), lee, false);

        assertThat(mail.html())
                .contains("font-size: 24px", "<h1>A message for you</h1>")
                .doesNotContain("font-size: 16px");
    }

    private static Participant person(String name, String language, String zone, String frequency, String format) {
        UUID id = UUID.randomUUID();
        return new Participant(
                id,
                name + " Example",
                name,
                name.toLowerCase() + "@example.org",
                zone,
                "ACTIVE",
                new Participant.Language(language),
                new Participant.Communication("EMAIL", frequency, "MONDAY", format));
    }

    private static Notice notice(NoticeKind kind) {
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.kind = kind;
        notice.subject = "Survey workshop on 29 March is cancelled";
        notice.body = "We are sorry: the venue is closed.\n\n  \nWe will offer a new date soon.";
        return notice;
    }

    private static Agenda richAgenda(UUID participantId) {
        var session = new Agenda.UpcomingSession(
                UUID.randomUUID(),
                "Better Mental Health Services",
                "Survey workshop",
                "Shape the survey together",
                "WORKSHOP",
                "HYBRID",
                START,
                END,
                "Europe/London",
                "SCHEDULED",
                new Agenda.Venue("Community Hall", "1 High Street, Cardiff", "IN_PERSON"),
                "https://meet.example.org/abc",
                new Agenda.Arrangements(List.of("bfi", "cy"), true, false, false, true));
        UUID planning = UUID.randomUUID();
        var summary = new Agenda.Summary(
                planning,
                "Better Mental Health Services",
                "Planning meeting",
                Instant.parse("2027-03-15T18:00:00Z"),
                "Europe/London",
                "We agreed the survey questions.",
                List.of("Survey goes out in April"),
                List.of(
                        new Agenda.Action("Draft the survey", participantId, "2027-04-01", UUID.randomUUID(), false),
                        new Agenda.Action("Print the posters", BEN, null, UUID.randomUUID(), true)),
                "en",
                List.of(new Agenda.SummaryVersion("cy", true, "Fe wnaethon ni gytuno ar y cwestiynau.", null, null)));
        var action = new Agenda.OpenAction(
                UUID.randomUUID(),
                "Planning meeting",
                "Send the invitations",
                "2027-04-02T10:00:00Z",
                UUID.randomUUID(),
                BEN,
                "en",
                List.of());
        var finished = new Agenda.CompletedAction(
                UUID.randomUUID(),
                planning,
                "Planning meeting",
                "Book the hall",
                participantId,
                Instant.parse("2027-03-18T10:00:00Z"),
                "en",
                List.of(new Agenda.ActionVersion("cy", false, "Archebu'r neuadd")));
        var update = new Agenda.ProjectUpdate(
                UUID.randomUUID(),
                "Better Mental Health Services",
                "Funding confirmed",
                "The council confirmed funding for next year.",
                Instant.parse("2026-11-20T10:00:00Z"),
                UUID.randomUUID(),
                Instant.parse("2027-03-16T09:00:00Z"),
                "en",
                List.of(new Agenda.UpdateVersion(
                        "cy", false, "Cyllid wedi'i gadarnhau", "Mae'r cyngor wedi cadarnhau cyllid.")));
        var project = new Agenda.Project(
                UUID.randomUUID(), "Better Mental Health Services", "Make the crisis line easier to use", List.of(BEN));
        return new Agenda(
                participantId,
                List.of(session),
                List.of(summary),
                List.of(action),
                List.of(update),
                new Agenda.Contributions(
                        1,
                        1.5,
                        List.of(new Agenda.Attended(
                                planning, "Planning meeting", Instant.parse("2027-03-15T18:00:00Z"), null, 1.5))),
                List.of(finished),
                List.of(project));
    }
}
