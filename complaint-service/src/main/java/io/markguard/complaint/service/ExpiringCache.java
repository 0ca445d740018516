package io.markguard.complaint.service;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers from portal-service kept for a short configured time on this replica; another replica asks for itself.
 * Expired entries are dropped once the cache holds 10,000.
 */
final class ExpiringCache<K, V> {

    private record Entry<V>(V value, Instant until) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    /** The kept answer for the key, or a fresh one from {@code ask}, kept for {@code keepFor} after {@code now}. */
    V get(K key, Instant now, Duration keepFor, Supplier<V> ask) {
        Entry<V> kept = entries.get(key);
        if (kept != null && kept.until().isAfter(now)) {
            return kept.value();
        }
        V value = ask.get();
        if (entries.size() > 10_000) {
            entries.entrySet().removeIf(e -> !e.getValue().until().isAfter(now));
        }
        entries.put(key, new Entry<>(value, now.plus(keepFor)));
        return value;
    }
}
