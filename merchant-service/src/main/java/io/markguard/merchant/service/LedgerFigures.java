package io.markguard.merchant.service;

import io.markguard.merchant.Appeal;
import io.markguard.merchant.AppealStatus;
import io.markguard.merchant.Sanction;
import io.markguard.merchant.Violation;
import io.markguard.platform.figures.DurationHistogram;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

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
        em.createNativeQuery("""
                insert into transparency_violation_day as t (day, violations, repeat_determinations, repeat_violations)
                values (:day, 1, :determination, :repeat)
                on conflict (day) do update set violations = t.violations + 1,
                    repeat_determinations = t.repeat_determinations + excluded.repeat_determinations,
                    repeat_violations = t.repeat_violations + excluded.repeat_violations""")
                .setParameter("day", day(violation.decidedAt)).setParameter("determination", determination ? 1L : 0L)
                .setParameter("repeat", repeat ? 1L : 0L).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sanctionIssued(Sanction sanction) {
        em.createNativeQuery("""
                insert into transparency_sanction_day as t (day, measure, sanctions) values (:day, :measure, 1)
                on conflict (day, measure) do update set sanctions = t.sanctions + 1""")
                .setParameter("day", day(sanction.decidedAt)).setParameter("measure", sanction.measure.name())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void appealFiled(Appeal appeal) {
        em.createNativeQuery("""
                insert into transparency_appeal_day as t (day, filed, open) values (:day, 1, 1)
                on conflict (day) do update set filed = t.filed + 1, open = t.open + 1""")
                .setParameter("day", day(appeal.filedAt)).executeUpdate();
    }

    /** An open appeal just decided, upheld or denied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appealDecided(Appeal appeal) {
        LocalDate day = day(appeal.filedAt);
        boolean upheld = appeal.status == AppealStatus.UPHELD;
        em.createNativeQuery("""
                insert into transparency_appeal_day as t (day, open, upheld, denied) values (:day, -1, :upheld, :denied)
                on conflict (day) do update set open = t.open - 1, upheld = t.upheld + excluded.upheld,
                    denied = t.denied + excluded.denied""")
                .setParameter("day", day).setParameter("upheld", upheld ? 1L : 0L).setParameter("denied", upheld ? 0L : 1L)
                .executeUpdate();
        double seconds = Math.max(0, Duration.between(appeal.filedAt, appeal.decidedAt).toNanos() / 1e9);
        em.createNativeQuery("""
                insert into transparency_appeal_time as t (day, bucket, items) values (:day, :bucket, 1)
                on conflict (day, bucket) do update set items = t.items + 1""")
                .setParameter("day", day).setParameter("bucket", (short) DurationHistogram.bucket(seconds)).executeUpdate();
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
