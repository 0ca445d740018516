package io.markguard.portal.service;

import io.markguard.platform.idempotency.Idempotency;
import io.markguard.platform.idempotency.IdempotencyKey;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.markguard.portal.AgentAuthorisation;
import io.markguard.portal.Brand;
import io.markguard.portal.BrandMember;
import io.markguard.portal.EvidenceDocument;
import io.markguard.portal.IpRight;
import io.markguard.portal.Office;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Brands, their members, their rights and their agents; who may see and change which brand. */
@ApplicationScoped
public class BrandDirectory {

    public record NewBrand(String name, String legalEntity, String country, String websiteDomain) {
    }

    public record NewRight(IpRight.Type type, Office office, String registrationNumber, String mark,
            List<Integer> niceClasses, String ownerName, LocalDate filedOn, LocalDate registeredOn, LocalDate expiresOn) {
    }

    public record NewAuthorisation(String agentSubject, Set<Long> rightIds, Instant validUntil, Long letterDocumentId) {
    }

    /** A right as an authorisation names it. */
    public record RightRef(long id, Office office, String registrationNumber) {
    }

    /** An agent's authorisation with the rights it names, read as one page of a brand's authorisations. */
    public record AuthorisationEntry(long id, String agentSubject, Instant validUntil, long letterDocumentId,
            List<RightRef> rights) {
    }

    /** The lists' names in their cursors. */
    public static final String BRANDS = "brands";
    public static final String MEMBERS = "members";
    public static final String RIGHTS = "rights";
    public static final String AGENTS = "agents";

    @Inject
    io.markguard.portal.access.BrandAccessChanges accessChanges;

    @Inject
    EntityManager em;

    @Inject
    Idempotency idempotency;

    @Inject
    Clock clock;

    @Transactional
    public Brand register(Actor actor, NewBrand request, String idempotencyKey) {
        String fingerprint = idempotency.fingerprint(request);
        var earlier = idempotency.earlier(actor.subject(), "brand", IdempotencyKey.of(idempotencyKey), fingerprint);
        if (earlier.isPresent()) {
            return Brand.findById(Long.valueOf(earlier.get()));
        }
        Brand brand = new Brand();
        brand.name = request.name().strip();
        brand.legalEntity = request.legalEntity().strip();
        brand.country = request.country().strip().toUpperCase(Locale.ROOT);
        brand.websiteDomain = request.websiteDomain().strip().toLowerCase(Locale.ROOT);
        brand.status = Brand.Status.UNVERIFIED;
        brand.createdBy = actor.subject();
        brand.createdAt = clock.instant();
        brand.persist();
        BrandMember owner = new BrandMember();
        owner.brandId = brand.id;
        owner.subject = actor.subject();
        owner.role = BrandMember.Role.OWNER;
        owner.createdAt = brand.createdAt;
        owner.persist();
        idempotency.remember(actor.subject(), "brand", IdempotencyKey.of(idempotencyKey), fingerprint, brand.id);
        return brand;
    }

    /**
     * The brands the actor is a member of (every brand for an administrator), by id, {@code limit} after the cursor
     * (index {@code brand_member_subject}, or the primary key).
     */
    @Transactional
    public Page<Brand> mine(Actor actor, int limit, Cursor after) {
        TypedQuery<Brand> query;
        if (actor.admin()) {
            query = em.createQuery("select b from Brand b" + (after == null ? "" : " where b.id > :after") + " order by b.id",
                    Brand.class);
        } else {
            // Revoked and ended memberships are filtered on the subject's own rows (index brand_member_subject).
            query = em.createQuery("select b from BrandMember m join Brand b on b.id = m.brandId where m.subject = :subject"
                    + " and m.revokedAt is null and (m.validUntil is null or m.validUntil > :now)"
                    + (after == null ? "" : " and m.brandId > :after") + " order by m.brandId", Brand.class)
                    .setParameter("subject", actor.subject()).setParameter("now", clock.instant());
        }
        if (after != null) {
            query.setParameter("after", after.number(0));
        }
        List<Brand> rows = readOnly(query).setMaxResults(PageSize.fetch(limit)).getResultList();
        return Page.of(rows, limit, b -> b, b -> Cursor.after(BRANDS, b.id));
    }

