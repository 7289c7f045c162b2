package org.coproduction.notifications.delivery.paper;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The fixed words of letters and call sheets. English here; Welsh in {@code messages/paper_cy.properties}. */
@MessageBundle(value = "paper", locale = "en")
public interface PaperMessages {

    @Message("Your co-production update")
    String digestTitle();

    @Message("Call sheet")
    String callSheetTitle();

    @Message("Who to call")
    String who();

    @Message("Phone number")
    String phone();

    @Message("Their language")
    String language();

    @Message("Print")
    String print();

    @Message("Large print")
    String largePrint();

    @Message("Standard")
    String standardPrint();

    @Message("What to tell them")
    String whatToSay();

    @Message("Mark the call as made in the delivery log when you have spoken to them.")
    String afterCall();

    @Message("To change how often you hear from us, or how, please tell the people who run your project.")
    String howToChange();

    @Message("Address")
    String address();

    @Message("Date")
    String date();

    @Message("A note from the organisers")
    String note();
}
