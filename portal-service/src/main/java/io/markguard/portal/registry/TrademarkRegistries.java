package io.markguard.portal.registry;

import io.markguard.portal.Office;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.Optional;

/** Asks the register that covers an office, whichever implementation that is. */
@ApplicationScoped
public class TrademarkRegistries {

    @Inject
    @Any
    Instance<TrademarkRegistry> registries;

    public Optional<RegisterEntry> find(Office office, String registrationNumber) {
        return registries.stream()
                .filter(r -> r.covers(office))
                .min(Comparator.comparingInt(TrademarkRegistry::priority))
                .flatMap(r -> r.find(office, registrationNumber));
    }
}
