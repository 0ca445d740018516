package io.markguard.merchant.service;

import io.markguard.merchant.Sanction;
import io.markguard.merchant.SanctionMeasure;
import io.markguard.merchant.SubmissionState;
import io.markguard.merchant.TransparencySubmission;
import io.markguard.merchant.config.TransparencyDatabaseConfig;
import io.markguard.platform.figures.CounterRows;
import io.markguard.platform.outbox.Backoff;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.markguard.platform.problem.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The submission ledger of statements of reasons for the EU Transparency Database: a row per sanction written in
 * the sanction's transaction, withdrawn in its reversal's, claimed by {@link TransparencySender} in batches and
 * settled with what the database answered. Every change of state moves the counts per state
 * ({@code tdb_submission_count}), which the summary reads.
 */
@ApplicationScoped
public class TransparencySubmissions {

    public static final String LIST = "tdb-submissions";

    private static final String COUNTS = "tdb_submission_count";

    /** A claimed row: whether its last send's outcome is unknown, so it is looked up before it is sent again. */
    public record Claimed(long sanctionId, String puid, boolean inDoubt) {
    }

    /** What became of one claimed row. */
    public sealed interface Outcome {
        long sanctionId();
    }

    /** The database has it: from its answer ({@code tdbUuid}), or found by puid (empty uuid). */
    public record Submitted(long sanctionId, String tdbUuid) implements Outcome {
    }

    /** The database refused the statement itself: its errors per field. */
    public record Refused(long sanctionId, Map<String, Object> errors) implements Outcome {
    }

    /**
     * Not taken, through no fault of the statement: sent again after the backoff ({@code backoff}) or at once (a
     * batch refused for other statements); {@code inDoubt} when the database may have taken it all the same.
     */
    public record Again(long sanctionId, boolean backoff, boolean inDoubt, String failure) implements Outcome {
    }

    @Inject
    EntityManager em;

    @Inject
    MerchantDecisionLog decisionLog;

    @Inject
    Clock clock;

    @Inject
    TransparencyDatabaseConfig config;

    /**
     * The statement of a sanction just issued waits for submission; in the sanction's transaction. A warning
     * restricts nothing, so it is no decision the database takes (DSA Art. 17, 24(5)); the merchant still has its
     * statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Sanction sanction, Instant now) {
        if (!submitted(sanction.measure)) {
            return;
        }
        TransparencySubmission row = new TransparencySubmission();
        row.sanction = sanction;
        row.puid = sanction.puid;
        row.state = SubmissionState.QUEUED;
        row.nextAttemptAt = now;
        row.createdAt = now;
        row.updatedAt = now;
        row.persist();
        count(Map.of(SubmissionState.QUEUED, 1L));
    }

    /**
     * Sanctions reversed, in the reversal's transaction: a statement not yet in the database is withdrawn and never
     * sent. The database keeps no reversal of a statement it has (its API has no call to change or withdraw one), so
     * a submitted statement stays as it is and the reversal is recorded beside it; one a sender has in flight right
     * now becomes SUBMITTED, reversed, if the database takes it, and stays withdrawn otherwise.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(Collection<Sanction> reversed, Instant now) {
        if (reversed.isEmpty()) {
            return;
        }
        List<Long> ids = reversed.stream().map(s -> s.id).toList();
        Map<SubmissionState, Long> deltas = new EnumMap<>(SubmissionState.class);
        for (TransparencySubmission row : locked(ids)) {
            if (row.state.waiting() || row.state == SubmissionState.REFUSED) {
                move(row, SubmissionState.WITHDRAWN, deltas);
                row.updatedAt = now;
            } else if (row.state == SubmissionState.SUBMITTED && row.reversedAt == null) {
                row.reversedAt = now;
                row.updatedAt = now;
            }
        }
        count(deltas);
    }

    /**
     * Claims at most {@code limit} due rows for the sender whose {@code token} this is, until the lease ends: rows
     * another transaction holds are skipped, and a claimed row is due again only when its lease has run out.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Claimed> claim(UUID token, int limit) {
        Instant now = clock.instant();
        Instant until = now.plus(config.lease());
        List<Object[]> rows = em.createNativeQuery("""
                update tdb_submission t
                set lease_token = :token, lease_until = :until, next_attempt_at = :until, attempts = t.attempts + 1,
                    in_doubt = true, updated_at = :now
                from (select sanction_id, in_doubt from tdb_submission
                      where state in ('QUEUED', 'RETRYING') and next_attempt_at <= :now
                      order by next_attempt_at, sanction_id limit :limit
                      for update skip locked) due
                where t.sanction_id = due.sanction_id
                returning t.sanction_id, t.puid, due.in_doubt""")
                .setParameter("token", token)
                .setParameter("until", until)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Object[] row : rows) {
            claimed.add(new Claimed(((Number) row[0]).longValue(), (String) row[1], (Boolean) row[2]));
        }
        claimed.sort(java.util.Comparator.comparingLong(Claimed::sanctionId));
        return claimed;
    }

    /**
     * Writes what became of the rows of one claim. A row whose lease another sender has taken since is that sender's
     * to settle and is left alone; a row withdrawn meanwhile takes only SUBMITTED (the database has it).
     */
    @Transactional
    public void settle(UUID token, List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<Long, TransparencySubmission> rows = new LinkedHashMap<>();
        locked(outcomes.stream().map(Outcome::sanctionId).toList()).forEach(r -> rows.put(r.sanctionId, r));
        Backoff backoff = new Backoff(config.firstRetryAfter(), config.maxRetryAfter());
        Map<SubmissionState, Long> deltas = new EnumMap<>(SubmissionState.class);
        for (Outcome outcome : outcomes) {
            TransparencySubmission row = rows.get(outcome.sanctionId());
            if (row == null || !token.equals(row.leaseToken)) {
                continue;
            }
            row.leaseToken = null;
            row.leaseUntil = null;
            row.updatedAt = now;
            boolean withdrawn = row.state == SubmissionState.WITHDRAWN;
            switch (outcome) {
                case Submitted s -> {
                    if (withdrawn) {
                        row.reversedAt = now;
                    }
                    move(row, SubmissionState.SUBMITTED, deltas);
                    row.tdbUuid = s.tdbUuid();
                    row.submittedAt = now;
                    row.inDoubt = false;
                    row.errors = null;
                    decisionLog.euSubmitted(row, now);
                }
                case Refused r -> {
                    row.inDoubt = false;
                    if (!withdrawn) {
                        move(row, SubmissionState.REFUSED, deltas);
                        row.errors = r.errors();
                    }
                }
                case Again a -> {
                    row.inDoubt = a.inDoubt();
                    row.lastFailure = a.failure() == null ? row.lastFailure
                            : TransparencyExport.clip(a.failure(), 500);
                    if (!withdrawn) {
                        if (a.backoff()) {
                            move(row, SubmissionState.RETRYING, deltas);
                            row.nextAttemptAt = now.plus(backoff.after(row.attempts));
                        } else {
                            row.nextAttemptAt = now;
                        }
                    }
                }
            }
        }
        count(deltas);
    }

