package org.coproduction.portal.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactFormTest {

    /** Each message is its own key, so a test can say which one was chosen. */
    private static final PortalMessages M = (PortalMessages) Proxy.newProxyInstance(
            PortalMessages.class.getClassLoader(),
            new Class<?>[] {PortalMessages.class},
            (proxy, method, args) -> method.getName());

    private static final ContactForm NOTHING_STORED = ContactForm.stored(null, null, null, null);
    private static final ContactForm STORED =
            ContactForm.stored("aisha@example.org", "0113 496 0000", List.of("12 High Street", "Leeds"), "LS1 4AB");

    private static Map<String, String> errors(ContactForm form, String channel, ContactForm stored) {
        Map<String, String> found = new HashMap<>();
        form.check(channel, stored, M).all().forEach(e -> found.put(e.field(), e.message()));
        return found;
    }

    @Test
    void theAddressBoxBecomesLinesWithoutBlanksOrInvisibleCharacters() {
        ContactForm form = ContactForm.read(" a@b.org ", " 0113\t496 ", "  12 High\tStreet \r\n\r\n Leeds \n", " LS1 ");
        assertThat(form.email()).isEqualTo("a@b.org");
        assertThat(form.phone()).isEqualTo("0113 496");
        assertThat(form.lines()).containsExactly("12 High Street", "Leeds");
        assertThat(form.postcode()).isEqualTo("LS1");
    }

    @Test
    void eachChannelNeedsItsOwnWayToReachThePerson() {
        ContactForm empty = ContactForm.read("", "", "", "");
        assertThat(errors(empty, "EMAIL", STORED)).containsExactly(Map.entry("email", "errEmailNeeded"));
        assertThat(errors(empty, "PHONE", STORED)).containsExactly(Map.entry("phone", "errPhoneNeeded"));
        assertThat(errors(empty, "POST", STORED))
                .containsOnly(Map.entry("address", "errAddressNeeded"), Map.entry("postcode", "errPostcodeNeeded"));
        assertThat(errors(STORED, "EMAIL", STORED)).isEmpty();
        assertThat(errors(STORED, "PHONE", STORED)).isEmpty();
        assertThat(errors(STORED, "POST", STORED)).isEmpty();
    }

    @Test
    void whatIsTypedIsCheckedAsTheServiceChecksIt() {
        assertThat(errors(ContactForm.read("not an address", "", "", ""), "POST", STORED))
                .containsEntry("email", "errEmailInvalid");
        assertThat(errors(ContactForm.read("", "ring me", "", ""), "EMAIL", STORED))
                .containsEntry("phone", "errPhoneInvalid");
        String sevenLines = String.join("\n", Collections.nCopies(7, "Line"));
        assertThat(errors(ContactForm.read("a@b.org", "", sevenLines, "LS1 4AB"), "POST", STORED))
                .containsOnly(Map.entry("address", "errAddressLines"));
        assertThat(errors(ContactForm.read("a@b.org", "", "x".repeat(101), "LS1 4AB"), "POST", STORED))
                .containsOnly(Map.entry("address", "errAddressLines"));
        assertThat(errors(ContactForm.read("a@b.org", "", "1 Road", "LS1 4AB 12345"), "POST", STORED))
                .containsOnly(Map.entry("postcode", "errTooLong"));
        // Half an address is not kept, whatever the channel.
        assertThat(errors(ContactForm.read("a@b.org", "", "", "LS1 4AB"), "EMAIL", STORED))
                .containsOnly(Map.entry("address", "errAddressNeeded"));
    }

    @Test
    void someoneWithNoEmailConfirmsANewOneBeforeChoosingEmail() {
        ContactForm typed = ContactForm.read("new@example.org", "", "", "");
        assertThat(errors(typed, "EMAIL", NOTHING_STORED)).containsExactly(Map.entry("email", "errEmailFirst"));
        assertThat(errors(typed, "EMAIL", STORED)).isEmpty();
    }

    @Test
    void onlyWhatChangedIsSentAndAnEmptiedFieldIsRemoved() {
        Map<String, Object> patch = new HashMap<>();
        ContactForm.read("AISHA@example.org", "0113 496 0000", "12 High Street\nLeeds", "LS1 4AB")
                .addChanges(patch, STORED);
        assertThat(patch).isEmpty();

        ContactForm.read("", "", "", "").addChanges(patch, STORED);
        assertThat(patch)
                .containsEntry("email", null)
                .containsEntry("phone", null)
                .containsEntry("postalAddress", null)
                .hasSize(3);

        patch.clear();
        ContactForm.read("a@b.org", "0113", "1 Road", "LS2 9JT").addChanges(patch, NOTHING_STORED);
        assertThat(patch)
                .containsEntry("email", "a@b.org")
                .containsEntry("phone", "0113")
                .containsEntry("postalAddress", Map.of("lines", List.of("1 Road"), "postcode", "LS2 9JT"));
    }
}
