package io.markguard.complaint;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Nothing to start: a test class that declares it beside {@link PeerServices} has a start of the service and the
 * peers (and so an emptied database) of its own, away from the classes that share one. For a class whose data would
 * change what the others see: ten thousand pending items make every reviewer reminder a test triggers a flood.
 */
public class OwnStart implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of();
    }

    @Override
    public void stop() {
    }
}
