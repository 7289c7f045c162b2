package org.coproduction.portal.page;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The ways to reach someone, as typed on "How I hear from you": checked against the channel they chose with the same
 * rules participants-service applies, so a mistake comes back beside its field instead of as an error page.
 *
 * @param lines the address lines, one per line of the text box, blank ones left out
 */
public record ContactForm(String email, String phone, List<String> lines, String postcode) {

    static final int MAX_LINES = 6;
    static final int MAX_LINE = 100;
    static final int MAX_POSTCODE = 12;
    static final int MAX_EMAIL = 320;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{5,38}$");
    // Tabs and other invisible characters come from pasting; they mean nothing in an address and the service refuses
    // them, so they become spaces rather than an error the person cannot see.
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cntrl}&&[^\\n]]");

    /** Reads the form's text: the address box is split into lines (blank lines dropped). */
    public static ContactForm read(String email, String phone, String address, String postcode) {
        List<String> lines = Arrays.stream(clean(address.replace("\r\n", "\n")).split("\n"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        return new ContactForm(
                clean(email).strip(),
                clean(phone).strip(),
                lines,
                clean(postcode).strip());
    }

    private static String clean(String text) {
        return INVISIBLE.matcher(text).replaceAll(" ");
    }

    /** The record as stored, in the form's terms (missing values are empty). */
    public static ContactForm stored(String email, String phone, List<String> lines, String postcode) {
        return new ContactForm(
                email == null ? "" : email,
                phone == null ? "" : phone,
                lines == null ? List.of() : List.copyOf(lines),
                postcode == null ? "" : postcode);
    }

    /**
     * @param stored the record now: a new email address takes effect only once its owner follows the link sent to
     *     it, so someone who has none cannot choose EMAIL in the same step
     */
    public FormErrors check(String channel, ContactForm stored, PortalMessages m) {
        FormErrors errors = new FormErrors();
        if (!email.isEmpty()
                && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            errors.add("email", m.errEmailInvalid());
        } else if ("EMAIL".equals(channel) && email.isEmpty()) {
            errors.add("email", m.errEmailNeeded());
        } else if ("EMAIL".equals(channel) && stored.email().isEmpty()) {
            errors.add("email", m.errEmailFirst());
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            errors.add("phone", m.errPhoneInvalid());
        } else if ("PHONE".equals(channel) && phone.isEmpty()) {
            errors.add("phone", m.errPhoneNeeded());
        }
        if (lines.size() > MAX_LINES || lines.stream().anyMatch(l -> l.length() > MAX_LINE)) {
            errors.add("address", m.errAddressLines());
        } else if (lines.isEmpty() && ("POST".equals(channel) || !postcode.isEmpty())) {
            errors.add("address", m.errAddressNeeded());
        }
        if (postcode.length() > MAX_POSTCODE) {
            errors.add("postcode", m.errTooLong(Integer.toString(MAX_POSTCODE)));
        } else if (postcode.isEmpty() && (!lines.isEmpty() || "POST".equals(channel))) {
            errors.add("postcode", m.errPostcodeNeeded());
        }
        return errors;
    }

    /** Adds what changed from the record to a merge patch; an emptied field is removed (null). */
    public void addChanges(Map<String, Object> patch, ContactForm stored) {
        if (!email.equalsIgnoreCase(stored.email())) {
            patch.put("email", email.isEmpty() ? null : email);
        }
        if (!phone.equals(stored.phone())) {
            patch.put("phone", phone.isEmpty() ? null : phone);
        }
        if (lines.equals(stored.lines()) && postcode.equals(stored.postcode())) {
            return;
        }
        if (lines.isEmpty()) {
            patch.put("postalAddress", null);
        } else {
            Map<String, Object> address = new LinkedHashMap<>();
            address.put("lines", lines);
            address.put("postcode", postcode);
            patch.put("postalAddress", address);
        }
    }
}
