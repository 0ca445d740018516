package io.markguard.verifylog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.markguard.decisionlog.CanonicalJson;
import io.markguard.decisionlog.CompactRange;
import io.markguard.decisionlog.DecisionCounts;
import io.markguard.decisionlog.DecisionLogContract;
import io.markguard.decisionlog.DecisionLogContract.ConsistencyProof;
import io.markguard.decisionlog.DecisionLogContract.InclusionProof;
import io.markguard.decisionlog.DecisionLogContract.LeafEntry;
import io.markguard.decisionlog.DecisionLogContract.LeavesPage;
import io.markguard.decisionlog.DecisionLogContract.LogKey;
import io.markguard.decisionlog.DecisionLogContract.ReportedLog;
import io.markguard.decisionlog.Leaf;
import io.markguard.decisionlog.LogKeyPair;
import io.markguard.decisionlog.LogPublicKey;
import io.markguard.decisionlog.Proofs;
import io.markguard.decisionlog.SignedTreeHead;
import io.markguard.verifylog.LogClient.BadAnswer;
import io.markguard.verifylog.LogClient.Unreachable;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One run of the checks against one log, each reported on a line of its own. */
final class Audit {

    /** What the state file keeps between runs: the log's key and the last head that checked out. */
    record SeenHead(String publicKey, SignedTreeHead head) {
    }

    /** The state file or the report cannot be read: the audit cannot be made as asked. */
    static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    private final LogClient client;
    private final PrintStream out;
    private boolean failed;

