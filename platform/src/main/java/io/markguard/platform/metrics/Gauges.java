package io.markguard.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gauges of figures a service reads from its database on a schedule, so a scrape never waits on a query. A registry
 * can outlive one start of the application (as between test classes) and a gauge keeps the object it was first
 * given, so registering replaces whatever an earlier start left under the same name and tags.
 */
@ApplicationScoped
public class Gauges {

    @Inject
    MeterRegistry registry;

    /** Shows {@code value} as the gauge {@code name}; {@code tags} are name, value pairs. */
    public void register(String name, String description, AtomicLong value, String... tags) {
        register(name, description, null, value, tags);
    }

    /** As {@link #register(String, String, AtomicLong, String...)}, for a value in seconds. */
    public void registerSeconds(String name, String description, AtomicLong value, String... tags) {
        register(name, description, "seconds", value, tags);
    }

    private void register(String name, String description, String baseUnit, AtomicLong value, String... tags) {
        registry.find(name).tags(tags).meters().forEach(registry::remove);
        Gauge.builder(name, value, AtomicLong::get).tags(tags).description(description).baseUnit(baseUnit)
                .register(registry);
    }
}
