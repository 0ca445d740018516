package io.markguard.decisionlog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A tree head as the log publishes it: its size, its root (base64), when it was signed (an ISO-8601 instant) and the
 * log's Ed25519 signature (base64) over the canonical JSON of {@code logId}, {@code treeSize}, {@code rootHash} and
 * {@code timestamp}.
 */
public record SignedTreeHead(String logId, long treeSize, String rootHash, String timestamp, String signature) {

    /** The bytes the signature covers. */
    public byte[] signedBytes() {
        return signedBytes(logId, treeSize, rootHash, timestamp);
    }

    static byte[] signedBytes(String logId, long treeSize, String rootHash, String timestamp) {
        ObjectNode head = CanonicalJson.mapper().createObjectNode();
        head.put("logId", logId);
        head.put("treeSize", treeSize);
        head.put("rootHash", rootHash);
        head.put("timestamp", timestamp);
        return CanonicalJson.write(head).getBytes(StandardCharsets.UTF_8);
    }

    /** The root hash's 32 bytes; refuses anything else. */
    public byte[] rootHashBytes() {
        byte[] root = Base64.getDecoder().decode(rootHash);
        if (root.length != TreeHash.SIZE) {
            throw new IllegalArgumentException("a root hash is " + TreeHash.SIZE + " bytes, not " + root.length);
        }
        return root;
    }

    public Instant signedAt() {
        return Instant.parse(timestamp);
    }
}
