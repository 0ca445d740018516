package io.markguard.portal.service;

import io.markguard.portal.Brand;
import io.markguard.portal.BrandMember;
import io.markguard.portal.IpRight;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import io.markguard.portal.access.BrandAccessChanges;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who belongs to a brand and with what scope: revoking at once, transferring ownership to a co-owner, rescoping an
 * agent. Owner and co-owners manage agents; only the owner manages co-owners and hands the brand on.
 */
@ApplicationScoped
public class Memberships {

    /** An agent's scope: all rights or a set, some actions, until an instant (none: until revoked). */
    public record Scope(boolean allRights, Set<Long> rightIds, Set<BrandMember.Action> actions, Instant validUntil) {
    }

    @Inject
    BrandDirectory brands;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BrandAccessChanges accessChanges;

    @Inject
    ApiClients clients;

    /**
     * Effective at once: the member's next request here is refused, and complaint-service (which answers for
     * merchant-service too) is told by a message after commit to stop using the answer it held.
     */
    @Transactional
    public BrandMember revoke(Actor actor, long brandId, long memberId) {
        BrandDirectory.Managed managed = brands.managed(actor, brandId);
        BrandMember member = memberOf(brandId, memberId);
        if (member.role == BrandMember.Role.OWNER) {
            throw RefusalReason.OWNER_CANNOT_BE_REVOKED.raise();
        }
        if (member.role == BrandMember.Role.CO_OWNER && managed.member().role != BrandMember.Role.OWNER) {
            throw RefusalReason.OWNER_ONLY.raise();
        }
        if (member.revokedAt == null) {
            member.revokedAt = clock.instant();
            member.revokedBy = actor.subject();
            accessChanges.changed(brandId);
            if (member.role == BrandMember.Role.CLIENT) {
                clients.revoked(member);
            }
        }
        return member;
    }

    /**
     * The owner hands the brand to an active co-owner and becomes a co-owner; the brand row is locked so that two
     * transfers follow one another (the partial unique index {@code brand_member_one_owner} holds it anyway).
     */
    @Transactional
    public BrandMember transfer(Actor actor, long brandId, long toMemberId) {
        BrandDirectory.Managed managed = brands.managed(actor, brandId);
        em.find(Brand.class, brandId, LockModeType.PESSIMISTIC_WRITE);
        BrandMember owner = em.find(BrandMember.class, managed.member().id, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(owner);
        if (owner.role != BrandMember.Role.OWNER) {
            throw RefusalReason.OWNER_ONLY.raise();
        }
        BrandMember next = memberOf(brandId, toMemberId);
        if (next.role != BrandMember.Role.CO_OWNER || !next.activeAt(clock.instant())) {
            throw RefusalReason.TRANSFER_TO_CO_OWNER.raise();
        }
        owner.role = BrandMember.Role.CO_OWNER;
        em.flush();
        next.role = BrandMember.Role.OWNER;
        accessChanges.changed(brandId);
        return next;
    }

    /** A new scope for an agent or an API client, replacing the old one. */
    @Transactional
    public BrandMember rescope(Actor actor, long brandId, long memberId, Scope scope) {
        brands.managed(actor, brandId);
        BrandMember member = memberOf(brandId, memberId);
        if (member.role != BrandMember.Role.AGENT && member.role != BrandMember.Role.CLIENT || member.revokedAt != null) {
            throw RefusalReason.NOT_AN_AGENT.raise();
        }
        apply(member, scope, brandId, clock.instant());
        accessChanges.changed(brandId);
        return member;
    }

    /** Checks a scope against the brand and writes it on the member. */
    static void apply(BrandMember member, Scope scope, long brandId, Instant now) {
        check(scope, brandId, now);
        member.allRights = scope.allRights();
        member.rightIds.clear();
        if (!scope.allRights()) {
            member.rightIds.addAll(scope.rightIds());
        }
        member.actions = BrandMember.encode(scope.actions().isEmpty() ? EnumSet.noneOf(BrandMember.Action.class)
                : EnumSet.copyOf(scope.actions()));
        member.validUntil = scope.validUntil();
    }

    static void check(Scope scope, long brandId, Instant now) {
        if (scope.actions() == null || scope.actions().isEmpty()) {
            throw RefusalReason.ACTIONS_MISSING.raise();
        }
        if (scope.validUntil() != null && !scope.validUntil().isAfter(now)) {
            throw RefusalReason.VALID_UNTIL_PAST.raise();
        }
        if (!scope.allRights() && (scope.rightIds() == null || scope.rightIds().isEmpty()
                || IpRight.count("brandId = ?1 and id in ?2", brandId, scope.rightIds()) != scope.rightIds().size())) {
            throw RefusalReason.RIGHT_NOT_OF_BRAND.raise();
        }
    }

    private static BrandMember memberOf(long brandId, long memberId) {
        BrandMember member = BrandMember.findById(memberId);
        if (member == null || member.brandId != brandId) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        return member;
    }
}
