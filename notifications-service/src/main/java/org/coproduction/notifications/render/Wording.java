package org.coproduction.notifications.render;

import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;

/** The message bundle for a chosen language, for wording built in Java (subjects, lists, settings). */
@ApplicationScoped
public class Wording {

    private final DigestMessages english;
    private final DigestMessages welsh;

    public Wording(DigestMessages english, @Localized("cy") DigestMessages welsh) {
        this.english = english;
        this.welsh = welsh;
    }

    public DigestMessages in(String language) {
        return "cy".equals(language) ? welsh : english;
    }
}
