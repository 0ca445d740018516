package io.markguard.portal.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the public reaches each service's decision log, for the links to a decision's inclusion proof. */
@ConfigMapping(prefix = "markguard.decision-log-links")
public interface DecisionLogLinks {

    @WithDefault("http://localhost:8081")
    String complaintService();

    @WithDefault("http://localhost:8082")
    String merchantService();
}
