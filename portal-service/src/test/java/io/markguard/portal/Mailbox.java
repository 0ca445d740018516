package io.markguard.portal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) on port 3280 for the test run; tests read the codes from what it received. */
public class Mailbox implements QuarkusTestResourceLifecycleManager {

    public static final int SMTP_PORT = 3280;

    private static final Pattern CODE = Pattern.compile("Code: (\\d+)");

    private static GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(SMTP_PORT));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** Every message delivered to the address so far, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> recipients(m).contains(address.toLowerCase())).toList();
    }

    /** The code in the newest mail to the address, waiting briefly for it to arrive. */
    public static String latestCode(String address, int expectedCount) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mail = to(address);
            if (mail.size() >= expectedCount) {
                Matcher code = CODE.matcher(text(mail.get(mail.size() - 1)));
                if (code.find()) {
                    return code.group(1);
                }
                throw new AssertionError("The mail to " + address + " has no code: " + text(mail.get(mail.size() - 1)));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("No mail number " + expectedCount + " to " + address);
    }

    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart multipart) {
                return String.valueOf(multipart.getBodyPart(0).getContent());
            }
            return String.valueOf(content);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(a -> a.toString().toLowerCase()).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
