package io.markguard.merchant.rest;

import io.markguard.merchant.Appeal;
import io.markguard.merchant.AppealStatus;
import io.markguard.merchant.Evidence;
import io.markguard.merchant.service.Actor;
import io.markguard.merchant.service.AppealService;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.problem.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.HexFormat;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/appeals")
public class AppealResource {

    public record BrandAnswer(@NotBlank @Size(max = 5000) String answer) {
    }

    public record DecisionRequest(@NotNull AppealService.Outcome outcome, @NotBlank @Size(max = 5000) String reason) {
    }

    @Inject
    Caller caller;

    @Inject
    Views views;

    @Inject
    AppealService appeals;

    /** A page of appeals: 50 unless {@code limit} asks for another number up to this. */
    public static final int MAX_PAGE = 200;

    /**
     * Reviewers and admins: the queue, soonest decision deadline first (default status OPEN).
     * Brand users: the appeals against takedowns they asked for, soonest answer deadline first.
     */
    @GET
    @RolesAllowed({ "reviewer", "admin", "brand" })
    @Transactional
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
    public Views.AppealView appeal(@RestPath long id) {
        return views.appeal(visible(id));
    }

    /** One document of an appeal, as uploaded; its SHA-256 is in the appeal's evidence list. */
    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @RolesAllowed({ "merchant", "brand", "reviewer", "admin" })
    @Transactional
    public Response evidence(@RestPath long id, @RestPath long evidenceId) {
        Evidence evidence = appeals.evidence(visible(id), evidenceId).orElseThrow(() -> Refusal.notFound("evidence"));
        return Response.ok(evidence.content, evidence.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + evidence.filename.replace("\"", "") + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(evidence.sha256)) + ":")
                .build();
    }

    /** The complaining brand's answer, by the user whose complaint caused the sanction. */
    @POST
    @Path("/{id}/brand-answer")
    @RolesAllowed("brand")
    @Transactional
    public Views.AppealView answer(@RestPath long id, @NotNull @Valid BrandAnswer request) {
        return views.appeal(appeals.answer(id, caller.subject(), request.answer().strip()));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed("reviewer")
    @Transactional
    public Views.AppealView decide(@RestPath long id, @NotNull @Valid DecisionRequest request) {
        return views.appeal(appeals.decide(id, caller.username(), request.outcome(), request.reason().strip()));
    }

    /** Its merchant, the brand user who complained, reviewers and admins; anyone else learns nothing. */
    private Appeal visible(long id) {
        return appeals.visible(id, caller.actor()).orElseThrow(() -> Refusal.notFound("appeal"));
    }
}
