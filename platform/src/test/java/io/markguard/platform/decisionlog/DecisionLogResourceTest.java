package io.markguard.platform.decisionlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.decisionlog.DecisionKind;
import io.markguard.decisionlog.DecisionLogContract;
import io.markguard.decisionlog.InMemoryLog;
import io.markguard.decisionlog.Leaf;
import io.markguard.decisionlog.LogKeyPair;
import io.markguard.decisionlog.Proofs;
import io.markguard.decisionlog.PublicLog;
import io.markguard.decisionlog.TreeHeadSigner;
import io.markguard.platform.problem.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resource's parameters: a missing, non-integer or out-of-range one is a 400 that names it. */
class DecisionLogResourceTest {

    private final InMemoryLog storage = new InMemoryLog();
    private final DecisionLogResource resource = new DecisionLogResource();

    @BeforeEach
    void threeLeaves() {
        for (int i = 0; i < 3; i++) {
            storage.append(Leaf.decision(DecisionKind.ITEM_ACCEPTED, Instant.parse("2026-12-01T10:00:00Z"),
                    Map.of("itemId", String.valueOf(i)), Map.of()));
        }
        PublicLog log = new PublicLog(storage, TreeHeadSigner.of("markguard-test", LogKeyPair.generate()),
                Clock.systemUTC());
        resource.log = new PublicDecisionLog() {
            @Override
            public DecisionLogContract.InclusionProof inclusion(long index, long treeSize) {
                return log.inclusion(index, treeSize);
            }

            @Override
            public DecisionLogContract.ConsistencyProof consistency(long first, long second) {
                return log.consistency(first, second);
            }

            @Override
            public DecisionLogContract.LeavesPage leaves(long from, int limit) {
                return log.leaves(from, limit);
            }
        };
    }

    private static void refused(String field, Runnable call) {
        Refusal refusal = assertThrows(Refusal.class, call::run);
        assertEquals(400, refusal.status());
        assertEquals(field, refusal.field());
    }

    @Test
    void eachBadParameterIsNamed() {
        refused("index", () -> resource.inclusion(null, "3"));
        refused("index", () -> resource.inclusion("one", "3"));
        refused("index", () -> resource.inclusion("3", "3"));
        refused("treeSize", () -> resource.inclusion("0", "4"));
        refused("treeSize", () -> resource.inclusion("0", "x"));
        refused("first", () -> resource.consistency("3", "2"));
        refused("second", () -> resource.consistency("0", "9"));
        refused("limit", () -> resource.leaves("0", null));
        refused("limit", () -> resource.leaves("0", "1001"));
        refused("limit", () -> resource.leaves("0", "99999999999"));
        refused("from", () -> resource.leaves("4", "10"));
    }

    @Test
    void goodParametersAnswerTheContract() {
        var proof = resource.inclusion(" 1 ", "3");
        assertEquals(1, proof.leafIndex());
        assertTrue(Proofs.verifyInclusion(1, 3, Leaf.parse(storage.leaves(1, 1).get(0)).hash(),
                proof.auditPathBytes(), io.markguard.decisionlog.MerkleTree.root(3, storage)));
        var page = resource.leaves("1", "1");
        assertEquals(1, page.items().size());
        assertEquals(2L, page.next());
    }
}