    /** One row of the operators' list. */
    public record View(String puid, long sanctionId, SubmissionState state, int attempts, Instant nextAttemptAt,
            String tdbUuid, Map<String, Object> errors, String lastFailure, Instant createdAt, Instant updatedAt,
            Instant submittedAt, Instant reversedAt) {

        static View of(TransparencySubmission row) {
            return new View(row.puid, row.sanctionId, row.state, row.attempts,
                    row.state.waiting() ? row.nextAttemptAt : null, row.tdbUuid, row.errors, row.lastFailure,
                    row.createdAt, row.updatedAt, row.submittedAt, row.reversedAt);
        }
    }

    /** Whether a statement of this measure goes to the database: every restriction does, a warning does not. */
    public static boolean submitted(SanctionMeasure measure) {
        return measure != SanctionMeasure.WARNING;
    }

    /** Latest sanction first, of one state or all, after {@code after} (a cursor of {@link #LIST}). */
    @Transactional
    public Page<View> page(Optional<SubmissionState> state, int limit, Cursor after) {
        long before = after == null ? Long.MAX_VALUE : after.number(0);
        TypedQuery<TransparencySubmission> query = em.createQuery("from TransparencySubmission s where s.sanctionId < :before"
                + (state.isPresent() ? " and s.state = :state" : "") + " order by s.sanctionId desc",
                TransparencySubmission.class)
                .setParameter("before", before)
                .setMaxResults(PageSize.fetch(limit));
        state.ifPresent(s -> query.setParameter("state", s));
        return Page.of(ReadOnly.of(query).getResultList(), limit, View::of, r -> Cursor.after(LIST, r.sanctionId));
    }

    /** The number of rows in each state (every state named, zero included), from the counts kept with each change. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<SubmissionState, Long> counts() {
        Map<SubmissionState, Long> counts = new EnumMap<>(SubmissionState.class);
        for (SubmissionState state : SubmissionState.values()) {
            counts.put(state, 0L);
        }
        List<Object[]> rows = em.createNativeQuery("select state, sum(n) from " + COUNTS + " group by state")
                .getResultList();
        for (Object[] row : rows) {
            counts.put(SubmissionState.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** A refused statement queued again (once what made it fail is fixed, the statement is built anew). */
    @Transactional
    public View requeue(String puid) {
        TransparencySubmission row = em.createQuery("from TransparencySubmission s where s.puid = :puid",
                TransparencySubmission.class).setParameter("puid", puid).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "puid", "No statement of reasons " + puid + "."));
        if (row.state != SubmissionState.REFUSED) {
            throw new Refusal(Refusal.Kind.CONFLICT, "state", "Only a refused statement can be queued again; "
                    + puid + " is " + row.state + ".");
        }
        Instant now = clock.instant();
        Map<SubmissionState, Long> deltas = new EnumMap<>(SubmissionState.class);
        move(row, SubmissionState.QUEUED, deltas);
        row.nextAttemptAt = now;
        row.updatedAt = now;
        count(deltas);
        return View.of(row);
    }

    private List<TransparencySubmission> locked(List<Long> ids) {
        return em.createQuery("from TransparencySubmission s where s.sanctionId in :ids order by s.sanctionId",
                TransparencySubmission.class).setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    private static void move(TransparencySubmission row, SubmissionState to, Map<SubmissionState, Long> deltas) {
        if (row.state == to) {
            return;
        }
        deltas.merge(row.state, -1L, Long::sum);
        deltas.merge(to, 1L, Long::sum);
        row.state = to;
    }

    private void count(Map<SubmissionState, Long> deltas) {
        deltas.forEach((state, delta) -> CounterRows.add(em, COUNTS, List.of("state"), List.of(state.name()),
                List.of("n"), new long[] { delta }));
    }
}
