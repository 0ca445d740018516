package io.markguard.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.platform.problem.Refusal;
import io.markguard.platform.transaction.Batches;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Creating requests repeated with the same {@code Idempotency-Key}: the repeat answers what the first one made;
 * the same key with another request is refused (422). Keys are the caller's own (per subject) and per scope (what
 * is being created, and under what). The record is written in the creating transaction, so it exists exactly when
 * what it names does; of two concurrent requests with one key, the second is refused (409) and changes nothing.
 */
@ApplicationScoped
public class Idempotency {

    /** Another request with the same key made its record first; what it made is there once it commits. */
    public static final class KeyInUse extends Refusal {
        KeyInUse() {
            super(Kind.CONFLICT.status, "IDEMPOTENCY_KEY_IN_USE", IdempotencyKey.HEADER,
                    "Another request with this Idempotency-Key is being made; repeat this one to get its result.", null);
        }
    }

    /** How long a key is remembered; a client retries within minutes, not days. */
    static final Duration KEPT_FOR = Duration.ofDays(7);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    /** What an earlier request with this key made, if any; the same key for another request is refused. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> earlier(String subject, String scope, IdempotencyKey key, String requestHash) {
        return earlier(subject, scope, key, () -> requestHash);
    }

    /** As above, for a request whose fingerprint costs a read of its body: taken only if the key was used before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> earlier(String subject, String scope, IdempotencyKey key, Supplier<String> requestHash) {
        if (key == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT request_hash, result_id FROM idempotency_record
                WHERE subject = :subject AND scope = :scope AND idem_key = :key""")
                .setParameter("subject", subject).setParameter("scope", scope).setParameter("key", key.value())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (!rows.get(0)[0].equals(requestHash.get())) {
            throw Refusal.unprocessable(IdempotencyKey.HEADER, "This Idempotency-Key was used for a different request.");
        }
        return Optional.of((String) rows.get(0)[1]);
    }

    /** Records what this request made under its key; a concurrent request that got there first wins. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String subject, String scope, IdempotencyKey key, String requestHash, Object resultId) {
        if (key == null) {
            return;
        }
        int written = em.createNativeQuery("""
                INSERT INTO idempotency_record (subject, scope, idem_key, request_hash, result_id, created_at)
                VALUES (:subject, :scope, :key, :hash, :result, :now)
                ON CONFLICT DO NOTHING""")
                .setParameter("subject", subject).setParameter("scope", scope).setParameter("key", key.value())
                .setParameter("hash", requestHash).setParameter("result", String.valueOf(resultId))
                .setParameter("now", clock.instant())
                .executeUpdate();
        if (written == 0) {
            throw new KeyInUse();
        }
    }

    /** A fingerprint of the request as the service read it (a record, a map, or text), to tell repeats apart. */
    public String fingerprint(Object request) {
        try {
            byte[] bytes = request instanceof byte[] raw ? raw
                    : request instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                            : json.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    /**
     * Old keys go, in bounded batches each in its own transaction until one comes back short, so the table stays the
     * size of a week of creating requests; rows another replica is removing are skipped.
     */
    @Scheduled(identity = "idempotency-expiry", every = "${markguard.jobs.idempotency-purge-every:10m}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOld() {
        Instant before = clock.instant().minus(KEPT_FOR);
        Batches.untilShort(1000, 100, () -> em.createNativeQuery("""
                DELETE FROM idempotency_record WHERE ctid IN (
                    SELECT ctid FROM idempotency_record WHERE created_at < :before
                    ORDER BY created_at LIMIT 1000 FOR UPDATE SKIP LOCKED)""")
                .setParameter("before", before).executeUpdate());
    }
}