    /**
     * The {@code max} brands the actor joined last (by brand id, newest first; every brand for an administrator): what
     * the brand switcher offers, the brand list pages through the rest. One range read of {@code brand_member_subject}.
     */
    @Transactional
    public List<Brand> recent(Actor actor, int max) {
        TypedQuery<Brand> query = actor.admin()
                ? em.createQuery("select b from Brand b order by b.id desc", Brand.class)
                : em.createQuery("select b from BrandMember m join Brand b on b.id = m.brandId where m.subject = :subject"
                        + " and m.revokedAt is null and (m.validUntil is null or m.validUntil > :now) order by m.brandId desc",
                        Brand.class).setParameter("subject", actor.subject()).setParameter("now", clock.instant());
        return readOnly(query).setMaxResults(max).getResultList();
    }

    /**
     * The brand if the actor is a member now (not revoked, not past its end) or an administrator; otherwise it does
     * not exist for them.
     */
    @Transactional
    public Brand readable(Actor actor, long brandId) {
        Brand brand = Brand.findById(brandId);
        if (brand == null) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        if (!actor.admin()) {
            current(brandId, actor);
        }
        return brand;
    }

    /**
     * The brand if the actor owns or co-owns it (and so manages its rights and agents); a member who is only an agent
     * is told so, anyone else sees nothing.
     */
    @Transactional
    public Brand owned(Actor actor, long brandId) {
        return managed(actor, brandId).brand();
    }

    /** The brand and the managing member (owner or co-owner) the actor is. */
    public record Managed(Brand brand, BrandMember member) {
    }

    @Transactional
    public Managed managed(Actor actor, long brandId) {
        Brand brand = Brand.findById(brandId);
        if (brand == null) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        BrandMember member = current(brandId, actor);
        if (!member.owning()) {
            throw RefusalReason.OWNER_ONLY.raise();
        }
        return new Managed(brand, member);
    }

    /**
     * The actor's membership that counts now. No member, or a revoked one: the brand does not exist for them (404);
     * a membership past its end: 403 naming the brand, as complaint-service answers it.
     */
    private BrandMember current(long brandId, Actor actor) {
        BrandMember member = BrandMember.of(brandId, actor.subject()).filter(m -> m.revokedAt == null)
                .orElseThrow(RefusalReason.NOT_FOUND::raise);
        if (!member.activeAt(clock.instant())) {
            throw RefusalReason.MEMBERSHIP_ENDED.raise();
        }
        return member;
    }

    /** The lowest right id of an agent authorised on some rights only; null for everyone else (they list all). */
    @Transactional
    public Long firstScopedRight(Actor actor, long brandId) {
        return BrandMember.active(brandId, actor.subject(), clock.instant())
                .filter(m -> !m.owning() && !m.allRights && !m.rightIds.isEmpty())
                .map(m -> java.util.Collections.min(m.rightIds)).orElse(null);
    }

    /**
     * Whether the actor may answer appeals for the brand on the right: a member now with ANSWER_APPEALS whose scope
     * covers the right (owners and co-owners always). Without a right (an appeal merchant-service recorded before it
     * learnt the right), only a member on every right.
     */
    @Transactional
    public boolean mayAnswerAppeals(Actor actor, long brandId, Long rightId) {
        return BrandMember.active(brandId, actor.subject(), clock.instant())
                .filter(m -> m.may(BrandMember.Action.ANSWER_APPEALS))
                .filter(m -> rightId == null ? m.owning() || m.allRights : m.coversRight(rightId))
                .isPresent();
    }

    /** The actor's role in the brand while the membership counts (not revoked, not past its end); else null. */
    @Transactional
    public BrandMember.Role roleOf(Actor actor, long brandId) {
        return BrandMember.active(brandId, actor.subject(), clock.instant()).map(m -> m.role).orElse(null);
    }

    /** A brand's members in the order they joined (index {@code brand_member_brand}). */
    @Transactional
    public Page<BrandMember> members(Actor actor, long brandId, int limit, Cursor after) {
        readable(actor, brandId);
        List<BrandMember> rows = ofBrand(BrandMember.class, "BrandMember", brandId, after, limit);
        return Page.of(rows, limit, m -> m, m -> Cursor.after(MEMBERS, m.id));
    }

    /** A brand's rights in the order they were added (index {@code ip_right_brand}). */
    @Transactional
    public Page<IpRight> rights(Actor actor, long brandId, int limit, Cursor after) {
        readable(actor, brandId);
        List<IpRight> rows = ofBrand(IpRight.class, "IpRight", brandId, after, limit);
        return Page.of(rows, limit, r -> r, r -> Cursor.after(RIGHTS, r.id));
    }

    /**
     * The first {@code max} verified rights of a brand, by id, to file a complaint on (a brand with more files on
     * those; the choice is a form's, not a list's).
     */
    @Transactional
    public List<IpRight> verifiedRights(Actor actor, long brandId, int max) {
        readable(actor, brandId);
        return readOnly(em.createQuery("select r from IpRight r where r.brandId = :brandId and r.status = :verified order by r.id",
                IpRight.class).setParameter("brandId", brandId).setParameter("verified", IpRight.Status.VERIFIED))
                .setMaxResults(max).getResultList();
    }

