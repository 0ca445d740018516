package io.markguard.portal.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Times as the reader's language writes them, in UTC (the zone every deadline is set in): {@code {deadline.shown}} in a
 * template gives "4 Dec 2026, 18:30 UTC" on an English page and "2026年12月4日 18:30 UTC" on a Chinese one.
 */
@TemplateExtension
public final class Dates {

    private Dates() {
    }

    static String shown(Instant instant, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (instant == null) {
            return "";
        }
        Locale reader = locale instanceof Locale l ? l : Locale.ENGLISH;
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(reader).withZone(ZoneOffset.UTC);
        return format.format(instant) + " UTC";
    }
}
