package io.markguard.merchant.rest;

import io.markguard.merchant.Appeal;
import io.markguard.merchant.AppealReason;
import io.markguard.merchant.AppealStatus;
import io.markguard.merchant.Evidence;
import io.markguard.merchant.service.Actor;
import io.markguard.merchant.service.AppealService;
import io.markguard.merchant.service.BrandAccess;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.problem.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/appeals")
public class AppealResource {

    /** The most evidence links an answer carries. */
    public static final int MAX_EVIDENCE_URLS = 10;

    /** The brand's answer and, optionally, links to its evidence (http or https, each at most 2000 characters). */
    public record BrandAnswer(@NotBlank @Size(max = 5000) String answer,
            @Size(max = MAX_EVIDENCE_URLS) List<@NotBlank @Size(max = 2000) @Pattern(regexp = "(?i)https?://[^\\s]+",
                    message = "must be an http or https address") String> evidenceUrls) {

        List<String> urls() {
            return evidenceUrls == null ? List.of() : evidenceUrls.stream().map(String::strip).toList();
        }
    }

    /** {@code reasonCode} one of {@link AppealReason} fitting the outcome; OTHER when absent. */
    public record DecisionRequest(@NotNull AppealService.Outcome outcome, AppealReason reasonCode,
            @NotBlank @Size(max = 5000) String reason) {
    }

    @Inject
    Caller caller;

    @Inject
    Views views;

    @Inject
    AppealService appeals;

    @Inject
    BrandAccess brandAccess;

    /** A page of appeals: 50 unless {@code limit} asks for another number up to this. */
    public static final int MAX_PAGE = 200;

    /**
     * Reviewers and admins: the queue, soonest decision deadline first (default status OPEN).
     * Brand users: the appeals against takedowns they asked for, soonest answer deadline first.
     */
    @GET
    @RolesAllowed({ "reviewer", "admin", "brand" })
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listAppeals", summary = "Appeals: for reviewers the queue, soonest decision deadline first; for brand users those against the brand's takedowns")
    public Page<Views.AppealView> list(@QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        AppealStatus wanted = ListParameters.constant("status", status, AppealStatus.class).orElse(AppealStatus.OPEN);
        Actor reader = caller.actor();
        return views.appeals(appeals.list(wanted, reader, ListParameters.limit(limit, 50, MAX_PAGE),
                Cursor.read("cursor", cursor, AppealService.listOf(reader), 2)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "merchant", "brand", "reviewer", "admin" })
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getAppeal", summary = "One appeal with the sanction it is against, its evidence and the brand's answer")
    public Views.AppealView appeal(@RestPath long id) {
        return views.appeal(visible(id, brandSide(id, BrandAccess.READ)));
    }

    /**
     * The statement of reasons of the sanction appealed, for everyone who may see the appeal: the brand answers it
     * knowing what the merchant was told.
     */
    @GET
    @Path("/{id}/statement-of-reasons")
    @RolesAllowed({ "merchant", "brand", "reviewer", "admin" })
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getAppealStatementOfReasons", summary = "The statement of reasons of the sanction an appeal is against")
    public Views.StatementOfReasonsView statement(@RestPath long id) {
        return views.statement(visible(id, brandSide(id, BrandAccess.READ)).sanction);
    }

    /** One document of an appeal, as uploaded; its SHA-256 is in the appeal's evidence list. */
    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @RolesAllowed({ "merchant", "brand", "reviewer", "admin" })
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getAppealEvidence", summary = "One evidence document of an appeal, as the merchant uploaded it")
    public Response evidence(@RestPath long id, @RestPath long evidenceId) {
        Evidence evidence = appeals.evidence(visible(id, brandSide(id, BrandAccess.READ)), evidenceId).orElseThrow(() -> Refusal.notFound("evidence"));
        return Response.ok(evidence.content, evidence.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + evidence.filename.replace("\"", "") + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(evidence.sha256)) + ":")
                .build();
    }

    /**
     * The complaining brand's answer, by a member of the brand whose scope covers the complained right with the
     * ANSWER_APPEALS action (403 naming what fails; 404 for anyone else).
     */
    @POST
    @Path("/{id}/brand-answer")
    @RolesAllowed("brand")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "answerAppeal", summary = "The complaining brand's answer to an appeal, once and before its deadline, with evidence links")
    public Views.AppealView answer(@RestPath long id, @NotNull @Valid BrandAnswer request) {
        String item = appeals.complaintItemOf(id).orElseThrow(() -> Refusal.notFound("appeal"));
        brandAccess.require(item, caller.subject(), BrandAccess.ANSWER_APPEALS);
        return views.appeal(appeals.answer(id, caller.subject(), request.answer().strip(), request.urls()));
    }

    /**
     * A brand user (not staff) reads an appeal only while a member of the brand whose scope covers the complained
     * right with the action (403 naming what fails; 404 when not a member, unless they are the appeal's merchant).
     * True when confirmed so.
     */
    private boolean brandSide(long id, String action) {
        Actor reader = caller.actor();
        if (reader.staff() || !reader.has("brand")) {
            return false;
        }
        var item = appeals.complaintItemOf(id);
        if (item.isEmpty()) {
            return false;
        }
        try {
            brandAccess.require(item.get(), reader.subject(), action);
            return true;
        } catch (Refusal refused) {
            if (refused.status() == 404 && reader.has("merchant")) {
                return false;
            }
            throw refused;
        }
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed("reviewer")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "decideAppeal", summary = "For reviewers: uphold (the takedown is reversed) or deny an appeal, with a reason code and words")
    public Views.AppealView decide(@RestPath long id, @NotNull @Valid DecisionRequest request) {
        return views.appeal(appeals.decide(id, caller.username(), caller.subject(), request.outcome(),
                request.reasonCode() == null ? AppealReason.OTHER : request.reasonCode(), request.reason().strip()));
    }

    /** Its merchant, the brand's members in scope, reviewers and admins; anyone else learns nothing. */
    private Appeal visible(long id, boolean brandMember) {
        return appeals.visible(id, caller.actor(), brandMember).orElseThrow(() -> Refusal.notFound("appeal"));
    }
}
