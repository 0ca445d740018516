package io.markguard.decisionlog;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/** Verification of inclusion (RFC 9162 §2.1.3.2) and consistency (§2.1.4.2) proofs, needing nothing but the proof. */
public final class Proofs {

    private Proofs() {
    }

    /** Whether {@code auditPath} proves the leaf with {@code leafHash} at {@code leafIndex} in the tree with {@code root}. */
    public static boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> auditPath,
            byte[] root) {
        if (leafIndex < 0 || leafIndex >= treeSize || !wellFormed(auditPath) || !isHash(leafHash) || !isHash(root)) {
            return false;
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : auditPath) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = TreeHash.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = TreeHash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /** Whether {@code proof} shows the tree of {@code first} leaves with {@code firstRoot} a prefix of the later one. */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
            List<byte[]> proof) {
        if (first < 0 || first > second || !wellFormed(proof) || !isHash(firstRoot) || !isHash(secondRoot)) {
            return false;
        }
        if (first == 0) {
            return proof.isEmpty() && MessageDigest.isEqual(firstRoot, TreeHash.emptyRoot());
        }
        if (first == second) {
            return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.addFirst(firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = TreeHash.node(c, fr);
                sr = TreeHash.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = TreeHash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
    }

    private static boolean wellFormed(List<byte[]> hashes) {
        return hashes != null && hashes.stream().allMatch(Proofs::isHash);
    }

    private static boolean isHash(byte[] hash) {
        return hash != null && hash.length == TreeHash.SIZE;
    }
}
