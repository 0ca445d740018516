package io.markguard.portal.rest;

import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.paging.PageSize;
import io.markguard.portal.VerificationCase;
import io.markguard.portal.service.EvidenceStore;
import io.markguard.portal.service.ReviewQueue;
import io.markguard.portal.service.Verifications;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/** The reviewers' verification queue. */
@Path("/api/review/cases")
@RolesAllowed("reviewer")
public class ReviewResource {

    public record QueueEntry(long id, long brandId, String brandName, String legalEntity, long rightId, String office,
            String registrationNumber, VerificationCase.Method method, VerificationCase.ReviewReason reviewReason,
            Instant deadline, String claimedBy) {
        static QueueEntry of(ReviewQueue.QueueLine q) {
            return new QueueEntry(q.id(), q.brandId(), q.brandName(), q.legalEntity(), q.rightId(), q.office().name(),
                    q.registrationNumber(), q.method(), q.reviewReason(), q.deadline(), q.claimedByName());
        }
    }

    public record Decision(@NotNull ReviewQueue.Outcome outcome, @NotBlank @Size(max = 2000) String reason) {
    }

    public record ReviewCase(BrandResource.BrandView brand, BrandResource.RightView right, BrandResource.CaseView verification,
            String claimedBy) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    ReviewQueue queue;

    @Inject
    Verifications verifications;

    @Inject
    EvidenceStore evidence;

    /** Earliest deadline first; {@code limit} 1 to 200 (50 unless sent), {@code cursor} the page before's {@code nextCursor}. */
    @GET
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listVerificationReviews", summary = "For reviewers: verification cases waiting for a decision, earliest deadline first")
    public Page<QueueEntry> queue(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return queue.queue(PageSize.of(limit, BrandResource.DEFAULT_PAGE, BrandResource.MAX_PAGE),
                Cursor.read("cursor", cursor, ReviewQueue.QUEUE, 2)).map(QueueEntry::of);
    }

    @GET
    @Path("/{caseId}")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getVerificationReview", summary = "For reviewers: one case with its right, documents and the register's word")
    public ReviewCase get(@PathParam("caseId") long caseId) {
        ReviewQueue.QueuedCase q = queue.get(caseId);
        return new ReviewCase(BrandResource.BrandView.of(q.brand()), BrandResource.RightView.of(q.right()),
                BrandResource.CaseView.of(verifications.detailOf(q.verification())), q.verification().claimedByName);
    }

    @POST
    @Path("/{caseId}/claim")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "claimVerificationReview", summary = "For reviewers: claim a case before deciding it")
    public ReviewCase claim(@PathParam("caseId") long caseId) {
        queue.claim(Callers.of(identity), caseId);
        return get(caseId);
    }

    @POST
    @Path("/{caseId}/decision")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "decideVerificationReview", summary = "For reviewers: approve or refuse a verification case, or ask for more evidence, with a reason")
    public ReviewCase decide(@PathParam("caseId") long caseId, @Valid @NotNull Decision decision) {
        queue.decide(Callers.of(identity), caseId, decision.outcome(), decision.reason());
        return get(caseId);
    }

    /** A piece of evidence, as uploaded, with the type detected at upload. */
    @GET
    @Path("/documents/{documentId}")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getReviewDocument", summary = "For reviewers: a document of a case, as uploaded, with its detected type")
    public Response document(@PathParam("documentId") long documentId) {
        EvidenceStore.Download download = evidence.download(documentId);
        return Response.ok(download.content(), download.document().contentType)
                .header("Content-Disposition", "attachment; filename=\"document-" + documentId + "\"")
                .header("X-Content-SHA256", download.document().sha256)
                .build();
    }
}
