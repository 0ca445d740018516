package io.markguard.decisionlog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RFC 9162 §2.1 over a store of perfect subtree hashes: appending leaves, the root of the tree of any size the log
 * has reached, inclusion proofs (§2.1.3.1) and consistency proofs (§2.1.4.1). Each operation first works out the set
 * of nodes it needs, O(log N) of them, then reads them in one call of {@link SubtreeHashes#read}.
 *
 * <p>Every hash the RFC's recursion asks for is the hash of a range D[a:b] whose start is aligned to the largest
 * power of two below its size, so it is the right-to-left fold of at most log N perfect subtrees.
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    /**
     * The nodes to store when {@code leafHashes} are appended to a log of {@code size} leaves: each leaf's level-0
     * node and every perfect subtree it completes. Reads, in one call, the left siblings already stored.
     */
    public static Map<Node, byte[]> append(long size, List<byte[]> leafHashes, SubtreeHashes store) {
        if (size < 0) {
            throw new IllegalArgumentException("a log has no negative size");
        }
        Set<Node> stored = new HashSet<>();
        for (int i = 0; i < leafHashes.size(); i++) {
            long n = size + i;
            for (int level = 1; completes(n, level); level++) {
                Node sibling = leftSibling(n, level);
                if (sibling.end() <= size) {
                    stored.add(sibling);
                }
            }
        }
        Map<Node, byte[]> read = readAll(store, stored);
        Map<Node, byte[]> created = new LinkedHashMap<>();
        for (int i = 0; i < leafHashes.size(); i++) {
            long n = size + i;
            byte[] hash = checked(leafHashes.get(i));
            created.put(new Node(0, n), hash);
            for (int level = 1; completes(n, level); level++) {
                Node sibling = leftSibling(n, level);
                byte[] left = created.containsKey(sibling) ? created.get(sibling) : read.get(sibling);
                hash = TreeHash.node(left, hash);
                created.put(new Node(level, n >> level), hash);
            }
        }
        return created;
    }

    /** The nodes {@link #root} reads for a tree of {@code treeSize} leaves. */
    public static Set<Node> rootNodes(long treeSize) {
        Set<Node> nodes = new HashSet<>();
        if (treeSize > 0) {
            rangeNodes(0, treeSize, nodes);
        }
        return nodes;
    }

    /** MTH(D[0:treeSize]); the tree must not be larger than the log. */
    public static byte[] root(long treeSize, SubtreeHashes store) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("a tree has no negative size");
        }
        if (treeSize == 0) {
            return TreeHash.emptyRoot();
        }
        return rangeHash(0, treeSize, readAll(store, rootNodes(treeSize)));
    }

    /** The nodes {@link #inclusionProof} reads. */
    public static Set<Node> inclusionNodes(long leafIndex, long treeSize) {
        Set<Node> nodes = new HashSet<>();
        for (long[] range : inclusionRanges(leafIndex, treeSize)) {
            rangeNodes(range[0], range[1], nodes);
        }
        return nodes;
    }

    /** PATH(leafIndex, D[0:treeSize]) of RFC 9162 §2.1.3.1, from the leaf's sibling up to the root's child. */
    public static List<byte[]> inclusionProof(long leafIndex, long treeSize, SubtreeHashes store) {
        List<long[]> ranges = inclusionRanges(leafIndex, treeSize);
        return hashes(ranges, store);
    }

    /** The nodes {@link #consistencyProof} reads. */
    public static Set<Node> consistencyNodes(long first, long second) {
        Set<Node> nodes = new HashSet<>();
        for (long[] range : consistencyRanges(first, second)) {
            rangeNodes(range[0], range[1], nodes);
        }
        return nodes;
    }

    /**
     * PROOF(first, D[0:second]) of RFC 9162 §2.1.4.1; empty when {@code first} is 0 or equals {@code second}, since
     * every tree extends the empty one and itself.
     */
    public static List<byte[]> consistencyProof(long first, long second, SubtreeHashes store) {
        return hashes(consistencyRanges(first, second), store);
    }

    private static List<long[]> inclusionRanges(long leafIndex, long treeSize) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of " + treeSize);
        }
        List<long[]> ranges = new ArrayList<>();
        path(leafIndex, 0, treeSize, ranges);
        return ranges;
    }

    private static void path(long m, long a, long b, List<long[]> out) {
        if (b - a == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(b - a);
        if (m < a + k) {
            path(m, a, a + k, out);
            out.add(new long[] {a + k, b});
        } else {
            path(m, a + k, b, out);
            out.add(new long[] {a, a + k});
        }
    }

    private static List<long[]> consistencyRanges(long first, long second) {
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("a tree of " + first + " is not a prefix of one of " + second);
        }
        List<long[]> ranges = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(first, 0, second, true, ranges);
        }
        return ranges;
    }

    private static void subproof(long m, long a, long b, boolean complete, List<long[]> out) {
        if (m == b) {
            if (!complete) {
                out.add(new long[] {a, b});
            }
            return;
        }
        long k = largestPowerOfTwoBelow(b - a);
        if (m - a <= k) {
            subproof(m, a, a + k, complete, out);
            out.add(new long[] {a + k, b});
        } else {
            subproof(m, a + k, b, false, out);
            out.add(new long[] {a, a + k});
        }
    }

    private static List<byte[]> hashes(List<long[]> ranges, SubtreeHashes store) {
        Set<Node> nodes = new HashSet<>();
        for (long[] range : ranges) {
            rangeNodes(range[0], range[1], nodes);
        }
        Map<Node, byte[]> read = readAll(store, nodes);
        List<byte[]> hashes = new ArrayList<>(ranges.size());
        for (long[] range : ranges) {
            hashes.add(rangeHash(range[0], range[1], read));
        }
        return hashes;
    }

    private static void rangeNodes(long a, long b, Set<Node> out) {
        long n = b - a;
        if (Long.bitCount(n) == 1) {
            out.add(perfect(a, n));
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        out.add(perfect(a, k));
        rangeNodes(a + k, b, out);
    }

    private static byte[] rangeHash(long a, long b, Map<Node, byte[]> nodes) {
        long n = b - a;
        if (Long.bitCount(n) == 1) {
            return nodes.get(perfect(a, n));
        }
        long k = largestPowerOfTwoBelow(n);
        return TreeHash.node(nodes.get(perfect(a, k)), rangeHash(a + k, b, nodes));
    }

    private static Node perfect(long start, long size) {
        int level = Long.numberOfTrailingZeros(size);
        if (start % size != 0) {
            throw new IllegalStateException("D[" + start + ":" + (start + size) + "] is not an aligned subtree");
        }
        return new Node(level, start >> level);
    }

    /** Whether leaf n, appended, completes the perfect subtree of 2^level leaves that ends with it. */
    private static boolean completes(long n, int level) {
        return ((n + 1) & ((1L << level) - 1)) == 0;
    }

    private static Node leftSibling(long n, int level) {
        return new Node(level - 1, (n >> (level - 1)) - 1);
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static Map<Node, byte[]> readAll(SubtreeHashes store, Set<Node> nodes) {
        if (nodes.isEmpty()) {
            return Map.of();
        }
        Map<Node, byte[]> read = store.read(Set.copyOf(nodes));
        for (Node node : nodes) {
            byte[] hash = read.get(node);
            if (hash == null) {
                throw new IllegalStateException("the store lacks the subtree " + node
                        + "; it must hold every subtree of the leaves appended");
            }
            checked(hash);
        }
        return read;
    }

    private static byte[] checked(byte[] hash) {
        if (hash == null || hash.length != TreeHash.SIZE) {
            throw new IllegalArgumentException("a tree hash is " + TreeHash.SIZE + " bytes");
        }
        return hash;
    }
}
