package io.markguard.decisionlog;

import io.markguard.decisionlog.DecisionLogContract.ConsistencyProof;
import io.markguard.decisionlog.DecisionLogContract.InclusionProof;
import io.markguard.decisionlog.DecisionLogContract.LeafEntry;
import io.markguard.decisionlog.DecisionLogContract.LeavesPage;
import io.markguard.decisionlog.DecisionLogContract.LogKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers of the public contract over a log's storage, so that a service's resource only maps parameters to
 * these calls and an {@link IllegalArgumentException} to 400.
 */
public final class PublicLog {

    private final LogStorage storage;
    private final TreeHeadSigner signer;
    private final Clock clock;

    public PublicLog(LogStorage storage, TreeHeadSigner signer, Clock clock) {
        this.storage = storage;
        this.signer = signer;
        this.clock = clock;
    }

    public LogKey key() {
        return new LogKey(signer.logId(), LogKeyPair.ALGORITHM, signer.publicKey().base64());
    }

    /** The head of the whole log as it stands, signed now. */
    public SignedTreeHead head() {
        long size = storage.size();
        return signer.sign(size, MerkleTree.root(size, storage), clock.instant());
    }

    public InclusionProof inclusion(long index, long treeSize) {
        requireTreeSize("treeSize", treeSize);
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("index must lie in [0, treeSize)");
        }
        return new InclusionProof(index, treeSize,
                DecisionLogContract.encode(MerkleTree.inclusionProof(index, treeSize, storage)));
    }

    public ConsistencyProof consistency(long first, long second) {
        requireTreeSize("second", second);
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("first must lie in [0, second]");
        }
        return new ConsistencyProof(first, second,
                DecisionLogContract.encode(MerkleTree.consistencyProof(first, second, storage)));
    }

    public LeavesPage leaves(long from, int limit) {
        if (limit < 1 || limit > DecisionLogContract.MAX_LEAVES) {
            throw new IllegalArgumentException("limit must lie in [1, " + DecisionLogContract.MAX_LEAVES + "]");
        }
        long size = storage.size();
        if (from < 0 || from > size) {
            throw new IllegalArgumentException("from must lie in [0, " + size + "]");
        }
        List<String> texts = storage.leaves(from, (int) Math.min(limit, size - from));
        List<LeafEntry> items = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            items.add(new LeafEntry(from + i, texts.get(i)));
        }
        long end = from + items.size();
        return new LeavesPage(items, end < size ? end : null);
    }

    private void requireTreeSize(String name, long treeSize) {
        long size = storage.size();
        if (treeSize < 0 || treeSize > size) {
            throw new IllegalArgumentException(name + " must lie in [0, " + size + "], the log's size");
        }
    }
}
