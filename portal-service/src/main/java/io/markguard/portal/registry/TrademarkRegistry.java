package io.markguard.portal.registry;

import io.markguard.portal.Office;
import java.util.Optional;

/**
 * A trademark register Markguard can consult. Each implementation says which offices it answers for;
 * an adapter for a real office is one more CDI bean, picked up by {@link TrademarkRegistries}.
 */
public interface TrademarkRegistry {

    /** Whether this register speaks for the office; the first that does is asked. */
    boolean covers(Office office);

    /** Lower numbers are asked first, so a real office adapter can take precedence over the local data set. */
    default int priority() {
        return 100;
    }

    /** The entry for a normalised registration number, if the office has one. */
    Optional<RegisterEntry> find(Office office, String registrationNumber);
}
