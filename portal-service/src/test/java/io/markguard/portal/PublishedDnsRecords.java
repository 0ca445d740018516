package io.markguard.portal;

import io.markguard.portal.dns.DnsTxtResolver;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the public DNS (an outside system the test cannot publish records in): the TXT
 * records a brand would publish at its DNS provider.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class PublishedDnsRecords implements DnsTxtResolver {

    private static final Map<String, List<String>> RECORDS = new ConcurrentHashMap<>();

    public static void publish(String name, String value) {
        RECORDS.merge(name, List.of(value), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
    }

    @Override
    public List<String> txt(String name) {
        return RECORDS.getOrDefault(name, List.of());
    }
}
