package org.coproduction.notifications.notice.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coproduction.platform.testing.FleschScore;
import org.junit.jupiter.api.Test;

/** Every fixed sentence has a Welsh version, and every English one reads easily (Flesch reading ease 60 or more). */
class NoticeWordsTest {

    /** The same in both languages by nature: a language code, a time, a list joined with commas. */
    private static final Set<String> SAME_IN_BOTH = Set.of("lang", "time", "list");

    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 12, 14, 18, 0, 0, 0, ZoneId.of("Europe/London"));

    private static Object[] arguments(Method method) {
        List<Object> args = new ArrayList<>();
        for (Class<?> type : method.getParameterTypes()) {
            if (type == ZonedDateTime.class) {
                args.add(MONDAY);
            } else if (type == List.class) {
                args.add(List.of("tea", "cake"));
            } else {
                args.add("X");
            }
        }
        return args.toArray();
    }

    private static List<Method> wordings() {
        List<Method> methods = new ArrayList<>();
        for (Method m : NoticeWords.class.getDeclaredMethods()) {
            if (m.getReturnType() == String.class && !java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                methods.add(m);
            }
        }
        return methods;
    }

    @Test
    void everyWordingHasAWelshVersion() throws Exception {
        NoticeWords en = NoticeWords.of("en");
        NoticeWords cy = NoticeWords.of("cy");
        for (Method m : wordings()) {
            if (SAME_IN_BOTH.contains(m.getName())) {
                continue;
            }
            Object[] args = arguments(m);
            assertThat((String) m.invoke(cy, args)).as(m.getName()).isNotEqualTo(m.invoke(en, args));
        }
    }

    @Test
    void everyEnglishSentenceScoresSixtyOrMore() throws Exception {
        NoticeWords en = NoticeWords.of("en");
        int sentences = 0;
        for (Method m : wordings()) {
            String text = (String) m.invoke(en, arguments(m));
            for (String sentence : text.split("(?<=[.:])\\s+")) {
                if (sentence.endsWith(".")) {
                    sentences++;
                    assertThat(FleschScore.of(sentence)).as(sentence).isGreaterThanOrEqualTo(60);
                }
            }
        }
        assertThat(sentences).isGreaterThan(10);
    }
}
