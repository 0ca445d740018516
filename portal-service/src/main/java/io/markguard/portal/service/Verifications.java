package io.markguard.portal.service;

import io.markguard.platform.idempotency.Idempotency;
import io.markguard.platform.idempotency.IdempotencyKey;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.markguard.portal.Brand;
import io.markguard.portal.BrandMember;
import io.markguard.portal.CaseEvent;
import io.markguard.portal.EvidenceDocument;
import io.markguard.portal.IpRight;
import io.markguard.portal.Office;
import io.markguard.portal.VerificationCase;
import io.markguard.portal.config.PortalConfig;
import io.markguard.portal.dns.DnsTxtResolver;
import io.markguard.portal.registry.RegisterEntry;
import io.markguard.portal.registry.TrademarkRegistries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Verification cases: a code mailed to the register's correspondent, a code mailed to the brand's
 * domain, a DNS TXT token, or documents for a reviewer. The automatic methods verify only what the
 * register bears out (ARCHITECTURE.md, "Verify a brand"): a live registration of the brand's legal
 * entity, proven through the register's correspondent or a domain the register ties to the owner.
 * Anything a machine cannot settle — another owner, a domain of the brand's own choosing, a
 * registration another brand claims — goes to a reviewer.
 */
@ApplicationScoped
public class Verifications {

    public record Start(Long rightId, VerificationCase.Method method, String mailbox) {
    }

    /** What entering a code did; anything but VERIFIED or IN_REVIEW changed no brand or right. */
    public record CodeOutcome(RefusalReason refusal, VerificationCase verification, int attemptsLeft) {
    }

    public record CaseDetail(VerificationCase verification, IpRight right, List<CaseEvent> events,
            List<EvidenceDocument> documents, String dnsName, String dnsValue) {
    }

    private static final Pattern MAILBOX = Pattern.compile("[a-z0-9][a-z0-9._+-]{0,63}");

    @Inject
    EntityManager em;

    @Inject
    PortalDecisionLog decisionLog;

    @Inject
    Idempotency idempotency;

    @Inject
    PortalConfig config;

    @Inject
    BrandDirectory brands;

    @Inject
    TrademarkRegistries registries;

    @Inject
    VerificationCodes codes;

    @Inject
    VerificationMail mail;

    @Inject
    DnsTxtResolver dns;

    @Inject
    CaseTrail trail;

    @Inject
    Clock clock;

