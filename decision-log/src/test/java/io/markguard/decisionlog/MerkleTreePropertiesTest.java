package io.markguard.decisionlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every tree of 1 to 300 decisions: its root, and every inclusion and consistency proof in it, right and tampered. */
class MerkleTreePropertiesTest {

    private static final int MAX = 300;
    private static final InMemoryLog LOG = new InMemoryLog();
    private static final List<byte[]> LEAF_HASHES = new ArrayList<>();
    private static final byte[][] ROOTS = new byte[MAX + 1][];
    /** The root of each size with its middle leaf rewritten, and with its first leaf dropped. */
    private static final byte[][] REWRITTEN_ROOTS = new byte[MAX + 1][];
    private static final byte[][] DROPPED_ROOTS = new byte[MAX + 1][];

    @BeforeAll
    static void appendDecisions() {
        DecisionKind[] kinds = DecisionKind.values();
        for (int i = 0; i < MAX; i++) {
            Leaf leaf = Leaf.decision(kinds[i % kinds.length], Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i * 60L),
                    Map.of("complaintItemId", String.valueOf(1000 + i)), Map.of("reasonCode", "R" + i % 7));
            LOG.append(leaf);
            LEAF_HASHES.add(leaf.hash());
        }
        for (int size = 0; size <= MAX; size++) {
            ROOTS[size] = reference(LEAF_HASHES.subList(0, size));
        }
        for (int size = 1; size < MAX; size++) {
            List<byte[]> rewritten = new ArrayList<>(LEAF_HASHES.subList(0, size));
            rewritten.set(size / 2, LEAF_HASHES.get(MAX - 1));
            REWRITTEN_ROOTS[size] = reference(rewritten);
            DROPPED_ROOTS[size] = reference(LEAF_HASHES.subList(1, size + 1));
        }
    }

    /** MTH straight from RFC 9162 §2.1.1's definition. */
    private static byte[] reference(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return TreeHash.emptyRoot();
        }
        if (leaves.size() == 1) {
            return leaves.getFirst();
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        return TreeHash.node(reference(leaves.subList(0, k)), reference(leaves.subList(k, leaves.size())));
    }

    @Test
    void everyRootIsTheDefinitionsAndReadsLogarithmicallyManyNodesAtOnce() {
        for (int size = 0; size <= MAX; size++) {
            int readsBefore = LOG.reads();
            assertArrayEquals(ROOTS[size], MerkleTree.root(size, LOG), "size " + size);
            assertEquals(size == 0 ? 0 : 1, LOG.reads() - readsBefore);
            assertTrue(MerkleTree.rootNodes(size).size() <= 9);
        }
        assertEquals(2 * MAX - Long.bitCount(MAX), LOG.storedNodes());
    }

    @Test
    void batchesStoreWhatSingleAppendsStore() {
        InMemoryLog batched = new InMemoryLog();
        List<Leaf> leaves = LOG.leaves(0, MAX).stream().map(Leaf::parse).toList();
        int from = 0;
        for (int batch = 1; from < MAX; batch = batch * 3 % 17 + 1) {
            int to = Math.min(MAX, from + batch);
            int readsBefore = batched.reads();
            batched.append(leaves.subList(from, to));
            assertTrue(batched.reads() - readsBefore <= 1, "one read a batch");
            assertArrayEquals(ROOTS[to], MerkleTree.root(to, batched));
            from = to;
        }
        assertEquals(LOG.storedNodes(), batched.storedNodes());
    }

    @Test
    void everyInclusionProofVerifiesAndNoTamperedOneDoes() {
        for (int size = 1; size <= MAX; size++) {
            for (int index = 0; index < size; index++) {
                int readsBefore = LOG.reads();
                List<byte[]> proof = MerkleTree.inclusionProof(index, size, LOG);
                assertEquals(size == 1 ? 0 : 1, LOG.reads() - readsBefore);
                assertTrue(MerkleTree.inclusionNodes(index, size).size() <= 2 * 9);
                byte[] leaf = LEAF_HASHES.get(index);
                String at = index + " in " + size;
                assertTrue(Proofs.verifyInclusion(index, size, leaf, proof, ROOTS[size]), at);
                // A changed leaf: its neighbour's hash, or the same decision rewritten.
                assertFalse(Proofs.verifyInclusion(index, size, LEAF_HASHES.get((index + 1) % MAX), proof, ROOTS[size]), at);
                byte[] changed = leaf.clone();
                changed[31] ^= 1;
                assertFalse(Proofs.verifyInclusion(index, size, changed, proof, ROOTS[size]), at);
                // A dropped leaf: the one after it in its place.
                if (index + 1 < size) {
                    assertFalse(Proofs.verifyInclusion(index, size, LEAF_HASHES.get(index + 1), proof, ROOTS[size]), at);
                }
                for (int i = 0; i < proof.size(); i++) {
                    assertFalse(Proofs.verifyInclusion(index, size, leaf, ReferenceVectorsTest.flipped(proof, i),
                            ROOTS[size]), at);
                    if (i + 1 < proof.size() && !Arrays.equals(proof.get(i), proof.get(i + 1))) {
                        assertFalse(Proofs.verifyInclusion(index, size, leaf, swapped(proof, i), ROOTS[size]), at);
                    }
                }
                if (!proof.isEmpty()) {
                    assertFalse(Proofs.verifyInclusion(index, size, leaf, proof.subList(1, proof.size()), ROOTS[size]), at);
                }
                if ((index ^ 1) < size) {
                    assertFalse(Proofs.verifyInclusion(index ^ 1, size, leaf, proof, ROOTS[size]), at);
                }
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndNoTamperedOneDoes() {
        for (int second = 1; second <= MAX; second++) {
            for (int first = 0; first <= second; first++) {
                int readsBefore = LOG.reads();
                List<byte[]> proof = MerkleTree.consistencyProof(first, second, LOG);
                assertTrue(LOG.reads() - readsBefore <= 1);
                assertTrue(MerkleTree.consistencyNodes(first, second).size() <= 2 * 9 + 1);
                String at = first + " to " + second;
                assertTrue(Proofs.verifyConsistency(first, second, ROOTS[first], ROOTS[second], proof), at);
                if (first == 0 || first == second) {
                    assertTrue(proof.isEmpty(), at);
                    continue;
                }
                // A changed leaf in the older tree, or its first leaf dropped: its root is another.
                assertFalse(Proofs.verifyConsistency(first, second, REWRITTEN_ROOTS[first], ROOTS[second], proof), at);
                assertFalse(Proofs.verifyConsistency(first, second, DROPPED_ROOTS[first], ROOTS[second], proof), at);
                assertFalse(Proofs.verifyConsistency(first, second, ROOTS[first], ROOTS[second - 1], proof), at);
                for (int i = 0; i < proof.size(); i++) {
                    assertFalse(Proofs.verifyConsistency(first, second, ROOTS[first], ROOTS[second],
                            ReferenceVectorsTest.flipped(proof, i)), at);
                    if (i + 1 < proof.size() && !Arrays.equals(proof.get(i), proof.get(i + 1))) {
                        assertFalse(Proofs.verifyConsistency(first, second, ROOTS[first], ROOTS[second],
                                swapped(proof, i)), at);
                    }
                }
                assertFalse(Proofs.verifyConsistency(first, second, ROOTS[first], ROOTS[second],
                        proof.subList(0, proof.size() - 1)), at);
            }
        }
    }

    @Test
    void proofsOutsideTheLogAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.inclusionProof(5, 5, LOG));
        assertThrows(IllegalArgumentException.class, () -> MerkleTree.consistencyProof(6, 5, LOG));
        assertThrows(IllegalStateException.class, () -> MerkleTree.root(MAX + 1, LOG));
        assertFalse(Proofs.verifyInclusion(0, 0, LEAF_HASHES.getFirst(), List.of(), ROOTS[1]));
        assertFalse(Proofs.verifyConsistency(2, 1, ROOTS[2], ROOTS[1], List.of()));
        assertFalse(Proofs.verifyConsistency(0, 3, ROOTS[1], ROOTS[3], List.of()));
    }

    private static List<byte[]> swapped(List<byte[]> proof, int i) {
        List<byte[]> wrong = new ArrayList<>(proof);
        wrong.set(i, proof.get(i + 1));
        wrong.set(i + 1, proof.get(i));
        return wrong;
    }
}
