package io.markguard.decisionlog;

import java.util.Map;
import java.util.Set;

/**
 * Where a log keeps the hash of every perfect subtree it has completed. The tree algorithms work out every node they
 * need first and ask for them in one call, so a database answers a proof with one indexed read of O(log N) rows.
 */
@FunctionalInterface
public interface SubtreeHashes {

    /** The hashes of the nodes asked for; a node the store lacks is left out of the answer. */
    Map<Node, byte[]> read(Set<Node> nodes);
}
