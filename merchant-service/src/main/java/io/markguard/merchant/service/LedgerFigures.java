package io.markguard.merchant.service;

import io.markguard.merchant.Appeal;
import io.markguard.merchant.AppealStatus;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.Violation;
import io.markguard.platform.figures.CounterRows;
import io.markguard.platform.figures.DurationHistogram;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The transparency rollups of the merchants' side, kept in the transaction of each change that counts: a takedown
 * recorded (violation, sanctions), an appeal filed and an appeal decided. Reversals and expiry change no count:
 * violations and sanctions are counted by the day they were decided, whatever became of them. Callers call it last,
 * after their own locks, so the rollup rows are locked briefly and in one order.
 */
@ApplicationScoped
public class LedgerFigures {

    @Inject
    EntityManager em;

    /** {@code determination} and {@code repeat} as {@code transparency_violation_day} defines them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void violationRecorded(Violation violation, boolean determination, boolean repeat) {
        CounterRows.add(em, "transparency_violation_day", List.of("day"), List.of(day(violation.decidedAt)),
                List.of("violations", "repeat_determinations", "repeat_violations"),
                new long[] { 1, determination ? 1 : 0, repeat ? 1 : 0 });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sanctionIssued(Sanction sanction) {
        CounterRows.add(em, "transparency_sanction_day", List.of("day", "measure"),
                List.of(day(sanction.decidedAt), sanction.measure.name()), List.of("sanctions"), new long[] { 1 });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void appealFiled(Appeal appeal) {
        CounterRows.add(em, "transparency_appeal_day", List.of("day"), List.of(day(appeal.filedAt)),
                List.of("filed", "open", "upheld", "denied"), new long[] { 1, 1, 0, 0 });
    }

    /** An open appeal just decided, upheld or denied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appealDecided(Appeal appeal) {
        LocalDate day = day(appeal.filedAt);
        boolean upheld = appeal.status == AppealStatus.UPHELD;
        CounterRows.add(em, "transparency_appeal_day", List.of("day"), List.of(day),
                List.of("filed", "open", "upheld", "denied"), new long[] { 0, -1, upheld ? 1 : 0, upheld ? 0 : 1 });
        double seconds = Math.max(0, Duration.between(appeal.filedAt, appeal.decidedAt).toNanos() / 1e9);
        CounterRows.add(em, "transparency_appeal_time", List.of("day", "bucket"),
                List.of(day, (short) DurationHistogram.bucket(seconds)), List.of("items"), new long[] { 1 });
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
