package io.markguard.portal.service;

import io.markguard.platform.idempotency.Idempotency;
import io.markguard.platform.idempotency.IdempotencyKey;
import io.markguard.platform.outbox.Outbox;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.markguard.portal.Brand;
import io.markguard.portal.BrandInvitation;
import io.markguard.portal.BrandMember;
import io.markguard.portal.config.InvitationRules;
import io.markguard.portal.outbox.InvitationMailRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hibernate.jpa.HibernateHints;

/**
 * Invitations to join a brand. The link is {@code /invitations/{id}?expires=..&sig=..}, the signature an HMAC over
 * id and expiry under a configured key, so nothing secret is stored; whether it is still open is the row's status.
 */
@ApplicationScoped
public class Invitations {

    public static final String INVITATIONS = "invitations";

    public record NewInvitation(String email, BrandMember.Role role, boolean allRights, Set<Long> rightIds,
            Set<BrandMember.Action> actions, Instant validUntil, String language) {
    }

    /** What a link is worth now, for the page that shows it. */
    public enum LinkState { OPEN, EXPIRED, USED, REVOKED, INVALID }

    public record Opened(LinkState state, BrandInvitation invitation, String brandName) {
    }

    /** The mail's content, as codes and parameters: rendered in the invitee's language when it is sent. */
    public record Mail(long invitationId, String to, String language, String brandName, String role, String link,
            Instant expiresAt) {
    }

    @Inject
    io.markguard.portal.access.BrandAccessChanges accessChanges;

    @Inject
    BrandDirectory brands;

    @Inject
    InvitationRules rules;

    @Inject
    Outbox outbox;

    @Inject
    Idempotency idempotency;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Owner and co-owners invite agents; only the owner invites co-owners. The mail leaves after commit. */
    @Transactional
    public BrandInvitation invite(Actor actor, long brandId, NewInvitation request, String idempotencyKey) {
        BrandDirectory.Managed managed = brands.managed(actor, brandId);
        String scope = "invitation:" + brandId;
        String fingerprint = idempotency.fingerprint(request);
        var earlier = idempotency.earlier(actor.subject(), scope, IdempotencyKey.of(idempotencyKey), fingerprint);
        if (earlier.isPresent()) {
            return BrandInvitation.findById(Long.valueOf(earlier.get()));
        }
        // An API client is no person to invite: it is created with its scope (ApiClients).
        if (request.role() == null || request.role() == BrandMember.Role.OWNER || request.role() == BrandMember.Role.CLIENT
                || request.role() == BrandMember.Role.CO_OWNER && managed.member().role != BrandMember.Role.OWNER) {
            throw RefusalReason.INVITATION_ROLE.raise();
        }
        Instant now = clock.instant();
        boolean agent = request.role() == BrandMember.Role.AGENT;
        Set<BrandMember.Action> actions = agent ? request.actions() : EnumSet.allOf(BrandMember.Action.class);
        boolean allRights = !agent || request.allRights();
        if (agent) {
            Memberships.check(new Memberships.Scope(allRights, request.rightIds(), actions, request.validUntil()), brandId, now);
        }
        BrandInvitation invitation = new BrandInvitation();
        invitation.brandId = brandId;
        invitation.email = request.email().strip();
        invitation.language = "zh-CN".equals(request.language()) ? "zh-CN" : "en";
        invitation.role = request.role();
        invitation.allRights = allRights;
        invitation.rightIds = allRights ? "" : BrandInvitation.encodeRights(request.rightIds());
        invitation.actions = BrandMember.encode(EnumSet.copyOf(actions));
        invitation.validUntil = agent ? request.validUntil() : null;
        invitation.status = BrandInvitation.Status.PENDING;
        invitation.expiresAt = now.plus(rules.linkTtl());
        invitation.createdBy = actor.subject();
        invitation.createdAt = now;
        invitation.persist();
        outbox.enqueue(InvitationMailRoute.DESTINATION, "invitation-" + invitation.id,
                new Mail(invitation.id, invitation.email, invitation.language, managed.brand().name, invitation.role.name(),
                        link(invitation), invitation.expiresAt));
        idempotency.remember(actor.subject(), scope, IdempotencyKey.of(idempotencyKey), fingerprint, invitation.id);
        return invitation;
    }

