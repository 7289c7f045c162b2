package org.coproduction.suite;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the real SMTP server received: who it was for, its parts and its attachments. */
final class Mailbox {

    /** One received message, unpacked. */
    record Mail(
            String to,
            String subject,
            String html,
            String text,
            List<String> attachmentTypes,
            List<String> attachments) {
        boolean isDigest() {
            return !subject.toLowerCase(Locale.ROOT).contains("cancel") && attachments.isEmpty();
        }
    }

    private Mailbox() {}

    static List<Mail> read(List<MimeMessage> messages) throws Exception {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage m : messages) {
            Collector c = new Collector();
            c.walk(m);
            String to = m.getRecipients(Message.RecipientType.TO)[0].toString().replaceAll(".*<(.+)>.*", "$1");
            mails.add(new Mail(
                    to.toLowerCase(Locale.ROOT), m.getSubject(), c.html, c.text, c.attachmentTypes, c.attachments));
        }
        return mails;
    }

    static List<Mail> to(List<Mail> mails, String address) {
        return mails.stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /** The iCalendar text of the mail's calendar part. */
    static String calendarOf(Mail mail) {
        for (int i = 0; i < mail.attachmentTypes().size(); i++) {
            if (mail.attachmentTypes().get(i).contains("text/calendar")) {
                return mail.attachments().get(i);
            }
        }
        throw new AssertionError("no calendar part in " + mail.subject() + ": " + mail.attachmentTypes());
    }

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");
    private static final Map<String, String> NAMED_ENTITIES = Map.of(
            "&nbsp;", " ", "&quot;", "\"", "&apos;", "'", "&lt;", "<", "&gt;", ">", "&rsquo;", "'", "&lsquo;", "'");

    /** The text a reader sees in an HTML part: tags dropped, entities decoded, runs of white space made one space. */
    static String words(String html) {
        if (html == null) {
            return "";
        }
        String text =
                html.replaceAll("(?is)<(style|script|head)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ");
        Matcher m = NUMERIC_ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(decoded, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        m.appendTail(decoded);
        String out = decoded.toString();
        for (Map.Entry<String, String> e : NAMED_ENTITIES.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        // '&amp;' last, so "&amp;lt;" reads as "&lt;" as a browser shows it.
        return out.replace("&amp;", "&")
                .replace('\u2019', '\'')
                .replace('\u00a0', ' ')
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static final class Collector {
        String html;
        String text;
        final List<String> attachmentTypes = new ArrayList<>();
        final List<String> attachments = new ArrayList<>();

        void walk(Part part) throws Exception {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i));
                }
                return;
            }
            boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                    || (part instanceof BodyPart && part.getFileName() != null);
            if (attachment || part.isMimeType("text/calendar")) {
                attachmentTypes.add(part.getContentType().toLowerCase(Locale.ROOT));
                attachments.add(read(part));
            } else if (part.isMimeType("text/html")) {
                html = read(part);
            } else if (part.isMimeType("text/plain")) {
                text = read(part);
            }
        }

        private static String read(Part part) throws Exception {
            Object content = part.getContent();
            if (content instanceof String s) {
                return s;
            }
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }
    }
}
