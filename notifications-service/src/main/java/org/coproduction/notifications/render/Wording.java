package org.coproduction.notifications.render;

import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The message bundle for a chosen language, for wording built in Java (subjects, lists, settings). */
@ApplicationScoped
public class Wording {

    @Inject
    DigestMessages english;

    @Inject
    @Localized("cy")
    DigestMessages welsh;

    public DigestMessages in(String language) {
        return "cy".equals(language) ? welsh : english;
    }
}