    /** A brand's invitations by id, for its owner and co-owners (index {@code brand_invitation_brand}). */
    @Transactional
    public Page<BrandInvitation> ofBrand(Actor actor, long brandId, int limit, Cursor after) {
        brands.managed(actor, brandId);
        var query = em.createQuery("from BrandInvitation i where i.brandId = :brand"
                + (after == null ? "" : " and i.id > :after") + " order by i.id", BrandInvitation.class)
                .setParameter("brand", brandId).setHint(HibernateHints.HINT_READ_ONLY, true);
        if (after != null) {
            query.setParameter("after", after.number(0));
        }
        List<BrandInvitation> rows = query.setMaxResults(PageSize.fetch(limit)).getResultList();
        return Page.of(rows, limit, i -> i, i -> Cursor.after(INVITATIONS, i.id));
    }

    /** The owner or a co-owner withdraws an open invitation; its link then shows that it was withdrawn. */
    @Transactional
    public BrandInvitation withdraw(Actor actor, long brandId, long invitationId) {
        brands.managed(actor, brandId);
        BrandInvitation invitation = em.find(BrandInvitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null || !invitation.brandId.equals(brandId)) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        if (invitation.status == BrandInvitation.Status.PENDING) {
            invitation.status = BrandInvitation.Status.REVOKED;
            invitation.decidedBy = actor.subject();
            invitation.decidedAt = clock.instant();
        }
        return invitation;
    }

    /** What the link says, checked: a bad signature is INVALID whatever the row. */
    @Transactional
    public Opened open(long invitationId, String expires, String signature) {
        BrandInvitation invitation = BrandInvitation.findById(invitationId);
        if (invitation == null || !signed(invitation, expires, signature)) {
            return new Opened(LinkState.INVALID, null, null);
        }
        Brand brand = Brand.findById(invitation.brandId);
        return new Opened(state(invitation), invitation, brand.name);
    }

    /**
     * The signed-in user accepts: the membership is bound to their Keycloak subject with the invitation's role and
     * scope (a revoked or agent membership of theirs is replaced), and the link is used up.
     */
    @Transactional
    public BrandMember accept(Actor actor, long invitationId, String expires, String signature) {
        BrandInvitation invitation = em.find(BrandInvitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null || !signed(invitation, expires, signature)) {
            throw RefusalReason.INVITATION_LINK.raise();
        }
        switch (state(invitation)) {
            case EXPIRED -> throw RefusalReason.INVITATION_EXPIRED.raise();
            case USED -> throw RefusalReason.INVITATION_USED.raise();
            case REVOKED -> throw RefusalReason.INVITATION_REVOKED.raise();
            default -> { }
        }
        Instant now = clock.instant();
        BrandMember member = BrandMember.of(invitation.brandId, actor.subject()).orElseGet(() -> {
            BrandMember created = new BrandMember();
            created.brandId = invitation.brandId;
            created.subject = actor.subject();
            created.createdAt = now;
            return created;
        });
        if (member.isPersistent() && member.owning() && member.revokedAt == null) {
            throw RefusalReason.ALREADY_OWNING.raise();
        }
        member.role = invitation.role;
        member.allRights = invitation.allRights;
        member.rightIds.clear();
        member.rightIds.addAll(invitation.rightIdSet());
        member.actions = invitation.actions;
        member.validUntil = invitation.validUntil;
        member.revokedAt = null;
        member.revokedBy = null;
        member.persist();
        invitation.status = BrandInvitation.Status.ACCEPTED;
        invitation.decidedBy = actor.subject();
        invitation.decidedAt = now;
        accessChanges.changed(invitation.brandId);
        return member;
    }

    private LinkState state(BrandInvitation invitation) {
        return switch (invitation.status) {
            case ACCEPTED -> LinkState.USED;
            case REVOKED -> LinkState.REVOKED;
            case PENDING -> invitation.expiresAt.isAfter(clock.instant()) ? LinkState.OPEN : LinkState.EXPIRED;
        };
    }

    /** The link mailed for an invitation. */
    public String link(BrandInvitation invitation) {
        long expires = invitation.expiresAt.getEpochSecond();
        URI base = rules.portalUrl();
        return base.toString().replaceAll("/+$", "") + "/invitations/" + invitation.id + "?expires=" + expires + "&sig="
                + signature(invitation.id, expires);
    }

    private boolean signed(BrandInvitation invitation, String expires, String signature) {
        if (expires == null || signature == null || !expires.equals(String.valueOf(invitation.expiresAt.getEpochSecond()))) {
            return false;
        }
        return MessageDigest.isEqual(signature(invitation.id, invitation.expiresAt.getEpochSecond())
                .getBytes(StandardCharsets.US_ASCII), signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    String signature(long id, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(rules.linkKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("invitation:" + id + ":" + expires).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
