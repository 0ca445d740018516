package io.markguard.decisionlog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** RFC 9162 §2.1.1 hashing with SHA-256: leaves and interior nodes apart by a one-byte prefix. */
public final class TreeHash {

    public static final int SIZE = 32;
    // Cloning a digest skips the provider look-up of getInstance, which costs more than hashing 65 bytes.
    private static final MessageDigest SHA_256 = sha256();
    private static final byte[] EMPTY_ROOT = digest().digest();

    private TreeHash() {
    }

    /** MTH({}) = SHA-256(""), the root of the empty tree. */
    public static byte[] emptyRoot() {
        return EMPTY_ROOT.clone();
    }

    /** SHA-256(0x00 || leaf). */
    public static byte[] leaf(byte[] leaf) {
        MessageDigest sha = digest();
        sha.update((byte) 0x00);
        sha.update(leaf);
        return sha.digest();
    }

    /** SHA-256(0x01 || left || right). */
    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha = digest();
        sha.update((byte) 0x01);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    private static MessageDigest digest() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
