package io.markguard.decisionlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedByUtf16CodeUnitsAsInRfc8785() {
        // RFC 8785 §3.2.3's sorting example: U+1F600 (a surrogate pair) sorts before U+FB33.
        String text = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
                + "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        assertEquals("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                        + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                        + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
                CanonicalJson.write(CanonicalJson.parse(text)));
    }

    @Test
    void stringsAreEscapedAsJcsSays() {
        assertEquals("[\"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001f\u007f\u2028é/\",true,false,null,-42,0]",
                CanonicalJson.write(CanonicalJson.parse(
                        "[ \"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u001F\\u007f\\u2028\\u00e9\\/\" , true, false, null, -42, -0 ]")));
    }

    @Test
    void nestedObjectsAreSortedWithoutWhitespace() {
        assertEquals("{\"a\":{\"b\":[1,{\"c\":2,\"d\":3}],\"z\":\"\"},\"b\":9007199254740991}",
                CanonicalJson.write(CanonicalJson.parse("{ \"b\" : 9007199254740991, \"a\": {\"z\":\"\", \"b\": [1, {\"d\":3,\"c\":2}]}}")));
    }

    @Test
    void floatsLargeIntegersLoneSurrogatesAndDuplicateKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.parse("{\"amount\":1.5}"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.parse("[1e3]"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.parse("[9007199254740992]"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.parse("[\"\\ud800\"]"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.parse("{\"a\":1,\"a\":2}"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.parse("{\"a\":"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.parse("{\"a\":1} {\"b\":2}"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.parse("[NaN]"));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Map.of("ratio", 0.25)));
        assertThrows(IllegalArgumentException.class, () -> CanonicalJson.write(Map.of("amount", new java.math.BigDecimal("12.50"))));
    }

    @Test
    void aDecisionIsACanonicalObjectWithItsKindAndInstant() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reasonCode", "COUNTERFEIT");
        details.put("points", 3);
        details.put("fastTrack", false);
        details.put("appealDeadline", Instant.parse("2026-12-15T10:15:30Z"));
        details.put("amount", new java.math.BigDecimal("12.50").toPlainString());
        Leaf leaf = Leaf.decision(DecisionKind.ITEM_ACCEPTED, Instant.parse("2026-12-01T10:15:30.120Z"),
                Map.of("complaintId", "41", "itemId", "7"), details);
        assertEquals("{\"amount\":\"12.50\",\"appealDeadline\":\"2026-12-15T10:15:30Z\","
                + "\"decidedAt\":\"2026-12-01T10:15:30.120Z\",\"fastTrack\":false,\"kind\":\"item-accepted\","
                + "\"points\":3,\"reasonCode\":\"COUNTERFEIT\",\"subject\":{\"complaintId\":\"41\",\"itemId\":\"7\"}}", leaf.text());
        assertEquals(leaf, Leaf.parse(leaf.text()));
        assertEquals(DecisionKind.ITEM_ACCEPTED, leaf.decisionKind().orElseThrow());
        assertEquals(64, java.util.HexFormat.of().formatHex(leaf.hash()).length());
    }

    @Test
    void aLeafNeedsKindAndInstantAndALogServesItCanonical() {
        assertThrows(IllegalArgumentException.class, () -> Leaf.parse("{\"decidedAt\":\"2026-12-01T10:15:30Z\"}"));
        assertThrows(IllegalArgumentException.class, () -> Leaf.parse("{\"kind\":\"retraction\"}"));
        assertThrows(IllegalArgumentException.class, () -> Leaf.parse("{\"decidedAt\":\"yesterday\",\"kind\":\"retraction\"}"));
        assertThrows(IllegalArgumentException.class, () -> Leaf.parse("[]"));
        assertThrows(IllegalArgumentException.class,
                () -> Leaf.parse("{\"kind\":\"retraction\",\"decidedAt\":\"2026-12-01T10:15:30Z\"}"));
        assertThrows(IllegalArgumentException.class, () -> Leaf.decision(DecisionKind.RETRACTION, Instant.EPOCH,
                Map.of(), Map.of("kind", "item-accepted")));
        assertTrue(Leaf.parse("{\"decidedAt\":\"2026-12-01T10:15:30Z\",\"kind\":\"a-later-kind\"}").decisionKind().isEmpty());
    }

    @Test
    void everyKindHasItsDocumentedName() {
        assertEquals(10, DecisionKind.values().length);
        for (DecisionKind kind : DecisionKind.values()) {
            assertEquals(kind, DecisionKind.fromWireName(kind.wireName()).orElseThrow());
            assertEquals(kind.name().toLowerCase().replace('_', '-'), kind.wireName());
        }
    }
}
