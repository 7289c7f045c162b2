package org.coproduction.notifications.digest.news;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.coproduction.notifications.client.Agenda;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.render.DigestView;
import org.coproduction.notifications.render.DigestViewFactory;
import org.junit.jupiter.api.Test;

/** A digest with nothing new since the last one delivered is skipped; the "work goes on" note goes monthly at most. */
@QuarkusTest
class DigestNewsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOW = Instant.parse("2027-03-29T07:00:00Z");
    private static final Instant WEEK_AGO = Instant.parse("2027-03-22T07:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Inject
    DigestViewFactory views;

    private final UUID id = UUID.randomUUID();
    private final Participant pat = new Participant(
            id,
            "Pat Example",
            "Pat",
            "pat@example.org",
            "Europe/London",
            "ACTIVE",
            new Participant.Language("en"),
            new Participant.Communication("EMAIL", "WEEKLY", "MONDAY", "HTML"));

    @Test
    void theSameDigestAgainIsNothingNewWhateverItsDateOrLink() {
        String lastWeek = DigestNews.key(
                views.build(pat, withSession(), WEEK_AGO.minusSeconds(604800), WEEK_AGO, java.util.Map.of())
                        .withHearUrl("https://a/1"));
        String now = DigestNews.key(views.build(pat, withSession(), WEEK_AGO, NOW, java.util.Map.of())
                .withHearUrl("https://a/2"));

        assertThat(now).isEqualTo(lastWeek).isNotEqualTo(DigestNews.NOTE);
        assertThat(DigestNews.skip(now, new DigestNews.History(lastWeek, null), NOW, LONDON))
                .contains(DigestNews.NOTHING_NEW);
    }

    @Test
    void anythingNewIsSent() {
        String lastWeek = DigestNews.key(views.build(pat, withSession(), WEEK_AGO, WEEK_AGO, java.util.Map.of()));
        DigestView withUpdate = views.build(pat, withSessionAndUpdate(), WEEK_AGO, NOW, java.util.Map.of());

        assertThat(DigestNews.skip(DigestNews.key(withUpdate), new DigestNews.History(lastWeek, null), NOW, LONDON))
                .isEmpty();
        // A first digest is always new.
        assertThat(DigestNews.skip(DigestNews.key(withUpdate), DigestNews.History.NONE, NOW, LONDON))
                .isEmpty();
    }

    @Test
    void theWorkGoesOnNoteGoesOutAtMostOnceACalendarMonth() {
        String note = DigestNews.key(views.build(pat, Agenda.empty(id), WEEK_AGO, NOW, java.util.Map.of()));
        assertThat(note).isEqualTo(DigestNews.NOTE);

        // Never had one, or last had one in February: the note goes.
        assertThat(DigestNews.skip(note, DigestNews.History.NONE, NOW, LONDON)).isEmpty();
        assertThat(DigestNews.skip(
                        note,
                        new DigestNews.History(DigestNews.NOTE, Instant.parse("2027-02-22T08:00:00Z")),
                        NOW,
                        LONDON))
                .isEmpty();
        // Had one this month (even if a digest with news went out since): skipped.
        assertThat(DigestNews.skip(
                        note, new DigestNews.History("abc", Instant.parse("2027-03-01T08:00:00Z")), NOW, LONDON))
                .contains(DigestNews.NOTHING_NEW);
    }

    private Agenda withSession() {
        return agenda("""
                "upcomingSessions": [{"sessionId": "%s", "title": "Listening day", "projectName": "Crisis line",
                  "start": "2027-04-12T17:00:00Z", "end": "2027-04-12T18:30:00Z", "timeZone": "Europe/London",
                  "status": "SCHEDULED", "format": "IN_PERSON", "venue": {"name": "Community Hall"}}]""".formatted(SESSION));
    }

    private Agenda withSessionAndUpdate() {
        return agenda("""
                "upcomingSessions": [{"sessionId": "%s", "title": "Listening day", "projectName": "Crisis line",
                  "start": "2027-04-12T17:00:00Z", "end": "2027-04-12T18:30:00Z", "timeZone": "Europe/London",
                  "status": "SCHEDULED", "format": "IN_PERSON", "venue": {"name": "Community Hall"}}],
                "projectUpdates": [{"projectId": "%s", "projectName": "Crisis line", "title": "Funding confirmed",
                  "body": "We have the money for next year.", "postedAt": "2027-03-25T10:00:00Z"}]""".formatted(SESSION, UUID.randomUUID()));
    }

    private static final UUID SESSION = UUID.randomUUID();

    private Agenda agenda(String members) {
        try {
            return JSON.readValue("{\"participantId\": \"" + id + "\", " + members + "}", Agenda.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
