package io.markguard.portal.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of every notification kind, in English and Simplified Chinese, from
 * {@code notifications/notifications{,_zh_CN}.properties}: {@code <kind>.subject} and {@code <kind>.body} with
 * {@code {param}} placeholders. A kind is any prefix of a {@code .subject} key, so a kind added to the files is
 * rendered without code. A parameter's value is shown as {@code value.<param>.<value>} where the file has it, an
 * ISO-8601 instant as a UTC date and time, anything else as sent.
 */
public final class NotificationTexts {

    public static final String CHINESE = "zh-CN";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)\\}");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final String SUBJECT = ".subject";

    private static final NotificationTexts BUNDLED = new NotificationTexts(load("notifications/notifications.properties"),
            load("notifications/notifications_zh_CN.properties"));

    /** A notification as its reader sees it. */
    public record Text(String subject, String body) {
    }

    private final Properties english;
    private final Properties chinese;

    NotificationTexts(Properties english, Properties chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The texts the portal ships. */
    public static NotificationTexts bundled() {
        return BUNDLED;
    }

    /** Every kind the English file has a subject for. */
    public Set<String> kinds() {
        Set<String> kinds = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (key.endsWith(SUBJECT) && !key.startsWith("value.") && !key.startsWith("mail.")) {
                kinds.add(key.substring(0, key.length() - SUBJECT.length()));
            }
        }
        return kinds;
    }

    public boolean knows(String kind) {
        return kind != null && english.getProperty(kind + SUBJECT) != null && english.getProperty(kind + ".body") != null;
    }

    /** The kind's subject and body in {@code language} ({@code zh-CN} or English), with its parameters filled in. */
    public Text render(String kind, Map<String, String> params, String language) {
        if (!knows(kind)) {
            throw new IllegalArgumentException("No texts for the notification kind " + kind);
        }
        return new Text(fill(text(kind + SUBJECT, language), params, language), fill(text(kind + ".body", language), params, language));
    }

    /** What the preferences page calls the kind; the kind's code where the files name it not. */
    public String name(String kind, String language) {
        String name = text(kind + ".name", language);
        return name == null ? kind : name;
    }

    /** A line of a mail ({@code mail.open}, {@code mail.preferences}) with its link. */
    public String mailLine(String key, String link, String language) {
        return fill(text("mail." + key, language), Map.of("link", link), language);
    }

    private String text(String key, String language) {
        String text = CHINESE.equals(language) ? chinese.getProperty(key) : null;
        return text != null ? text : english.getProperty(key);
    }

    private String fill(String template, Map<String, String> params, String language) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = params.get(name);
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : shown(name, value, language)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String shown(String param, String value, String language) {
        String coded = text("value." + param + "." + value, language);
        if (coded != null) {
            return coded;
        }
        if (value.length() >= 20 && Character.isDigit(value.charAt(0)) && value.indexOf('T') == 10) {
            try {
                return TIME.format(Instant.parse(value));
            } catch (DateTimeParseException notAnInstant) {
                return value;
            }
        }
        return value;
    }

    /** The placeholders a text of the file still holds once {@code params} are filled in. */
    static Set<String> unfilled(String rendered) {
        Set<String> left = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(rendered);
        while (m.find()) {
            left.add(m.group(1));
        }
        return left;
    }

    static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = NotificationTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    Properties english() {
        return english;
    }

    Properties chinese() {
        return chinese;
    }
}
