package io.markguard.complaint.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.complaint.BrandRecord;
import io.markguard.complaint.Channel;
import io.markguard.complaint.InfringementType;
import io.markguard.complaint.config.TrustPolicy;
import io.markguard.complaint.service.TrustScores.Figures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The fast-track bar, overall and per infringement type, and the random spot-check draw, as plain rules: no Quarkus, no database. */
class FastTrackRulesTest {

    record Policy(String version, Duration window, double minAcceptedShare, double maxReversedShare,
            int minDecidedItems, Duration lockout, double spotCheckShare, Optional<Long> spotCheckSeed)
            implements TrustPolicy {
    }

    /** As policy 2026.1: 90 % accepted, at most 5 % reversed or retracted, at least 20 decided items. */
    static final TrustPolicy POLICY = policy(0.90, 0.05, 20);

    private static TrustPolicy policy(double minAcceptedShare, double maxReversedShare, int minDecidedItems) {
        return new Policy("test", Duration.ofDays(90), minAcceptedShare, maxReversedShare, minDecidedItems,
                Duration.ofDays(90), 0.05, Optional.empty());
    }

    /** Counts as the score query gives them: takedowns are accepted items and those later retracted or reversed. */
    private static Figures figures(long accepted, long rejected, long retracted, long reversedOnAppeal) {
        long decided = accepted + rejected + retracted + reversedOnAppeal;
        return Figures.of(decided, accepted, rejected, accepted + retracted + reversedOnAppeal, reversedOnAppeal,
                retracted);
    }

    @Test
    void theScoreIsAcceptedOverDecidedAndTheReversedShareIsReversedPlusRetractedOverTakedowns() {
        Figures f = figures(36, 2, 1, 1);
        assertEquals(40, f.decided());
        assertEquals(38, f.takedowns());
        assertEquals(36 / 40.0, f.acceptedShare());
        assertEquals(2 / 38.0, f.reversedShare());
    }

    @Test
    void aBrandWithNothingDecidedHasNoScoreAndIsNotOnTheFastTrackEvenUnderAPolicyAskingForNoItems() {
        Figures nothing = figures(0, 0, 0, 0);
        assertNull(nothing.acceptedShare());
        assertNull(nothing.reversedShare());
        assertFalse(FastTrack.meetsBar(nothing, policy(0.90, 0.05, 0)));
    }

    @Test
    void exactlyNinetyPercentAcceptedOfExactlyTwentyDecidedItemsMeetsTheBar() {
        assertTrue(FastTrack.meetsBar(figures(18, 2, 0, 0), POLICY));
    }

    @Test
    void justUnderNinetyPercentAcceptedMissesTheBar() {
        // 179 of 200 is 89.5 %.
        assertFalse(FastTrack.meetsBar(figures(179, 21, 0, 0), POLICY));
        assertTrue(FastTrack.meetsBar(figures(180, 20, 0, 0), POLICY));
    }

    @Test
    void nineteenDecidedItemsAllAcceptedAreTooFewForTheFastTrack() {
        assertFalse(FastTrack.meetsBar(figures(19, 0, 0, 0), POLICY));
        assertTrue(FastTrack.meetsBar(figures(20, 0, 0, 0), POLICY));
    }

    @Test
    void oneRetractionOrOneReversalInTwentyTakedownsIsExactlyTheLimitAndKeepsTheBar() {
        assertTrue(FastTrack.meetsBar(figures(19, 0, 1, 0), POLICY));
        assertTrue(FastTrack.meetsBar(figures(19, 0, 0, 1), POLICY));
    }

    @Test
    void aRetractionAndAReversalTogetherInTwentyTakedownsAreOverTheLimit() {
        // 18 of 20 accepted is still 90 %; 2 of 20 takedowns taken back is 10 %.
        Figures f = figures(18, 0, 1, 1);
        assertEquals(0.90, f.acceptedShare());
        assertFalse(FastTrack.meetsBar(f, POLICY));
    }

    @Test
    void aStricterPolicyRaisesTheBarForTheSameRecord() {
        Figures record = figures(19, 1, 0, 0);
        assertTrue(FastTrack.meetsBar(record, POLICY));
        assertFalse(FastTrack.meetsBar(record, policy(0.96, 0.05, 20)));
        assertFalse(FastTrack.meetsBar(record, policy(0.90, 0.05, 21)));
    }