    @Transactional
    public VerificationCase start(Actor actor, long brandId, Start request, String idempotencyKey) {
        Brand brand = brands.readable(actor, brandId);
        String scope = "case:" + brandId;
        String fingerprint = idempotency.fingerprint(request);
        var earlier = idempotency.earlier(actor.subject(), scope, IdempotencyKey.of(idempotencyKey), fingerprint);
        if (earlier.isPresent()) {
            return VerificationCase.findById(Long.valueOf(earlier.get()));
        }
        IpRight right = request.rightId() == null ? null : IpRight.findById(request.rightId());
        if (right == null || !right.brandId.equals(brandId)) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        mayActOn(actor, brandId, right);
        if (brand.status == Brand.Status.SUSPENDED) {
            throw RefusalReason.BRAND_SUSPENDED.raise();
        }
        if (right.status == IpRight.Status.VERIFIED) {
            throw RefusalReason.RIGHT_ALREADY_VERIFIED.raise();
        }
        String domainAddress = null;
        if (request.method() == VerificationCase.Method.DOMAIN_EMAIL) {
            if (request.mailbox() == null || request.mailbox().isBlank()) {
                throw RefusalReason.METHOD_NEEDS_MAILBOX.raise();
            }
            String mailbox = request.mailbox().strip().toLowerCase(java.util.Locale.ROOT);
            if (!MAILBOX.matcher(mailbox).matches()) {
                throw RefusalReason.MAILBOX.raise();
            }
            domainAddress = mailbox + "@" + brand.websiteDomain;
        }
        Optional<RegisterEntry> entry = registries.find(right.office, right.registrationNumber);
        boolean automatic = request.method() != VerificationCase.Method.DOCUMENTS;
        RegisterStanding.Finding onRegister = RegisterStanding.forVerification(entry, today(), brand.legalEntity);
        if (automatic) {
            refuseIfNotLive(onRegister);
        }
        if (request.method() == VerificationCase.Method.REGISTER_CODE && entry.get().correspondentEmail() == null) {
            throw RefusalReason.NOT_ON_REGISTER.raise("The register names no correspondent for this registration to mail a code to.");
        }
        for (VerificationCase open : VerificationCase.openFor(right.id)) {
            if (open.status == VerificationCase.Status.IN_REVIEW || open.status == VerificationCase.Status.MORE_EVIDENCE) {
                throw RefusalReason.CASE_ALREADY_IN_REVIEW.raise();
            }
            open.status = VerificationCase.Status.WITHDRAWN;
            open.closedAt = clock.instant();
            trail.record(open, actor, "WITHDRAWN", "Replaced by a new " + request.method() + " case.");
        }

        VerificationCase verification = new VerificationCase();
        verification.brandId = brandId;
        verification.rightId = right.id;
        verification.method = request.method();
        verification.openedBy = actor.subject();
        verification.openedAt = clock.instant();
        verification.status = VerificationCase.Status.AWAITING_DOCUMENTS;
        verification.persist();
        trail.record(verification, actor, "OPENED", request.method().name());
        right.status = IpRight.Status.PENDING;

        if (!flagConflicts(verification, right)) {
            if (automatic && onRegister.verdict() == RegisterStanding.Verdict.OTHER_OWNER) {
                toReview(verification, VerificationCase.ReviewReason.OWNER_MISMATCH,
                        "The owner on the register, \"" + onRegister.detail() + "\", does not match the brand's legal entity, \""
                                + brand.legalEntity + "\".");
            } else {
                if (verification.domainMethod() && !tiedToOwner(entry.get(), brand)) {
                    trail.record(verification, Actor.SYSTEM, "DOMAIN_NOT_ON_REGISTER", "The register does not tie "
                            + brand.websiteDomain + " to " + entry.get().owner() + ": proving control of it sends the case to a reviewer.");
                }
                switch (request.method()) {
                    case REGISTER_CODE -> sendCode(verification, brand, right, entry.get().correspondentEmail());
                    case DOMAIN_EMAIL -> sendCode(verification, brand, right, domainAddress);
                    case DOMAIN_DNS -> {
                        verification.status = VerificationCase.Status.AWAITING_DNS;
                        verification.dnsToken = codes.newToken();
                    }
                    case DOCUMENTS -> verification.status = VerificationCase.Status.AWAITING_DOCUMENTS;
                }
            }
        }
        BrandStatus.refresh(brand);
        idempotency.remember(actor.subject(), scope, IdempotencyKey.of(idempotencyKey), fingerprint, verification.id);
        return verification;
    }

    @Transactional
    public CaseDetail detail(Actor actor, long brandId, long caseId) {
        brands.readable(actor, brandId);
        return detailOf(caseOf(brandId, caseId));
    }

    /** The case as anyone entitled to it sees it; the reviewer's page uses it too. */
    @Transactional
    public CaseDetail detailOf(VerificationCase verification) {
        IpRight right = IpRight.findById(verification.rightId);
        String dnsName = null;
        String dnsValue = null;
        if (verification.dnsToken != null) {
            Brand brand = Brand.findById(verification.brandId);
            dnsName = dnsName(brand);
            dnsValue = config.verification().dnsValuePrefix() + verification.dnsToken;
        }
        return new CaseDetail(verification, right, CaseEvent.ofCase(verification.id),
                EvidenceDocument.ofCase(verification.id), dnsName, dnsValue);
    }

    /** A case as a brand's list of cases shows it, with the right it verifies. */
    public record CaseLine(long id, long rightId, Office office, String registrationNumber, VerificationCase.Method method,
            VerificationCase.Status status, VerificationCase.ReviewReason reviewReason, Instant deadline, Instant openedAt) {
    }

    public static final String CASES = "cases";

