package org.coproduction.notifications.support;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading what GreenMail received: who got what, and the parts of a message. */
public final class Mailbox {

    private Mailbox() {}

    public static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Long> countByRecipient(MimeMessage[] messages) {
        return Arrays.stream(messages).collect(Collectors.groupingBy(Mailbox::recipient, Collectors.counting()));
    }

    public static Map<String, MimeMessage> byRecipient(MimeMessage[] messages) {
        return Arrays.stream(messages).collect(Collectors.toMap(Mailbox::recipient, Function.identity(), (a, b) -> a));
    }

    /** Every leaf part as [content type, text content]. */
    public static List<Leaf> leaves(Part part) {
        List<Leaf> leaves = new ArrayList<>();
        collect(part, leaves);
        return leaves;
    }

    public static String partOfType(Part message, String type) {
        return leaves(message).stream()
                .filter(l -> l.contentType().toLowerCase().startsWith(type))
                .map(Leaf::content)
                .findFirst()
                .orElse(null);
    }

    private static void collect(Part part, List<Leaf> leaves) {
        try {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, leaves);
                }
            } else {
                String text = content instanceof String s
                        ? s
                        : new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                leaves.add(new Leaf(part.getContentType(), part.getFileName(), text));
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Leaf(String contentType, String fileName, String content) {}
}
