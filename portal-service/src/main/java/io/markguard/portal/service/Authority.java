package io.markguard.portal.service;

import io.markguard.portal.Brand;
import io.markguard.portal.IpRight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What the other services ask on every complaint: is a brand verified, and may a user act for it on
 * a right. Each question is one indexed query.
 */
@ApplicationScoped
public class Authority {

    public enum Reason {
        OWNER, AUTHORISED_AGENT, NOT_A_MEMBER, BRAND_NOT_VERIFIED, RIGHT_NOT_OF_BRAND, RIGHT_NOT_VERIFIED,
        NOT_AUTHORISED_FOR_RIGHT, AUTHORISATION_EXPIRED
    }

    public record BrandStanding(long brandId, Brand.Status status, List<Long> verifiedRightIds) {
    }

    public record Decision(boolean allowed, Reason reason, String role, Instant validUntil) {
    }

    @Inject
    EntityManager em;

    /** The brand's status and its verified rights, in one query over the brand and its rights. */
    @Transactional
    public Optional<BrandStanding> standing(long brandId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT b.status, r.id FROM brand b
                LEFT JOIN ip_right r ON r.brand_id = b.id AND r.status = 'VERIFIED'
                WHERE b.id = ?1 ORDER BY r.id""").setParameter(1, brandId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Brand.Status status = Brand.Status.valueOf((String) rows.get(0)[0]);
        List<Long> rights = rows.stream().filter(r -> r[1] != null).map(r -> ((Number) r[1]).longValue()).toList();
        return Optional.of(new BrandStanding(brandId, status, rights));
    }

    /** Owner: every verified right of a verified brand. Agent: only authorised rights, until the authorisation ends. */
    @Transactional
    public Optional<Decision> mayAct(long brandId, String subject, long rightId, Instant at) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT b.status, r.status, m.role,
                       (SELECT max(a.valid_until) FROM agent_authorisation a
                          JOIN agent_authorisation_right ar ON ar.authorisation_id = a.id
                         WHERE a.brand_id = b.id AND a.agent_subject = ?2 AND ar.right_id = ?3)
                  FROM brand b
                  LEFT JOIN ip_right r ON r.id = ?3 AND r.brand_id = b.id
                  LEFT JOIN brand_member m ON m.brand_id = b.id AND m.subject = ?2
                 WHERE b.id = ?1""")
                .setParameter(1, brandId).setParameter(2, subject).setParameter(3, rightId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        String role = (String) row[2];
        Instant validUntil = instant(row[3]);
        if (role == null) {
            return Optional.of(new Decision(false, Reason.NOT_A_MEMBER, null, null));
        }
        if (!Brand.Status.VERIFIED.name().equals(row[0])) {
            return Optional.of(new Decision(false, Reason.BRAND_NOT_VERIFIED, role, validUntil));
        }
        if (row[1] == null) {
            return Optional.of(new Decision(false, Reason.RIGHT_NOT_OF_BRAND, role, validUntil));
        }
        if (!IpRight.Status.VERIFIED.name().equals(row[1])) {
            return Optional.of(new Decision(false, Reason.RIGHT_NOT_VERIFIED, role, validUntil));
        }
        if ("OWNER".equals(role)) {
            return Optional.of(new Decision(true, Reason.OWNER, role, null));
        }
        if (validUntil == null) {
            return Optional.of(new Decision(false, Reason.NOT_AUTHORISED_FOR_RIGHT, role, null));
        }
        if (!validUntil.isAfter(at)) {
            return Optional.of(new Decision(false, Reason.AUTHORISATION_EXPIRED, role, validUntil));
        }
        return Optional.of(new Decision(true, Reason.AUTHORISED_AGENT, role, validUntil));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
