package org.coproduction.portal.signin;

import jakarta.enterprise.context.RequestScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.portal.client.ParticipantTokens;
import org.coproduction.portal.config.PortalConfig;

/** Who is asking, for this request: set by {@link SessionFilter} from the cookie or a link just verified. */
@RequestScoped
public class Visitor {

    private final PortalConfig config;
    private final ParticipantTokens tokens;
    private final Clock clock;
    private PortalSession session;
    private boolean ended;
    private String bearer;

    public Visitor(PortalConfig config, ParticipantTokens tokens, Clock clock) {
        this.config = config;
        this.tokens = tokens;
        this.clock = clock;
    }

    void start(PortalSession session) {
        this.session = session;
        this.ended = false;
    }

    public Optional<PortalSession> session() {
        return ended ? Optional.empty() : Optional.ofNullable(session);
    }

    /** Ends the visit: the response clears the cookie. */
    public void end() {
        ended = true;
    }

    boolean hasEnded() {
        return ended;
    }

    /** The person signed in; a page that needs one and has none shows how to get a link. */
    public UUID participantId() {
        return session().orElseThrow(SignInRequiredException::new).participantId();
    }

    /** For pages that show needs or money: the link that started the visit was issued within a day. */
    public void requireFreshLink() {
        PortalSession s = session().orElseThrow(SignInRequiredException::new);
        if (Duration.between(s.linkIssuedAt(), clock.instant()).compareTo(config.freshLinkAge()) > 0) {
            throw new FreshLinkNeededException();
        }
    }

    /** Every change is a POST carrying this visit's token; a form without it changes nothing. */
    public void checkAntiForgery(String token) {
        PortalSession s = session().orElseThrow(SignInRequiredException::new);
        if (token == null
                || !MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8), s.antiForgery().getBytes(StandardCharsets.UTF_8))) {
            throw new AntiForgeryException();
        }
    }

    public String antiForgery() {
        return session().map(PortalSession::antiForgery).orElse("");
    }

    /** A participant token for this person, signed once per request. */
    public String bearer() {
        if (bearer == null) {
            bearer = tokens.bearer(participantId());
        }
        return bearer;
    }
}
