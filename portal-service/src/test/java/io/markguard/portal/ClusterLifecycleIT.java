package io.markguard.portal;

import io.markguard.testsupport.ClusterLifecycleContract;
import java.util.Map;

class ClusterLifecycleIT extends ClusterLifecycleContract {

    @Override
    protected String service() {
        return "portal-service";
    }

    @Override
    protected String testDatabase() {
        return "markguard_portal_test";
    }

    @Override
    protected Map<String, String> serviceEnvironment() {
        return Map.of("MARKGUARD_PORTAL_CLIENT_SECRET", "portal-local-demo-secret",
                "MARKGUARD_PORTAL_SESSION_SECRET", "cluster-lifecycle-only-portal-session-secret-0123456789");
    }
}