    /** One right of a brand the actor may read. */
    @Transactional
    public IpRight right(Actor actor, long brandId, long rightId) {
        readable(actor, brandId);
        IpRight right = IpRight.findById(rightId);
        if (right == null || right.brandId != brandId) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        return right;
    }

    <T> List<T> ofBrand(Class<T> type, String entity, long brandId, Cursor after, int limit) {
        TypedQuery<T> query = em.createQuery("select e from " + entity + " e where e.brandId = :brandId"
                + (after == null ? "" : " and e.id > :after") + " order by e.id", type)
                .setParameter("brandId", brandId);
        if (after != null) {
            query.setParameter("after", after.number(0));
        }
        return readOnly(query).setMaxResults(PageSize.fetch(limit)).getResultList();
    }

    private static <T> TypedQuery<T> readOnly(TypedQuery<T> query) {
        return query.setHint(HibernateHints.HINT_READ_ONLY, true);
    }

    @Transactional
    public IpRight addRight(Actor actor, long brandId, NewRight request, String idempotencyKey) {
        Brand brand = owned(actor, brandId);
        String scope = "right:" + brandId;
        String fingerprint = idempotency.fingerprint(request);
        var earlier = idempotency.earlier(actor.subject(), scope, IdempotencyKey.of(idempotencyKey), fingerprint);
        if (earlier.isPresent()) {
            return IpRight.findById(Long.valueOf(earlier.get()));
        }
        if (brand.status == Brand.Status.SUSPENDED) {
            throw RefusalReason.BRAND_SUSPENDED.raise();
        }
        String number = RegistrationNumbers.check(request.type(), request.office(), request.registrationNumber());
        List<Integer> classes = request.niceClasses() == null ? List.of() : request.niceClasses();
        boolean trademark = request.type() == IpRight.Type.TRADEMARK;
        if (trademark == classes.isEmpty() || classes.stream().anyMatch(c -> c == null || c < 1 || c > 45)) {
            throw RefusalReason.NICE_CLASSES.raise();
        }
        if (request.registeredOn() != null && request.expiresOn() != null && !request.expiresOn().isAfter(request.registeredOn())
                || request.filedOn() != null && request.registeredOn() != null && request.registeredOn().isBefore(request.filedOn())) {
            throw RefusalReason.DATES.raise();
        }
        if (IpRight.count("brandId = ?1 and office = ?2 and registrationNumber = ?3", brandId, request.office(), number) > 0) {
            throw RefusalReason.DUPLICATE_RIGHT.raise();
        }
        IpRight right = new IpRight();
        right.brandId = brandId;
        right.type = request.type();
        right.office = request.office();
        right.registrationNumber = number;
        right.mark = request.mark().strip();
        right.niceClasses = classes.isEmpty() ? null : String.join(",", new TreeSet<>(classes).stream().map(String::valueOf).toList());
        right.ownerName = request.ownerName().strip();
        right.filedOn = request.filedOn();
        right.registeredOn = request.registeredOn();
        right.expiresOn = request.expiresOn();
        right.status = IpRight.Status.UNVERIFIED;
        right.createdAt = clock.instant();
        right.persist();
        idempotency.remember(actor.subject(), scope, IdempotencyKey.of(idempotencyKey), fingerprint, right.id);
        return right;
    }

    /**
     * A brand's authorisations by id, the owner's and an administrator's all of them, an agent's only its own
     * (indexes {@code agent_authorisation_brand}, {@code agent_authorisation_lookup}): one query for the page and one
     * for the rights its rows name.
     */
    @Transactional
    public Page<AuthorisationEntry> authorisations(Actor actor, long brandId, int limit, Cursor after) {
        readable(actor, brandId);
        boolean agent = roleOf(actor, brandId) == BrandMember.Role.AGENT;
        TypedQuery<Object[]> query = em.createQuery("select a.id, a.agentSubject, a.validUntil, a.letterDocumentId"
                + " from AgentAuthorisation a where a.brandId = :brandId"
                + (agent ? " and a.agentSubject = :agent" : "") + (after == null ? "" : " and a.id > :after")
                + " order by a.id", Object[].class)
                .setParameter("brandId", brandId);
        if (agent) {
            query.setParameter("agent", actor.subject());
        }
        if (after != null) {
            query.setParameter("after", after.number(0));
        }
        List<Object[]> rows = query.setMaxResults(PageSize.fetch(limit)).getResultList();
        Map<Long, List<RightRef>> named = new LinkedHashMap<>();
        rows.forEach(r -> named.put((Long) r[0], new java.util.ArrayList<>()));
        if (!named.isEmpty()) {
            em.createQuery("select a.id, i.id, i.office, i.registrationNumber from AgentAuthorisation a join a.rightIds r"
                    + " join IpRight i on i.id = r where a.id in :ids order by i.id", Object[].class)
                    .setParameter("ids", named.keySet())
                    .getResultList()
                    .forEach(r -> named.get((Long) r[0]).add(new RightRef((Long) r[1], (Office) r[2], (String) r[3])));
        }
        return Page.of(rows, limit, r -> new AuthorisationEntry((Long) r[0], (String) r[1], (Instant) r[2], (Long) r[3],
                List.copyOf(named.get((Long) r[0]))), r -> Cursor.after(AGENTS, r[0]));
    }

