package io.markguard.decisionlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * One decision as the log holds it: a canonical JSON object with a {@code kind} and the instant it was
 * {@code decidedAt}, a {@code subject} naming what it was about by ids, and whatever else the deciding service
 * records. Its canonical text is what the log stores and serves, and its UTF-8 bytes are what the leaf hash covers.
 */
public final class Leaf {

    public static final String KIND = "kind";
    public static final String DECIDED_AT = "decidedAt";
    public static final String SUBJECT = "subject";

    private final String text;
    private final String kind;
    private final Instant decidedAt;

    private Leaf(String text, String kind, Instant decidedAt) {
        this.text = text;
        this.kind = kind;
        this.decidedAt = decidedAt;
    }

    /**
     * A decision of one of the documented kinds. {@code subject} holds the ids of what was decided on (complaint,
     * item, listing, merchant, brand, sanction, appeal…); {@code details} the rest, as top-level members. Values are
     * strings, integers, booleans, null, lists, maps, records, and instants or dates (written as ISO-8601 text).
     */
    public static Leaf decision(DecisionKind kind, Instant decidedAt, Map<String, ?> subject, Map<String, ?> details) {
        ObjectNode node = CanonicalJson.mapper().createObjectNode();
        node.put(KIND, kind.wireName());
        node.put(DECIDED_AT, decidedAt.toString());
        node.set(SUBJECT, CanonicalJson.mapper().valueToTree(subject));
        details.forEach((name, value) -> {
            if (node.has(name)) {
                throw new IllegalArgumentException("a decision's details cannot set its " + name);
            }
            node.set(name, CanonicalJson.mapper().valueToTree(value));
        });
        return of(node);
    }

    /** A leaf from any JSON object that has a string {@code kind} and an ISO-8601 instant {@code decidedAt}. */
    public static Leaf of(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("a leaf is a JSON object");
        }
        JsonNode kind = node.get(KIND);
        if (kind == null || !kind.isTextual() || kind.textValue().isEmpty()) {
            throw new IllegalArgumentException("a leaf needs a string kind");
        }
        JsonNode decidedAt = node.get(DECIDED_AT);
        if (decidedAt == null || !decidedAt.isTextual()) {
            throw new IllegalArgumentException("a leaf needs a decidedAt instant");
        }
        Instant at;
        try {
            at = Instant.parse(decidedAt.textValue());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a leaf's decidedAt is not an ISO-8601 instant: " + decidedAt.textValue());
        }
        return new Leaf(CanonicalJson.write(node), kind.textValue(), at);
    }

    /**
     * The leaf a log served: its text must be canonical already, since the hash covers the text as served and a
     * verifier must not hash anything else.
     */
    public static Leaf parse(String text) {
        Leaf leaf = of(CanonicalJson.parse(text));
        if (!leaf.text.equals(text)) {
            throw new IllegalArgumentException("the leaf is not in canonical form");
        }
        return leaf;
    }

    /** The canonical JSON text. */
    public String text() {
        return text;
    }

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 9162 §2.1.1: SHA-256(0x00 || leaf bytes). */
    public byte[] hash() {
        return TreeHash.leaf(bytes());
    }

    /** The kind as written; {@link #decisionKind()} for one of the documented kinds. */
    public String kind() {
        return kind;
    }

    public Optional<DecisionKind> decisionKind() {
        return DecisionKind.fromWireName(kind);
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Leaf leaf && leaf.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
