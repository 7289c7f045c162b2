package org.coproduction.notifications.render;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The thank-you of a digest in human words: the sessions the person came to by title and day, what was decided
 * there, and the actions they finished. Never a bare count; a warm general thanks when there is nothing to name.
 */
public final class Thanks {

    /** Marks a title inside a sentence (emphasised in HTML, between asterisks in text); never reaches a reader. */
    static final char TITLE_START = '\uE000';

    static final char TITLE_END = '\uE001';

    private static final List<String> WELSH_DAYS =
            List.of("Llun", "Mawrth", "Mercher", "Iau", "Gwener", "Sadwrn", "Sul");

    private final DigestMessages m;
    private final String lang;
    private final ZoneId zone;
    private final Instant now;

    public Thanks(DigestMessages m, String lang, ZoneId zone, Instant now) {
        this.m = m;
        this.lang = lang;
        this.zone = zone;
        this.now = now;
    }

    /** A session they came to: its title, start and the decisions made there (in the words they read them in). */
    public record Came(String title, Instant start, List<String> decisions) {}

    /** One piece of a sentence: plain words or a session's title. */
    public record Piece(String text, boolean title) {}

    /** One sentence, in pieces so a template can emphasise titles. */
    public record Sentence(List<Piece> pieces) {

        /** The sentence as plain text, titles between asterisks. */
        public String text() {
            StringBuilder out = new StringBuilder();
            pieces.forEach(p -> out.append(p.title() ? "*" + p.text() + "*" : p.text()));
            return out.toString();
        }
    }

    /**
     * @param came the sessions they attended, oldest first
     * @param finished the actions they finished, as they read them
     * @param tookPart sessions-service counted time they gave without naming sessions (an older answer)
     */
    public List<Sentence> write(List<Came> came, List<String> finished, boolean tookPart) {
        List<String> sentences = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        for (Came c : came) {
            String session = m.sessionOnDay(TITLE_START + c.title() + TITLE_END, day(c.start()));
            List<String> decisions = c.decisions().stream()
                    .map(Thanks::asPhrase)
                    .filter(d -> !d.isEmpty())
                    .toList();
            if (decisions.isEmpty()) {
                waiting.add(session);
                continue;
            }
            flush(waiting, sentences);
            String what = Lists.and(decisions, m, lang);
            sentences.add(
                    sentences.isEmpty() ? m.thanksCameDecided(session, what) : m.thanksCameDecidedToo(session, what));
        }
        flush(waiting, sentences);
        if (finished.size() == 1) {
            sentences.add(m.thanksDidOne(finished.get(0)));
        } else if (finished.size() > 1) {
            sentences.add(m.thanksDidMany(Lists.and(finished, m, lang)));
        }
        if (!sentences.isEmpty()) {
            sentences.add(m.thanksClosing());
        } else {
            sentences.add(tookPart ? m.thanksTookPart() : m.thanksGeneral());
        }
        return sentences.stream().map(Thanks::pieces).toList();
    }

    private void flush(List<String> waiting, List<String> sentences) {
        if (waiting.isEmpty()) {
            return;
        }
        String sessions = Lists.and(waiting, m, lang);
        sentences.add(sentences.isEmpty() ? m.thanksCame(sessions) : m.thanksCameToo(sessions));
        waiting.clear();
    }

    /**
     * The day of a session in the reader's zone: its name within the last week ("Monday"), with the date when
     * further back ("Monday 14 December"). Welsh names follow "ar ddydd" in the sentence ("Llun").
     */
    String day(Instant start) {
        if (start == null) {
            return "";
        }
        ZonedDateTime at = start.atZone(zone);
        Locale locale = Locale.forLanguageTag(lang);
        String name = "cy".equals(lang)
                ? WELSH_DAYS.get(at.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue())
                : at.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
        boolean thisWeek = now == null || Duration.between(start, now).compareTo(Duration.ofDays(6)) < 0;
        return thisWeek
                ? name
                : name + " " + DateTimeFormatter.ofPattern("d MMMM", locale).format(at);
    }

    /** A decision as a phrase inside a sentence: "Call-backs within one hour." reads "call-backs within one hour". */
    static String asPhrase(String decision) {
        if (decision == null) {
            return "";
        }
        String d = decision.strip();
        while (d.endsWith(".") || d.endsWith("!")) {
            d = d.substring(0, d.length() - 1).strip();
        }
        // Lower the first letter of an ordinary word only: "BSL leaflets" and "I" stay as written.
        if (d.length() > 1 && Character.isUpperCase(d.charAt(0)) && Character.isLowerCase(d.charAt(1))) {
            d = Character.toLowerCase(d.charAt(0)) + d.substring(1);
        }
        return d;
    }

    static String withoutMarks(String text) {
        return text.replace(String.valueOf(TITLE_START), "").replace(String.valueOf(TITLE_END), "");
    }

    private static Sentence pieces(String sentence) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTitle = false;
        for (char c : sentence.toCharArray()) {
            if (c == TITLE_START || c == TITLE_END) {
                if (!current.isEmpty()) {
                    pieces.add(new Piece(current.toString(), inTitle));
                    current.setLength(0);
                }
                inTitle = c == TITLE_START;
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            pieces.add(new Piece(current.toString(), inTitle));
        }
        return new Sentence(pieces);
    }
}
