package io.markguard.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.portal.client.MerchantRestClient;
import io.markguard.portal.client.MerchantRestClient.Coded;
import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every statement of reasons merchant-service can state (each clause code with each facts code, every measure, every
 * severity and why, every end reason, every infringement type), rendered as the merchant's sanction page renders it,
 * in English and in Simplified Chinese: no placeholder left unfilled, no English on the Chinese page beyond the values
 * people wrote (a brand's name, a listing's title, a reviewer's words) and the legacy texts, and no Chinese on the
 * English one.
 */
@QuarkusTest
class StatementOfReasonsTextsTest {

    static final List<String> MEASURES = List.of("LISTING_REMOVED", "WARNING", "RESTRICTED", "SUSPENDED_7D",
            "SUSPENDED_14D", "TERMINATED");
    static final List<String> TYPES = List.of("COUNTERFEIT", "TRADEMARK_MISUSE", "COPYRIGHT", "DESIGN", "PATENT");
    static final List<String> CLAUSES = List.of("REMOVAL_ON_NOTICE", "POINTS_THRESHOLD", "REPEAT_INFRINGER",
            "TERMINATION_ON_PROPOSAL", "LEGACY");
    static final List<String> FACTS = List.of("REMOVAL_ON_NOTICE", "POINTS_STEP", "REPEAT_INFRINGER_STEP",
            "TERMINATION_PROPOSED", "LEGACY");
    static final List<String> END_REASONS = List.of("EXPIRED", "RETRACTED_BY_BRAND", "OVERTURNED_ON_REVIEW",
            "APPEAL_UPHELD", "LEGACY");
    /** Source, reviewer and reason code of each way a severity is set. */
    static final List<String[]> SEVERITY_SOURCES = List.of(new String[] { "REVIEWER", "rita", "COUNTERFEIT_CONFIRMED" },
            new String[] { "REVIEWER", null, "RIGHT_INFRINGED" },
            new String[] { "POLICY_DEFAULT", null, "COUNTERFEIT_CONFIRMED" },
            new String[] { "POLICY_DEFAULT", null, "TRADEMARK_MISUSE_CONFIRMED" },
            new String[] { "POLICY_DEFAULT", null, "RIGHT_INFRINGED" },
            new String[] { "POLICY_DEFAULT", null, null },
            new String[] { "FAST_TRACK", null, null });

    /** What people wrote or what identifies things: shown as they are in every language. */
    static final Map<String, String> VALUES = Map.ofEntries(Map.entry("brandName", "Acme Brand"),
            Map.entry("listingTitle", "ACME perfume 100 ml"), Map.entry("listingUrl", "https://shop.markguard.test/l/7"),
            Map.entry("ipOffice", "EUIPO"), Map.entry("ipRegistrationNumber", "018123456"), Map.entry("ipMark", "ACME"),
            Map.entry("explanation", "The logo and the box differ from the genuine goods."),
            Map.entry("reviewer", "rita"), Map.entry("reason", "The goods were genuine after all."),
            Map.entry("text", "Legacy wording kept as it was written."), Map.entry("puid", "markguard-sor-42"),
            Map.entry("policyVersion", "2026.2"));

    /** What merchant-service's English fields say: the portal must never show them where it renders the codes. */
    static final String SERVER_ENGLISH = "Server English sentence";

    /** Words allowed on a Chinese page: units and abbreviations Chinese text uses as they are. */
    static final java.util.Set<String> LATIN_IN_CHINESE = java.util.Set.of("UTC", "PDF", "PNG", "JPEG", "MB");

    static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]");

    @Inject
    ReasonTexts texts;

    @Inject
    Engine engine;

    @Test
    void everyStatementOfReasonsReadsWholeInEnglishAndInChinese() {
        List<String> problems = new ArrayList<>();
        int rendered = 0;
        for (Language language : Language.values()) {
            for (String measure : MEASURES) {
                for (String clause : CLAUSES) {
                    for (String facts : FACTS) {
                        for (String type : TYPES) {
                            rendered++;
                            check(language, render(language, detail(measure, clause, facts, type, SEVERITY_SOURCES.get(
                                    Math.floorMod(rendered, SEVERITY_SOURCES.size())), "LOW", null)),
                                    measure + "/" + clause + "/" + facts + "/" + type, problems);
                        }
                    }
                }
            }
            for (String[] source : SEVERITY_SOURCES) {
                for (String severity : List.of("LOW", "MEDIUM", "HIGH")) {
                    for (String end : END_REASONS) {
                        rendered++;
                        check(language, render(language, detail("LISTING_REMOVED", "REMOVAL_ON_NOTICE",
                                "REMOVAL_ON_NOTICE", "COUNTERFEIT", source, severity, end)),
                                "severity " + String.join(",", String.valueOf(source[0]), String.valueOf(source[1]),
                                        String.valueOf(source[2])) + "/" + severity + "/end " + end,
                                problems);
                    }
                }
            }
        }
        assertEquals(List.of(), problems, problems.size() + " of " + rendered + " statements are not whole");
    }

    @Test
    void theChineseStatementNamesTheSeverityAndWhoChoseIt() {
        String zh = text(render(Language.SIMPLIFIED_CHINESE, detail("LISTING_REMOVED", "REMOVAL_ON_NOTICE",
                "REMOVAL_ON_NOTICE", "COUNTERFEIT", SEVERITY_SOURCES.get(0), "LOW", null)));
        assertTrue(zh.contains("严重程度低：由审核员 rita 选定。"), zh);
        assertTrue(zh.contains("依投诉下架：假冒，严重程度低 = 4 分，有效期 365 天"), zh);
        String en = text(render(Language.ENGLISH, detail("LISTING_REMOVED", "REMOVAL_ON_NOTICE", "REMOVAL_ON_NOTICE",
                "COUNTERFEIT", SEVERITY_SOURCES.get(6), "HIGH", "APPEAL_UPHELD")));
        assertTrue(en.contains("Severity high: the fast track's default for Counterfeit."), en);
        assertTrue(en.contains("Appeal 17 was upheld: The goods were genuine after all."), en);
        assertFalse(en.contains(SERVER_ENGLISH), en);
    }

    private void check(Language language, String html, String variant, List<String> problems) {
        String text = text(html);
        String where = language.tag + " " + variant + ": ";
        if (text.contains("{") || text.contains("}")) {
            problems.add(where + "an unfilled placeholder in " + excerpt(text, text.indexOf('{')));
        }
        if (text.contains(SERVER_ENGLISH)) {
            problems.add(where + "merchant-service's English shown instead of the codes");
        }
        for (String key : List.of("merchant_", "sor_", "severity_")) {
            if (text.contains(key)) {
                problems.add(where + "a message key shown: " + excerpt(text, text.indexOf(key)));
            }
        }
        String bare = text;
        // Longest first: a value inside another (the mark inside the title) must not break the longer one.
        for (String value : VALUES.values().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toList()) {
            bare = bare.replace(value, " ");
        }
        if (language == Language.SIMPLIFIED_CHINESE) {
            Matcher words = LATIN_WORD.matcher(bare);
            TreeSet<String> english = new TreeSet<>();
            while (words.find()) {
                if (!LATIN_IN_CHINESE.contains(words.group())) {
                    english.add(words.group());
                }
            }
            if (!english.isEmpty()) {
                problems.add(where + "untranslated " + english);
            }
        } else {
            Matcher chinese = CJK.matcher(bare);
            if (chinese.find()) {
                problems.add(where + "Chinese on the English page: " + excerpt(bare, chinese.start()));
            }
        }
    }

    /** The page's text as a reader sees it. */
    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replaceAll("\\s+", " ");
    }

    private String render(Language language, MerchantRestClient.SanctionDetail detail) {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        MerchantViews.ReasonsPage page = MerchantViews.ReasonsPage.of(detail, "/merchant/appeals", now,
                texts.in(language));
        return engine.getTemplate("merchant/reasons").data("reasons", page).setLocale(language.locale).render();
    }

    private static MerchantRestClient.SanctionDetail detail(String measure, String clause, String facts, String type,
            String[] source, String severity, String end) {
        Instant decided = Instant.parse("2026-11-30T09:15:00Z");
        boolean onAccount = !measure.equals("LISTING_REMOVED");
        Map<String, String> clauseParams = new LinkedHashMap<>();
        switch (clause) {
            case "REMOVAL_ON_NOTICE" -> clauseParams.putAll(Map.of("infringementType", type, "severity", severity,
                    "points", "4", "days", "365"));
            case "POINTS_THRESHOLD" -> clauseParams.putAll(Map.of("policyVersion", "2026.2", "threshold", "20",
                    "measure", onAccount ? measure : "RESTRICTED"));
            case "REPEAT_INFRINGER" -> clauseParams.putAll(Map.of("policyVersion", "2026.2", "distinctBrands", "5",
                    "windowDays", "365", "measure", onAccount ? measure : "SUSPENDED_14D"));
            case "TERMINATION_ON_PROPOSAL" -> clauseParams.put("policyVersion", "2026.2");
            default -> clauseParams.put("text", VALUES.get("text"));
        }
        Map<String, String> factsParams = new LinkedHashMap<>();
        switch (facts) {
            case "REMOVAL_ON_NOTICE" -> {
                factsParams.put("decidedAt", decided.toString());
                for (String key : List.of("brandName", "listingTitle", "listingUrl", "ipOffice", "ipRegistrationNumber",
                        "ipMark", "explanation")) {
                    factsParams.put(key, VALUES.get(key));
                }
                factsParams.put("listingId", "7");
                factsParams.put("infringementType", type);
                factsParams.put("channel", source[0].equals("FAST_TRACK") ? "FAST_TRACK" : "STANDARD");
                factsParams.put("automated", String.valueOf(source[0].equals("FAST_TRACK")));
                factsParams.put("severity", severity);
                factsParams.put("severitySource", source[0]);
                if (source[1] != null) {
                    factsParams.put("reviewer", source[1]);
                }
                if (source[2] != null) {
                    factsParams.put("reasonCode", source[2]);
                }
            }
            case "POINTS_STEP", "REPEAT_INFRINGER_STEP" -> factsParams.putAll(Map.of("listingId", "7",
                    "listingTitle", VALUES.get("listingTitle"), "activePoints", "24", "policyVersion", "2026.2",
                    "threshold", "20", "distinctBrands", "5", "windowDays", "365",
                    "measure", onAccount ? measure : "RESTRICTED"));
            case "TERMINATION_PROPOSED" -> factsParams.putAll(Map.of("listingId", "7",
                    "listingTitle", VALUES.get("listingTitle"), "reason", VALUES.get("reason")));
            default -> factsParams.put("text", VALUES.get("text"));
        }
        Coded endReason = end == null ? null : switch (end) {
            case "EXPIRED" -> new Coded(end, Map.of());
            case "APPEAL_UPHELD" -> new Coded(end, Map.of("appealId", "17", "reason", VALUES.get("reason")));
            case "LEGACY" -> new Coded(end, Map.of("text", VALUES.get("text")));
            default -> new Coded(end, Map.of("reason", VALUES.get("reason")));
        };
        MerchantRestClient.CodedReasons coded = new MerchantRestClient.CodedReasons(new Coded(clause, clauseParams),
                new Coded(facts, factsParams), endReason);
        MerchantRestClient.ListingRef listing = new MerchantRestClient.ListingRef(7, VALUES.get("listingTitle"),
                VALUES.get("listingUrl"), "REMOVED", null);
        Instant expires = measure.equals("TERMINATED") ? null : decided.plus(Duration.ofDays(90));
        Instant deadline = decided.plus(Duration.ofDays(180));
        String status = end == null ? "ACTIVE" : end.equals("EXPIRED") ? "EXPIRED" : "REVERSED";
        MerchantRestClient.Sanction sanction = new MerchantRestClient.Sanction(42, 3, measure, status, decided, expires,
                end == null ? null : decided.plus(Duration.ofDays(1)), end == null ? null : SERVER_ENGLISH, "2026.2",
                SERVER_ENGLISH, deadline, end == null, null, listing, VALUES.get("brandName"), "99", coded,
                decided.plus(Duration.ofDays(1)));
        MerchantRestClient.SeverityView severityView = onAccount ? null
                : new MerchantRestClient.SeverityView(severity, 4, source[0], source[1], source[2]);
        MerchantRestClient.StatementOfReasons reasons = new MerchantRestClient.StatementOfReasons(42,
                VALUES.get("puid"), new MerchantRestClient.Decision(measure, SERVER_ENGLISH, decided, expires, status),
                SERVER_ENGLISH, new MerchantRestClient.Ground(onAccount ? "TERMS_AND_CONDITIONS" : "ILLEGAL_CONTENT",
                        SERVER_ENGLISH, new MerchantRestClient.IpRight(VALUES.get("ipOffice"),
                                VALUES.get("ipRegistrationNumber"), VALUES.get("ipMark")), type, "2026.2",
                        SERVER_ENGLISH),
                false, !onAccount && source[0].equals("FAST_TRACK"), source[0].equals("FAST_TRACK") ? "FAST_TRACK"
                        : "STANDARD", listing, VALUES.get("brandName"),
                new MerchantRestClient.Redress(deadline, end == null, SERVER_ENGLISH, null, SERVER_ENGLISH), coded,
                severityView, decided.plus(Duration.ofDays(1)));
        return new MerchantRestClient.SanctionDetail(sanction, reasons, List.of());
    }
}
