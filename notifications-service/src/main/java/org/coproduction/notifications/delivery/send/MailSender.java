package org.coproduction.notifications.delivery.send;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Multi;
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
 * the delivery log and logged.
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
                .transformToUni(out -> mailer.send(out.mail())
                        .ifNoItem()
                        .after(config.delivery().sendTimeout())
                        .fail()
                        .onItemOrFailure()
                        .transform((ok, failure) -> new SendOutcome(out.deliveryId(), describe(failure, out.mail()))))
                .merge(Math.max(1, config.delivery().sendConcurrency()))
                .collect()
                .asList()
                .await()
                .indefinitely();
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
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return "SMTP: " + root.getClass().getSimpleName() + message;
    }
}
