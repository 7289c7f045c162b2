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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
