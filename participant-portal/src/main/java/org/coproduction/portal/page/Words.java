package org.coproduction.portal.page;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The portal's wording in one language, with labels for the values people choose from (needs, days, formats...). */
public final class Words {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale WELSH = Locale.forLanguageTag("cy");

    private static final Map<String, Function<PortalMessages, String>> LABELS = Map.ofEntries(
            Map.entry("need.STEP_FREE_ACCESS", PortalMessages::needSTEP_FREE_ACCESS),
            Map.entry("need.ACCESSIBLE_TOILET", PortalMessages::needACCESSIBLE_TOILET),
            Map.entry("need.HEARING_LOOP", PortalMessages::needHEARING_LOOP),
            Map.entry("need.BSL_INTERPRETER", PortalMessages::needBSL_INTERPRETER),
            Map.entry("need.SPOKEN_LANGUAGE_INTERPRETER", PortalMessages::needSPOKEN_LANGUAGE_INTERPRETER),
            Map.entry("need.CAPTIONS", PortalMessages::needCAPTIONS),
            Map.entry("need.LARGE_PRINT", PortalMessages::needLARGE_PRINT),
            Map.entry("need.EASY_READ", PortalMessages::needEASY_READ),
            Map.entry("need.SCREEN_READER_FRIENDLY", PortalMessages::needSCREEN_READER_FRIENDLY),
            Map.entry("need.QUIET_SPACE", PortalMessages::needQUIET_SPACE),
            Map.entry("need.REGULAR_BREAKS", PortalMessages::needREGULAR_BREAKS),
            Map.entry("need.PHONE_DIAL_IN", PortalMessages::needPHONE_DIAL_IN),
            Map.entry("need.ASSISTANCE_DOG_WELCOME", PortalMessages::needASSISTANCE_DOG_WELCOME),
            Map.entry("need.PERSONAL_ASSISTANT", PortalMessages::needPERSONAL_ASSISTANT),
            Map.entry("topic.CO_PRODUCTION_BASICS", PortalMessages::topicCO_PRODUCTION_BASICS),
            Map.entry("topic.FACILITATION", PortalMessages::topicFACILITATION),
            Map.entry("topic.CHAIRING_MEETINGS", PortalMessages::topicCHAIRING_MEETINGS),
            Map.entry("topic.PUBLIC_SPEAKING", PortalMessages::topicPUBLIC_SPEAKING),
            Map.entry("topic.SHARING_LIVED_EXPERIENCE", PortalMessages::topicSHARING_LIVED_EXPERIENCE),
            Map.entry("topic.PEER_SUPPORT", PortalMessages::topicPEER_SUPPORT),
            Map.entry("topic.MENTORING", PortalMessages::topicMENTORING),
            Map.entry("topic.SAFEGUARDING", PortalMessages::topicSAFEGUARDING),
            Map.entry("topic.TRAUMA_INFORMED_PRACTICE", PortalMessages::topicTRAUMA_INFORMED_PRACTICE),
            Map.entry("topic.RESEARCH_AND_EVALUATION", PortalMessages::topicRESEARCH_AND_EVALUATION),
            Map.entry("topic.PLAIN_LANGUAGE_WRITING", PortalMessages::topicPLAIN_LANGUAGE_WRITING),
            Map.entry("topic.DIGITAL_SKILLS", PortalMessages::topicDIGITAL_SKILLS),
            Map.entry("topic.EQUALITY_AND_INCLUSION", PortalMessages::topicEQUALITY_AND_INCLUSION),
            Map.entry("topic.GOVERNANCE", PortalMessages::topicGOVERNANCE),
            Map.entry("topic.INTERVIEWING_AND_RECRUITMENT", PortalMessages::topicINTERVIEWING_AND_RECRUITMENT),
            Map.entry("pay.WANTS_PAYMENT", PortalMessages::payWANTS_PAYMENT),
            Map.entry("pay.DECLINES_PAYMENT", PortalMessages::payDECLINES_PAYMENT),
            Map.entry("pay.VOUCHERS", PortalMessages::payVOUCHERS),
            Map.entry("cost.travel", PortalMessages::costTravel),
            Map.entry("cost.childcare", PortalMessages::costChildcare),
            Map.entry("cost.careCover", PortalMessages::costCareCover),
            Map.entry("cost.meals", PortalMessages::costMeals),
            Map.entry("freq.WEEKLY", PortalMessages::freqWEEKLY),
            Map.entry("freq.FORTNIGHTLY", PortalMessages::freqFORTNIGHTLY),
            Map.entry("freq.MONTHLY", PortalMessages::freqMONTHLY),
            Map.entry("freq.NEVER", PortalMessages::freqNEVER),
            Map.entry("format.HTML", PortalMessages::fmtHTML),
            Map.entry("format.PLAIN_TEXT", PortalMessages::fmtPLAIN_TEXT),
            Map.entry("format.LARGE_PRINT", PortalMessages::fmtLARGE_PRINT),
            Map.entry("channel.EMAIL", PortalMessages::chanEMAIL),
            Map.entry("channel.POST", PortalMessages::chanPOST),
            Map.entry("channel.PHONE", PortalMessages::chanPHONE),
            Map.entry("day.MONDAY", PortalMessages::dayMONDAY),
            Map.entry("day.TUESDAY", PortalMessages::dayTUESDAY),
            Map.entry("day.WEDNESDAY", PortalMessages::dayWEDNESDAY),
            Map.entry("day.THURSDAY", PortalMessages::dayTHURSDAY),
            Map.entry("day.FRIDAY", PortalMessages::dayFRIDAY),
            Map.entry("day.SATURDAY", PortalMessages::daySATURDAY),
            Map.entry("day.SUNDAY", PortalMessages::daySUNDAY),
            Map.entry("lang.en", PortalMessages::langEn),
            Map.entry("lang.cy", PortalMessages::langCy),
            Map.entry("lang.bfi", PortalMessages::langBfi),
            Map.entry("lang.pl", PortalMessages::langPl),
            Map.entry("lang.ar", PortalMessages::langAr),
            Map.entry("lang.ur", PortalMessages::langUr),
            Map.entry("lang.so", PortalMessages::langSo));

