package org.coproduction.notifications.notice.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.platform.testing.FleschScore;
import org.junit.jupiter.api.Test;

/** Every care sentence has a Welsh version, and every English one reads easily (Flesch reading ease 60 or more). */
class CareWordsTest {

    private static final List<String> CODES =
            List.of("MISSED_SESSIONS", "NO_SESSION_FOR_WEEKS", "DECLINED_INVITATIONS", "UNANSWERED_INVITATIONS");

    private static Object[] arguments(Method method) {
        List<Object> args = new ArrayList<>();
        for (Class<?> type : method.getParameterTypes()) {
            args.add(type == int.class ? 3 : "Sam");
        }
        return args.toArray();
    }

    private static List<Method> wordings() {
        List<Method> methods = new ArrayList<>();
        for (Method m : CareWords.class.getDeclaredMethods()) {
            if (!java.lang.reflect.Modifier.isStatic(m.getModifiers())
                    && !m.getName().equals("reason")
                    // The same in both languages by nature: a name, then its reasons and last visit.
                    && !m.getName().equals("person")) {
                methods.add(m);
            }
        }
        return methods;
    }

    private static List<String> texts(CareWords words) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Method m : wordings()) {
            Object value = m.invoke(words, arguments(m));
            if (value instanceof List<?> lines) {
                lines.forEach(line -> texts.add((String) line));
            } else {
                texts.add((String) value);
            }
        }
        for (String code : CODES) {
            texts.add(words.reason(code, 1));
            texts.add(words.reason(code, 3));
        }
        // Without names: the mentor or contact not known (erased, say).
        texts.add(words.followUpOffer(null, null));
        texts.add(words.menteeLine(null));
        texts.add(words.mentorLine(null));
        texts.add(words.pairLine(null, null));
        return texts;
    }

    @Test
    void everyWordingHasAWelshVersion() throws Exception {
        List<String> en = texts(CareWords.of("en"));
        List<String> cy = texts(CareWords.of("cy"));
        assertThat(cy).hasSameSizeAs(en).doesNotContainNull();
        for (int i = 0; i < en.size(); i++) {
            // Only "dim sesiwn ers 3 wythnos" counts the same for 1 and more; every text differs from the English.
            assertThat(cy.get(i)).as(en.get(i)).isNotEqualTo(en.get(i));
        }
    }

    @Test
    void everyEnglishSentenceScoresSixtyOrMore() throws Exception {
        int sentences = 0;
        for (String text : texts(CareWords.of("en"))) {
            for (String sentence : text.split("(?<=[.:])\\s+")) {
                if (sentence.endsWith(".")) {
                    sentences++;
                    assertThat(FleschScore.of(sentence)).as(sentence).isGreaterThanOrEqualTo(60);
                }
            }
        }
        assertThat(sentences).isGreaterThan(20);
    }

    @Test
    void reasonsReadAsTheContractWritesThem() {
        CareWords en = CareWords.of("en");
        assertThat(en.reason("MISSED_SESSIONS", 3)).isEqualTo("not at the last 3 sessions");
        assertThat(en.reason("NO_SESSION_FOR_WEEKS", 8)).isEqualTo("no session for 8 weeks");
        assertThat(en.reason("DECLINED_INVITATIONS", 2)).isEqualTo("last 2 invitations declined");
        assertThat(en.reason("UNANSWERED_INVITATIONS", 2)).isEqualTo("last 2 invitations not answered");
        assertThat(en.reason("MISSED_SESSIONS", 1)).isEqualTo("not at the last session");
        assertThat(en.reason("NO_SESSION_FOR_WEEKS", 1)).isEqualTo("no session for 1 week");
        assertThat(en.reason("SOMETHING_NEW", 2)).isNull();
        assertThat(CareWords.of("cy").reason("SOMETHING_NEW", 2)).isNull();
        assertThat(CareWords.of("cy").reason("MISSED_SESSIONS", 3)).isEqualTo("ddim yn y 3 sesiwn ddiwethaf");
    }
}