    /** The owner lets an agent act on some rights until a date; the agent becomes a member of the brand. */
    @Transactional
    public AgentAuthorisation authorise(Actor actor, long brandId, NewAuthorisation request, String idempotencyKey) {
        owned(actor, brandId);
        String scope = "agent:" + brandId;
        String fingerprint = idempotency.fingerprint(request);
        var earlier = idempotency.earlier(actor.subject(), scope, IdempotencyKey.of(idempotencyKey), fingerprint);
        if (earlier.isPresent()) {
            return AgentAuthorisation.findById(Long.valueOf(earlier.get()));
        }
        String agent = request.agentSubject().strip();
        var existing = BrandMember.of(brandId, agent);
        if (existing.isPresent() && existing.get().owning() && existing.get().revokedAt == null) {
            throw RefusalReason.AGENT_IS_OWNER.raise();
        }
        if (!request.validUntil().isAfter(clock.instant())) {
            throw RefusalReason.VALID_UNTIL_PAST.raise();
        }
        if (request.rightIds().isEmpty()
                || IpRight.count("brandId = ?1 and id in ?2", brandId, request.rightIds()) != request.rightIds().size()) {
            throw RefusalReason.RIGHT_NOT_OF_BRAND.raise();
        }
        EvidenceDocument letter = request.letterDocumentId() == null ? null : EvidenceDocument.findById(request.letterDocumentId());
        if (letter == null || !letter.brandId.equals(brandId) || letter.kind != EvidenceDocument.Kind.AUTHORISATION_LETTER) {
            throw RefusalReason.LETTER_MISSING.raise();
        }
        // The membership carries the scope that is checked: an active agent gains the rights and the later end; a
        // new or revoked one gets exactly this authorisation's.
        BrandMember member = existing.orElseGet(() -> {
            BrandMember created = new BrandMember();
            created.brandId = brandId;
            created.subject = agent;
            created.createdAt = clock.instant();
            return created;
        });
        if (member.isPersistent() && member.revokedAt == null && member.role == BrandMember.Role.AGENT) {
            member.rightIds.addAll(request.rightIds());
            if (!member.allRights && member.validUntil != null && member.validUntil.isBefore(request.validUntil())) {
                member.validUntil = request.validUntil();
            }
        } else {
            member.role = BrandMember.Role.AGENT;
            member.allRights = false;
            member.rightIds.clear();
            member.rightIds.addAll(request.rightIds());
            member.actions = BrandMember.encode(java.util.EnumSet.allOf(BrandMember.Action.class));
            member.validUntil = request.validUntil();
            member.revokedAt = null;
            member.revokedBy = null;
            member.persist();
        }
        AgentAuthorisation authorisation = new AgentAuthorisation();
        authorisation.brandId = brandId;
        authorisation.agentSubject = agent;
        authorisation.rightIds.addAll(request.rightIds());
        authorisation.validUntil = request.validUntil();
        authorisation.letterDocumentId = letter.id;
        authorisation.createdBy = actor.subject();
        authorisation.createdAt = clock.instant();
        authorisation.persist();
        accessChanges.changed(brandId);
        idempotency.remember(actor.subject(), scope, IdempotencyKey.of(idempotencyKey), fingerprint, authorisation.id);
        return authorisation;
    }

    /** An administrator suspends a brand, or lifts the suspension (the status is then worked out again). */
    @Transactional
    public Brand suspend(long brandId, boolean suspended) {
        Brand brand = Brand.findById(brandId);
        if (brand == null) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        brand.status = suspended ? Brand.Status.SUSPENDED : BrandStatus.derive(brand.id);
        accessChanges.changed(brandId);
        return brand;
    }
}
