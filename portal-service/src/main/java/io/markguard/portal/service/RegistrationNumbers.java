package io.markguard.portal.service;

import io.markguard.portal.IpRight;
import io.markguard.portal.Office;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Each office's registration number format, as the office writes it. Input is normalised first:
 * spaces, thousands separators and JPO's 第…号 are dropped, letters upper-cased.
 */
public final class RegistrationNumbers {

    private static final Map<IpRight.Type, Map<Office, Pattern>> FORMATS = Map.of(
            IpRight.Type.TRADEMARK, Map.of(
                    // US registration numbers: seven digits (serial numbers, eight digits, are not registrations).
                    Office.USPTO, Pattern.compile("\\d{7}"),
                    // EU trade marks: nine digits with leading zeros, e.g. 018123456.
                    Office.EUIPO, Pattern.compile("\\d{9}"),
                    // CNIPA registrations: up to eight digits; current ones have seven or eight.
                    Office.CNIPA, Pattern.compile("\\d{7,8}"),
                    // Madrid international registrations: six or seven digits.
                    Office.WIPO, Pattern.compile("\\d{6,7}"),
                    // JPO registrations: seven digits (第1234567号).
                    Office.JPO, Pattern.compile("\\d{7}"),
                    // UK trade marks: UK followed by eleven digits (UK00003123456, UK009… for comparable marks).
                    Office.UKIPO, Pattern.compile("UK\\d{11}")),
            IpRight.Type.DESIGN, Map.of(
                    Office.USPTO, Pattern.compile("D\\d{6}"),
                    Office.EUIPO, Pattern.compile("\\d{9}-\\d{4}"),
                    Office.WIPO, Pattern.compile("DM/\\d{6}"),
                    Office.JPO, Pattern.compile("\\d{7}"),
                    Office.UKIPO, Pattern.compile("\\d{7}"),
                    Office.CNIPA, Pattern.compile("ZL\\d{12}\\.[\\dX]")),
            IpRight.Type.PATENT, Map.of(
                    Office.USPTO, Pattern.compile("\\d{7,8}"),
                    Office.CNIPA, Pattern.compile("ZL\\d{12}\\.[\\dX]"),
                    Office.WIPO, Pattern.compile("WO\\d{4}/\\d{6}"),
                    Office.JPO, Pattern.compile("\\d{7}"),
                    Office.UKIPO, Pattern.compile("GB\\d{7}")),
            // Copyright is registered by copyright offices, not by these IP offices; only WIPO-administered
            // records are out of scope too, so no office here takes copyright registrations.
            IpRight.Type.COPYRIGHT, Map.of());

    private RegistrationNumbers() {
    }

    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.strip().toUpperCase(Locale.ROOT)
                .replace("第", "").replace("号", "").replace("號", "")
                .replaceAll("[\\s,'’_]", "");
    }

    /** The normalised number, or a refusal naming the field. */
    public static String check(IpRight.Type type, Office office, String raw) {
        Pattern format = Optional.ofNullable(FORMATS.get(type)).map(f -> f.get(office))
                .orElseThrow(() -> RefusalReason.OFFICE_DOES_NOT_REGISTER.raise(office + " does not register " + type + " rights."));
        String number = normalise(raw);
        if (!format.matcher(number).matches()) {
            throw RefusalReason.REGISTRATION_NUMBER_FORMAT.raise(
                    "\"" + raw + "\" is not a " + office + " " + type.name().toLowerCase(Locale.ROOT)
                            + " registration number (expected " + format.pattern() + ").");
        }
        return number;
    }
}