    /** A brand's cases, newest first, in one query with their rights (index {@code verification_case_brand}). */
    @Transactional
    public Page<CaseLine> cases(Actor actor, long brandId, int limit, Cursor after) {
        brands.readable(actor, brandId);
        TypedQuery<CaseLine> query = em.createQuery("select new " + CaseLine.class.getName()
                + "(c.id, c.rightId, r.office, r.registrationNumber, c.method, c.status, c.reviewReason, c.deadline, c.openedAt)"
                + " from VerificationCase c join IpRight r on r.id = c.rightId where c.brandId = :brandId"
                + (after == null ? "" : " and c.id < :before") + " order by c.id desc", CaseLine.class)
                .setParameter("brandId", brandId);
        if (after != null) {
            query.setParameter("before", after.number(0));
        }
        List<CaseLine> rows = query.setMaxResults(PageSize.fetch(limit)).getResultList();
        return Page.of(rows, limit, c -> c, c -> Cursor.after(CASES, c.id()));
    }

    /**
     * Checks a code. A wrong code counts an attempt and is committed as such (so the limit holds), but
     * changes nothing else; the caller turns a refusal into an error.
     */
    @Transactional
    public CodeOutcome enterCode(Actor actor, long brandId, long caseId, String code) {
        brands.readable(actor, brandId);
        VerificationCase verification = caseOf(brandId, caseId);
        IpRight right = IpRight.findById(verification.rightId);
        mayActOn(actor, brandId, right);
        int max = config.verification().maxAttempts();
        if (verification.codeUsedAt != null) {
            return new CodeOutcome(RefusalReason.CODE_USED, verification, 0);
        }
        if (verification.status != VerificationCase.Status.AWAITING_CODE) {
            return new CodeOutcome(RefusalReason.CASE_NOT_AWAITING_CODE, verification, 0);
        }
        if (verification.attempts >= max) {
            return new CodeOutcome(RefusalReason.ATTEMPTS_EXHAUSTED, verification, 0);
        }
        if (!clock.instant().isBefore(verification.codeExpiresAt)) {
            return new CodeOutcome(RefusalReason.CODE_EXPIRED, verification, max - verification.attempts);
        }
        if (!codes.matches(verification.id, code, verification.codeHash)) {
            verification.attempts++;
            trail.record(verification, actor, "CODE_WRONG", null);
            return new CodeOutcome(RefusalReason.CODE_WRONG, verification, max - verification.attempts);
        }
        verification.codeUsedAt = clock.instant();
        verification.codeHash = null;
        trail.record(verification, actor, "CODE_ACCEPTED", "Control of " + verification.codeSentTo + " proven.");
        proven(verification, right, actor);
        return new CodeOutcome(null, verification, max - verification.attempts);
    }

    @Transactional
    public VerificationCase resend(Actor actor, long brandId, long caseId) {
        Brand brand = brands.readable(actor, brandId);
        VerificationCase verification = caseOf(brandId, caseId);
        IpRight right = IpRight.findById(verification.rightId);
        mayActOn(actor, brandId, right);
        if (verification.status != VerificationCase.Status.AWAITING_CODE) {
            throw RefusalReason.CASE_NOT_AWAITING_CODE.raise();
        }
        if (verification.sends >= config.verification().maxSends()) {
            throw RefusalReason.SENDS_EXHAUSTED.raise();
        }
        sendCode(verification, brand, right, verification.codeSentTo);
        return verification;
    }

    @Transactional
    public VerificationCase checkDns(Actor actor, long brandId, long caseId) {
        Brand brand = brands.readable(actor, brandId);
        VerificationCase verification = caseOf(brandId, caseId);
        IpRight right = IpRight.findById(verification.rightId);
        mayActOn(actor, brandId, right);
        if (verification.status != VerificationCase.Status.AWAITING_DNS) {
            throw RefusalReason.CASE_NOT_AWAITING_DNS.raise();
        }
        String expected = config.verification().dnsValuePrefix() + verification.dnsToken;
        String name = dnsName(brand);
        if (dns.txt(name).stream().map(String::strip).noneMatch(expected::equals)) {
            throw RefusalReason.DNS_TOKEN_MISSING.raise("No TXT record \"" + expected + "\" at " + name + ".");
        }
        trail.record(verification, actor, "DNS_TOKEN_FOUND", "TXT record found at " + name + ".");
        proven(verification, right, actor);
        return verification;
    }

