package org.coproduction.notifications.notice.write;

import java.util.List;

/** Welsh wording of check-ins, coordinators' summaries, follow-up offers and mentor pairings, in plain forms. */
public final class WelshCareWords implements CareWords {

    @Override
    public String checkInSubject() {
        return "Rydyn ni'n meddwl amdanoch chi";
    }

    @Override
    public String checkInHeadline() {
        return "Dim ond dweud helo";
    }

    @Override
    public List<String> checkInLines() {
        return List.of(
                "Dydyn ni ddim wedi eich gweld chi ers tro, ac roedden ni eisiau dweud helo.",
                "Mae eich rhan yn y gwaith hwn yn bwysig i ni.",
                "Does dim byd y mae angen i chi ei wneud, a does dim angen i chi ateb.",
                "Os hoffech chi seibiant, gallwch chi ddweud wrthon ni ar y dudalen Cymryd seibiant.",
                "Gobeithio y gwelwn ni chi eto pan fydd yn gyfleus i chi.");
    }

    @Override
    public String takingABreak() {
        return "Cymryd seibiant";
    }

    @Override
    public String summarySubject(String projectName) {
        return "Pobl a allai fod angen galwad: " + projectName;
    }

    @Override
    public String summaryHeadline() {
        return "Pobl a allai fod angen galwad";
    }

    @Override
    public String summaryIntro(String projectName) {
        return "Dydy'r bobl hyn yn " + projectName + " ddim wedi cymryd rhan ers tro. Efallai y bydd angen galwad "
                + "arnyn nhw.";
    }

    @Override
    public String reason(String code, int count) {
        boolean one = count == 1;
        // Welsh counts with a singular noun: "3 sesiwn", "8 wythnos".
        return switch (code == null ? "" : code) {
            case "MISSED_SESSIONS" -> one ? "ddim yn y sesiwn ddiwethaf" : "ddim yn y " + count + " sesiwn ddiwethaf";
            case "NO_SESSION_FOR_WEEKS" -> "dim sesiwn ers " + count + " wythnos";
            case "DECLINED_INVITATIONS" ->
                one ? "wedi gwrthod y gwahoddiad diwethaf" : "wedi gwrthod y " + count + " gwahoddiad diwethaf";
            case "UNANSWERED_INVITATIONS" ->
                one ? "heb ateb y gwahoddiad diwethaf" : "heb ateb y " + count + " gwahoddiad diwethaf";
            default -> null;
        };
    }

    @Override
    public String person(String name, String reasons, String lastCame) {
        return name + ": " + reasons + ". " + lastCame;
    }

    @Override
    public String lastCame(String day) {
        return "Daeth ddiwethaf ar " + WelshNoticeWords.mutate(day) + ".";
    }

    @Override
    public String notCameYet() {
        return "Heb ddod eto.";
    }

    @Override
    public String summaryClosing() {
        return "Does neb sy'n cymryd seibiant ar y rhestr hon.";
    }

    @Override
    public String followUpSubject(String title) {
        return "Diolch am gymryd rhan yn " + title;
    }

    @Override
    public String followUpHeadline() {
        return "Diolch am gymryd rhan";
    }

    @Override
    public String followUpThanks(String title, String day) {
        return "Diolch am gymryd rhan yn " + title + " ar " + WelshNoticeWords.mutate(day) + ".";
    }

    @Override
    public String followUpFeelings() {
        return "Gall siarad am y pethau hyn godi teimladau anodd.";
    }

    @Override
    public String followUpOffer(String mentor, String contact) {
        String theContact = contact == null ? "y cyswllt lles" : contact + ", y cyswllt lles";
        String with = mentor == null ? "gyda " + theContact : "gyda'ch mentor, " + mentor + ", neu gyda " + theContact;
        return "Os byddai'n help, gallwch chi gael sgwrs i drafod neu sgwrs un i un " + with + ".";
    }

    @Override
    public String followUpBefore(String dayAndTime) {
        return "Mae'r cynnig hwn ar agor tan " + WelshNoticeWords.mutate(dayAndTime) + ".";
    }

    @Override
    public String followUpNoNeed() {
        return "Does dim rhaid i chi ei dderbyn, a does dim rhaid i chi roi rheswm.";
    }

    @Override
    public String followUpHow() {
        return "I'w drefnu, dywedwch wrth eich cydlynydd.";
    }

    @Override
    public String menteeSubject() {
        return "Eich mentor neu gyfaill";
    }

    @Override
    public String menteeHeadline() {
        return "Mae gennych chi fentor neu gyfaill";
    }

    @Override
    public String menteeLine(String mentor) {
        return mentor == null
                ? "Rydyn ni wedi dod o hyd i fentor neu gyfaill i chi."
                : mentor + " fydd eich mentor neu gyfaill.";
    }

    @Override
    public String menteeAsk() {
        return "Gallwch chi eu holi am unrhyw beth sy'n ymwneud â'r gwaith hwn.";
    }

    @Override
    public String mentorSubject(String mentee) {
        return mentee == null ? "Byddwch chi'n mentora rhywun" : "Byddwch chi'n mentora " + mentee;
    }

    @Override
    public String mentorHeadline() {
        return "Diolch am gynnig mentora";
    }

    @Override
    public String mentorLine(String mentee) {
        return mentee == null ? "Byddwch chi'n mentora rhywun newydd." : "Byddwch chi'n mentora " + mentee + ".";
    }

    @Override
    public String mentorThanks() {
        return "Diolch am roi eich amser a'r hyn rydych chi'n ei wybod.";
    }

    @Override
    public String pairLine(String mentor, String mentee) {
        return (mentor == null ? "Rhywun" : mentor) + " fydd mentor neu gyfaill "
                + (mentee == null ? "rhywun newydd" : mentee) + ".";
    }

    @Override
    public String pairNotRight() {
        return "Os nad yw'n teimlo'n iawn, dywedwch wrth eich cydlynydd. Mae hynny'n iawn.";
    }
}
