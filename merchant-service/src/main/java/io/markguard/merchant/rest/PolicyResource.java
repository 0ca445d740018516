package io.markguard.merchant.rest;

import io.markguard.merchant.InfringementType;
import io.markguard.merchant.SanctionMeasure;
import io.markguard.merchant.Severity;
import io.markguard.merchant.config.PenaltyPolicy;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The penalty policy in force, as merchants, reviewers and the public read it: the one source of the points per
 * severity and of the default severities the reviewer's decision form preselects.
 */
@Path("/api/policy")
@PermitAll
public class PolicyResource {

    /**
     * One infringement type: points per severity, the default on the fast track ({@code defaultSeverity}) and per
     * reason code for accepting ({@code reasonDefaults}, keyed by the reason code as complaint-service names it).
     */
    public record TypeView(String infringementType, Map<String, Integer> points, String defaultSeverity,
            Map<String, String> reasonDefaults) {
    }

    public record StepView(String measure, int atPoints) {
    }

    public record PolicyView(String version, long pointsExpireAfterDays, List<TypeView> types, List<StepView> ladder,
            int repeatInfringerBrands, long repeatInfringerWindowDays, String repeatInfringerMeasure) {
    }

    @Inject
    PenaltyPolicy policy;

    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getPenaltyPolicy", summary = "The penalty policy in force: points per infringement, steps of the ladder and their durations")
    public PolicyView policy() {
        List<TypeView> types = Arrays.stream(InfringementType.values()).map(type -> {
            PenaltyPolicy.TypePoints p = policy.pointsOf(type);
            Map<String, Integer> points = new LinkedHashMap<>();
            for (Severity s : Severity.values()) {
                points.put(s.name(), policy.points(type, s));
            }
            Map<String, String> reasons = new LinkedHashMap<>();
            PenaltyPolicy.ACCEPT_REASONS.forEach(code -> reasons.put(code, p.defaultSeverity(code).name()));
            return new TypeView(type.name(), points, p.defaultSeverity().name(), reasons);
        }).toList();
        List<StepView> ladder = Arrays.stream(SanctionMeasure.values()).filter(SanctionMeasure::onAccount)
                .map(m -> new StepView(m.name(), policy.threshold(m))).toList();
        PenaltyPolicy.RepeatInfringer repeat = policy.repeatInfringer();
        return new PolicyView(policy.version(), policy.pointsExpireAfter().toDays(), types, ladder,
                repeat.distinctBrands(), repeat.window().toDays(), repeat.measure().name());
    }
}
