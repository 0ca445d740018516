package io.markguard.merchant.rest;

import io.markguard.merchant.service.AppealService;
import io.markguard.merchant.service.BrandAccess;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.problem.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.RestPath;

/** A brand's side of appeals: the appeals against its takedowns that await its answer. */
@Path("/api/brands/{brandId}/appeals")
public class BrandAppealResource {

    @Inject
    Caller caller;

    @Inject
    Views views;

    @Inject
    AppealService appeals;

    @Inject
    BrandAccess brandAccess;

    /**
     * Open appeals of the brand not answered yet whose answer deadline is ahead, soonest first, on the rights the
     * member's scope covers; for members who may answer appeals (ANSWER_APPEALS), as complaint-service judges them.
     */
    @GET
    @RolesAllowed("brand")
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listAppealsAwaitingTheBrand", summary = "Open appeals against the brand's takedowns still waiting for its answer, soonest deadline first")
    public Page<Views.AppealView> awaiting(@RestPath String brandId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        if (brandId == null || !brandId.matches("\\d{1,18}")) {
            throw Refusal.notFound("brand");
        }
        int size = ListParameters.limit(limit, 50, AppealResource.MAX_PAGE);
        Cursor after = Cursor.read("cursor", cursor, AppealService.AWAITING, 2);
        AppealService.BrandScope scope = brandAccess.scope(brandId, caller.subject(), BrandAccess.ANSWER_APPEALS);
        return views.appeals(appeals.awaiting(brandId, scope, size, after));
    }
}