    private final Locale locale;
    private final PortalMessages messages;
    private final MoneyAndProposalsMessages moneyAndProposals;

    private Words(Locale locale, PortalMessages messages, MoneyAndProposalsMessages moneyAndProposals) {
        this.locale = locale;
        this.messages = messages;
        this.moneyAndProposals = moneyAndProposals;
    }

    public static Words of(Locale locale) {
        boolean welsh = WELSH.getLanguage().equals(locale.getLanguage());
        PortalMessages messages = welsh
                ? MessageBundles.get(PortalMessages.class, Localized.Literal.of("cy"))
                : MessageBundles.get(PortalMessages.class);
        MoneyAndProposalsMessages moneyAndProposals = welsh
                ? MessageBundles.get(MoneyAndProposalsMessages.class, Localized.Literal.of("cy"))
                : MessageBundles.get(MoneyAndProposalsMessages.class);
        return new Words(welsh ? WELSH : ENGLISH, messages, moneyAndProposals);
    }

    public Locale locale() {
        return locale;
    }

    public PortalMessages messages() {
        return messages;
    }

    /** The words of the Money and Have your say pages. */
    public MoneyAndProposalsMessages moneyAndProposals() {
        return moneyAndProposals;
    }

    /** The label of {@code kind.value} (e.g. "need", "STEP_FREE_ACCESS"); the value itself if there is none. */
    public String label(String kind, String value) {
        Function<PortalMessages, String> label = LABELS.get(kind + "." + value);
        return label == null ? value : label.apply(messages);
    }

    /** Every key {@link #label} knows; the tests check each resolves. */
    static java.util.Set<String> labelKeys() {
        return LABELS.keySet();
    }
}
