package io.markguard.complaint;

import io.markguard.testsupport.ClusterLifecycleContract;
import java.util.Map;

class ClusterLifecycleIT extends ClusterLifecycleContract {

    @Override
    protected String service() {
        return "complaint-service";
    }

    @Override
    protected String testDatabase() {
        return "markguard_complaints_test";
    }

    @Override
    protected Map<String, String> serviceEnvironment() {
        return Map.of();
    }
}
