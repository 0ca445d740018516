package io.markguard.portal.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The portal's languages. The tag is what the language switch posts and the cookie keeps. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH, "English"),
    SIMPLIFIED_CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE, "简体中文");

    public final String tag;
    public final Locale locale;
    /** Always shown in the language itself, so a reader who cannot read the current page finds theirs. */
    public final String ownName;

    Language(String tag, Locale locale, String ownName) {
        this.tag = tag;
        this.locale = locale;
        this.ownName = ownName;
    }

    public static Optional<Language> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }

    /** The best match for an Accept-Language header: any Chinese maps to Simplified Chinese, else English. */
    public static Language ofAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        try {
            return ofLocales(Locale.LanguageRange.parse(header).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList());
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
    }

    /** The language a visitor reads: the switch's cookie when it holds a known tag, else the browser's. */
    public static Language of(String cookie, String acceptLanguage) {
        return (cookie == null ? Optional.<Language>empty() : ofTag(cookie))
                .orElseGet(() -> ofAcceptLanguage(acceptLanguage));
    }

    static Language ofLocales(Iterable<Locale> preferred) {
        for (Locale locale : preferred) {
            if (locale.getLanguage().equals("zh")) {
                return SIMPLIFIED_CHINESE;
            }
            if (locale.getLanguage().equals("en")) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }
}
