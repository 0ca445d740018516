package io.markguard.portal.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a service's transparency figures were computed with: the signed head of its decision log, and the log's
 * count of decisions per kind over the figures' period (which infra/verify-log recomputes from the leaves).
 */
public record LogBinding(Head head, Map<String, Long> counts) {

    /** A signed tree head as the service publishes it at {@code /api/decision-log/head}. */
    public record Head(String logId, long treeSize, String rootHash, Instant timestamp, String signature) {
    }

    /** The heads of the bindings there are, in the order given; none for a service that sent none. */
    public static List<Head> heads(LogBinding... bindings) {
        return java.util.Arrays.stream(bindings).filter(b -> b != null && b.head() != null).map(LogBinding::head)
                .toList();
    }
}
