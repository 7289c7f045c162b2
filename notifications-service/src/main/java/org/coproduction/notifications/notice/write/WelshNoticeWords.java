package org.coproduction.notifications.notice.write;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Welsh wording of notices and reminders, in plain, widely used forms. Day names are written out here (not taken
 * from the JDK's locale data) so that they can be mutated after a preposition: "ar ddydd Llun", "o ddydd Llun",
 * "i ddydd Mawrth".
 */
public final class WelshNoticeWords implements NoticeWords {

    private static final String[] DAYS = {
        "dydd Llun", "dydd Mawrth", "dydd Mercher", "dydd Iau", "dydd Gwener", "dydd Sadwrn", "dydd Sul"
    };
    private static final String[] MONTHS = {
        "Ionawr",
        "Chwefror",
        "Mawrth",
        "Ebrill",
        "Mai",
        "Mehefin",
        "Gorffennaf",
        "Awst",
        "Medi",
        "Hydref",
        "Tachwedd",
        "Rhagfyr"
    };

    /** Soft mutation of a date text that starts with "dydd" (the only word these dates start with). */
    static String mutate(String text) {
        return text.startsWith("dydd ") ? "d" + text : text;
    }

    @Override
    public String lang() {
        return "cy";
    }

    @Override
    public String day(ZonedDateTime at) {
        return DAYS[at.getDayOfWeek().getValue() - 1] + " " + at.getDayOfMonth() + " " + MONTHS[at.getMonthValue() - 1];
    }

    @Override
    public String dayAndTime(ZonedDateTime at) {
        return day(at) + ", " + time(at);
    }

    @Override
    public String time(ZonedDateTime at) {
        return String.format("%02d:%02d", at.getHour(), at.getMinute());
    }

    @Override
    public String range(ZonedDateTime start, ZonedDateTime end) {
        String from = day(start) + " " + start.getYear() + ", " + time(start);
        if (end == null) {
            return from;
        }
        return start.toLocalDate().equals(end.toLocalDate())
                ? from + " i " + time(end)
                : from + " i " + mutate(day(end) + " " + end.getYear() + ", " + time(end));
    }

    @Override
    public String subjectInvitation(String title) {
        return "Gwahoddiad: " + title;
    }

    @Override
    public String subjectChanged(String title) {
        return "Sesiwn wedi newid: " + title;
    }

    @Override
    public String subjectCancelled(String title) {
        return "Sesiwn wedi'i chanslo: " + title;
    }

    @Override
    public String subjectReminder(String title, String day) {
        return "Nodyn atgoffa: " + title + " ar " + mutate(day);
    }

    @Override
    public String headlineReminder() {
        return "Nodyn atgoffa am eich sesiwn";
    }

    @Override
    public String what(String title) {
        return "Beth: " + title;
    }

    @Override
    public String project(String name) {
        return "Prosiect: " + name;
    }

    @Override
    public String when(String range, String zone) {
        return "Pryd: " + range + " (amser " + zone + ")";
    }

    @Override
    public String where(String place) {
        return "Ble: " + place;
    }

    @Override
    public String whereOnline() {
        return "Ble: ar-lein";
    }

    @Override
    public String whereHybrid(String place) {
        return "Ble: " + place + ", neu ar-lein";
    }

    @Override
    public String joiningLink(String link) {
        return "Dolen i ymuno: " + link;
    }

    @Override
    public String purpose(String purpose) {
        return "Beth yw ei bwrpas: " + purpose;
    }

    @Override
    public String reason(String reason) {
        return "Pam: " + reason;
    }

    @Override
    public String noteHeading() {
        return "Nodyn gan y trefnwyr:";
    }

    @Override
    public String titleChanged(String from, String to) {
        return "Mae'r teitl wedi newid o " + from + " i " + to + ".";
    }

    @Override
    public String venueChanged(String from, String to) {
        return "Mae'r lleoliad wedi newid o " + from + " i " + to + ".";
    }

    @Override
    public String addressChanged(String from, String to) {
        return "Mae'r cyfeiriad wedi newid o " + from + " i " + to + ".";
    }

    @Override
    public String placeChanged() {
        return "Mae'r lle wedi newid.";
    }

    @Override
    public String formatChanged(String from, String to) {
        return "Roedd y sesiwn " + from + ". Nawr mae hi " + to + ".";
    }

    @Override
    public String format(String format) {
        return switch (format == null ? "" : format) {
            case "ONLINE" -> "ar-lein";
            case "HYBRID" -> "wyneb yn wyneb ac ar-lein";
            default -> "wyneb yn wyneb";
        };
    }

    @Override
    public String timeChanged(String from, String to) {
        return "Mae'r amser wedi newid o " + mutate(from) + " i " + mutate(to) + ".";
    }

    @Override
    public String endChanged(String from, String to) {
        return "Mae'r amser gorffen wedi newid o " + mutate(from) + " i " + mutate(to) + ".";
    }

    @Override
    public String timeSame() {
        return "Mae'r amser yr un fath.";
    }

    @Override
    public String placeSame() {
        return "Mae'r lle yr un fath.";
    }

    @Override
    public String linkAdded() {
        return "Mae dolen i ymuno nawr.";
    }

    @Override
    public String linkChanged() {
        return "Mae'r ddolen i ymuno wedi newid.";
    }

    @Override
    public String linkRemoved() {
        return "Does dim dolen i ymuno nawr.";
    }

    @Override
    public String purposeChanged() {
        return "Mae pwrpas y sesiwn wedi newid.";
    }

    @Override
    public String reminderIntro(String day) {
        return "Mae eich sesiwn ar " + mutate(day) + ". Edrychwn ymlaen at eich gweld chi.";
    }

    @Override
    public String arrangements(String list) {
        return "Trefniadau a wnaed i chi: " + list;
    }

    @Override
    public String interpretation(String languages) {
        return "dehongli (" + languages + ")";
    }

    @Override
    public String bsl() {
        return "Iaith Arwyddion Prydain (BSL)";
    }

    @Override
    public String captions() {
        return "isdeitlau";
    }

    @Override
    public String largePrint() {
        return "papurau print bras";
    }

    @Override
    public String easyRead() {
        return "papurau hawdd eu darllen";
    }

    @Override
    public String breaks() {
        return "seibiannau rheolaidd";
    }

    @Override
    public String howToJoin(String link) {
        return "Sut i ymuno: agorwch y ddolen hon pan fydd y sesiwn yn dechrau: " + link;
    }

    @Override
    public String howToGetThere(String place) {
        return "Sut i gyrraedd: " + place;
    }

    @Override
    public String list(List<String> items) {
        return String.join(", ", items);
    }

    @Override
    public String contentNote(String note) {
        return "Nodyn cynnwys: " + note;
    }

    @Override
    public String wellbeingContact(String name) {
        return name + " yw'r cyswllt lles ar gyfer y sesiwn hon.";
    }

    @Override
    public String quietSpace() {
        return "Bydd lle tawel ar gael.";
    }

    @Override
    public String canSayNo() {
        return "Gallwch chi ddweud na allwch chi ddod heb roi rheswm.";
    }

    @Override
    public String trainingHeading() {
        return "Hyfforddiant a allai fod o ddiddordeb i chi";
    }

    @Override
    public String trainingOneToOne() {
        return "Un i un";
    }

    @Override
    public String trainingGroup() {
        return "Mewn grŵp";
    }

    @Override
    public String trainingTopics(String list) {
        return "Mae'n ymdrin â: " + list;
    }
}
