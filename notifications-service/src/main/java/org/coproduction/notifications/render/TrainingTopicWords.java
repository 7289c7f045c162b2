package org.coproduction.notifications.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The training vocabulary (CONTRACTS.md, issue 14) in words, English and Welsh: a small table rather than 30 bundle
 * messages. A word not in the table (the vocabulary grew before this service did) is shown in lower case.
 */
public final class TrainingTopicWords {

    /** Topic -> {English, Welsh}. */
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("CO_PRODUCTION_BASICS", new String[] {"co-production basics", "hanfodion cydgynhyrchu"}),
            Map.entry("FACILITATION", new String[] {"facilitation", "hwyluso"}),
            Map.entry("CHAIRING_MEETINGS", new String[] {"chairing meetings", "cadeirio cyfarfodydd"}),
            Map.entry("PUBLIC_SPEAKING", new String[] {"public speaking", "siarad cyhoeddus"}),
            Map.entry("SHARING_LIVED_EXPERIENCE", new String[] {"sharing lived experience", "rhannu profiad bywyd"}),
            Map.entry("PEER_SUPPORT", new String[] {"peer support", "cymorth gan gymheiriaid"}),
            Map.entry("MENTORING", new String[] {"mentoring", "mentora"}),
            Map.entry("SAFEGUARDING", new String[] {"safeguarding", "diogelu"}),
            Map.entry(
                    "TRAUMA_INFORMED_PRACTICE",
                    new String[] {"trauma-informed practice", "ymarfer wedi'i lywio gan drawma"}),
            Map.entry("RESEARCH_AND_EVALUATION", new String[] {"research and evaluation", "ymchwil a gwerthuso"}),
            Map.entry("PLAIN_LANGUAGE_WRITING", new String[] {"writing in plain words", "ysgrifennu mewn iaith glir"}),
            Map.entry("DIGITAL_SKILLS", new String[] {"digital skills", "sgiliau digidol"}),
            Map.entry("EQUALITY_AND_INCLUSION", new String[] {"equality and inclusion", "cydraddoldeb a chynhwysiant"}),
            Map.entry("GOVERNANCE", new String[] {"governance", "llywodraethu"}),
            Map.entry(
                    "INTERVIEWING_AND_RECRUITMENT",
                    new String[] {"interviewing and recruitment", "cyfweld a recriwtio"}));

    private TrainingTopicWords() {}

    /** Every topic of the vocabulary this table words. */
    public static java.util.Set<String> topics() {
        return WORDS.keySet();
    }

    public static String of(String topic, String lang) {
        String[] words = topic == null ? null : WORDS.get(topic);
        if (words == null) {
            return topic == null ? "" : topic.replace('_', ' ').toLowerCase(Locale.ROOT);
        }
        return "cy".equals(lang) ? words[1] : words[0];
    }

    /** "facilitation, public speaking": the topics in words, in the order given, each once. */
    public static String list(List<String> topics, String lang) {
        return String.join(
                ", ", topics.stream().distinct().map(t -> of(t, lang)).toList());
    }
}
