package io.markguard.merchant.service;

import io.markguard.merchant.InfringementType;
import io.markguard.merchant.SanctionMeasure;
import io.markguard.merchant.config.PenaltyPolicy;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** A penalty policy with a gap or a ladder out of order stops the service at start, not at the first takedown. */
@ApplicationScoped
public class PolicyCheck {

    private static final Logger LOG = Logger.getLogger(PolicyCheck.class);

    @Inject
    PenaltyPolicy policy;

    void onStart(@Observes StartupEvent event) {
        List<String> problems = new ArrayList<>();
        for (InfringementType type : InfringementType.values()) {
            if (!policy.points().containsKey(type.policyKey())) {
                problems.add("no points for " + type.policyKey() + " (markguard.policy.points." + type.policyKey() + ".*)");
            } else {
                for (String key : policy.points().get(type.policyKey()).reasonDefaults().keySet()) {
                    if (PenaltyPolicy.ACCEPT_REASONS.stream().map(PenaltyPolicy::reasonKey).noneMatch(key::equals)) {
                        problems.add("no reason code " + key + " to accept with (markguard.policy.points."
                                + type.policyKey() + ".reason-defaults." + key + ")");
                    }
                }
            }
        }
        int previous = 0;
        for (SanctionMeasure measure : SanctionMeasure.values()) {
            if (measure.onAccount()) {
                int threshold = policy.threshold(measure);
                if (threshold <= previous) {
                    problems.add("the threshold of " + measure + " (" + threshold + ") must be above the step before ("
                            + previous + ")");
                }
                previous = threshold;
                policy.duration(measure).filter(d -> d.isNegative() || d.isZero())
                        .ifPresent(d -> problems.add("the duration of " + measure + " must be positive"));
            }
        }
        if (policy.repeatInfringer().distinctBrands() < 2) {
            problems.add("the repeat-infringer rule needs at least 2 distinct brands");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Penalty policy " + policy.version() + " is not usable: "
                    + String.join("; ", problems));
        }
        LOG.infof("Penalty policy %s in force", policy.version());
    }
}
