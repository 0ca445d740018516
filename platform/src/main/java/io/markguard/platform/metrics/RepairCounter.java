package io.markguard.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Rows a scheduled check found out of line with what they count and set right (a brand's day figures, a merchant's
 * ledger counters), as one counter. Registered at start, so that it reads 0 until the first repair rather than being
 * missing from /q/metrics.
 */
public record RepairCounter(String name, String description) {

    public void register(MeterRegistry registry) {
        counter(registry);
    }

    /** {@code rows} more rows set right. */
    public void add(MeterRegistry registry, long rows) {
        counter(registry).increment(rows);
    }

    private Counter counter(MeterRegistry registry) {
        // The registry hands back the counter it holds under this name, or registers it the first time.
        return Counter.builder(name).description(description).register(registry);
    }
}
