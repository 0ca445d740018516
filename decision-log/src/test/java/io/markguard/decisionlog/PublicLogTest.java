package io.markguard.decisionlog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.decisionlog.DecisionLogContract.LeavesPage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicLogTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00.123456Z");
    private final LogKeyPair keys = LogKeyPair.generate();
    private final InMemoryLog storage = new InMemoryLog();
    private final PublicLog log = new PublicLog(storage, TreeHeadSigner.of("markguard-merchants", keys),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private void append(int count) {
        for (int i = 0; i < count; i++) {
            storage.append(Leaf.decision(DecisionKind.SANCTION_TAKEN, NOW.minusSeconds(count - i),
                    Map.of("merchantId", "m" + i), Map.of("measure", "SUSPENSION")));
        }
    }

    @Test
    void theHeadIsSignedOverItsFourFieldsAndChecksOutWithThePublishedKey() {
        append(5);
        SignedTreeHead head = log.head();
        assertEquals(5, head.treeSize());
        assertEquals("2026-12-02T08:00:00.123Z", head.timestamp());
        assertArrayEquals(MerkleTree.root(5, storage), head.rootHashBytes());
        assertEquals("{\"logId\":\"markguard-merchants\",\"rootHash\":\"" + head.rootHash()
                + "\",\"timestamp\":\"2026-12-02T08:00:00.123Z\",\"treeSize\":5}", new String(head.signedBytes()));
        assertEquals("{\"logId\":\"markguard-merchants\",\"rootHash\":\"" + head.rootHash() + "\",\"signature\":\""
                + head.signature() + "\",\"timestamp\":\"2026-12-02T08:00:00.123Z\",\"treeSize\":5}", CanonicalJson.write(head));
        assertEquals(new DecisionLogContract.LogKey("markguard-merchants", "Ed25519", keys.publicKey()), log.key());

        LogPublicKey key = LogPublicKey.fromBase64(log.key().publicKey());
        assertTrue(key.verifies(head));
        assertFalse(key.verifies(new SignedTreeHead(head.logId(), 4, head.rootHash(), head.timestamp(), head.signature())));
        assertFalse(key.verifies(new SignedTreeHead("another-log", 5, head.rootHash(), head.timestamp(), head.signature())));
        assertFalse(key.verifies(new SignedTreeHead(head.logId(), 5, Base64.getEncoder().encodeToString(TreeHash.emptyRoot()),
                head.timestamp(), head.signature())));
        assertFalse(key.verifies(new SignedTreeHead(head.logId(), 5, head.rootHash(), "2026-12-02T08:00:01.123Z",
                head.signature())));
        assertFalse(key.verifies(new SignedTreeHead(head.logId(), 5, head.rootHash(), head.timestamp(), "bm90IGEgc2lnbmF0dXJl")));
        assertFalse(LogPublicKey.fromBase64(LogKeyPair.generate().publicKey()).verifies(head));
    }

    @Test
    void aKeyPairWhoseHalvesDoNotMatchIsRefused() {
        LogKeyPair other = LogKeyPair.generate();
        assertThrows(IllegalArgumentException.class,
                () -> TreeHeadSigner.of("log", new LogKeyPair(keys.privateKey(), other.publicKey())));
        assertThrows(IllegalArgumentException.class, () -> TreeHeadSigner.of("log", new LogKeyPair("bm9uZQ==", keys.publicKey())));
        assertThrows(IllegalArgumentException.class, () -> LogPublicKey.fromBase64("not base64!"));
        assertThrows(IllegalArgumentException.class, () -> TreeHeadSigner.of(" ", keys));
    }

    @Test
    void proofsAnswerForAnyTreeUpToTheLogsSize() {
        append(13);
        SignedTreeHead head = log.head();
        var inclusion = log.inclusion(6, 13);
        assertTrue(Proofs.verifyInclusion(6, 13, Leaf.parse(storage.leaves(6, 1).getFirst()).hash(),
                inclusion.auditPathBytes(), head.rootHashBytes()));
        var consistency = log.consistency(5, 13);
        assertTrue(Proofs.verifyConsistency(5, 13, MerkleTree.root(5, storage), head.rootHashBytes(),
                consistency.proofBytes()));
        assertTrue(log.consistency(0, 13).proof().isEmpty());

        assertThrows(IllegalArgumentException.class, () -> log.inclusion(13, 13));
        assertThrows(IllegalArgumentException.class, () -> log.inclusion(0, 14));
        assertThrows(IllegalArgumentException.class, () -> log.inclusion(-1, 5));
        assertThrows(IllegalArgumentException.class, () -> log.consistency(6, 5));
        assertThrows(IllegalArgumentException.class, () -> log.consistency(5, 14));
    }

    @Test
    void leavesArePagedInOrderUpToTheEnd() {
        append(25);
        LeavesPage first = log.leaves(0, 10);
        assertEquals(10, first.items().size());
        assertEquals(10L, first.next());
        assertEquals(storage.leaves(3, 1).getFirst(), first.items().get(3).leaf());
        LeavesPage last = log.leaves(20, 1000);
        assertEquals(5, last.items().size());
        assertEquals(24, last.items().getLast().index());
        assertNull(last.next());
        assertTrue(log.leaves(25, 10).items().isEmpty());
        assertEquals("{\"items\":[],\"next\":null}", CanonicalJson.write(log.leaves(25, 10)));

        assertThrows(IllegalArgumentException.class, () -> log.leaves(0, 1001));
        assertThrows(IllegalArgumentException.class, () -> log.leaves(0, 0));
        assertThrows(IllegalArgumentException.class, () -> log.leaves(26, 10));
    }

    @Test
    void theEmptyLogHasTheEmptyRoot() {
        SignedTreeHead head = log.head();
        assertEquals(0, head.treeSize());
        assertArrayEquals(TreeHash.emptyRoot(), head.rootHashBytes());
        assertTrue(LogPublicKey.fromBase64(keys.publicKey()).verifies(head));
    }
}
