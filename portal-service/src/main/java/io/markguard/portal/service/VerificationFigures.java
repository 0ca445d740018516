package io.markguard.portal.service;

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
 * How long brands wait to be verified, per method, for the cases opened in a period: how many were opened,
 * verified, rejected and withdrawn, and the median and 95th percentile from opening to verification (hours).
 */
@ApplicationScoped
public class VerificationFigures {

    public record Method(String method, long opened, long verified, long rejected, long withdrawn, BigDecimal medianHours,
            BigDecimal p95Hours) {
    }

    @Inject
    EntityManager em;

    @Transactional
    public List<Method> over(Instant from, Instant to) {
        List<Method> methods = new ArrayList<>();
        for (Object r : em.createNativeQuery("""
                select method, count(*),
                       count(*) filter (where status = 'VERIFIED'),
                       count(*) filter (where status = 'REJECTED'),
                       count(*) filter (where status = 'WITHDRAWN'),
                       percentile_cont(0.5) within group (order by extract(epoch from (closed_at - opened_at)))
                           filter (where status = 'VERIFIED' and closed_at is not null),
                       percentile_cont(0.95) within group (order by extract(epoch from (closed_at - opened_at)))
                           filter (where status = 'VERIFIED' and closed_at is not null)
                from verification_case where opened_at >= :from and opened_at < :to
                group by method order by method""").setParameter("from", from).setParameter("to", to).getResultList()) {
            Object[] row = (Object[]) r;
            methods.add(new Method((String) row[0], number(row[1]), number(row[2]), number(row[3]), number(row[4]),
                    hours(row[5]), hours(row[6])));
        }
        return methods;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal hours(Object seconds) {
        return seconds == null ? null
                : BigDecimal.valueOf(((Number) seconds).doubleValue()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }
}
