package io.markguard.portal.service;

import io.markguard.platform.idempotency.Idempotency;
import io.markguard.platform.idempotency.IdempotencyKey;
import io.markguard.portal.AgentAuthorisation;
import io.markguard.portal.Brand;
import io.markguard.portal.BrandMember;
import io.markguard.portal.EvidenceDocument;
import io.markguard.portal.IpRight;
import io.markguard.portal.Office;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

    @Transactional
    public List<Brand> mine(Actor actor) {
        return actor.admin() ? Brand.listAll(io.quarkus.panache.common.Sort.by("id")) : Brand.ofMember(actor.subject());
    }

    /** The brand if the actor is a member or an administrator; otherwise it does not exist for them. */
    @Transactional
    public Brand readable(Actor actor, long brandId) {
        Brand brand = Brand.findById(brandId);
        if (brand == null || (!actor.admin() && BrandMember.of(brandId, actor.subject()).isEmpty())) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        return brand;
    }

    /** The brand if the actor owns it; a member who is only an agent is told so, anyone else sees nothing. */
    @Transactional
    public Brand owned(Actor actor, long brandId) {
        Brand brand = Brand.findById(brandId);
        if (brand == null) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        var member = BrandMember.of(brandId, actor.subject());
        if (member.isEmpty()) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        if (member.get().role != BrandMember.Role.OWNER) {
            throw RefusalReason.OWNER_ONLY.raise();
        }
        return brand;
    }

    @Transactional
    public BrandMember.Role roleOf(Actor actor, long brandId) {
        return BrandMember.of(brandId, actor.subject()).map(m -> m.role).orElse(null);
    }

    @Transactional
    public List<BrandMember> members(Actor actor, long brandId) {
        readable(actor, brandId);
        return BrandMember.list("brandId = ?1 order by id", brandId);
    }

    @Transactional
    public List<IpRight> rights(Actor actor, long brandId) {
        readable(actor, brandId);
        return IpRight.ofBrand(brandId);
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

    @Transactional
    public List<AgentAuthorisation> authorisations(Actor actor, long brandId) {
        readable(actor, brandId);
        BrandMember.Role role = roleOf(actor, brandId);
        if (role == BrandMember.Role.AGENT) {
            return AgentAuthorisation.list("brandId = ?1 and agentSubject = ?2 order by id", brandId, actor.subject());
        }
        return AgentAuthorisation.ofBrand(brandId);
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
        if (existing.isPresent() && existing.get().role == BrandMember.Role.OWNER) {
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
        if (existing.isEmpty()) {
            BrandMember member = new BrandMember();
            member.brandId = brandId;
            member.subject = agent;
            member.role = BrandMember.Role.AGENT;
            member.createdAt = clock.instant();
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
        return brand;
    }
}