    /** The brand hands its documents to a reviewer, first or again after being asked for more. */
    @Transactional
    public VerificationCase submit(Actor actor, long brandId, long caseId, String note) {
        Brand brand = brands.readable(actor, brandId);
        VerificationCase verification = caseOf(brandId, caseId);
        mayActOn(actor, brandId, IpRight.findById(verification.rightId));
        if (verification.status == VerificationCase.Status.AWAITING_DOCUMENTS) {
            if (EvidenceDocument.count("caseId = ?1 and kind = ?2", verification.id, EvidenceDocument.Kind.CERTIFICATE) == 0) {
                throw RefusalReason.CERTIFICATE_MISSING.raise();
            }
            trail.record(verification, actor, "SUBMITTED", note);
            toReview(verification, VerificationCase.ReviewReason.DOCUMENTS, null);
        } else if (verification.status == VerificationCase.Status.MORE_EVIDENCE) {
            trail.record(verification, actor, "SUBMITTED", note);
            toReview(verification, verification.reviewReason, null);
        } else {
            throw RefusalReason.CASE_NOT_AWAITING_EVIDENCE.raise();
        }
        BrandStatus.refresh(brand);
        return verification;
    }

    /**
     * Control was proven. The right is verified only if the register bears it out at this moment: still live, still
     * the brand's, the code sent to the register's correspondent or the domain one the register ties to the owner;
     * and no other brand claims the registration. Otherwise the proof goes to a reviewer as evidence.
     */
    private void proven(VerificationCase verification, IpRight right, Actor actor) {
        Brand brand = Brand.findById(verification.brandId);
        if (!flagConflicts(verification, right)) {
            Optional<RegisterEntry> entry = registries.find(right.office, right.registrationNumber);
            RegisterStanding.Finding onRegister = RegisterStanding.forVerification(entry, today(), brand.legalEntity);
            if (onRegister.verdict() == RegisterStanding.Verdict.OTHER_OWNER) {
                toReview(verification, VerificationCase.ReviewReason.OWNER_MISMATCH, "The owner on the register is now \""
                        + onRegister.detail() + "\", not the brand's legal entity, \"" + brand.legalEntity + "\".");
            } else if (!onRegister.live()) {
                toReview(verification, VerificationCase.ReviewReason.REGISTER_CHANGED, "The register now says "
                        + onRegister.verdict() + (onRegister.detail() == null ? "" : " (" + onRegister.detail() + ")") + ".");
            } else if (verification.method == VerificationCase.Method.REGISTER_CODE
                    && !verification.codeSentTo.equalsIgnoreCase(entry.get().correspondentEmail())) {
                toReview(verification, VerificationCase.ReviewReason.REGISTER_CHANGED, "The register's correspondent is now "
                        + entry.get().correspondentEmail() + ", not " + verification.codeSentTo + ".");
            } else if (verification.domainMethod() && !tiedToOwner(entry.get(), brand)) {
                toReview(verification, VerificationCase.ReviewReason.DOMAIN_NOT_ON_REGISTER, "Control of "
                        + brand.websiteDomain + " is proven, but the register does not tie that domain to "
                        + entry.get().owner() + ".");
            } else {
                verification.status = VerificationCase.Status.VERIFIED;
                verification.closedAt = clock.instant();
                right.verified(entry.get().owner(), contactOf(verification, entry.get()), clock.instant(),
                        clock.instant().plus(config.registerRecheck().interval()));
                trail.record(verification, Actor.SYSTEM, "VERIFIED", null);
                decisionLog.caseDecided(verification, clock.instant());
            }
        }
        BrandStatus.refresh(brand);
    }

    /** Where the brand is told if the register later stops bearing the right out: the address it proved, else the register's. */
    static String contactOf(VerificationCase verification, RegisterEntry entry) {
        if (verification.codeSentTo != null) {
            return verification.codeSentTo;
        }
        return entry == null ? null : entry.correspondentEmail();
    }

    private boolean tiedToOwner(RegisterEntry entry, Brand brand) {
        return RegisterStanding.ties(entry, brand.websiteDomain, config.verification().sharedMailDomains());
    }

