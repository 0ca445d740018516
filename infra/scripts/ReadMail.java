import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lists the mails the local GreenMail server received, oldest first, so that a developer can
 * read the one-time codes and notices the suite sends without a mail client.
 *
 * <p>Run with the GreenMail standalone jar on the class path (it carries jakarta.mail):
 * {@code java -cp greenmail-standalone.jar infra/scripts/ReadMail.java [address]}.
 * Without an address it reads every mailbox GreenMail knows of.
 *
 * <p>Settings (system properties): {@code markguard.mail.api} (default http://127.0.0.1:8025),
 * {@code markguard.mail.imap.host} (127.0.0.1), {@code markguard.mail.imap.port} (3143).
 */
public class ReadMail {

    record Mailbox(String login, String email) {}

    record Mail(Date date, String from, String to, String subject, String body) {}

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx", Locale.ROOT).withZone(ZoneId.systemDefault());

    public static void main(String[] args) {
        if (args.length > 1 || (args.length == 1 && args[0].startsWith("-"))) {
            System.err.println("usage: ReadMail [address]");
            System.exit(2);
        }
        String api = System.getProperty("markguard.mail.api", "http://127.0.0.1:8025");
        String imapHost = System.getProperty("markguard.mail.imap.host", "127.0.0.1");
        int imapPort = Integer.getInteger("markguard.mail.imap.port", 3143);
        try {
            List<Mailbox> known = listMailboxes(api);
            List<Mailbox> wanted;
            if (args.length == 1) {
                String address = args[0].trim();
                wanted = known.stream().filter(m -> m.email().equalsIgnoreCase(address)).toList();
                if (wanted.isEmpty()) {
                    System.out.println("No mail for " + address + ".");
                    return;
                }
            } else {
                wanted = known;
                if (wanted.isEmpty()) {
                    System.out.println("No mail yet.");
                    return;
                }
            }
            List<Mail> mails = read(wanted, imapHost, imapPort);
            print(mails, wanted.size());
        } catch (IOException | MessagingException e) {
            System.err.println("markguard: cannot read mail from GreenMail (API " + api + ", IMAP " + imapHost + ":"
                    + imapPort + "): " + e.getMessage() + "; is it running? (infra/markguard status)");
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }

    /** GET /api/user answers a JSON array of {"login": ..., "email": ...}; a regex is enough for that shape. */
    private static List<Mailbox> listMailboxes(String api) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(api + "/api/user")).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + api + "/api/user answered " + response.statusCode());
        }
        List<Mailbox> boxes = new ArrayList<>();
        Matcher object = Pattern.compile("\\{[^{}]*}").matcher(response.body());
        while (object.find()) {
            String login = field(object.group(), "login");
            String email = field(object.group(), "email");
            if (email != null) {
                boxes.add(new Mailbox(login != null ? login : email, email));
            }
        }
        boxes.sort(Comparator.comparing(Mailbox::email, String.CASE_INSENSITIVE_ORDER));
        return boxes;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : null;
    }

    private static List<Mail> read(List<Mailbox> boxes, String host, int port) throws MessagingException, IOException {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "10000");
        Session session = Session.getInstance(props);
        List<Mail> mails = new ArrayList<>();
        // One message sent to several local recipients lands in each mailbox; show it once.
        Set<String> seenMessageIds = new HashSet<>();
        for (Mailbox box : boxes) {
            Store store = session.getStore("imap");
            // GreenMail runs with authentication disabled: any password opens the mailbox.
            store.connect(host, port, box.login(), "local");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    for (Message message : inbox.getMessages()) {
                        String id = message instanceof MimeMessage mime ? mime.getMessageID() : null;
                        if (id != null && !seenMessageIds.add(id)) {
                            continue;
                        }
                        mails.add(toMail(message, box.email()));
                    }
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
        }
        mails.sort(Comparator.comparing(Mail::date, Comparator.nullsFirst(Comparator.naturalOrder())));
        return mails;
    }

    private static Mail toMail(Message message, String mailbox) throws MessagingException, IOException {
        Date date = message.getSentDate() != null ? message.getSentDate() : message.getReceivedDate();
        String to = join(message.getRecipients(Message.RecipientType.TO));
        String cc = join(message.getRecipients(Message.RecipientType.CC));
        if (!cc.isEmpty()) {
            to = to.isEmpty() ? "cc " + cc : to + ", cc " + cc;
        }
        if (!to.toLowerCase(Locale.ROOT).contains(mailbox.toLowerCase(Locale.ROOT))) {
            // Bcc or envelope-only recipient: say whose mailbox held it.
            to = (to.isEmpty() ? "" : to + " ") + "(delivered to " + mailbox + ")";
        }
        String body = text(message);
        return new Mail(date, join(message.getFrom()), to, message.getSubject(), body == null ? "" : body);
    }

    private static String join(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    /** The plain-text body; HTML only when no plain part exists, with its tags stripped. */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                Part child = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                    continue;
                }
                if (child.isMimeType("text/html")) {
                    html = html == null ? String.valueOf(child.getContent()) : html;
                    continue;
                }
                String text = text(child);
                if (text != null) {
                    return text;
                }
            }
            return html == null ? null : stripTags(html);
        }
        if (part.isMimeType("text/html")) {
            return stripTags(String.valueOf(part.getContent()));
        }
        return null;
    }

    private static String stripTags(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</tr>|</h[1-6]>|</li>", "\n")
                .replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static void print(List<Mail> mails, int mailboxes) {
        String rule = "-".repeat(72);
        for (Mail mail : mails) {
            System.out.println(rule);
            System.out.println("Date:    " + (mail.date() == null ? "(none)" : DATE.format(mail.date().toInstant())));
            System.out.println("From:    " + mail.from());
            System.out.println("To:      " + mail.to());
            System.out.println("Subject: " + (mail.subject() == null ? "" : mail.subject()));
            System.out.println();
            System.out.println(mail.body().strip().replace("\r\n", "\n"));
        }
        if (!mails.isEmpty()) {
            System.out.println(rule);
        }
        System.out.println(mails.size() + (mails.size() == 1 ? " mail" : " mails") + " in " + mailboxes
                + (mailboxes == 1 ? " mailbox" : " mailboxes") + ".");
    }
}
