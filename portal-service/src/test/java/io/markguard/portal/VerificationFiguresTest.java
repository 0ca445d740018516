package io.markguard.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.markguard.portal.service.VerificationFigures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Verification times for the transparency page, from cases opened in March 2021 with hand-computed answers. */
@QuarkusTest
class VerificationFiguresTest {

    @Inject
    EntityManager em;

    @Inject
    VerificationFigures figures;

    @Test
    void casesOpenedInThePeriodAreCountedPerMethodWithTheTimeToVerification() {
        long brandId = BrandApi.brand(BrandApi.OWNER, "Ferngate", "Ferngate Ltd", "ferngate.test");
        long rightId = BrandApi.right(BrandApi.OWNER, brandId, "USPTO", "7000401", "FERNGATE", "Ferngate Ltd");
        Instant march = Instant.parse("2021-03-05T00:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> {
            // Register code: verified after 1 h and after 3 h, one withdrawn. Median 2 h; p95 at rank 0.95: 1 + 0.95 × 2 = 2.9 h.
            seed(9_100_001L, brandId, rightId, "REGISTER_CODE", "VERIFIED", march, Duration.ofHours(1));
            seed(9_100_002L, brandId, rightId, "REGISTER_CODE", "VERIFIED", march, Duration.ofHours(3));
            seed(9_100_003L, brandId, rightId, "REGISTER_CODE", "WITHDRAWN", march, Duration.ofHours(5));
            // Documents: one rejected after a day, one still with a reviewer: no time to verification.
            seed(9_100_004L, brandId, rightId, "DOCUMENTS", "REJECTED", march, Duration.ofDays(1));
            seed(9_100_005L, brandId, rightId, "DOCUMENTS", "IN_REVIEW", march, null);
            // Outside the period.
            seed(9_100_006L, brandId, rightId, "DOCUMENTS", "VERIFIED", Instant.parse("2021-04-01T00:00:00Z"), Duration.ofHours(2));
        });

        List<VerificationFigures.Method> methods = figures.over(Instant.parse("2021-03-01T00:00:00Z"),
                Instant.parse("2021-04-01T00:00:00Z"));
        assertEquals(List.of("DOCUMENTS", "REGISTER_CODE"), methods.stream().map(VerificationFigures.Method::method).toList());
        VerificationFigures.Method documents = methods.get(0);
        assertEquals(2, documents.opened());
        assertEquals(0, documents.verified());
        assertEquals(1, documents.rejected());
        assertNull(documents.medianHours());
        VerificationFigures.Method code = methods.get(1);
        assertEquals(3, code.opened());
        assertEquals(2, code.verified());
        assertEquals(1, code.withdrawn());
        assertEquals(0, new BigDecimal("2.00").compareTo(code.medianHours()));
        assertEquals(0, new BigDecimal("2.90").compareTo(code.p95Hours()));
    }

    private void seed(long id, long brandId, long rightId, String method, String status, Instant openedAt, Duration closedAfter) {
        em.createNativeQuery("""
                insert into verification_case (id, brand_id, right_id, method, status, attempts, sends, opened_by, opened_at,
                    closed_at, version)
                values (?1, ?2, ?3, ?4, ?5, 0, 0, 'seed', ?6,
                    case when ?7 < 0 then null else cast(?6 as timestamptz) + make_interval(secs => ?7) end, 0)""")
                .setParameter(1, id).setParameter(2, brandId).setParameter(3, rightId).setParameter(4, method)
                .setParameter(5, status).setParameter(6, openedAt)
                .setParameter(7, closedAfter == null ? -1.0 : (double) closedAfter.toSeconds()).executeUpdate();
    }
}
