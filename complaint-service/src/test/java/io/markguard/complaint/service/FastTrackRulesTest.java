package io.markguard.complaint.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.complaint.BrandRecord;
import io.markguard.complaint.Channel;
import io.markguard.complaint.config.TrustPolicy;
import io.markguard.complaint.service.TrustScores.Figures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The fast-track bar and the spot-check draw, as plain rules: no Quarkus, no database. */
class FastTrackRulesTest {

    record Policy(String version, Duration window, double minAcceptedShare, double maxReversedShare,
            int minDecidedItems, Duration lockout, double spotCheckShare) implements TrustPolicy {
    }

    /** As policy 2026.1: 90 % accepted, at most 5 % reversed or retracted, at least 20 decided items. */
    static final TrustPolicy POLICY = policy(0.90, 0.05, 20);

    private static TrustPolicy policy(double minAcceptedShare, double maxReversedShare, int minDecidedItems) {
        return new Policy("test", Duration.ofDays(90), minAcceptedShare, maxReversedShare, minDecidedItems,
                Duration.ofDays(90), 0.05);
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
    void overManyFastTrackItemsTheShareSpotCheckedIsTheConfiguredShare() {
        long items = 100_000;
        for (double share : new double[] { 0.05, 0.25, 0.1, 0.03, 1.0 / 3 }) {
            long drawn = LongStream.rangeClosed(1, items).filter(n -> FastTrack.isSpotCheck(n, share)).count();
            assertEquals(share, (double) drawn / items, 0.005, "share " + share);
        }
    }

    @Test
    void theSpotCheckIsEveryTwentiethFastTrackItemOfTheBrandNotARandomOne() {
        List<Long> drawn = new ArrayList<>();
        for (long n = 1; n <= 10_000; n++) {
            if (FastTrack.isSpotCheck(n, 0.05)) {
                drawn.add(n);
            }
        }
        assertEquals(LongStream.rangeClosed(1, 500).map(k -> 20 * k).boxed().toList(), drawn);
    }

    @Test
    void aShareOfNothingChecksNoItemAndAShareOfAllChecksEveryItem() {
        assertTrue(LongStream.rangeClosed(1, 1000).noneMatch(n -> FastTrack.isSpotCheck(n, 0.0)));
        assertTrue(LongStream.rangeClosed(1, 1000).allMatch(n -> FastTrack.isSpotCheck(n, 1.0)));
    }

    @Test
    void theCountRunsOnAcrossTheBrandsNoticesSoTheTwentiethItemIsCheckedWhicheverNoticeHoldsIt() {
        BrandRecord record = new BrandRecord();
        record.fastTrack = true;
        FastTrack.Decision first = new FastTrack.Decision(Channel.FAST_TRACK, record, 0.05);
        List<Boolean> firstNotice = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            firstNotice.add(first.nextIsSpotCheck());
        }
        assertFalse(firstNotice.contains(true));
        FastTrack.Decision second = new FastTrack.Decision(Channel.FAST_TRACK, record, 0.05);
        List<Boolean> secondNotice = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            secondNotice.add(second.nextIsSpotCheck());
        }
        assertEquals(List.of(false, false, false, false, true, false, false, false, false, false), secondNotice);
        assertEquals(25, record.fastTrackItems);
    }
}
