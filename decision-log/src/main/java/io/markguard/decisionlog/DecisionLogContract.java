package io.markguard.decisionlog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The public HTTP contract every service's decision log answers (README.md has it in full). All bodies are JSON; hashes
 * and keys are standard base64 with padding; a bad parameter is a 400 problem.
 */
public final class DecisionLogContract {

    public static final String BASE = "/api/decision-log";
    public static final String KEY = BASE + "/key";
    public static final String HEAD = BASE + "/head";
    public static final String INCLUSION = BASE + "/proofs/inclusion";
    public static final String CONSISTENCY = BASE + "/proofs/consistency";
    public static final String LEAVES = BASE + "/leaves";
    /** The most leaves one page of {@code /leaves} holds. */
    public static final int MAX_LEAVES = 1000;

    private DecisionLogContract() {
    }

    /** GET /api/decision-log/key. */
    public record LogKey(String logId, String algorithm, String publicKey) {
    }

    /** GET /api/decision-log/proofs/inclusion?index=&treeSize=: the audit path, leaf side first. */
    public record InclusionProof(long leafIndex, long treeSize, List<String> auditPath) {

        public List<byte[]> auditPathBytes() {
            return decode(auditPath);
        }
    }

    /** GET /api/decision-log/proofs/consistency?first=&second=. */
    public record ConsistencyProof(long first, long second, List<String> proof) {

        public List<byte[]> proofBytes() {
            return decode(proof);
        }
    }

    /** One leaf with its place in the log; {@code leaf} is the canonical JSON text the leaf hash covers. */
    public record LeafEntry(long index, String leaf) {
    }

    /** GET /api/decision-log/leaves?from=&limit=: {@code next} is the index to ask from next, null at the log's end. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LeavesPage(List<LeafEntry> items, Long next) {
    }

    /**
     * What a transparency report carries about the log, under its {@code log} member: the head it was drawn up at, the
     * period [from, to) it covers, and how many decisions of each kind were decided in it.
     */
    public record ReportedLog(SignedTreeHead head, Period period, Map<String, Long> counts) {
    }

    /** A half-open period [from, to) of ISO-8601 instants. */
    public record Period(String from, String to) {
    }

    static List<String> encode(List<byte[]> hashes) {
        return hashes.stream().map(Base64.getEncoder()::encodeToString).toList();
    }

    static List<byte[]> decode(List<String> hashes) {
        return hashes == null ? List.of() : hashes.stream().map(Base64.getDecoder()::decode).toList();
    }
}
