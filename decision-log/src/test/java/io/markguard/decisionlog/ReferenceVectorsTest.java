package io.markguard.decisionlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The published RFC 6962 / RFC 9162 vectors of transparency-dev/merkle: the eight leaves, node hashes and roots of
 * sizes 0..8 from testonly/constants.go (LeafInputs, NodeHashes, RootHashes, EmptyRootHash), and the inclusion and
 * consistency proofs of proof/verify_test.go (inclusionProofs, consistencyProofs; their leaf numbers are 1-based).
 */
class ReferenceVectorsTest {

    private static final HexFormat HEX = HexFormat.of();

    private static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};

    private static final String[] ROOTS = {
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    private static final String[][] NODES = {
            {"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
                    "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
                    "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                    "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1"},
            {"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"},
            {"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"},
            {"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"}};

    /** {leaf index (0-based), tree size, audit path...}. */
    private static final Object[][] INCLUSION = {
            {0L, 1L},
            {0L, 8L, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"},
            {5L, 8L, "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"},
            {2L, 3L, "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"},
            {1L, 5L, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"}};

    /** {first, second, proof...}. */
    private static final Object[][] CONSISTENCY = {
            {1L, 1L},
            {1L, 8L, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                    "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"},
            {6L, 8L, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"},
            {2L, 5L, "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"},
            {6L, 7L, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                    "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"}};

    private final Map<Node, byte[]> stored = new java.util.HashMap<>();
    private final SubtreeHashes store = wanted -> {
        Map<Node, byte[]> found = new java.util.HashMap<>();
        wanted.forEach(node -> {
            if (stored.containsKey(node)) {
                found.put(node, stored.get(node));
            }
        });
        return found;
    };

    private void appendAll() {
        for (int i = 0; i < LEAVES.length; i++) {
            stored.putAll(MerkleTree.append(i, List.of(TreeHash.leaf(HEX.parseHex(LEAVES[i]))), store));
        }
    }

    @Test
    void theEmptyTreeHasTheHashOfNothing() {
        assertArrayEquals(HEX.parseHex(ROOTS[0]), TreeHash.emptyRoot());
        assertArrayEquals(HEX.parseHex(ROOTS[0]), MerkleTree.root(0, store));
    }

    @Test
    void appendingStoresEveryPerfectSubtreeOfTheReference() {
        appendAll();
        int expected = 0;
        for (int level = 0; level < NODES.length; level++) {
            for (int index = 0; index < NODES[level].length; index++) {
                assertArrayEquals(HEX.parseHex(NODES[level][index]), stored.get(new Node(level, index)),
                        "node " + level + "/" + index);
                expected++;
            }
        }
        assertEquals(expected, stored.size());
    }

    @Test
    void rootsOfEverySizeAreTheReferenceRoots() {
        appendAll();
        for (int size = 0; size <= 8; size++) {
            assertEquals(ROOTS[size], HEX.formatHex(MerkleTree.root(size, store)), "size " + size);
        }
    }

    @Test
    void batchAppendStoresTheSameNodes() {
        List<byte[]> hashes = new ArrayList<>();
        for (String leaf : LEAVES) {
            hashes.add(TreeHash.leaf(HEX.parseHex(leaf)));
        }
        stored.putAll(MerkleTree.append(0, hashes.subList(0, 3), store));
        stored.putAll(MerkleTree.append(3, hashes.subList(3, 8), store));
        assertEquals(ROOTS[8], HEX.formatHex(MerkleTree.root(8, store)));
        assertEquals(15, stored.size());
    }

    @Test
    void inclusionProofsAreTheReferenceProofsAndVerify() {
        appendAll();
        for (Object[] vector : INCLUSION) {
            long index = (Long) vector[0];
            long size = (Long) vector[1];
            List<String> expected = hexes(vector);
            List<byte[]> proof = MerkleTree.inclusionProof(index, size, store);
            assertEquals(expected, proof.stream().map(HEX::formatHex).toList(), "proof of " + index + " in " + size);
            byte[] leafHash = TreeHash.leaf(HEX.parseHex(LEAVES[(int) index]));
            byte[] root = HEX.parseHex(ROOTS[(int) size]);
            assertTrue(Proofs.verifyInclusion(index, size, leafHash, proof, root));
            assertFalse(Proofs.verifyInclusion(index, size, TreeHash.leaf("WrongLeaf".getBytes()), proof, root));
            assertFalse(Proofs.verifyInclusion(index, size, leafHash, proof, TreeHash.emptyRoot()));
            assertFalse(Proofs.verifyInclusion(index + 1, size, leafHash, proof, root));
            assertFalse(Proofs.verifyInclusion(index, size * 2, leafHash, proof, root));
            assertFalse(Proofs.verifyInclusion(index, size, leafHash, with(proof, root, true), root));
            assertFalse(Proofs.verifyInclusion(index, size, leafHash, with(proof, root, false), root));
            for (int i = 0; i < proof.size(); i++) {
                assertFalse(Proofs.verifyInclusion(index, size, leafHash, flipped(proof, i), root));
            }
            if (!proof.isEmpty()) {
                assertFalse(Proofs.verifyInclusion(index, size, leafHash, proof.subList(0, proof.size() - 1), root));
            }
        }
    }

    @Test
    void consistencyProofsAreTheReferenceProofsAndVerify() {
        appendAll();
        for (Object[] vector : CONSISTENCY) {
            long first = (Long) vector[0];
            long second = (Long) vector[1];
            List<String> expected = hexes(vector);
            List<byte[]> proof = MerkleTree.consistencyProof(first, second, store);
            assertEquals(expected, proof.stream().map(HEX::formatHex).toList(), "proof of " + first + " to " + second);
            byte[] firstRoot = HEX.parseHex(ROOTS[(int) first]);
            byte[] secondRoot = HEX.parseHex(ROOTS[(int) second]);
            assertTrue(Proofs.verifyConsistency(first, second, firstRoot, secondRoot, proof));
            if (proof.isEmpty()) {
                continue;
            }
            assertFalse(Proofs.verifyConsistency(first, second, secondRoot, firstRoot, proof), "swapped roots");
            assertFalse(Proofs.verifyConsistency(first - 1, second, firstRoot, secondRoot, proof));
            assertFalse(Proofs.verifyConsistency(first + 1, second, firstRoot, secondRoot, proof));
            assertFalse(Proofs.verifyConsistency(first, second * 2, firstRoot, secondRoot, proof));
            assertFalse(Proofs.verifyConsistency(first, second, firstRoot, secondRoot, List.of()));
            assertFalse(Proofs.verifyConsistency(first, second, firstRoot, secondRoot, with(proof, secondRoot, true)));
            assertFalse(Proofs.verifyConsistency(first, second, firstRoot, secondRoot, with(proof, proof.getFirst(), false)));
            assertFalse(Proofs.verifyConsistency(first, second, firstRoot, secondRoot, proof.subList(0, proof.size() - 1)));
            for (int i = 0; i < proof.size(); i++) {
                assertFalse(Proofs.verifyConsistency(first, second, firstRoot, secondRoot, flipped(proof, i)));
            }
        }
    }

    private static List<String> hexes(Object[] vector) {
        List<String> hexes = new ArrayList<>();
        for (int i = 2; i < vector.length; i++) {
            hexes.add((String) vector[i]);
        }
        return hexes;
    }

    private static List<byte[]> with(List<byte[]> proof, byte[] extra, boolean atEnd) {
        List<byte[]> longer = new ArrayList<>(proof);
        if (atEnd) {
            longer.add(extra);
        } else {
            longer.addFirst(extra);
        }
        return longer;
    }

    static List<byte[]> flipped(List<byte[]> proof, int i) {
        List<byte[]> wrong = new ArrayList<>(proof);
        byte[] hash = proof.get(i).clone();
        hash[0] ^= 8;
        wrong.set(i, hash);
        return wrong;
    }
}
