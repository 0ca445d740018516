package io.markguard.merchant.service;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Set;

/**
 * How a listing search matches its query. Letters and digits only are words: each must begin a word of the title or
 * claimed brand ("iphone" finds "iPhone15"), in any order, ignoring case (the words kept in
 * {@code listing.search_words}). Anything else (an
 * address, a number with its sign, Chinese or Japanese, which are written without spaces) is a substring of title,
 * claimed brand or address, taken literally and ignoring case, through the trigram index {@code listing_search}.
 */
record SearchMatch(String condition, String argument) {

    /** Scripts written without spaces between words: a word of theirs is found as a substring only. */
    private static final Set<UnicodeScript> UNSPACED = Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA,
            UnicodeScript.KATAKANA, UnicodeScript.THAI, UnicodeScript.LAO, UnicodeScript.KHMER, UnicodeScript.MYANMAR);

    static SearchMatch of(String query) {
        if (words(query)) {
            // Only letters and digits reach here, so each word is a plain lexeme of the query, matched as a prefix.
            return new SearchMatch("l.search_words @@ to_tsquery('simple', :q)",
                    String.join(" & ", query.strip().split("\\s+")).replace(" & ", ":* & ") + ":*");
        }
        String pattern = "%" + query.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        // The expression of the index listing_search, written out as it is there so the index serves it.
        return new SearchMatch(
                "lower(l.title || E'\\n' || coalesce(l.brand_claimed, '') || E'\\n' || l.url) like :q escape '\\'",
                pattern);
    }

    static boolean words(String query) {
        return query.codePoints().allMatch(c -> Character.isWhitespace(c)
                || Character.isLetterOrDigit(c) && !UNSPACED.contains(UnicodeScript.of(c)));
    }
}
