package io.markguard.decisionlog;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The root of a tree built leaf by leaf while keeping only the O(log N) perfect subtrees on its right edge: how a
 * verifier recomputes a head's root from the leaves it pages through, whatever the log's size.
 */
public final class CompactRange {

    private record Subtree(int level, byte[] hash) {
    }

    private final Deque<Subtree> edge = new ArrayDeque<>();
    private long size;

    public void append(byte[] leafHash) {
        Subtree subtree = new Subtree(0, leafHash.clone());
        while (!edge.isEmpty() && edge.peekLast().level() == subtree.level()) {
            Subtree left = edge.removeLast();
            subtree = new Subtree(left.level() + 1, TreeHash.node(left.hash(), subtree.hash()));
        }
        edge.addLast(subtree);
        size++;
    }

    public long size() {
        return size;
    }

    /** MTH of the leaves appended so far. */
    public byte[] root() {
        if (edge.isEmpty()) {
            return TreeHash.emptyRoot();
        }
        Iterator<Subtree> fromRight = edge.descendingIterator();
        byte[] root = fromRight.next().hash();
        while (fromRight.hasNext()) {
            root = TreeHash.node(fromRight.next().hash(), root);
        }
        return root;
    }
}
