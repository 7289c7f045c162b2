package org.coproduction.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.coproduction.participants.config.ParticipantsConfig;
import org.coproduction.participants.domain.EmailChange;
import org.coproduction.participants.domain.Participant;
import org.coproduction.platform.problem.InvalidInputException;

/**
 * A participant's own new email address waits until they follow the link mailed to it. The token is random, mailed
 * once and kept only as a hash; a newer change replaces an older one. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class EmailChanges {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ParticipantsConfig config;

    public EmailChanges(ParticipantsConfig config) {
        this.config = config;
    }

    EmailConfirmation start(Participant p, String address, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        EmailChange change = EmailChange.<EmailChange>findByIdOptional(p.id).orElseGet(EmailChange::new);
        boolean created = change.participantId == null;
        change.participantId = p.id;
        change.address = address;
        change.tokenHash = hash(token);
        change.createdAt = now;
        change.expiresAt = now.plus(config.emailConfirmation().validFor());
        if (created) {
            change.persist();
        }
        return new EmailConfirmation(p.id, address, token, p.preferredLanguage);
    }

    /** The address waiting for confirmation, if any and not expired. */
    String pendingAddress(UUID participantId) {
        return pendingAddress(EmailChange.<EmailChange>findById(participantId), Instant.now());
    }

    /** The address of a change already read (or null for none), if it has not expired. */
    static String pendingAddress(EmailChange change, Instant now) {
        return change != null && change.expiresAt.isAfter(now) ? change.address : null;
    }

    /** The confirmed address, once: the pending change is gone afterwards. */
    String take(UUID participantId, String token, Instant now) {
        EmailChange change = EmailChange.<EmailChange>findByIdOptional(participantId)
                .filter(c -> c.expiresAt.isAfter(now))
                .filter(c -> MessageDigest.isEqual(
                        c.tokenHash.getBytes(StandardCharsets.US_ASCII),
                        hash(token == null ? "" : token.strip()).getBytes(StandardCharsets.US_ASCII)))
                .orElseThrow(
                        () -> InvalidInputException.of(
                                "token",
                                "is not a current confirmation link for this participant; change the address again to get a new one"));
        String address = change.address;
        change.delete();
        return address;
    }

    /** Deletes changes nobody confirmed in time; returns how many went. */
    long deleteExpired(Instant now) {
        return EmailChange.delete("expiresAt <= ?1", now);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
