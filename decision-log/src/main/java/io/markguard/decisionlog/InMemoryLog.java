package io.markguard.decisionlog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A log held in memory: for tests, and for a verifier that rebuilds a log it was handed. */
public final class InMemoryLog implements LogStorage {

    private final List<String> leaves = new ArrayList<>();
    private final Map<Node, byte[]> nodes = new HashMap<>();
    private int reads;
    private int nodesRead;

    /** Appends the leaves and returns the index of the first. */
    public synchronized long append(List<Leaf> appended) {
        long first = leaves.size();
        nodes.putAll(MerkleTree.append(first, appended.stream().map(Leaf::hash).toList(), this));
        appended.forEach(leaf -> leaves.add(leaf.text()));
        return first;
    }

    public long append(Leaf leaf) {
        return append(List.of(leaf));
    }

    @Override
    public synchronized long size() {
        return leaves.size();
    }

    @Override
    public synchronized List<String> leaves(long from, int limit) {
        int start = (int) Math.min(from, leaves.size());
        return List.copyOf(leaves.subList(start, (int) Math.min(leaves.size(), (long) start + limit)));
    }

    @Override
    public synchronized Map<Node, byte[]> read(Set<Node> wanted) {
        reads++;
        nodesRead = wanted.size();
        Map<Node, byte[]> found = new HashMap<>();
        for (Node node : wanted) {
            byte[] hash = nodes.get(node);
            if (hash != null) {
                found.put(node, hash.clone());
            }
        }
        return found;
    }

    /** How many times {@link #read} was called. */
    public synchronized int reads() {
        return reads;
    }

    /** How many nodes the last {@link #read} asked for. */
    public synchronized int nodesRead() {
        return nodesRead;
    }

    /** How many subtree hashes the log holds: under twice its size. */
    public synchronized int storedNodes() {
        return nodes.size();
    }
}
