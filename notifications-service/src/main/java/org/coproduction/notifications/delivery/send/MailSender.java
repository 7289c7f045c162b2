package org.coproduction.notifications.delivery.send;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.delivery.compose.OutgoingMail;
import org.coproduction.notifications.domain.ErrorText;

/**
 * Hands mail to the SMTP server, a few at a time. Never throws for a refused mail: each outcome is reported
 * so that it is recorded. Errors carry the failure's type and message, never the mail's content, and with the
 * recipients' addresses and the subject taken out (SMTP servers quote them back in refusals): the error is stored in
 * the delivery log and logged. A permanent refusal (an SMTP 5xx answer) is told apart from a failure worth trying
 * again (a 4xx answer, no connection, a timeout). The subject goes on the wire RFC 2047 encoded ({@link MailSubject}).
 */
@ApplicationScoped
public class MailSender {

    private final ReactiveMailer mailer;
    private final NotificationsConfig config;

    public MailSender(ReactiveMailer mailer, NotificationsConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    public List<SendOutcome> send(List<OutgoingMail> mails) {
        if (mails.isEmpty()) {
            return List.of();
        }
        return Multi.createFrom()
                .iterable(mails)
                .onItem()
                .transformToUni(out -> Uni.createFrom()
                        // A mail the client refuses before sending (it throws) is an outcome too, not an escape.
                        .deferred(() -> mailer.send(MailSubject.apply(out.mail())))
                        .ifNoItem()
                        .after(config.delivery().sendTimeout())
                        .fail()
                        .onItemOrFailure()
                        .transform((ok, failure) -> outcome(out, failure)))
                .merge(Math.max(1, config.delivery().sendConcurrency()))
                .collect()
                .asList()
                .await()
                .indefinitely();
    }

    static SendOutcome outcome(OutgoingMail out, Throwable failure) {
        return new SendOutcome(out.deliveryId(), describe(failure, out.mail()), isPermanent(failure));
    }

    /** An SMTP 5xx answer: the server refused this mail for good (no such mailbox, policy), so trying again is no use. */
    static boolean isPermanent(Throwable failure) {
        SMTPException smtp = smtpAnswer(failure);
        return smtp != null && smtp.getReplyCode() >= 500 && smtp.getReplyCode() < 600;
    }

    private static SMTPException smtpAnswer(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp;
            }
        }
        return null;
    }

    /** The failure, with the mail's recipients and subject redacted. */
    static String describe(Throwable failure, Mail mail) {
        List<String> secrets = new ArrayList<>();
        secrets.addAll(mail.getTo());
        secrets.addAll(mail.getCc());
        secrets.addAll(mail.getBcc());
        secrets.add(mail.getSubject());
        return ErrorText.redact(describe(failure), secrets);
    }

    static String describe(Throwable failure) {
        if (failure == null) {
            return null;
        }
        SMTPException smtp = smtpAnswer(failure);
        if (smtp != null) {
            // The server's own answer, with its code: "550 5.1.1 ... no such mailbox".
            String when = smtp.getReplyCode() >= 500 ? "refused for good" : "not accepted for now";
            return "SMTP " + smtp.getReplyCode() + ", " + when + ": " + smtp.getMessage();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return "SMTP: " + root.getClass().getSimpleName() + message;
    }
}
