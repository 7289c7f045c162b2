package org.coproduction.notifications.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Message;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coproduction.platform.testing.FleschScore;
import org.junit.jupiter.api.Test;

/**
 * The wording itself: every English message has a Welsh one with the same placeholders (a missing or misspelt
 * placeholder would print nothing or fail at render time), and the words stay plain.
 */
class DigestMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final Map<String, String> english = Arrays.stream(DigestMessages.class.getDeclaredMethods())
            .filter(m -> m.isAnnotationPresent(Message.class))
            .collect(Collectors.toMap(
                    Method::getName, m -> m.getAnnotation(Message.class).value()));

    @Test
    void everyMessageHasWelshWordingAndNoWelshKeyIsStale() throws Exception {
        Properties welsh = welsh();

        assertThat(welsh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(welsh.stringPropertyNames())
                .allSatisfy(key -> assertThat(welsh.getProperty(key)).isNotBlank());
    }

    @Test
    void welshMessagesUseExactlyTheEnglishPlaceholders() throws Exception {
        Properties welsh = welsh();

        english.forEach((key, words) -> assertThat(placeholders(welsh.getProperty(key)))
                .as("placeholders of %s", key)
                .isEqualTo(placeholders(words)));
    }

    @Test
    void placeholdersAreTheMethodsOwnParameters() {
        for (Method method : DigestMessages.class.getDeclaredMethods()) {
            Message message = method.getAnnotation(Message.class);
            if (message == null) {
                continue;
            }
            Set<String> parameters = Arrays.stream(method.getParameters())
                    .map(p -> p.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(placeholders(message.value()))
                    .as("placeholders of %s", method.getName())
                    .isEqualTo(parameters);
        }
    }

    @Test
    void theWordingIsPlainAndPeopleAreToldHowToChangeWhatTheyGet() {
        assertThat(english).hasSizeGreaterThanOrEqualTo(40);
        assertThat(english.values()).noneMatch(words -> words.contains("null") || words.contains("${"));
        assertThat(english.get("howToChange"))
                .contains("plain text", "large print")
                .doesNotContain("reply to this email");
        assertThat(english.get("hearPage")).isEqualTo("How I hear from you");
        assertThat(english.get("workGoesOn")).contains("nothing new to report");
    }

    /** Flesch does not apply to Welsh, nor to headings and labels: every English sentence of three words or more. */
    @Test
    void everyFixedEnglishSentenceScoresFleschSixtyOrMore() {
        Map<String, Double> hard = new TreeMap<>();
        english.forEach((key, words) -> {
            for (String sentence : words.split("(?<=[.!?])\\s+")) {
                String plain = PLACEHOLDER.matcher(sentence).replaceAll("it");
                boolean isSentence = plain.endsWith(".") && plain.split("\\s+").length >= 3;
                if (isSentence && FleschScore.of(plain) < 60) {
                    hard.put(key + ": " + sentence, FleschScore.of(plain));
                }
            }
        });
        assertThat(hard).as("sentences scoring below Flesch 60").isEmpty();
    }

    @Test
    void theFleschScoreTellsPlainFromHard() {
        assertThat(FleschScore.of("Thank you for coming to it on Monday, where we decided on it."))
                .isGreaterThan(60);
        assertThat(FleschScore.of("Operationalised co-produced frameworks necessitate comprehensive institutional"
                        + " interoperability considerations."))
                .isLessThan(0);
    }

    @Test
    void thanksNameWhatWasDoneAndNeverCount() {
        assertThat(english).doesNotContainKey("thanks");
        assertThat(english.get("thanksCameDecided")).contains("{session}", "{decisions}");
        assertThat(english.values()).noneMatch(words -> words.contains("Hours given"));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties welsh() throws Exception {
        Properties welsh = new Properties();
        try (InputStream in = DigestMessagesTest.class.getResourceAsStream("/messages/msg_cy.properties")) {
            assertThat(in).as("messages/msg_cy.properties on the class path").isNotNull();
            welsh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return welsh;
    }
}
