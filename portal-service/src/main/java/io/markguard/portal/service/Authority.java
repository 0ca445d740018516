package io.markguard.portal.service;

import io.markguard.portal.Brand;
import io.markguard.portal.BrandMember;
import io.markguard.portal.IpRight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the other services ask on every complaint: is a brand verified, and may a user act for it on
 * a right. Each question is one indexed query.
 */
@ApplicationScoped
public class Authority {

    public enum Reason {
        OWNER, CO_OWNER, AUTHORISED_AGENT, NOT_A_MEMBER, MEMBERSHIP_REVOKED, BRAND_NOT_VERIFIED, RIGHT_NOT_OF_BRAND,
        RIGHT_NOT_VERIFIED, NOT_AUTHORISED_FOR_RIGHT, ACTION_NOT_ALLOWED, AUTHORISATION_EXPIRED
    }

    public record BrandStanding(long brandId, Brand.Status status, List<Long> verifiedRightIds) {
    }

    /**
     * The answer, with the member's whole scope so that a caller can judge its other endpoints (reads, retractions,
     * messages) from the same answer: role and scope are null for a subject that is not (or no longer) a member.
     */
    public record Decision(boolean allowed, Reason reason, String role, Instant validUntil, Set<BrandMember.Action> actions,
            Boolean allRights, List<Long> rightIds) {
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

    /**
     * With a right: may the subject file for the brand on it (owner and co-owners on every verified right of a
     * verified brand; an agent only on its rights, with the FILE action, until its end). Without one ({@code
     * rightId} null): is the subject a member now. Either way the answer carries the member's scope. One query over
     * the brand, the right and the member with its rights.
     */
    @Transactional
    public Optional<Decision> mayAct(long brandId, String subject, Long rightId, Instant at) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT b.status, r.status, m.role, m.all_rights, m.actions, m.valid_until, m.revoked_at,
                       (SELECT string_agg(mr.right_id::text, ',' ORDER BY mr.right_id) FROM brand_member_right mr
                         WHERE mr.member_id = m.id)
                  FROM brand b
                  LEFT JOIN ip_right r ON r.id = ?3 AND r.brand_id = b.id
                  LEFT JOIN brand_member m ON m.brand_id = b.id AND m.subject = ?2
                 WHERE b.id = ?1""")
                .setParameter(1, brandId).setParameter(2, subject).setParameter(3, rightId == null ? 0L : rightId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        String role = (String) row[2];
        if (role == null) {
            return Optional.of(new Decision(false, Reason.NOT_A_MEMBER, null, null, null, null, null));
        }
        if (row[6] != null) {
            return Optional.of(new Decision(false, Reason.MEMBERSHIP_REVOKED, null, null, null, null, null));
        }
        boolean owning = BrandMember.Role.OWNER.name().equals(role) || BrandMember.Role.CO_OWNER.name().equals(role);
        Instant validUntil = instant(row[5]);
        Set<BrandMember.Action> actions = owning ? EnumSet.allOf(BrandMember.Action.class) : BrandMember.decode((String) row[4]);
        boolean allRights = owning || Boolean.TRUE.equals(row[3]);
        List<Long> rightIds = allRights || row[7] == null ? List.of()
                : Arrays.stream(((String) row[7]).split(",")).map(Long::valueOf).toList();
        Reason member = owning ? Reason.valueOf(role) : Reason.AUTHORISED_AGENT;
        java.util.function.BiFunction<Boolean, Reason, Decision> answer = (allowed, reason) ->
                new Decision(allowed, reason, role, validUntil, actions, allRights, rightIds);
        if (validUntil != null && !validUntil.isAfter(at)) {
            return Optional.of(answer.apply(false, Reason.AUTHORISATION_EXPIRED));
        }
        if (rightId == null) {
            return Optional.of(answer.apply(true, member));
        }
        if (!Brand.Status.VERIFIED.name().equals(row[0])) {
            return Optional.of(answer.apply(false, Reason.BRAND_NOT_VERIFIED));
        }
        if (row[1] == null) {
            return Optional.of(answer.apply(false, Reason.RIGHT_NOT_OF_BRAND));
        }
        if (!IpRight.Status.VERIFIED.name().equals(row[1])) {
            return Optional.of(answer.apply(false, Reason.RIGHT_NOT_VERIFIED));
        }
        if (!allRights && !rightIds.contains(rightId)) {
            return Optional.of(answer.apply(false, Reason.NOT_AUTHORISED_FOR_RIGHT));
        }
        if (!actions.contains(BrandMember.Action.FILE)) {
            return Optional.of(answer.apply(false, Reason.ACTION_NOT_ALLOWED));
        }
        return Optional.of(answer.apply(true, member));
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
