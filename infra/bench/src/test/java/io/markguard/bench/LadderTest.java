package io.markguard.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LadderTest {

    /** merchant-service's own configuration: 8, 20, 32, 44 and 60 active points. */
    private final Ladder ladder = readMerchantServicePolicy();

    private static Ladder readMerchantServicePolicy() {
        try {
            return Ladder.read(Path.of("../../merchant-service/src/main/resources/application.properties"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void pointsReachTheStepsOfTheConfiguredPolicy() {
        assertNull(ladder.stepFor(7));
        assertEquals("WARNING", ladder.stepFor(8));
        assertEquals("RESTRICTED", ladder.stepFor(24));
        assertEquals("SUSPENDED_7D", ladder.stepFor(36));
        assertEquals("SUSPENDED_14D", ladder.stepFor(48));
        assertEquals("TERMINATED", ladder.stepFor(60));
        assertEquals("TERMINATED", ladder.stepFor(600));
    }

    @Test
    void aStandingBelowWhatItsPointsReachLacksAStep() {
        assertTrue(ladder.lacksStep("GOOD_STANDING", 12, false), "12 points and no warning");
        assertTrue(ladder.lacksStep("RESTRICTED", 36, false), "36 points and only restricted");
        assertFalse(ladder.lacksStep("SUSPENDED_7D", 36, false));
        assertFalse(ladder.lacksStep("GOOD_STANDING", 4, false));
        // The repeat-infringer rule may put a merchant above what the points alone give.
        assertFalse(ladder.lacksStep("TERMINATED", 12, false));
    }

    @Test
    void terminationIsAProposalASecondReviewerDecides() {
        assertFalse(ladder.lacksStep("SUSPENDED_14D", 60, true), "the proposal waits for the second reviewer");
        assertTrue(ladder.lacksStep("SUSPENDED_14D", 60, false), "no termination and no proposal");
        assertTrue(ladder.lacksStep("SUSPENDED_7D", 60, true), "a proposal does not stand in for the suspension below it");
        assertFalse(ladder.lacksStep("TERMINATED", 60, false));
    }
}
