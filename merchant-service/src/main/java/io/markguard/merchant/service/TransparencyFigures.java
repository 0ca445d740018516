package io.markguard.merchant.service;

import io.markguard.merchant.config.PenaltyPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The merchants' side of the platform's record over a period: appeals by filing day, sanctions and violations by
 * decision day, and repeat infringers under the penalty policy's distinct-brands rule. Counts only.
 */
@ApplicationScoped
public class TransparencyFigures {

    public record Appeals(long filed, long open, long upheld, long denied, BigDecimal upheldShare,
            BigDecimal medianHoursToDecision) {
    }

    public record Measure(String measure, long sanctions) {
    }

    public record RepeatInfringers(int distinctBrands, long merchants, long merchantsWithSeveralViolations) {
    }

    public record Figures(Instant from, Instant to, Appeals appeals, List<Measure> sanctions, long violations,
            RepeatInfringers repeatInfringers, Instant generatedAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    PenaltyPolicy policy;

    @Transactional
    public Figures over(Instant start, Instant end, Instant now) {
        Object[] a = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where status = 'OPEN'), count(*) filter (where status = 'UPHELD'),
                       count(*) filter (where status = 'DENIED'),
                       percentile_cont(0.5) within group (order by extract(epoch from (decided_at - filed_at)))
                           filter (where decided_at is not null)
                from appeal where filed_at >= :from and filed_at < :to""")
                .setParameter("from", start).setParameter("to", end).getSingleResult();
        long upheld = number(a[2]);
        long denied = number(a[3]);
        Appeals appeals = new Appeals(number(a[0]), number(a[1]), upheld, denied,
                upheld + denied == 0 ? null : BigDecimal.valueOf(upheld).divide(BigDecimal.valueOf(upheld + denied), 4, RoundingMode.HALF_UP),
                a[4] == null ? null : BigDecimal.valueOf(((Number) a[4]).doubleValue()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP));

        List<Measure> sanctions = new ArrayList<>();
        for (Object r : em.createNativeQuery("""
                select measure, count(*) from sanction where decided_at >= :from and decided_at < :to
                group by measure order by measure""").setParameter("from", start).setParameter("to", end).getResultList()) {
            Object[] row = (Object[]) r;
            sanctions.add(new Measure((String) row[0], number(row[1])));
        }
        long violations = number(em.createNativeQuery("select count(*) from violation where decided_at >= :from and decided_at < :to")
                .setParameter("from", start).setParameter("to", end).getSingleResult());
        int distinct = policy.repeatInfringer().distinctBrands();
        Object[] repeat = (Object[]) em.createNativeQuery("""
                select count(*) filter (where brands >= :distinct), count(*) filter (where violations > 1)
                from (select merchant_id, count(distinct brand_id) as brands, count(*) as violations from violation
                      where decided_at >= :from and decided_at < :to group by merchant_id) per_merchant""")
                .setParameter("distinct", distinct).setParameter("from", start).setParameter("to", end).getSingleResult();
        return new Figures(start, end, appeals, sanctions, violations,
                new RepeatInfringers(distinct, number(repeat[0]), number(repeat[1])), now);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
