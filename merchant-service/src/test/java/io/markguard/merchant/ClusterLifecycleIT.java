package io.markguard.merchant;

import io.markguard.testsupport.ClusterLifecycleContract;
import java.util.Map;

class ClusterLifecycleIT extends ClusterLifecycleContract {

    @Override
    protected String service() {
        return "merchant-service";
    }

    @Override
    protected String testDatabase() {
        return "markguard_merchants_test";
    }

    @Override
    protected Map<String, String> serviceEnvironment() {
        return Map.of("MARKGUARD_DEMO_CATALOGUE", "false");
    }
}
