package io.markguard.e2e;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** The mail the suite's SMTP server received: to whom, with which subject and text. */
final class Mails {

    /** A mail crosses two services' outboxes on a shared machine: generous, and the wait ends when it arrives. */
    private static final long ARRIVES_WITHIN_MILLIS = 60_000;
    /** How long a test waits after the first copy before it says no second one came. */
    private static final long NO_SECOND_COPY_MILLIS = 2_000;

    private Mails() {
    }

    /** The demo and test users' addresses: {@code username@markguard.test}. */
    static String address(String username) {
        return username.contains("@") ? username : username + "@markguard.test";
    }

    /** The text of each mail to the user whose subject starts with {@code subject}, oldest first. */
    static List<String> to(String username, String subject) {
        String address = address(username).toLowerCase();
        return Arrays.stream(RunningSuite.mail().getReceivedMessages())
                .filter(m -> recipients(m).stream().anyMatch(to -> to.contains(address)))
                .filter(m -> subject(m).startsWith(subject))
                .map(Mails::plainText)
                .toList();
    }

    /** The subjects of every mail to the user, oldest first. */
    static List<String> subjectsTo(String username) {
        String address = address(username).toLowerCase();
        return Arrays.stream(RunningSuite.mail().getReceivedMessages())
                .filter(m -> recipients(m).stream().anyMatch(to -> to.contains(address)))
                .map(Mails::subject)
                .toList();
    }

    /** The text of the one mail to the user with that subject, once it has arrived; fails if a second copy comes. */
    static String awaitOne(String username, String subject) throws InterruptedException {
        long deadline = System.currentTimeMillis() + ARRIVES_WITHIN_MILLIS;
        while (to(username, subject).isEmpty()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("No mail \"" + subject + "\" reached " + address(username) + " within "
                        + ARRIVES_WITHIN_MILLIS / 1000 + " s; the subjects it received: " + subjectsTo(username));
            }
            Thread.sleep(200);
        }
        Thread.sleep(NO_SECOND_COPY_MILLIS);
        List<String> mails = to(username, subject);
        if (mails.size() != 1) {
            throw new AssertionError(mails.size() + " mails \"" + subject + "\" reached " + address(username) + ": " + mails);
        }
        return mails.getFirst();
    }

    /** The text/plain part of a mail (some senders add HTML), decoded. */
    static String plainText(Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = plainText(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
                return null;
            }
            return part.isMimeType("text/plain") ? String.valueOf(content) : null;
        } catch (IOException | MessagingException e) {
            throw new AssertionError("An unreadable mail: " + e.getMessage(), e);
        }
    }

    static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(a -> a.toString().toLowerCase()).toList();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : subject;
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
