package org.coproduction.notifications.digest.unsubscribe;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.coproduction.notifications.digest.link.PortalLinkService;
import org.coproduction.notifications.privacy.ErasedParticipants;
import org.coproduction.platform.link.PortalLinks.InvalidLinkException;
import org.coproduction.platform.link.PortalLinks.Link;

/** The one-click unsubscribe: a valid UNSUBSCRIBE link of a person who was not erased stops their digests. */
@ApplicationScoped
public class UnsubscribeService {

    private final PortalLinkService links;
    private final Unsubscribes unsubscribes;
    private final ErasedParticipants erased;

    public UnsubscribeService(PortalLinkService links, Unsubscribes unsubscribes, ErasedParticipants erased) {
        this.links = links;
        this.unsubscribes = unsubscribes;
        this.erased = erased;
    }

    /** Whether the token is a valid unsubscribe link of a person who was not erased. Changes nothing. */
    public boolean valid(String token) {
        return person(token) != null;
    }

    /** Stops that person's digests; false (and nothing changes) when the token is not valid. */
    public boolean unsubscribe(String token) {
        Link link = person(token);
        if (link == null) {
            return false;
        }
        unsubscribes.unsubscribe(link.participantId(), Instant.now());
        return true;
    }

    private Link person(String token) {
        try {
            Link link = links.verifyUnsubscribe(token);
            // An erased person's links are refused: recording them again would hold their id once more.
            return erased.isErased(link.participantId()) ? null : link;
        } catch (InvalidLinkException refused) {
            return null;
        }
    }
}
