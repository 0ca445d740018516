package io.markguard.merchant;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text merchant-service states to people, as a code and the plain values it names (ids, codes, numbers, dates as
 * ISO-8601 instants, and words people typed), never as a sentence: each reader's language renders it.
 * {@link #LEGACY} carries the English text written before codes, as {@code text}.
 */
public record CodedText(String code, Map<String, String> params) {

    public static final String LEGACY = "LEGACY";

    public CodedText {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static CodedText of(String code, Object... keysAndValues) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                params.put((String) keysAndValues[i], String.valueOf(value));
            }
        }
        return new CodedText(code, params);
    }

    public String param(String key) {
        return params.getOrDefault(key, "");
    }
}
