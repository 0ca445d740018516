package io.markguard.verifylog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.markguard.decisionlog.CanonicalJson;
import io.markguard.decisionlog.DecisionCounts;
import io.markguard.decisionlog.DecisionKind;
import io.markguard.decisionlog.DecisionLogContract.LogKey;
import io.markguard.decisionlog.DecisionLogContract.Period;
import io.markguard.decisionlog.DecisionLogContract.ReportedLog;
import io.markguard.decisionlog.InMemoryLog;
import io.markguard.decisionlog.Leaf;
import io.markguard.decisionlog.LogKeyPair;
import io.markguard.decisionlog.LogStorage;
import io.markguard.decisionlog.Node;
import io.markguard.decisionlog.PublicLog;
import io.markguard.decisionlog.SignedTreeHead;
import io.markguard.decisionlog.TreeHeadSigner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier against a log served over HTTP from memory: honest, and tampered with in each way it must catch. */
class VerifyLogTest {

    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant FROM = Instant.parse("2026-10-01T02:00:00Z");
    private static final Instant TO = Instant.parse("2026-10-01T03:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);

    private final LogKeyPair keys = LogKeyPair.generate();
    private final TreeHeadSigner signer = TreeHeadSigner.of("markguard-complaints", keys);
    private final InMemoryLog storage = new InMemoryLog();
    private final List<ContractServer> servers = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stopServers() {
        servers.forEach(ContractServer::close);
    }

    /** Decision i, of the kinds in turn, decided i minutes after the start: 60 of them make one hour. */
    private static Leaf decision(int i) {
        DecisionKind kind = DecisionKind.values()[i % 4];
        return Leaf.decision(kind, START.plusSeconds(60L * i), Map.of("complaintItemId", String.valueOf(500 + i)),
                Map.of("reasonCode", kind == DecisionKind.ITEM_REJECTED ? "NOT_INFRINGING" : "COUNTERFEIT"));
    }

    private static InMemoryLog logOf(int from, int to) {
        InMemoryLog log = new InMemoryLog();
        for (int i = from; i < to; i++) {
            log.append(decision(i));
        }
        return log;
    }

    private void append(int from, int to) {
        for (int i = from; i < to; i++) {
            storage.append(decision(i));
        }
    }

    private ContractServer serve(LogStorage log) throws IOException {
        ContractServer server = new ContractServer(new PublicLog(log, signer, CLOCK));
        servers.add(server);
        return server;
    }

    private record Run(int exit, String out, String err) {
        boolean says(String line) {
            return out.lines().anyMatch(l -> l.startsWith(line));
        }
    }

    private static Run verify(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VerifyLog.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The report a service would draw up at its current head, with the counts of [FROM, TO) as the log has them. */
    private String report(SignedTreeHead head, LogStorage log, Map<String, Long> adjust) throws JsonProcessingException {
        DecisionCounts counts = new DecisionCounts(FROM, TO);
        log.leaves(0, (int) head.treeSize()).stream().map(Leaf::parse).forEach(counts::add);
        Map<String, Long> stated = new HashMap<>(counts.counts());
        adjust.forEach((kind, delta) -> stated.merge(kind, delta, Long::sum));
        stated.values().removeIf(n -> n == 0);
        return CanonicalJson.mapper().writeValueAsString(Map.of("period", "2026-Q4", "log",
                new ReportedLog(head, new Period(FROM.toString(), TO.toString()), stated)));
    }

    private Path file(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aLogPublishedUnderAPathPrefixIsVerifiedThere() throws IOException {
        append(0, 120);
        ContractServer server = new ContractServer(new PublicLog(storage, signer, CLOCK), "/complaint-service");
        servers.add(server);
        String report = report(new PublicLog(storage, signer, CLOCK).head(), storage, Map.of());
        server.report(report);

        Run run = verify(server.url(), "--leaf", "7", "--report", server.url() + "/report.json");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.says("ok    head signature: tree of 120 leaves"), run.out());
        assertTrue(run.says("ok    leaf 7: "), run.out());
        assertTrue(run.says("ok    report counts"), run.out());

        Run withoutPrefix = verify(server.url().replace("/complaint-service", ""));
        assertEquals(1, withoutPrefix.exit(), "the contract is not served at the root: " + withoutPrefix.out());
    }

    @Test
    void anHonestLogAndReportPassEveryCheck() throws IOException {
        append(0, 240);
        ContractServer server = serve(storage);
        String state = dir.resolve("state/complaints.json").toString();

        Run first = verify(server.url(), "--state", state);
        assertEquals(0, first.exit(), first.out());
        assertTrue(first.says("ok    key: log markguard-complaints"), first.out());
        assertTrue(first.says("ok    head signature: tree of 240 leaves"), first.out());
        assertTrue(first.says("note  consistency: no head seen before"), first.out());

        String report = report(new PublicLog(storage, signer, CLOCK).head(), storage, Map.of());
        append(240, 1300);
        Path reportFile = file("report.json", report);
        Run second = verify(server.url(), "--state", state, "--leaf", "0", "239", "--leaf", "1299", "--report",
                reportFile.toString());
        assertEquals(0, second.exit(), second.out());
        assertTrue(second.says("ok    consistency: the tree of 1300 leaves extends the one of 240"), second.out());
        assertTrue(second.says("ok    leaf 0: verification-outcome decided 2026-10-01T00:00:00Z is in the tree of 1300"), second.out());
        assertTrue(second.says("ok    leaf 239: "), second.out());
        assertTrue(second.says("ok    leaf 1299: "), second.out());
        assertTrue(second.says("ok    report head signature: tree of 240 leaves"), second.out());
        assertTrue(second.says("ok    report consistency: the log's tree of 1300 leaves extends the report's of 240"), second.out());
        assertTrue(second.says("ok    report leaves: the 240 leaves served rebuild the root"), second.out());
        // Minutes 120 to 179 of the first 240, 02:00 counted and 03:00 not: 60 decisions, 15 of each of four kinds.
        assertTrue(second.says("ok    report counts: 60 decisions in [2026-10-01T02:00:00Z, 2026-10-01T03:00:00Z)"),
                second.out());
        assertEquals(10, second.out().lines().count(), second.out());
        assertTrue(Files.readString(Path.of(state)).contains("\"treeSize\" : 1300"));

        server.report(report);
        Run byUrl = verify(server.url() + "/", "--report", server.url() + "/report.json");
        assertEquals(0, byUrl.exit(), byUrl.out());
        assertTrue(byUrl.says("ok    report counts: "), byUrl.out());
    }

    @Test
    void aRewrittenLeafFailsItsInclusionAndTheReport() throws IOException {
        append(0, 50);
        String report = report(new PublicLog(storage, signer, CLOCK).head(), storage, Map.of());
        // The log serves another text for decision 7 than the one its tree holds.
        String rewritten = Leaf.decision(DecisionKind.ITEM_REJECTED, START.plusSeconds(420),
                Map.of("complaintItemId", "507"), Map.of("reasonCode", "NOT_INFRINGING")).text();
        ContractServer server = serve(new Tampered(storage) {
            @Override
            public List<String> leaves(long from, int limit) {
                List<String> texts = new ArrayList<>(super.leaves(from, limit));
                if (from <= 7 && 7 < from + texts.size()) {
                    texts.set((int) (7 - from), rewritten);
                }
                return texts;
            }
        });

        Run run = verify(server.url(), "--leaf", "6", "7", "--report", file("report.json", report).toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.says("ok    leaf 6: "), run.out());
        assertTrue(run.says("FAIL  leaf 7: the leaf served (item-rejected decided 2026-10-01T00:07:00Z) is not the one"),
                run.out());
        assertTrue(run.says("FAIL  report leaves: the 50 leaves served do not rebuild the root"), run.out());
        assertTrue(run.says("note  report counts: not compared"), run.out());
    }

    @Test
    void aDroppedLeafFailsTheReportAndALogRebuiltWithoutItFailsConsistency() throws IOException {
        append(0, 50);
        String report = report(new PublicLog(storage, signer, CLOCK).head(), storage, Map.of());
        // The leaves served skip decision 5; the tree still holds it.
        ContractServer server = serve(new Tampered(storage) {
            @Override
            public List<String> leaves(long from, int limit) {
                List<String> texts = new ArrayList<>(super.leaves(from, limit + 1));
                if (from <= 5 && 5 < from + texts.size()) {
                    texts.remove((int) (5 - from));
                }
                return texts.subList(0, Math.min(limit, texts.size()));
            }
        });
        Run served = verify(server.url(), "--report", file("report.json", report).toString());
        assertEquals(1, served.exit(), served.out());
        assertTrue(served.says("FAIL  report leaves: "), served.out());

        // A log that dropped decision 5 and rebuilt its tree after the verifier had seen a head with it.
        String state = dir.resolve("state.json").toString();
        ContractServer honest = serve(storage);
        assertEquals(0, verify(honest.url(), "--state", state).exit());
        InMemoryLog rebuilt = logOf(0, 5);
        for (int i = 6; i < 60; i++) {
            rebuilt.append(decision(i));
        }
        honest.serve(new PublicLog(rebuilt, signer, CLOCK));
        Run after = verify(honest.url(), "--state", state, "--report", file("report.json", report).toString());
        assertEquals(1, after.exit(), after.out());
        assertTrue(after.says("FAIL  consistency: the head of 59 leaves does not extend the one of 50"), after.out());
        assertTrue(after.says("FAIL  report consistency: the log's tree of 59 leaves does not extend the report's of 50"),
                after.out());
        assertTrue(Files.readString(Path.of(state)).contains("\"treeSize\" : 50"), "the state keeps the head seen before");
    }

    @Test
    void aForkedOrShrunkLogFailsConsistencyWithTheHeadSeenBefore() throws IOException {
        append(0, 100);
        ContractServer server = serve(storage);
        String state = dir.resolve("state.json").toString();
        assertEquals(0, verify(server.url(), "--state", state).exit());
        String seen = Files.readString(Path.of(state));

        // A second log, same key and id, sharing the first 60 decisions and then another history.
        InMemoryLog fork = logOf(0, 60);
        for (int i = 1000; i < 1100; i++) {
            fork.append(decision(i));
        }
        server.serve(new PublicLog(fork, signer, CLOCK));
        Run forked = verify(server.url(), "--state", state);
        assertEquals(1, forked.exit(), forked.out());
        assertTrue(forked.says("ok    head signature: tree of 160 leaves"), forked.out());
        assertTrue(forked.says("FAIL  consistency: the head of 160 leaves does not extend the one of 100"), forked.out());
        assertEquals(seen, Files.readString(Path.of(state)));

        server.serve(new PublicLog(logOf(0, 80), signer, CLOCK));
        Run shrunk = verify(server.url(), "--state", state);
        assertEquals(1, shrunk.exit(), shrunk.out());
        assertTrue(shrunk.says("FAIL  consistency: the log shrank: 80 leaves now, 100 in the head seen at"), shrunk.out());

        server.serve(new PublicLog(storage, signer, CLOCK));
        append(100, 130);
        assertEquals(0, verify(server.url(), "--state", state).exit());
    }

    @Test
    void aHeadOrReportNotSignedByTheLogsKeyFails() throws IOException {
        append(0, 20);
        ContractServer server = serve(storage);
        LogKeyPair other = LogKeyPair.generate();
        TreeHeadSigner impostor = TreeHeadSigner.of("markguard-complaints", other);

        String report = report(new PublicLog(storage, impostor, CLOCK).head(), storage, Map.of());
        Run badReport = verify(server.url(), "--report", file("report.json", report).toString());
        assertEquals(1, badReport.exit(), badReport.out());
        assertTrue(badReport.says("ok    head signature: "), badReport.out());
        assertTrue(badReport.says("FAIL  report head signature: the report's head of 20 leaves is not signed"),
                badReport.out());

        server.publish(new LogKey("markguard-complaints", "Ed25519", other.publicKey()));
        Run badHead = verify(server.url(), "--leaf", "3");
        assertEquals(1, badHead.exit(), badHead.out());
        assertTrue(badHead.says("FAIL  head signature: the head of 20 leaves is not signed by log markguard-complaints"),
                badHead.out());
        assertFalse(badHead.says("ok    leaf 3"), badHead.out());

        // A key changed since the head seen before is a failure too, even when the new key signs the head.
        String state = dir.resolve("state.json").toString();
        server.publish(null);
        assertEquals(0, verify(server.url(), "--state", state).exit());
        server.serve(new PublicLog(storage, impostor, CLOCK));
        Run rekeyed = verify(server.url(), "--state", state);
        assertEquals(1, rekeyed.exit(), rekeyed.out());
        assertTrue(rekeyed.says("FAIL  key: the log's key is not the one it signed the head seen at"), rekeyed.out());
    }

    @Test
    void aReportWhoseCountsDisagreeWithTheLogFails() throws IOException {
        append(0, 240);
        SignedTreeHead head = new PublicLog(storage, signer, CLOCK).head();
        String report = report(head, storage, Map.of("item-accepted", 1L, "takedown-applied", -15L,
                "sanction-taken", 2L));
        Run run = verify(serve(storage).url(), "--report", file("report.json", report).toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.says("ok    report leaves: "), run.out());
        assertTrue(run.says("FAIL  report counts: in [2026-10-01T02:00:00Z, 2026-10-01T03:00:00Z)"
                + " item-accepted: the report states 16, the log holds 15;"
                + " sanction-taken: the report states 2, the log holds 0;"
                + " takedown-applied: the report states 0, the log holds 15"), run.out());
    }

    @Test
    void usageAndConnectionErrorsExitWithTwo() throws IOException {
        assertEquals(2, verify().exit());
        assertEquals(2, verify("http://127.0.0.1:1", "--leaf").exit());
        assertEquals(2, verify("ftp://example.org").exit());
        assertEquals(2, verify("http://127.0.0.1:1", "--unknown").exit());
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Run unreachable = verify("http://127.0.0.1:" + closed);
        assertEquals(2, unreachable.exit());
        assertTrue(unreachable.err().contains("did not answer"), unreachable.err());

        append(0, 3);
        Run missingReport = verify(serve(storage).url(), "--report", dir.resolve("absent.json").toString());
        assertEquals(2, missingReport.exit(), missingReport.out());
        assertTrue(missingReport.err().contains("cannot be read"), missingReport.err());
    }

    /** A storage that serves what another holds, for the tests to change one answer. */
    private static class Tampered implements LogStorage {
        private final LogStorage honest;

        Tampered(LogStorage honest) {
            this.honest = honest;
        }

        @Override
        public long size() {
            return honest.size();
        }

        @Override
        public List<String> leaves(long from, int limit) {
            return honest.leaves(from, limit);
        }

        @Override
        public Map<Node, byte[]> read(Set<Node> nodes) {
            return honest.read(nodes);
        }
    }
}
