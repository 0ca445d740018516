package io.markguard.portal.service;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Compares an owner name on a register with a brand's legal entity the way a person would: case,
 * punctuation, spacing and the legal form (Inc., Ltd, GmbH, 有限公司…) do not matter.
 */
public final class OwnerNames {

    /** Longest first, so "co ltd" goes before "ltd" and 股份有限公司 before 有限公司. */
    private static final List<String> LEGAL_FORMS = List.of(
            "kabushiki kaisha", "incorporated", "corporation", "company", "limited", "gmbh co kg", "co kg", "gmbh",
            "llc", "llp", "plc", "inc", "corp", "ltd", "co", "ag", "kg", "se", "sa", "sas", "sarl", "srl", "spa",
            "bv", "nv", "ab", "as", "oy", "pty", "kk", "lp", "pte");

    private static final List<String> CJK_LEGAL_FORMS = List.of(
            "股份有限公司", "有限责任公司", "有限責任公司", "集团有限公司", "有限公司", "株式会社", "合同会社", "公司");

    private OwnerNames() {
    }

    public static String normalise(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (String form : CJK_LEGAL_FORMS) {
            s = s.replace(form, " ");
        }
        s = s.replaceAll("&", " and ").replaceAll("[\\p{Punct}\\p{IsPunctuation}]", " ").replaceAll("\\s+", " ").strip();
        boolean stripped = true;
        while (stripped && !s.isEmpty()) {
            stripped = false;
            for (String form : LEGAL_FORMS) {
                if (s.equals(form)) {
                    break;
                }
                if (s.endsWith(" " + form)) {
                    s = s.substring(0, s.length() - form.length() - 1).strip();
                    stripped = true;
                    break;
                }
            }
        }
        return s.replace(" ", "");
    }

    public static boolean match(String onRegister, String legalEntity) {
        String a = normalise(onRegister);
        return !a.isEmpty() && a.equals(normalise(legalEntity));
    }
}
