package org.coproduction.sessions.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** What the readability check of project updates warns about. */
@ConfigMapping(prefix = "sessions.readability")
public interface ReadabilityConfig {
    /** Words and phrases to flag as jargon (comma-separated in properties). */
    @WithDefault("stakeholder,stakeholders,leverage,synergy,going forward,deliverables,deliverable,co-design,"
            + "workstream,workstreams,paradigm,holistic,upskill,actionable,bandwidth,ecosystem,"
            + "key performance indicator,KPI,KPIs,service user,service users,cohort,utilise,facilitate,"
            + "operationalise,mobilise,best practice,outcomes framework,commissioning,pathway,pathways")
    List<String> jargon();

    /** Sentences with more words than this are flagged. */
    @WithDefault("25")
    int longSentenceWords();

    /** Flesch reading ease below this gets advice (60 is roughly plain English). */
    @WithDefault("60")
    double targetScore();
}
