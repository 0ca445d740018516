package io.markguard.decisionlog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * RFC 8785 (JCS) canonical JSON for the values a decision carries: objects, arrays, strings, integers, booleans and
 * null. Floating-point numbers are refused (a decimal is written as a string), and so are integers beyond ±(2^53 − 1),
 * which JCS's IEEE 754 numbers cannot hold exactly, and strings with a lone surrogate, which are not I-JSON.
 */
public final class CanonicalJson {

    private static final BigInteger MAX_SAFE = BigInteger.valueOf((1L << 53) - 1);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // A verifier of this version still reads a log or report that carries members added later.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Instants and dates in a decision's details are written as their ISO-8601 text, as decidedAt is.
            .addModule(new SimpleModule()
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(LocalDate.class, ToStringSerializer.instance))
            .build();

    private CanonicalJson() {
    }

    /** The mapper this module reads and writes the contract with; never use it to write what is hashed or signed. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses JSON text, refusing duplicate keys and every value {@link #write} refuses. */
    public static JsonNode parse(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || node.isMissingNode()) {
            throw new IllegalArgumentException("not JSON: empty text");
        }
        write(node);
        return node;
    }

    /** The canonical text of a value. */
    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    /** The canonical text of any value Jackson can turn into a tree (records, maps, lists). */
    public static String write(Object value) {
        return write(MAPPER.valueToTree(value));
    }

    /** The canonical UTF-8 bytes of a value: what is hashed and signed. */
    public static byte[] bytes(JsonNode node) {
        return write(node).getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>();
                for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                    names.add(it.next());
                }
                // String.compareTo compares UTF-16 code units, the order JCS prescribes.
                names.sort(String::compareTo);
                out.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(names.get(i), out);
                    out.append(':');
                    write(node.get(names.get(i)), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case NUMBER -> {
                if (!node.isIntegralNumber()) {
                    throw new IllegalArgumentException("a floating-point number (" + node + ") has no canonical form here;"
                            + " write a decimal as a string");
                }
                BigInteger value = node.bigIntegerValue();
                if (value.abs().compareTo(MAX_SAFE) > 0) {
                    throw new IllegalArgumentException("the integer " + value + " is beyond ±(2^53 − 1); write it as a string");
                }
                out.append(value);
            }
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("a " + node.getNodeType() + " value has no JSON form");
        }
    }

    private static void string(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        throw new IllegalArgumentException("a string holds a lone surrogate (U+"
                                + Integer.toHexString(c).toUpperCase() + ")");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
