package io.markguard.portal.rest;

import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.markguard.portal.AgentAuthorisation;
import io.markguard.portal.Brand;
import io.markguard.portal.BrandInvitation;
import io.markguard.portal.BrandMember;
import io.markguard.portal.CaseEvent;
import io.markguard.portal.EvidenceDocument;
import io.markguard.portal.IpRight;
import io.markguard.portal.Office;
import io.markguard.portal.VerificationCase;
import io.markguard.portal.service.BrandDirectory;
import io.markguard.portal.service.EvidenceStore;
import io.markguard.portal.service.Invitations;
import io.markguard.portal.service.Memberships;
import io.markguard.portal.service.RefusalReason;
import io.markguard.portal.service.Verifications;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import io.markguard.portal.notify.PortalUsers;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Brands, their rights, agents, evidence and verification cases, for the brands' own members. */
@Path("/api/brands")
@RolesAllowed({ "brand", "admin" })
public class BrandResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    public record NewBrand(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 300) String legalEntity,
            @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166 two-letter country code") String country,
            @NotBlank @Size(max = 253) @Pattern(regexp = "(?i)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}",
                    message = "must be a domain name such as example.com") String websiteDomain) {
    }

    public record BrandView(long id, String name, String legalEntity, String country, String websiteDomain,
            Brand.Status status, Instant createdAt) {
        public static BrandView of(Brand b) {
            return new BrandView(b.id, b.name, b.legalEntity, b.country, b.websiteDomain, b.status, b.createdAt);
        }
    }

    /** A member with its scope; {@code rightIds} is empty when {@code allRights}, {@code validUntil} null for no end. */
    public record MemberView(long id, String subject, BrandMember.Role role, boolean allRights, List<Long> rightIds,
            List<BrandMember.Action> actions, Instant validUntil, Instant revokedAt, Instant since) {
        public static MemberView of(BrandMember m) {
            boolean all = m.owning() || m.allRights;
            return new MemberView(m.id, m.subject, m.role, all, all ? List.of() : m.rightIds.stream().sorted().toList(),
                    m.owning() ? List.of(BrandMember.Action.values()) : m.actionSet().stream().sorted().toList(),
                    m.validUntil, m.revokedAt, m.createdAt);
        }
    }

    /** An agent's scope: {@code allRights} or {@code rightIds}, the actions, and an end ({@code validUntil}, optional). */
    public record ScopeRequest(@NotNull Boolean allRights, Set<@NotNull Long> rightIds,
            @NotEmpty Set<BrandMember.Action> actions, Instant validUntil) {
    }

    public record NewInvitation(
            @NotBlank @Size(max = 254) @jakarta.validation.constraints.Email String email,
            @NotNull BrandMember.Role role,
            Boolean allRights, Set<@NotNull Long> rightIds, Set<BrandMember.Action> actions, Instant validUntil,
            @Pattern(regexp = "en|zh-CN", message = "must be en or zh-CN") String language) {
    }

    public record InvitationView(long id, String email, BrandMember.Role role, boolean allRights, List<Long> rightIds,
            List<BrandMember.Action> actions, Instant validUntil, BrandInvitation.Status status, Instant expiresAt,
            Instant mailedAt, Instant createdAt) {
        public static InvitationView of(BrandInvitation i) {
            return new InvitationView(i.id, i.email, i.role, i.allRights, List.copyOf(i.rightIdSet()),
                    BrandMember.decode(i.actions).stream().sorted().toList(), i.validUntil, i.status, i.expiresAt, i.mailedAt,
                    i.createdAt);
        }
    }

    public record Transfer(@NotNull Long memberId) {
    }

    public record NewRight(
            @NotNull IpRight.Type type,
            @NotNull Office office,
            @NotBlank @Size(max = 32) String registrationNumber,
            @NotBlank @Size(max = 300) String mark,
            List<Integer> niceClasses,
            @NotBlank @Size(max = 300) String ownerName,
            LocalDate filedOn, LocalDate registeredOn, LocalDate expiresOn) {
    }

    public record RightView(long id, IpRight.Type type, Office office, String registrationNumber, String mark,
            List<Integer> niceClasses, String ownerName, LocalDate filedOn, LocalDate registeredOn, LocalDate expiresOn,
            IpRight.Status status, RightSuspension suspension) {
        public static RightView of(IpRight r) {
            return new RightView(r.id, r.type, r.office, r.registrationNumber, r.mark, r.niceClassList(), r.ownerName,
                    r.filedOn, r.registeredOn, r.expiresOn, r.status,
                    r.status == IpRight.Status.SUSPENDED ? new RightSuspension(r.suspensionReason, r.suspensionDetail, r.suspendedAt) : null);
        }
    }

    /** Why a verified right was suspended: the register's verdict (EXPIRED, CANCELLED, OTHER_OWNER) and what it said. */
    public record RightSuspension(String reason, String detail, Instant at) {
    }

    public record NewAuthorisation(
            @NotBlank @Size(max = 64) String agentSubject,
            @NotEmpty Set<@NotNull Long> rightIds,
            @NotNull Instant validUntil,
            @NotNull Long letterDocumentId) {
    }

    public record AuthorisationView(long id, String agentSubject, List<Long> rightIds, Instant validUntil,
            long letterDocumentId) {
        public static AuthorisationView of(BrandDirectory.AuthorisationEntry a) {
            return new AuthorisationView(a.id(), a.agentSubject(), a.rights().stream().map(BrandDirectory.RightRef::id).toList(),
                    a.validUntil(), a.letterDocumentId());
        }

        public static AuthorisationView of(AgentAuthorisation a) {
            return new AuthorisationView(a.id, a.agentSubject, a.rightIds.stream().sorted().toList(), a.validUntil,
                    a.letterDocumentId);
        }
    }

    public record DocumentView(long id, EvidenceDocument.Kind kind, Long caseId, String filename, String contentType,
            long sizeBytes, String sha256, Instant uploadedAt) {
        public static DocumentView of(EvidenceDocument d) {
            return new DocumentView(d.id, d.kind, d.caseId, d.filename, d.contentType, d.sizeBytes, d.sha256, d.uploadedAt);
        }
    }

    public record NewVerification(@NotNull Long rightId, @NotNull VerificationCase.Method method,
            @Size(max = 64) String mailbox) {
    }

    public record CodeEntry(@NotBlank @Size(max = 32) String code) {
    }

    public record Submission(@Size(max = 2000) String note) {
    }

    public record Suspension(@NotNull Boolean suspended) {
    }

    public record EventView(String actor, String action, String reason, Instant at) {
        public static EventView of(CaseEvent e) {
            return new EventView(e.actorName, e.action, e.reason, e.happenedAt);
        }
    }

    public record CaseView(long id, long brandId, long rightId, VerificationCase.Method method,
            VerificationCase.Status status, VerificationCase.ReviewReason reviewReason, String codeSentTo,
            Instant codeExpiresAt, int attempts, int sends, String dnsName, String dnsValue, Instant deadline,
            Instant openedAt, Instant closedAt, List<DocumentView> documents, List<EventView> history) {
        public static CaseView of(Verifications.CaseDetail d) {
            VerificationCase c = d.verification();
            return new CaseView(c.id, c.brandId, c.rightId, c.method, c.status, c.reviewReason, c.codeSentTo,
                    c.codeExpiresAt, c.attempts, c.sends, d.dnsName(), d.dnsValue(), c.deadline, c.openedAt, c.closedAt,
                    d.documents().stream().map(DocumentView::of).toList(), d.events().stream().map(EventView::of).toList());
        }
    }

    public record CaseSummary(long id, long rightId, VerificationCase.Method method, VerificationCase.Status status,
            VerificationCase.ReviewReason reviewReason, Instant deadline, Instant openedAt) {
        public static CaseSummary of(Verifications.CaseLine c) {
            return new CaseSummary(c.id(), c.rightId(), c.method(), c.status(), c.reviewReason(), c.deadline(), c.openedAt());
        }
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    BrandDirectory brands;

    @Inject
    Verifications verifications;

    @Inject
    Memberships memberships;

    @Inject
    Invitations invitations;

    @Inject
    EvidenceStore evidence;

    @Inject
    PortalUsers users;

    /** Lists answer {@code limit} rows (50 unless sent, at most 200) after {@code cursor}, the page before's {@code nextCursor}. */
    public static final int DEFAULT_PAGE = 50;
    public static final int MAX_PAGE = 200;

    /** The caller's brands (every brand for an administrator), by id. */
    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listMyBrands", summary = "The caller's brands (every brand for an administrator), a keyset page at a time")
    public Page<BrandView> mine(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return brands.mine(Callers.of(identity), size(limit), Cursor.read("cursor", cursor, BrandDirectory.BRANDS, 1))
                .map(BrandView::of);
    }

    /** The creator becomes the brand's owner. */
    @POST
    @RolesAllowed("brand")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "registerBrand", summary = "Register a brand; the caller becomes its owner")
    public Response register(@Valid @NotNull NewBrand request, @HeaderParam(IDEMPOTENCY_KEY) String key) {
        // The owner is mailed what is told to the brand's members, at the address their token gives.
        users.seen(identity);
        Brand brand = brands.register(Callers.of(identity),
                new BrandDirectory.NewBrand(request.name(), request.legalEntity(), request.country(), request.websiteDomain()), key);
        return Response.created(URI.create("/api/brands/" + brand.id)).entity(BrandView.of(brand)).build();
    }

    @GET
    @Path("/{brandId}")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getBrand", summary = "One brand with its status and the caller's role in it")
    public BrandView brand(@PathParam("brandId") long brandId) {
        return BrandView.of(brands.readable(Callers.of(identity), brandId));
    }

    /** The brand's members in the order they joined. */
    @GET
    @Path("/{brandId}/members")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listBrandMembers", summary = "The brand's members in the order they joined, a keyset page at a time")
    public Page<MemberView> members(@PathParam("brandId") long brandId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return brands.members(Callers.of(identity), brandId, size(limit),
                Cursor.read("cursor", cursor, BrandDirectory.MEMBERS, 1)).map(MemberView::of);
    }

    /** Revoked at once: the member's next request here is refused, elsewhere once the short authority cache ends. */
    @POST
    @Path("/{brandId}/members/{memberId}/revocation")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "revokeBrandMember", summary = "Revoke a member of the brand at once, here and in every service")
    public MemberView revoke(@PathParam("brandId") long brandId, @PathParam("memberId") long memberId) {
        return MemberView.of(memberships.revoke(Callers.of(identity), brandId, memberId));
    }

    @POST
    @Path("/{brandId}/members/{memberId}/scope")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "rescopeBrandMember", summary = "Change an agent's scope: rights, actions and end")
    public MemberView rescope(@PathParam("brandId") long brandId, @PathParam("memberId") long memberId,
            @Valid @NotNull ScopeRequest scope) {
        return MemberView.of(memberships.rescope(Callers.of(identity), brandId, memberId, new Memberships.Scope(
                scope.allRights(), scope.rightIds() == null ? Set.of() : scope.rightIds(), scope.actions(), scope.validUntil())));
    }

    /** The owner hands the brand to a co-owner and becomes a co-owner; answers the new owner. */
    @POST
    @Path("/{brandId}/ownership")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "transferBrandOwnership", summary = "The owner hands the brand to a co-owner and becomes a co-owner")
    public MemberView transfer(@PathParam("brandId") long brandId, @Valid @NotNull Transfer transfer) {
        return MemberView.of(memberships.transfer(Callers.of(identity), brandId, transfer.memberId()));
    }

    /** Invites an e-mail address as co-owner (owner only) or agent with a scope; the link is mailed after commit. */
    @POST
    @Path("/{brandId}/invitations")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "inviteToBrand", summary = "Invite an e-mail address as co-owner or agent with a scope; the link is mailed")
    public Response invite(@PathParam("brandId") long brandId, @Valid @NotNull NewInvitation request,
            @HeaderParam(IDEMPOTENCY_KEY) String key) {
        BrandInvitation invitation = invitations.invite(Callers.of(identity), brandId, new Invitations.NewInvitation(
                request.email(), request.role(), Boolean.TRUE.equals(request.allRights()),
                request.rightIds() == null ? Set.of() : request.rightIds(),
                request.actions() == null ? Set.of() : request.actions(), request.validUntil(),
                request.language() == null ? "en" : request.language()), key);
        return Response.created(URI.create("/api/brands/" + brandId + "/invitations/" + invitation.id))
                .entity(InvitationView.of(invitation)).build();
    }

    @GET
    @Path("/{brandId}/invitations")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listBrandInvitations", summary = "The brand's invitations, open and past, a keyset page at a time")
    public Page<InvitationView> invitations(@PathParam("brandId") long brandId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return invitations.ofBrand(Callers.of(identity), brandId, size(limit),
                Cursor.read("cursor", cursor, Invitations.INVITATIONS, 1)).map(InvitationView::of);
    }

    @POST
    @Path("/{brandId}/invitations/{invitationId}/withdrawal")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "withdrawBrandInvitation", summary = "Withdraw an invitation that was not accepted yet")
    public InvitationView withdraw(@PathParam("brandId") long brandId, @PathParam("invitationId") long invitationId) {
        return InvitationView.of(invitations.withdraw(Callers.of(identity), brandId, invitationId));
    }

    /** An administrator suspends a brand (it stops counting as verified everywhere) or lifts the suspension. */
    @POST
    @Path("/{brandId}/suspension")
    @RolesAllowed("admin")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "suspendBrand", summary = "For administrators: suspend a brand, or lift its suspension, with a reason")
    public BrandView suspend(@PathParam("brandId") long brandId, @Valid @NotNull Suspension request) {
        return BrandView.of(brands.suspend(brandId, request.suspended()));
    }

    /** The brand's rights in the order they were added. */
    @GET
    @Path("/{brandId}/rights")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listBrandRights", summary = "The brand's IP rights in the order they were added, a keyset page at a time")
    public Page<RightView> rights(@PathParam("brandId") long brandId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return brands.rights(Callers.of(identity), brandId, size(limit),
                Cursor.read("cursor", cursor, BrandDirectory.RIGHTS, 1)).map(RightView::of);
    }

    @GET
    @Path("/{brandId}/rights/{rightId}")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getBrandRight", summary = "One IP right of the brand with its verification state")
    public RightView right(@PathParam("brandId") long brandId, @PathParam("rightId") long rightId) {
        return RightView.of(brands.right(Callers.of(identity), brandId, rightId));
    }

    @POST
    @Path("/{brandId}/rights")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "addBrandRight", summary = "Add an IP right (a trademark, design, patent or copyright registration) to the brand")
    public Response addRight(@PathParam("brandId") long brandId, @Valid @NotNull NewRight request,
            @HeaderParam(IDEMPOTENCY_KEY) String key) {
        IpRight right = brands.addRight(Callers.of(identity), brandId, new BrandDirectory.NewRight(request.type(),
                request.office(), request.registrationNumber(), request.mark(), request.niceClasses(), request.ownerName(),
                request.filedOn(), request.registeredOn(), request.expiresOn()), key);
        return Response.created(URI.create("/api/brands/" + brandId + "/rights/" + right.id)).entity(RightView.of(right)).build();
    }

    /** The brand's authorisations by id; an agent sees only its own. */
    @GET
    @Path("/{brandId}/agents")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listBrandAgents", summary = "The brand's authorisations of agents; an agent sees only its own")
    public Page<AuthorisationView> agents(@PathParam("brandId") long brandId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return brands.authorisations(Callers.of(identity), brandId, size(limit),
                Cursor.read("cursor", cursor, BrandDirectory.AGENTS, 1)).map(AuthorisationView::of);
    }

    @POST
    @Path("/{brandId}/agents")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "authoriseAgent", summary = "Authorise an agent on some of the brand's rights until a date, with a letter of authorisation")
    public Response authorise(@PathParam("brandId") long brandId, @Valid @NotNull NewAuthorisation request,
            @HeaderParam(IDEMPOTENCY_KEY) String key) {
        AgentAuthorisation authorisation = brands.authorise(Callers.of(identity), brandId, new BrandDirectory.NewAuthorisation(
                request.agentSubject(), request.rightIds(), request.validUntil(), request.letterDocumentId()), key);
        return Response.created(URI.create("/api/brands/" + brandId + "/agents/" + authorisation.id))
                .entity(AuthorisationView.of(authorisation)).build();
    }

    /**
     * The file is the request body (PDF, PNG or JPEG, checked on its content, whatever the declared type);
     * {@code kind}, {@code caseId} (for a case's evidence) and {@code filename} are query parameters.
     */
    @POST
    @Path("/{brandId}/documents")
    @Consumes(MediaType.WILDCARD)
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "uploadBrandDocument", summary = "Upload a document (certificate or letter of authorisation) as the raw body: PDF, PNG or JPEG")
    public Response upload(@PathParam("brandId") long brandId, @QueryParam("kind") String kind,
            @QueryParam("caseId") Long caseId, @QueryParam("filename") String filename, InputStream file,
            @HeaderParam(IDEMPOTENCY_KEY) String key) {
        EvidenceDocument document = evidence.upload(Callers.of(identity), brandId,
                new EvidenceStore.Upload(kindOf(kind), caseId, filename, file), key);
        return Response.created(URI.create("/api/brands/" + brandId + "/documents/" + document.id))
                .entity(DocumentView.of(document)).build();
    }

    /** The brand's verification cases, newest first. */
    @GET
    @Path("/{brandId}/cases")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listVerificationCases", summary = "The brand's verification cases, newest first")
    public Page<CaseSummary> cases(@PathParam("brandId") long brandId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return verifications.cases(Callers.of(identity), brandId, size(limit),
                Cursor.read("cursor", cursor, Verifications.CASES, 1)).map(CaseSummary::of);
    }

    @POST
    @Path("/{brandId}/cases")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "startVerificationCase", summary = "Start verifying a right: by register lookup, domain e-mail code, DNS record or documents")
    public Response start(@PathParam("brandId") long brandId, @Valid @NotNull NewVerification request,
            @HeaderParam(IDEMPOTENCY_KEY) String key) {
        var actor = Callers.of(identity);
        VerificationCase verification = verifications.start(actor, brandId,
                new Verifications.Start(request.rightId(), request.method(), request.mailbox()), key);
        return Response.created(URI.create("/api/brands/" + brandId + "/cases/" + verification.id))
                .entity(CaseView.of(verifications.detail(actor, brandId, verification.id))).build();
    }

    @GET
    @Path("/{brandId}/cases/{caseId}")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getVerificationCase", summary = "One verification case with its history")
    public CaseView verification(@PathParam("brandId") long brandId, @PathParam("caseId") long caseId) {
        return CaseView.of(verifications.detail(Callers.of(identity), brandId, caseId));
    }

    @POST
    @Path("/{brandId}/cases/{caseId}/code")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "enterVerificationCode", summary = "Enter the code mailed to the brand's domain mailbox")
    public CaseView enterCode(@PathParam("brandId") long brandId, @PathParam("caseId") long caseId,
            @Valid @NotNull CodeEntry entry) {
        var actor = Callers.of(identity);
        Verifications.CodeOutcome outcome = verifications.enterCode(actor, brandId, caseId, entry.code());
        if (outcome.refusal() != null) {
            throw outcome.refusal() == RefusalReason.CODE_WRONG
                    ? RefusalReason.CODE_WRONG.raise("The code is wrong; " + outcome.attemptsLeft() + " attempts left.")
                    : outcome.refusal().raise();
        }
        return CaseView.of(verifications.detail(actor, brandId, caseId));
    }

    @POST
    @Path("/{brandId}/cases/{caseId}/resend")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "resendVerificationCode", summary = "Send the verification code again")
    public CaseView resend(@PathParam("brandId") long brandId, @PathParam("caseId") long caseId) {
        var actor = Callers.of(identity);
        verifications.resend(actor, brandId, caseId);
        return CaseView.of(verifications.detail(actor, brandId, caseId));
    }

    @POST
    @Path("/{brandId}/cases/{caseId}/dns-check")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "checkVerificationDns", summary = "Check the DNS TXT record that proves control of the brand's domain")
    public CaseView checkDns(@PathParam("brandId") long brandId, @PathParam("caseId") long caseId) {
        var actor = Callers.of(identity);
        verifications.checkDns(actor, brandId, caseId);
        return CaseView.of(verifications.detail(actor, brandId, caseId));
    }

    @POST
    @Path("/{brandId}/cases/{caseId}/submission")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "submitVerificationCase", summary = "Submit a documents case to a reviewer")
    public CaseView submit(@PathParam("brandId") long brandId, @PathParam("caseId") long caseId, @Valid Submission submission) {
        var actor = Callers.of(identity);
        verifications.submit(actor, brandId, caseId, submission == null ? null : submission.note());
        return CaseView.of(verifications.detail(actor, brandId, caseId));
    }

    private static int size(Integer limit) {
        return PageSize.of(limit, DEFAULT_PAGE, MAX_PAGE);
    }

    private static EvidenceDocument.Kind kindOf(String kind) {
        try {
            return kind == null ? null : EvidenceDocument.Kind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            throw RefusalReason.DOCUMENT_KIND.raise("Unknown document kind: " + kind);
        }
    }
}
