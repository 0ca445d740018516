package io.markguard.portal.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every kind in the notification files renders in English and Chinese, with every placeholder filled. */
class NotificationTextsTest {

    private final NotificationTexts texts = NotificationTexts.bundled();

    @Test
    void everyKindRendersInBothLanguagesWithEveryPlaceholderFilled() {
        Set<String> kinds = texts.kinds();
        assertTrue(kinds.containsAll(Set.of("notice-receipt", "item-decided", "statement-of-reasons", "appeal-filed")), kinds.toString());
        Properties english = texts.english();
        Properties chinese = texts.chinese();
        List<String> problems = new ArrayList<>();
        for (String kind : kinds) {
            for (String part : List.of("subject", "body")) {
                String key = kind + "." + part;
                if (english.getProperty(key) == null || english.getProperty(key).isBlank()) {
                    problems.add("notifications.properties lacks " + key);
                }
                if (chinese.getProperty(key) == null || chinese.getProperty(key).isBlank()) {
                    problems.add("notifications_zh_CN.properties lacks " + key);
                }
            }
            if (!problems.isEmpty()) {
                continue;
            }
            Map<String, String> params = sampleParams(english.getProperty(kind + ".subject") + english.getProperty(kind + ".body"));
            NotificationTexts.Text en = texts.render(kind, params, "en");
            NotificationTexts.Text zh = texts.render(kind, params, NotificationTexts.CHINESE);
            for (var text : Map.of("en " + kind, en, "zh-CN " + kind, zh).entrySet()) {
                Set<String> left = new TreeSet<>(NotificationTexts.unfilled(text.getValue().subject() + text.getValue().body()));
                if (!left.isEmpty()) {
                    problems.add(text.getKey() + " leaves {" + String.join("}, {", left) + "} unfilled");
                }
            }
            if (en.subject().equals(zh.subject())) {
                problems.add(kind + ".subject is the same in Chinese as in English");
            }
            if (en.body().equals(zh.body())) {
                problems.add(kind + ".body is the same in Chinese as in English");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void bothFilesHaveTheSameKeys() {
        Set<String> english = new TreeSet<>(texts.english().stringPropertyNames());
        Set<String> chinese = new TreeSet<>(texts.chinese().stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        assertEquals(Set.of(), onlyEnglish, "keys without Chinese");
        assertEquals(Set.of(), onlyChinese, "Chinese keys without English");
    }

    @Test
    void codesAndInstantsAreShownInTheReadersLanguage() {
        Map<String, String> params = Map.of("measure", "SUSPENDED_7D", "sanctionId", "12",
                "decidedAt", "2026-03-01T09:30:00Z", "appealUntil", "2026-08-28T09:30:00Z");
        NotificationTexts.Text en = texts.render("statement-of-reasons", params, "en");
        NotificationTexts.Text zh = texts.render("statement-of-reasons", params, NotificationTexts.CHINESE);
        assertEquals("Statement of reasons: account suspended for 7 days", en.subject());
        assertTrue(en.body().contains("2026-03-01 09:30 UTC"), en.body());
        assertTrue(zh.subject().contains("账户暂停 7 天"), zh.subject());
        assertFalse(zh.body().contains("SUSPENDED_7D"), zh.body());
        assertNotEquals(en.body(), zh.body());
    }

    @Test
    void anAppealsOutcomeAndReasonCodeAreWordsInBothLanguagesAndEveryKindIsNamedOnThePreferencesPage() {
        Map<String, String> params = Map.of("appealId", "7", "sanctionId", "12", "measure", "LISTING_REMOVED", "listingId", "3",
                "listingTitle", "Tote", "brandName", "Northwind", "outcome", "DENIED", "reasonCode", "INFRINGEMENT_CONFIRMED",
                "reviewerReason", "Fake serial.", "decidedAt", "2026-03-01T09:30:00Z");
        NotificationTexts.Text en = texts.render("appeal-decided", params, "en");
        NotificationTexts.Text zh = texts.render("appeal-decided", params, NotificationTexts.CHINESE);
        assertEquals("Appeal 7 has been decided: denied", en.subject());
        assertTrue(en.body().contains("Reason: the infringement is confirmed."), en.body());
        assertEquals("申诉 7 已有决定：申诉驳回", zh.subject());
        assertTrue(zh.body().contains("理由：侵权属实。"), zh.body());
        assertEquals("Appeal 7 has been decided: upheld",
                texts.render("appeal-decided", Map.of("appealId", "7", "outcome", "UPHELD"), "en").subject());
        List<String> unnamed = texts.kinds().stream().filter(k -> texts.name(k, "en").equals(k)
                || texts.name(k, NotificationTexts.CHINESE).equals(texts.name(k, "en"))).toList();
        assertEquals(List.of(), unnamed, "kinds the preferences page would show by their code");
    }

    @Test
    void misuseMeasuresAreMandatoryAndReadWithTheirFiguresReasonAndReviewersWordsInBothLanguages() {
        List<String> misuse = List.of("misuse-warning", "misuse-suspension-proposed", "misuse-suspended",
                "misuse-suspension-declined", "misuse-lifted");
        for (String kind : misuse) {
            assertTrue(texts.knows(kind), kind);
            assertFalse(NotificationKinds.optional(kind), kind + " binds the brand: it is mailed whatever the choice");
        }
        Map<String, String> params = new LinkedHashMap<>(Map.of("brand", "Northwind", "brandId", "7", "decided", "3",
                "unfounded", "3", "share", "66.7", "bar", "50", "minDecided", "2", "windowDays", "90",
                "windowStart", "2026-02-01T00:00:00Z", "policyVersion", "2026.1"));
        NotificationTexts.Text warning = texts.render("misuse-warning", params, "en");
        assertEquals("Warning: a high share of your notices was manifestly unfounded (Northwind)", warning.subject());
        assertTrue(warning.body().contains("since 2026-02-01 00:00 UTC (the last 90 days), 3 (66.7 %) were manifestly unfounded"),
                warning.body());
        assertTrue(warning.body().contains("at 50 % or more, once at least 2 items are decided"), warning.body());
        assertTrue(texts.render("misuse-warning", params, NotificationTexts.CHINESE).body().contains("3 个（66.7 %）明显无依据"));

        params.put("reviewerReason", "Two of the decisions rest on stale evidence.");
        for (String code : List.of("CONTEST_PERSUASIVE", "UNFOUNDED_DECISIONS_IN_DOUBT", "NOT_FREQUENT_ENOUGH")) {
            params.put("reasonCode", code);
            NotificationTexts.Text en = texts.render("misuse-suspension-declined", params, "en");
            NotificationTexts.Text zh = texts.render("misuse-suspension-declined", params, NotificationTexts.CHINESE);
            assertEquals("No suspension of filing for Northwind", en.subject());
            assertEquals("不暂停 Northwind 的投诉提交", zh.subject());
            assertFalse(en.body().contains(code), en.body());
            assertFalse(zh.body().contains(code), zh.body());
            assertTrue(en.body().contains("The reviewer's words: Two of the decisions rest on stale evidence."), en.body());
        }
        assertTrue(texts.render("misuse-suspension-declined", params, "en").body()
                .contains("declined the suspension of filing proposed for Northwind: the manifestly unfounded notices are not"
                        + " frequent enough to warrant it. Filing stays open."));
        assertTrue(texts.render("misuse-suspension-declined", params, NotificationTexts.CHINESE).body()
                .contains("明显无依据的投诉尚不足以频繁到需要暂停"));
    }

    /** A value for every placeholder: an instant for times, a known code where the file renders codes, else a token. */
    private Map<String, String> sampleParams(String template) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : NotificationTexts.unfilled(template)) {
            String code = texts.english().stringPropertyNames().stream().filter(k -> k.startsWith("value." + name + "."))
                    .sorted().findFirst().map(k -> k.substring(("value." + name + ".").length())).orElse(null);
            String lower = name.toLowerCase();
            if (code != null) {
                params.put(name, code);
            } else if (lower.endsWith("at") || lower.endsWith("until") || lower.contains("deadline") || lower.endsWith("date")) {
                params.put(name, "2026-05-04T03:02:01Z");
            } else {
                params.put(name, "42");
            }
        }
        return params;
    }
}
