package io.markguard.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class RepairCounterTest {

    @Test
    void readsZeroFromStartThenCountsEveryRowSetRight() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        RepairCounter repairs = new RepairCounter("markguard.test.repaired", "Rows set right");
        repairs.register(registry);
        Counter counter = registry.find("markguard.test.repaired").counter();
        assertNotNull(counter, "registered before the first repair");
        assertEquals(0, counter.count());
        assertEquals("Rows set right", counter.getId().getDescription());

        repairs.add(registry, 3);
        repairs.add(registry, 2);
        assertEquals(5, registry.find("markguard.test.repaired").counter().count());
        // A second start of the service against the same registry keeps counting on the same counter.
        new RepairCounter("markguard.test.repaired", "Rows set right").add(registry, 1);
        assertEquals(6, counter.count());
    }
}
