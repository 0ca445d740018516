package io.markguard.merchant.config;

import io.markguard.merchant.InfringementType;
import io.markguard.merchant.SanctionMeasure;
import io.markguard.merchant.Severity;
import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The merchant penalty policy: versioned, shown to merchants, every number of it here. */
@ConfigMapping(prefix = "markguard.policy")
public interface PenaltyPolicy {

    /** The reason codes with which a reviewer accepts an item, as complaint-service names them. */
    java.util.List<String> ACCEPT_REASONS = java.util.List.of("COUNTERFEIT_CONFIRMED", "TRADEMARK_MISUSE_CONFIRMED",
            "RIGHT_INFRINGED");

    /** Recorded on every violation and sanction, so a decision can be read against the rules of its day. */
    String version();

    /** How long a violation's points count. */
    Duration pointsExpireAfter();

    /** Points per infringement type (keys as in {@link InfringementType#policyKey()}) and severity. */
    Map<String, TypePoints> points();

    Thresholds thresholds();

    SanctionDurations durations();

    RepeatInfringer repeatInfringer();

    interface TypePoints {
        int low();

        int medium();

        int high();

        /** The severity used when the takedown command does not give one (and on the fast track). */
        Severity defaultSeverity();

        /**
         * The severity a reviewer's reason code for accepting gives by default (keys: the reason code in lower case,
         * {@code _} as {@code -}, e.g. {@code counterfeit-confirmed}); a code not listed takes {@link #defaultSeverity()}.
         * The portal's decision form preselects it.
         */
        Map<String, Severity> reasonDefaults();

        default Severity defaultSeverity(String reasonCode) {
            if (reasonCode == null || reasonCode.isBlank()) {
                return defaultSeverity();
            }
            return reasonDefaults().getOrDefault(reasonKey(reasonCode), defaultSeverity());
        }
    }

    /** The key of a reason code in {@code reason-defaults}: {@code COUNTERFEIT_CONFIRMED} → {@code counterfeit-confirmed}. */
    static String reasonKey(String reasonCode) {
        return reasonCode.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Active points at which each step of the ladder is reached. */
    interface Thresholds {
        int warning();

        int restricted();

        int suspended7d();

        int suspended14d();

        int terminated();
    }

    /** How long each step lasts; a termination lasts until reversed. */
    interface SanctionDurations {
        Duration warning();

        Duration restricted();

        Duration suspended7d();

        Duration suspended14d();
    }

    /** Violations from this many distinct brands within the window make the merchant a repeat infringer. */
    interface RepeatInfringer {
        int distinctBrands();

        Duration window();

        SanctionMeasure measure();
    }

    default TypePoints pointsOf(InfringementType type) {
        TypePoints points = points().get(type.policyKey());
        if (points == null) {
            throw new IllegalStateException("Penalty policy " + version() + " gives no points for " + type.policyKey()
                    + " (markguard.policy.points." + type.policyKey() + ".*)");
        }
        return points;
    }

    default int points(InfringementType type, Severity severity) {
        TypePoints points = pointsOf(type);
        return switch (severity) {
            case LOW -> points.low();
            case MEDIUM -> points.medium();
            case HIGH -> points.high();
        };
    }

    default int threshold(SanctionMeasure measure) {
        return switch (measure) {
            case WARNING -> thresholds().warning();
            case RESTRICTED -> thresholds().restricted();
            case SUSPENDED_7D -> thresholds().suspended7d();
            case SUSPENDED_14D -> thresholds().suspended14d();
            case TERMINATED -> thresholds().terminated();
            case LISTING_REMOVED -> 0;
        };
    }

    /** The highest step of the ladder the given active points reach, if any. */
    default Optional<SanctionMeasure> stepFor(int activePoints) {
        SanctionMeasure reached = null;
        for (SanctionMeasure measure : SanctionMeasure.values()) {
            if (measure.onAccount() && activePoints >= threshold(measure)) {
                reached = measure;
            }
        }
        return Optional.ofNullable(reached);
    }

    /**
     * The step of the ladder shown as next: the first above the step in force whose threshold the active points
     * have not reached yet; empty at the top.
     */
    default Optional<SanctionMeasure> nextStep(Optional<SanctionMeasure> inForce, int activePoints) {
        for (SanctionMeasure measure : SanctionMeasure.values()) {
            if (measure.onAccount() && (inForce.isEmpty() || measure.compareTo(inForce.get()) > 0)
                    && threshold(measure) > activePoints) {
                return Optional.of(measure);
            }
        }
        return Optional.empty();
    }

    /** A step of the ladder a takedown leads to, and whether the repeat-infringer rule rather than points gave it. */
    record Escalation(SanctionMeasure measure, boolean repeatInfringer) {
    }

    /**
     * The step the merchant's record calls for after a takedown: the highest the active points reach, or the
     * repeat-infringer measure when violations came from enough distinct brands and that measure is higher.
     * Empty when neither applies. Whether it is above every step already in force is the ledger's to check.
     */
    default Optional<Escalation> escalation(int activePoints, long distinctBrands) {
        Optional<SanctionMeasure> byPoints = stepFor(activePoints);
        SanctionMeasure repeat = repeatInfringer().measure();
        if (distinctBrands >= repeatInfringer().distinctBrands()
                && (byPoints.isEmpty() || repeat.compareTo(byPoints.get()) > 0)) {
            return Optional.of(new Escalation(repeat, true));
        }
        return byPoints.map(measure -> new Escalation(measure, false));
    }

    /** How long a step lasts; empty for a termination. */
    default Optional<Duration> duration(SanctionMeasure measure) {
        return switch (measure) {
            case LISTING_REMOVED -> Optional.of(pointsExpireAfter());
            case WARNING -> Optional.of(durations().warning());
            case RESTRICTED -> Optional.of(durations().restricted());
            case SUSPENDED_7D -> Optional.of(durations().suspended7d());
            case SUSPENDED_14D -> Optional.of(durations().suspended14d());
            case TERMINATED -> Optional.empty();
        };
    }
}