    Audit(LogClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    /** Runs every check asked for and answers whether all passed. */
    boolean run(Path state, List<Long> leaves, String report) throws Unreachable, Unusable {
        LogKey key;
        SignedTreeHead head;
        try {
            key = client.key();
        } catch (BadAnswer e) {
            return fail("key", e.getMessage());
        }
        LogPublicKey publicKey;
        try {
            if (!LogKeyPair.ALGORITHM.equals(key.algorithm())) {
                return fail("key", "the log signs with " + key.algorithm() + ", not " + LogKeyPair.ALGORITHM);
            }
            publicKey = LogPublicKey.fromBase64(key.publicKey());
        } catch (IllegalArgumentException | NullPointerException e) {
            return fail("key", "the log's public key is not a base64 X.509 Ed25519 key");
        }
        pass("key", "log " + key.logId() + " at " + client.base() + ", Ed25519 key " + publicKey.base64());
        try {
            head = client.head();
        } catch (BadAnswer e) {
            return fail("head", e.getMessage());
        }
        if (!signedBy(head, key, publicKey)) {
            return fail("head signature", "the head of " + head.treeSize() + " leaves is not signed by log "
                    + key.logId() + "'s key; nothing it serves can be trusted");
        }
        pass("head signature", "tree of " + head.treeSize() + " leaves, root " + head.rootHash() + ", signed "
                + head.timestamp());
        if (state != null) {
            checkState(state, key, publicKey, head);
        }
        for (long index : leaves) {
            checkLeaf(index, head);
        }
        if (report != null) {
            checkReport(report, key, publicKey, head);
        }
        return !failed;
    }

    private void checkState(Path state, LogKey key, LogPublicKey publicKey, SignedTreeHead head)
            throws Unreachable, Unusable {
        SeenHead seen = readState(state);
        if (seen == null) {
            keep(state, new SeenHead(publicKey.base64(), head));
            note("consistency", "no head seen before; this one is kept in " + state);
            return;
        }
        SignedTreeHead before = seen.head();
        if (!publicKey.equals(seenKey(state, seen))) {
            fail("key", "the log's key is not the one it signed the head seen at " + before.timestamp()
                    + " with; " + state + " keeps that head");
            return;
        }
        if (!key.logId().equals(before.logId())) {
            fail("consistency", "the head seen before is of log " + before.logId() + ", not " + key.logId());
            return;
        }
        if (head.treeSize() < before.treeSize()) {
            fail("consistency", "the log shrank: " + head.treeSize() + " leaves now, " + before.treeSize()
                    + " in the head seen at " + before.timestamp() + "; " + state + " keeps that head");
            return;
        }
        boolean consistent;
        try {
            consistent = consistent(before, head);
        } catch (BadAnswer e) {
            fail("consistency", e.getMessage() + "; " + state + " keeps the head seen before");
            return;
        }
        if (consistent) {
            pass("consistency", "the tree of " + head.treeSize() + " leaves extends the one of " + before.treeSize()
                    + " seen at " + before.timestamp());
            keep(state, new SeenHead(publicKey.base64(), head));
        } else {
            fail("consistency", "the head of " + head.treeSize() + " leaves does not extend the one of "
                    + before.treeSize() + " seen at " + before.timestamp() + ": the log was rewritten or forked; "
                    + state + " keeps the head seen before");
        }
    }

    private boolean consistent(SignedTreeHead before, SignedTreeHead after) throws Unreachable, BadAnswer {
        ConsistencyProof proof = client.consistency(before.treeSize(), after.treeSize());
        try {
            return proof.first() == before.treeSize() && proof.second() == after.treeSize()
                    && Proofs.verifyConsistency(before.treeSize(), after.treeSize(), before.rootHashBytes(),
                            after.rootHashBytes(), proof.proofBytes());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void checkLeaf(long index, SignedTreeHead head) throws Unreachable {
        String check = "leaf " + index;
        if (index < 0 || index >= head.treeSize()) {
            fail(check, "not in the tree of " + head.treeSize() + " leaves");
            return;
        }
        try {
            List<LeafEntry> items = client.leaves(index, 1).items();
            if (items == null || items.size() != 1 || items.getFirst().index() != index) {
                fail(check, "the log did not serve it");
                return;
            }
            Leaf leaf = Leaf.parse(items.getFirst().leaf());
            InclusionProof proof = client.inclusion(index, head.treeSize());
            if (proof.leafIndex() == index && proof.treeSize() == head.treeSize() && Proofs.verifyInclusion(index,
                    head.treeSize(), leaf.hash(), proof.auditPathBytes(), head.rootHashBytes())) {
                pass(check, leaf.kind() + " decided " + leaf.decidedAt() + " is in the tree of " + head.treeSize()
                        + " leaves as served");
            } else {
                fail(check, "the leaf served (" + leaf.kind() + " decided " + leaf.decidedAt()
                        + ") is not the one the tree of " + head.treeSize() + " leaves holds at " + index);
            }
        } catch (BadAnswer e) {
            fail(check, e.getMessage());
        } catch (IllegalArgumentException e) {
            fail(check, "the log served what is not a decision in canonical form: " + e.getMessage());
        }
    }

    private void checkReport(String source, LogKey key, LogPublicKey publicKey, SignedTreeHead head)
            throws Unreachable, Unusable {
        ReportedLog reported;
        try {
            String text = source.startsWith("http://") || source.startsWith("https://")
                    ? client.text(source) : Files.readString(Path.of(source));
            JsonNode log = CanonicalJson.mapper().readTree(text).path("log");
            reported = log.isObject() ? CanonicalJson.mapper().treeToValue(log, ReportedLog.class) : null;
        } catch (BadAnswer e) {
            fail("report", e.getMessage());
            return;
        } catch (IOException e) {
            throw new Unusable("the report " + source + " cannot be read: " + e.getMessage());
        }
        if (reported == null || reported.head() == null || reported.period() == null) {
            fail("report", "it carries no log member with the head, period and counts it was drawn up at");
            return;
        }
        SignedTreeHead reportHead = reported.head();
        if (!signedBy(reportHead, key, publicKey)) {
            fail("report head signature", "the report's head of " + reportHead.treeSize()
                    + " leaves is not signed by log " + key.logId() + "'s key");
            return;
        }
        pass("report head signature", "tree of " + reportHead.treeSize() + " leaves, signed " + reportHead.timestamp());
        if (reportHead.treeSize() > head.treeSize()) {
            fail("report consistency", "the report's head has " + reportHead.treeSize() + " leaves, the log now "
                    + head.treeSize() + ": the log shrank");
        } else {
            try {
                if (consistent(reportHead, head)) {
                    pass("report consistency", "the log's tree of " + head.treeSize()
                            + " leaves extends the report's of " + reportHead.treeSize());
                } else {
                    fail("report consistency", "the log's tree of " + head.treeSize()
                            + " leaves does not extend the report's of " + reportHead.treeSize()
                            + ": the log was rewritten since the report");
                }
            } catch (BadAnswer e) {
                fail("report consistency", e.getMessage());
            }
        }
        Instant from;
        Instant to;
        DecisionCounts counts;
        try {
            from = Instant.parse(reported.period().from());
            to = Instant.parse(reported.period().to());
            counts = new DecisionCounts(from, to);
        } catch (DateTimeParseException | NullPointerException | IllegalArgumentException e) {
            fail("report period", "not a period of two ISO-8601 instants, the first before the second");
            return;
        }
        CompactRange range = new CompactRange();
        if (!readLeaves(reportHead.treeSize(), range, counts)) {
            return;
        }
        if (!MessageDigest.isEqual(range.root(), reportHead.rootHashBytes())) {
            fail("report leaves", "the " + range.size() + " leaves served do not rebuild the root of the report's head:"
                    + " a decision was rewritten, dropped or slipped in");
            note("report counts", "not compared: the leaves served are not the ones the report was drawn up from");
            return;
        }
        pass("report leaves", "the " + range.size() + " leaves served rebuild the root of the report's head");
        compareCounts(reported.counts() == null ? Map.of() : reported.counts(), counts.counts(), from, to);
    }

    private boolean readLeaves(long treeSize, CompactRange range, DecisionCounts counts) throws Unreachable {
        long next = 0;
        while (next < treeSize) {
            LeavesPage page;
            try {
                page = client.leaves(next, (int) Math.min(DecisionLogContract.MAX_LEAVES, treeSize - next));
            } catch (BadAnswer e) {
                return fail("report leaves", e.getMessage());
            }
            if (page.items() == null || page.items().isEmpty()) {
                return fail("report leaves", "the log served no leaf from " + next + " though the report's head has "
                        + treeSize);
            }
            for (LeafEntry entry : page.items()) {
                if (next == treeSize) {
                    break;
                }
                if (entry.index() != next) {
                    return fail("report leaves", "asked for leaf " + next + ", the log served " + entry.index());
                }
                Leaf leaf;
                try {
                    leaf = Leaf.parse(entry.leaf());
                } catch (IllegalArgumentException | NullPointerException e) {
                    return fail("report leaves", "leaf " + next + " is not a decision in canonical form");
                }
                range.append(leaf.hash());
                counts.add(leaf);
                next++;
            }
        }
        return true;
    }

    private void compareCounts(Map<String, Long> reported, Map<String, Long> logged, Instant from, Instant to) {
        List<String> differences = new ArrayList<>();
        long total = 0;
        TreeSet<String> kinds = new TreeSet<>(reported.keySet());
        kinds.addAll(logged.keySet());
        for (String kind : kinds) {
            long stated = reported.get(kind) == null ? 0 : reported.get(kind);
            long counted = logged.getOrDefault(kind, 0L);
            total += counted;
            if (stated != counted) {
                differences.add(kind + ": the report states " + stated + ", the log holds " + counted);
            }
        }
        String period = "[" + from + ", " + to + ")";
        if (differences.isEmpty()) {
            pass("report counts", total + " decisions in " + period + ", every kind as the log holds it");
        } else {
            fail("report counts", "in " + period + " " + String.join("; ", differences));
        }
    }

    private static boolean signedBy(SignedTreeHead head, LogKey key, LogPublicKey publicKey) {
        try {
            head.rootHashBytes();
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
        return head.treeSize() >= 0 && key.logId() != null && key.logId().equals(head.logId())
                && publicKey.verifies(head);
    }

    private static LogPublicKey seenKey(Path state, SeenHead seen) throws Unusable {
        try {
            return LogPublicKey.fromBase64(seen.publicKey());
        } catch (IllegalArgumentException e) {
            throw new Unusable("the state file " + state + " holds no Ed25519 public key");
        }
    }

    private static SeenHead readState(Path state) throws Unusable {
        if (!Files.exists(state)) {
            return null;
        }
        try {
            SeenHead seen = CanonicalJson.mapper().readValue(Files.readString(state), SeenHead.class);
            if (seen == null || seen.publicKey() == null || seen.head() == null) {
                throw new Unusable("the state file " + state + " holds no head this verifier kept");
            }
            return seen;
        } catch (JsonProcessingException e) {
            throw new Unusable("the state file " + state + " is not one this verifier wrote: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Unusable("the state file " + state + " cannot be read: " + e.getMessage());
        }
    }

    private static void keep(Path state, SeenHead seen) throws Unusable {
        try {
            Path parent = state.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path written = Files.createTempFile(parent, ".verify-log", ".json");
            Files.writeString(written, CanonicalJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(seen));
            // Replaced whole, so that a run cut short never leaves half a head behind.
            Files.move(written, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new Unusable("the state file " + state + " cannot be written: " + e.getMessage());
        }
    }

    private void pass(String check, String detail) {
        out.println("ok    " + check + ": " + detail);
    }

    private void note(String check, String detail) {
        out.println("note  " + check + ": " + detail);
    }

    private boolean fail(String check, String detail) {
        failed = true;
        out.println("FAIL  " + check + ": " + detail);
        return false;
    }
}
