package io.markguard.decisionlog;

import java.util.List;

/**
 * What a service keeps of its log: the leaves in order and the hash of every perfect subtree they complete. Both are
 * append-only, so a size read before the nodes is always covered by them.
 */
public interface LogStorage extends SubtreeHashes {

    /** How many leaves the log holds. */
    long size();

    /** The canonical texts of the leaves from {@code from}, at most {@code limit}, in order; fewer at the log's end. */
    List<String> leaves(long from, int limit);
}