    @Test
    void aBrandAccurateOnCounterfeitsButNotOnDesignClaimsMeetsTheBarForCounterfeitsOnly() {
        Figures counterfeits = figures(40, 0, 0, 0);
        Figures design = figures(6, 4, 0, 0);
        Figures overall = figures(46, 4, 0, 0);
        TrustScores.Score score = new TrustScores.Score(1, Instant.EPOCH, overall,
                Map.of("COUNTERFEIT", counterfeits, "DESIGN", design), FastTrack.meetsBar(overall, POLICY));
        // 46 of 50 overall is 92 %: the overall bar alone would let the design claims through.
        assertTrue(score.meetsBar());
        assertTrue(FastTrack.meetsBar(score, InfringementType.COUNTERFEIT, POLICY));
        assertFalse(FastTrack.meetsBar(score, InfringementType.DESIGN, POLICY));
        // A type the brand has never had decided has no figures, so no fast track.
        assertFalse(FastTrack.meetsBar(score, InfringementType.PATENT, POLICY));
    }

    @Test
    void theSameSeedDrawsTheSameSpotChecksAndAnotherSeedOthers() {
        List<Boolean> first = draws(SpotCheckDraw.seeded(42), 1_000, 0.05);
        assertEquals(first, draws(SpotCheckDraw.seeded(42), 1_000, 0.05));
        assertNotEquals(first, draws(SpotCheckDraw.seeded(43), 1_000, 0.05));
        SpotCheckDraw restarted = SpotCheckDraw.seeded(42);
        draws(restarted, 500, 0.05);
        restarted.restart();
        assertEquals(first, draws(restarted, 1_000, 0.05));
    }

    @Test
    void theTestSeedDrawsTheFourthOfTheFirstFourItemsAtAQuarter() {
        // application.properties relies on it for the tests that file through the API.
        assertEquals(List.of(false, false, false, true, false, false, false, false), draws(SpotCheckDraw.seeded(6), 8, 0.25));
    }

    @Test
    void overManyFastTrackItemsTheShareDrawnIsTheConfiguredShare() {
        int items = 200_000;
        for (double share : new double[] { 0.05, 0.25, 0.1, 0.03, 1.0 / 3 }) {
            for (SpotCheckDraw draw : List.of(SpotCheckDraw.seeded(7), SpotCheckDraw.unseeded())) {
                long drawn = draws(draw, items, share).stream().filter(b -> b).count();
                // Five standard deviations of a binomial share at 200,000 items: under 0.005 for every share here.
                assertEquals(share, (double) drawn / items, 5 * Math.sqrt(share * (1 - share) / items), "share " + share);
            }
        }
    }

    @Test
    void theSpotChecksAreNotEveryTwentiethItemButFallAtVaryingGaps() {
        List<Boolean> drawn = draws(SpotCheckDraw.seeded(11), 10_000, 0.05);
        List<Integer> at = new ArrayList<>();
        for (int n = 0; n < drawn.size(); n++) {
            if (drawn.get(n)) {
                at.add(n + 1);
            }
        }
        Set<Integer> gaps = new HashSet<>();
        for (int k = 1; k < at.size(); k++) {
            gaps.add(at.get(k) - at.get(k - 1));
        }
        assertNotEquals(LongStream.rangeClosed(1, 500).map(k -> 20 * k).boxed().toList(), at);
        assertTrue(gaps.size() > 20, "gaps between spot checks: " + gaps);
        // Two unseeded draws, as two replicas make them, do not follow one sequence.
        assertNotEquals(draws(SpotCheckDraw.unseeded(), 1_000, 0.05), draws(SpotCheckDraw.unseeded(), 1_000, 0.05));
    }

    @Test
    void aShareOfNothingChecksNoItemAndAShareOfAllChecksEveryItem() {
        assertFalse(draws(SpotCheckDraw.unseeded(), 1_000, 0.0).contains(true));
        assertFalse(draws(SpotCheckDraw.unseeded(), 1_000, 1.0).contains(false));
    }

    @Test
    void anUnseededDrawCannotBeRestarted() {
        assertThrows(IllegalStateException.class, () -> SpotCheckDraw.unseeded().restart());
    }

    @Test
    void eachFastTrackItemOfANoticeIsCountedAndDrawnFromTheBrandsDraw() {
        BrandRecord record = new BrandRecord();
        record.fastTrack = true;
        FastTrack.Decision first = new FastTrack.Decision(Channel.FAST_TRACK, record, SpotCheckDraw.seeded(6), 0.25);
        List<Boolean> drawn = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            drawn.add(first.nextIsSpotCheck());
        }
        assertEquals(draws(SpotCheckDraw.seeded(6), 8, 0.25), drawn);
        assertEquals(8, record.fastTrackItems);
    }

    private static List<Boolean> draws(SpotCheckDraw draw, int items, double share) {
        List<Boolean> drawn = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            drawn.add(draw.draw(share));
        }
        return drawn;
    }
}
