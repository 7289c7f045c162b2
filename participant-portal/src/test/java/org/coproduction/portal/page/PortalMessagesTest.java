package org.coproduction.portal.page;

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
 * Every word on the portal's pages exists in Welsh with the same placeholders, and every fixed English sentence is
 * plain (Flesch reading ease 60 or more; Flesch does not apply to Welsh). The same for both bundles: the portal's
 * own ({@code msg}) and the Money and Have your say pages' ({@code mp}).
 */
class PortalMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Map<Class<?>, String> BUNDLES = Map.of(
            PortalMessages.class, "/messages/msg_cy.properties",
            MoneyAndProposalsMessages.class, "/messages/mp_cy.properties");

    private final Map<String, String> english = english(PortalMessages.class);

    private static Map<String, String> english(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Message.class))
                .collect(Collectors.toMap(
                        Method::getName, m -> m.getAnnotation(Message.class).value(), (a, b) -> a, TreeMap::new));
    }

    @Test
    void everyMessageHasWelshWordingAndNoWelshKeyIsStale() throws Exception {
        for (var bundle : BUNDLES.entrySet()) {
            Properties welsh = welsh(bundle.getValue());
            assertThat(welsh.stringPropertyNames())
                    .as(bundle.getValue())
                    .containsExactlyInAnyOrderElementsOf(
                            english(bundle.getKey()).keySet());
            assertThat(welsh.stringPropertyNames())
                    .allSatisfy(key -> assertThat(welsh.getProperty(key)).isNotBlank());
        }
    }

    @Test
    void noKeyIsInBothBundles() {
        assertThat(english(PortalMessages.class).keySet())
                .doesNotContainAnyElementsOf(
                        english(MoneyAndProposalsMessages.class).keySet());
    }

    @Test
    void welshMessagesUseExactlyTheEnglishPlaceholdersAndTheMethodsParameters() throws Exception {
        for (var bundle : BUNDLES.entrySet()) {
            welshPlaceholders(bundle.getKey(), welsh(bundle.getValue()));
        }
    }

    private static void welshPlaceholders(Class<?> bundle, Properties welsh) {
        for (Method method : bundle.getDeclaredMethods()) {
            String words = method.getAnnotation(Message.class).value();
            Set<String> parameters =
                    Arrays.stream(method.getParameters()).map(p -> p.getName()).collect(Collectors.toSet());
            assertThat(placeholders(words))
                    .as("placeholders of %s", method.getName())
                    .isEqualTo(parameters);
            assertThat(placeholders(welsh.getProperty(method.getName())))
                    .as("Welsh placeholders of %s", method.getName())
                    .isEqualTo(parameters);
        }
    }

    @Test
    void everyFixedEnglishSentenceIsPlain() {
        Map<String, Double> hard = new TreeMap<>();
        Map<String, String> all = new TreeMap<>(english);
        all.putAll(english(MoneyAndProposalsMessages.class));
        all.forEach((key, words) -> {
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
    void theScoreItselfTellsPlainFromHard() {
        assertThat(FleschScore.of("We will email you when there is one.")).isGreaterThan(80);
        assertThat(FleschScore.of("Operationalised co-produced frameworks necessitate comprehensive institutional"
                        + " interoperability considerations."))
                .isLessThan(0);
    }

    @Test
    void everyLabelWordsUsesResolvesInBothLanguages() {
        for (String key : Words.labelKeys()) {
            assertThat(english).containsKey(labelMethod(key));
        }
    }

    private static String labelMethod(String key) {
        String[] kindValue = key.split("\\.", 2);
        String kind = switch (kindValue[0]) {
            case "format" -> "fmt";
            case "channel" -> "chan";
            case "lang" -> "lang";
            default -> kindValue[0];
        };
        String value = kindValue[1];
        if (kind.equals("cost") || kind.equals("lang")) {
            value = Character.toUpperCase(value.charAt(0)) + value.substring(1);
        }
        return kind + value;
    }

    private static Properties welsh(String file) throws Exception {
        Properties welsh = new Properties();
        try (InputStream in = PortalMessagesTest.class.getResourceAsStream(file)) {
            welsh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return welsh;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