    /** Automatic methods only for a registration live on the register: off it, cancelled or expired, a reviewer decides. */
    private static void refuseIfNotLive(RegisterStanding.Finding onRegister) {
        switch (onRegister.verdict()) {
            case NOT_ON_REGISTER -> throw RefusalReason.NOT_ON_REGISTER.raise();
            case CANCELLED -> throw RefusalReason.NOT_ON_REGISTER.raise(
                    "The registration is " + onRegister.detail() + " on the register; only a reviewer can verify it, on documents.");
            case EXPIRED -> throw RefusalReason.NOT_ON_REGISTER.raise(
                    "The registration expired on " + onRegister.detail() + " according to the register; only a reviewer can verify it, on documents.");
            default -> {
            }
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Two brands claiming one registration both go to a reviewer; neither is verified automatically. */
    private boolean flagConflicts(VerificationCase verification, IpRight right) {
        List<IpRight> others = IpRight.claimedElsewhere(right);
        if (others.isEmpty()) {
            return false;
        }
        toReview(verification, VerificationCase.ReviewReason.CONFLICT,
                "Also claimed by brand " + others.stream().map(o -> "#" + o.brandId).distinct().toList() + ".");
        for (IpRight other : others) {
            List<VerificationCase> open = VerificationCase.openFor(other.id);
            VerificationCase flagged = open.isEmpty() ? null : open.get(0);
            if (flagged == null) {
                flagged = new VerificationCase();
                flagged.brandId = other.brandId;
                flagged.rightId = other.id;
                flagged.method = VerificationCase.Method.DOCUMENTS;
                flagged.openedBy = Actor.SYSTEM.subject();
                flagged.openedAt = clock.instant();
                flagged.status = VerificationCase.Status.AWAITING_DOCUMENTS;
                flagged.persist();
                trail.record(flagged, Actor.SYSTEM, "OPENED", "CONFLICT");
            }
            if (flagged.status != VerificationCase.Status.IN_REVIEW) {
                flagged.codeHash = null;
                toReview(flagged, VerificationCase.ReviewReason.CONFLICT,
                        "Also claimed by brand #" + right.brandId + ".");
            }
            if (other.status != IpRight.Status.VERIFIED) {
                other.status = IpRight.Status.PENDING;
            }
            BrandStatus.refresh(Brand.findById(other.brandId));
        }
        return true;
    }

    private void toReview(VerificationCase verification, VerificationCase.ReviewReason reason, String why) {
        verification.status = VerificationCase.Status.IN_REVIEW;
        verification.reviewReason = reason;
        verification.deadline = WorkingDays.after(clock.instant(), config.review().workingDays(), config.review().zone());
        verification.claimedBy = null;
        verification.claimedByName = null;
        verification.claimedAt = null;
        trail.record(verification, Actor.SYSTEM, "TO_REVIEW", why == null ? reason.name() : reason.name() + ": " + why);
    }

    private void sendCode(VerificationCase verification, Brand brand, IpRight right, String address) {
        String code = codes.newCode();
        verification.status = VerificationCase.Status.AWAITING_CODE;
        verification.codeHash = codes.hash(verification.id, code);
        verification.codeSentTo = address;
        verification.codeExpiresAt = clock.instant().plus(config.verification().codeTtl());
        verification.attempts = 0;
        verification.sends++;
        trail.record(verification, Actor.SYSTEM, "CODE_SENT", "To " + address + ".");
        mail.sendCode(address, brand.name, right, code, verification.codeExpiresAt);
    }

    private String dnsName(Brand brand) {
        return config.verification().dnsLabel() + "." + brand.websiteDomain;
    }

    /** Owners act on every right; an agent only on the rights an unexpired authorisation names. */
    /** Owners and co-owners verify any right of the brand; an agent those its membership covers, while it lasts. */
    private void mayActOn(Actor actor, long brandId, IpRight right) {
        BrandMember member = BrandMember.active(brandId, actor.subject(), clock.instant())
                .orElseThrow(RefusalReason.NOT_FOUND::raise);
        if (!member.owning() && !member.coversRight(right.id)) {
            throw RefusalReason.NOT_AUTHORISED_FOR_RIGHT.raise();
        }
    }

    private static VerificationCase caseOf(long brandId, long caseId) {
        VerificationCase verification = VerificationCase.findById(caseId);
        if (verification == null || !verification.brandId.equals(brandId)) {
            throw RefusalReason.NOT_FOUND.raise();
        }
        return verification;
    }
}
