package io.markguard.decisionlog;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** How many decisions of each kind were decided in a period [from, to): what a report states and a verifier recounts. */
public final class DecisionCounts {

    private final Instant from;
    private final Instant to;
    private final Map<String, Long> counts = new TreeMap<>();

    public DecisionCounts(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
        this.from = from;
        this.to = to;
    }

    public void add(Leaf leaf) {
        if (!leaf.decidedAt().isBefore(from) && leaf.decidedAt().isBefore(to)) {
            counts.merge(leaf.kind(), 1L, Long::sum);
        }
    }

    /** The counts by kind, kinds with none left out. */
    public Map<String, Long> counts() {
        return Map.copyOf(counts);
    }
}
