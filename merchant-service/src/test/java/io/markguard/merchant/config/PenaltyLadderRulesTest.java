package io.markguard.merchant.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.merchant.InfringementType;
import io.markguard.merchant.SanctionMeasure;
import io.markguard.merchant.Severity;
import io.markguard.merchant.config.PenaltyPolicy.Escalation;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The penalty ladder as plain rules: points, steps, the next step and escalation, with no Quarkus and no database. */
class PenaltyLadderRulesTest {

    record Points(int low, int medium, int high, Severity defaultSeverity, Map<String, Severity> reasonDefaults)
            implements PenaltyPolicy.TypePoints {
        Points(int low, int medium, int high, Severity defaultSeverity) {
            this(low, medium, high, defaultSeverity, Map.of("counterfeit-confirmed", Severity.HIGH,
                    "right-infringed", Severity.MEDIUM));
        }
    }

    record Thresholds(int warning, int restricted, int suspended7d, int suspended14d, int terminated)
            implements PenaltyPolicy.Thresholds {
    }

    record Durations(Duration warning, Duration restricted, Duration suspended7d, Duration suspended14d)
            implements PenaltyPolicy.SanctionDurations {
    }

    record RepeatInfringer(int distinctBrands, Duration window, SanctionMeasure measure)
            implements PenaltyPolicy.RepeatInfringer {
    }

    record Policy(String version, Duration pointsExpireAfter, Map<String, PenaltyPolicy.TypePoints> points,
            PenaltyPolicy.Thresholds thresholds, PenaltyPolicy.SanctionDurations durations,
            PenaltyPolicy.RepeatInfringer repeatInfringer) implements PenaltyPolicy {
    }

    /** As policy 2026.1: warning at 8 points, restriction at 20, suspensions at 32 and 44, termination at 60. */
    static final PenaltyPolicy POLICY = new Policy("2026.1", Duration.ofDays(365),
            Map.of("counterfeit", new Points(4, 8, 12, Severity.HIGH), "patent", new Points(1, 3, 5, Severity.LOW)),
            new Thresholds(8, 20, 32, 44, 60),
            new Durations(Duration.ofDays(90), Duration.ofDays(90), Duration.ofDays(7), Duration.ofDays(14)),
            new RepeatInfringer(5, Duration.ofDays(365), SanctionMeasure.SUSPENDED_14D));

    @Test
    void aTakedownsPointsFollowItsInfringementTypeAndSeverity() {
        assertEquals(12, POLICY.points(InfringementType.COUNTERFEIT, Severity.HIGH));
        assertEquals(8, POLICY.points(InfringementType.COUNTERFEIT, Severity.MEDIUM));
        assertEquals(1, POLICY.points(InfringementType.PATENT, Severity.LOW));
        assertEquals(Severity.HIGH, POLICY.pointsOf(InfringementType.COUNTERFEIT).defaultSeverity());
    }

    @Test
    void aReviewersReasonCodeGivesItsDefaultSeverityAndAnUnlistedOneTheTypes() {
        PenaltyPolicy.TypePoints counterfeit = POLICY.pointsOf(InfringementType.COUNTERFEIT);
        assertEquals(Severity.HIGH, counterfeit.defaultSeverity("COUNTERFEIT_CONFIRMED"));
        assertEquals(Severity.MEDIUM, counterfeit.defaultSeverity("RIGHT_INFRINGED"));
        assertEquals(Severity.HIGH, counterfeit.defaultSeverity("TRADEMARK_MISUSE_CONFIRMED"));
        assertEquals(Severity.HIGH, counterfeit.defaultSeverity(null));
    }

