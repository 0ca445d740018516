package io.markguard.complaint.service;

import io.markguard.complaint.InfringementType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The grounds a bulk row is filed on: the upload's, with what the row overrides ({@link ListingRows#OVERRIDES}),
 * checked as a single notice's are (an explanation of 20 to 2000 characters, at most 20 http(s) evidence links and
 * 20 test-purchase orders). Rows of the same grounds go into one notice; rows of other grounds into one notice each.
 */
record RowGrounds(long rightId, InfringementType infringementType, String explanation, List<String> evidenceUrls,
        List<String> testPurchaseOrders) {

    /** A row's grounds, or what is wrong with them: the column at fault and why. */
    record Read(RowGrounds grounds, String field, String problem) {
    }

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    /** Links are separated by spaces or {@code |}; order numbers, which may hold spaces, by {@code |} or line breaks. */
    private static final Pattern URL_SEPARATOR = Pattern.compile("[\\s|]+");
    private static final Pattern ORDER_SEPARATOR = Pattern.compile("\\s*[|\\n]\\s*");
    static final int MAX_EVIDENCE = 20;

    /** The upload's own grounds, which a row without overrides is filed on. */
    static RowGrounds defaults(long rightId, InfringementType type, String explanation) {
        return new RowGrounds(rightId, type, explanation.strip(), List.of(), List.of());
    }

    Read with(Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return new Read(this, null, null);
        }
        long right = rightId;
        String r = overrides.get("rightId");
        if (r != null) {
            try {
                right = Long.parseLong(r.strip());
            } catch (NumberFormatException e) {
                return problem("rightId", "must be the id of one of the brand's rights");
            }
            if (right <= 0) {
                return problem("rightId", "must be the id of one of the brand's rights");
            }
        }
        InfringementType type = infringementType;
        String t = overrides.get("infringementType");
        if (t != null) {
            try {
                type = InfringementType.valueOf(t.strip());
            } catch (IllegalArgumentException e) {
                return problem("infringementType", "must be one of COUNTERFEIT, TRADEMARK_MISUSE, COPYRIGHT, DESIGN, PATENT");
            }
        }
        String why = overrides.getOrDefault("explanation", explanation).strip();
        if (why.length() < 20 || why.length() > 2000) {
            return problem("explanation", "must explain the infringement in 20 to 2000 characters");
        }
        List<String> urls = list(overrides.get("evidenceUrls"), evidenceUrls, URL_SEPARATOR);
        if (urls.size() > MAX_EVIDENCE || urls.stream().anyMatch(u -> u.length() > 2048 || !URL.matcher(u).matches())) {
            return problem("evidenceUrls", "must be at most 20 http(s) URLs, separated by spaces or |");
        }
        List<String> orders = list(overrides.get("testPurchaseOrders"), testPurchaseOrders, ORDER_SEPARATOR);
        if (orders.size() > MAX_EVIDENCE || orders.stream().anyMatch(o -> o.length() > 100)) {
            return problem("testPurchaseOrders", "must be at most 20 order numbers of up to 100 characters, separated by |");
        }
        return new Read(new RowGrounds(right, type, why, urls, orders), null, null);
    }

    /** The same grounds, however a row wrote them, give the same key; other grounds another. */
    String key() {
        String canonical = rightId + "\n" + infringementType + "\n" + explanation + "\n" + String.join("|", evidenceUrls)
                + "\n" + String.join("|", testPurchaseOrders);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static List<String> list(String written, List<String> otherwise, Pattern separator) {
        if (written == null) {
            return otherwise;
        }
        return Arrays.stream(separator.split(written.strip())).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static Read problem(String field, String why) {
        return new Read(null, field, why);
    }
}
