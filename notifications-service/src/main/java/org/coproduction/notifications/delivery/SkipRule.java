package org.coproduction.notifications.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.delivery.paper.Channel;
import org.coproduction.notifications.domain.DeliveryKind;
import org.coproduction.notifications.domain.DigestFrequency;
import org.coproduction.notifications.render.DigestView;

/**
 * The one rule for who gets nothing, and why (the reason is what the delivery log shows). Asked when people are
 * found due and again when their mail is composed: someone may have paused or opted out in between.
 */
@ApplicationScoped
public class SkipRule {

    static final String UNKNOWN = "participant not found (erased or unknown)";
    static final String NO_EMAIL = "participant has no email address";
    static final String NO_DIGESTS = "participant asked for no digests";
    static final String WITHDRAWN = "participant has withdrawn";
    static final String ON_A_BREAK = "participant is taking a break: no invitations until it ends";
    static final String NOTHING_HAPPENED = "nothing happened since the last digest, and empty digests are skipped";

    private final boolean skipEmptyDigests;

    @Inject
    public SkipRule(NotificationsConfig config) {
        this(config.digest().skipEmpty());
    }

    public SkipRule(boolean skipEmptyDigests) {
        this.skipEmptyDigests = skipEmptyDigests;
    }

    /**
     * Whether this person gets no mail of this kind at all. Digests go only to active people who want them;
     * notices (a session cancelled or moved) also reach people who paused, but never someone who withdrew.
     */
    public Optional<String> skip(DeliveryKind kind, Participant person) {
        if (person == null) {
            return Optional.of(UNKNOWN);
        }
        if (kind == DeliveryKind.DIGEST) {
            if (!person.isActive()) {
                return Optional.of("participant is " + person.status());
            }
            if (DigestFrequency.parse(person.frequency()) == DigestFrequency.NEVER) {
                return Optional.of(NO_DIGESTS);
            }
        } else if (person.isWithdrawn()) {
            return Optional.of(WITHDRAWN);
        }
        // People who asked for post or a phone call get letters and call sheets, which need no address.
        if (!person.hasEmail() && !Channel.onPaper(kind, person)) {
            return Optional.of(NO_EMAIL);
        }
        return Optional.empty();
    }

    /**
     * An invitation to a new session does not reach someone taking a break (they asked for none until a date they
     * chose; they see the session on their Coming up page when they are back). Other notices about a session they
     * were already invited to (moved, cancelled) still do.
     */
    public Optional<String> skipInvitation(Participant person) {
        return person != null && "PAUSED".equals(person.status()) ? Optional.of(ON_A_BREAK) : Optional.empty();
    }

    /**
     * A check-in does not reach someone taking a break: a person on a break is never chased (issue 14). The reason
     * reads as for a digest left out for the same cause.
     */
    public Optional<String> skipCheckIn(Participant person) {
        return person != null && "PAUSED".equals(person.status())
                ? Optional.of("participant is " + person.status())
                : Optional.empty();
    }

    /** Once a digest's content is known: an empty one is skipped only where the deployment asks for silence. */
    public Optional<String> skip(DigestView digest) {
        return digest.nothingHappened() && skipEmptyDigests ? Optional.of(NOTHING_HAPPENED) : Optional.empty();
    }
}