    @Test
    void aPolicyWithoutPointsForAnInfringementTypeNamesTheMissingKey() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> POLICY.points(InfringementType.DESIGN, Severity.LOW));
        assertTrue(missing.getMessage().contains("markguard.policy.points.design"), missing.getMessage());
    }

    @Test
    void pointsBelowTheWarningThresholdReachNoStep() {
        assertEquals(Optional.empty(), POLICY.stepFor(0));
        assertEquals(Optional.empty(), POLICY.stepFor(7));
    }

    @Test
    void eachStepIsReachedAtExactlyItsThresholdAndHeldUntilTheNext() {
        assertEquals(Optional.of(SanctionMeasure.WARNING), POLICY.stepFor(8));
        assertEquals(Optional.of(SanctionMeasure.WARNING), POLICY.stepFor(19));
        assertEquals(Optional.of(SanctionMeasure.RESTRICTED), POLICY.stepFor(20));
        assertEquals(Optional.of(SanctionMeasure.RESTRICTED), POLICY.stepFor(31));
        assertEquals(Optional.of(SanctionMeasure.SUSPENDED_7D), POLICY.stepFor(32));
        assertEquals(Optional.of(SanctionMeasure.SUSPENDED_14D), POLICY.stepFor(44));
        assertEquals(Optional.of(SanctionMeasure.SUSPENDED_14D), POLICY.stepFor(59));
        assertEquals(Optional.of(SanctionMeasure.TERMINATED), POLICY.stepFor(60));
        assertEquals(Optional.of(SanctionMeasure.TERMINATED), POLICY.stepFor(1000));
    }

    @Test
    void theStandingShowsTheFirstStepAboveTheOneInForceThatThePointsHaveNotReached() {
        assertEquals(Optional.of(SanctionMeasure.WARNING), POLICY.nextStep(Optional.empty(), 0));
        // The warning lapses after 90 days, its 8 points count for 365: the step shown next is restriction at 20.
        assertEquals(Optional.of(SanctionMeasure.RESTRICTED), POLICY.nextStep(Optional.empty(), 8));
        Optional<SanctionMeasure> warned = Optional.of(SanctionMeasure.WARNING);
        assertEquals(Optional.of(SanctionMeasure.RESTRICTED), POLICY.nextStep(warned, 12));
        // A warning in force with 25 points: restriction's 20 is passed already, so the next step shown is at 32.
        assertEquals(Optional.of(SanctionMeasure.SUSPENDED_7D), POLICY.nextStep(warned, 25));
        assertEquals(Optional.empty(), POLICY.nextStep(Optional.of(SanctionMeasure.TERMINATED), 60));
    }

    @Test
    void aTakedownThatReachesAThresholdCallsForThatStep() {
        assertEquals(Optional.empty(), POLICY.escalation(7, 1));
        assertEquals(Optional.of(new Escalation(SanctionMeasure.WARNING, false)), POLICY.escalation(8, 1));
        assertEquals(Optional.of(new Escalation(SanctionMeasure.TERMINATED, false)), POLICY.escalation(60, 1));
    }

    @Test
    void violationsFromFiveDistinctBrandsMakeARepeatInfringerSuspendedForFourteenDaysWhateverThePoints() {
        assertEquals(Optional.empty(), POLICY.escalation(5, 4));
        assertEquals(Optional.of(new Escalation(SanctionMeasure.SUSPENDED_14D, true)), POLICY.escalation(5, 5));
        assertEquals(Optional.of(new Escalation(SanctionMeasure.SUSPENDED_14D, true)), POLICY.escalation(20, 7));
    }

    @Test
    void whenThePointsAloneGiveTheSameOrAHigherStepThePointsRuleIsTheOneNamed() {
        assertEquals(Optional.of(new Escalation(SanctionMeasure.SUSPENDED_14D, false)), POLICY.escalation(44, 5));
        assertEquals(Optional.of(new Escalation(SanctionMeasure.TERMINATED, false)), POLICY.escalation(60, 5));
    }

    @Test
    void eachStepLastsItsConfiguredPeriodAndATerminationHasNoEnd() {
        assertEquals(Optional.of(Duration.ofDays(365)), POLICY.duration(SanctionMeasure.LISTING_REMOVED));
        assertEquals(Optional.of(Duration.ofDays(90)), POLICY.duration(SanctionMeasure.WARNING));
        assertEquals(Optional.of(Duration.ofDays(7)), POLICY.duration(SanctionMeasure.SUSPENDED_7D));
        assertEquals(Optional.of(Duration.ofDays(14)), POLICY.duration(SanctionMeasure.SUSPENDED_14D));
        assertEquals(Optional.empty(), POLICY.duration(SanctionMeasure.TERMINATED));
    }
}
