package org.coproduction.notifications.rest;

/** The one tag, with one description, of the operations participants-service calls for a person's rights. */
final class PrivacyTag {

    static final String NAME = "Privacy";
    static final String DESCRIPTION = "For participants-service only: erase a person, export what is held on them, "
            + "and send the link that confirms a new email address.";

    private PrivacyTag() {}
}
