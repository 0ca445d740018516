package io.markguard.decisionlog;

/**
 * A perfect, aligned subtree: the {@code index}-th subtree of 2^{@code level} leaves, covering leaves
 * [index·2^level, (index+1)·2^level). Level 0 is a leaf hash. The only hashes a store keeps.
 */
public record Node(int level, long index) {

    public Node {
        if (level < 0 || level > 62 || index < 0) {
            throw new IllegalArgumentException("no subtree at level " + level + ", index " + index);
        }
    }

    /** The first leaf the subtree covers. */
    public long start() {
        return index << level;
    }

    /** One past the last leaf the subtree covers. */
    public long end() {
        return (index + 1) << level;
    }
}
