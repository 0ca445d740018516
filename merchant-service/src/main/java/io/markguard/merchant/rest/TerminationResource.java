package io.markguard.merchant.rest;

import io.markguard.merchant.service.TerminationReviews;
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
import org.jboss.resteasy.reactive.RestPath;

/**
 * Terminations wait for a second reviewer: the queue of those pending by deadline and the decision of a reviewer
 * other than the proposer (proposals: {@link TerminationProposalResource}).
 */
@Path("/api")
public class TerminationResource {

    public record Decision(@NotNull TerminationReviews.Outcome outcome, @NotBlank @Size(max = 2000) String reason) {
    }

    @Inject
    TerminationReviews terminations;

    @Inject
    Caller caller;

    @Inject
    Views views;

    /** The terminations waiting for a reviewer, the soonest deadline first: overdue ones lead. */
    @GET
    @Path("/terminations")
    @RolesAllowed({ "reviewer", "admin" })
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listTerminations", summary = "For reviewers: terminations waiting for a decision, soonest deadline first")
    public Page<Views.TerminationView> queue(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return terminations.queue(ListParameters.limit(limit, MerchantResource.DEFAULT_PAGE, MerchantResource.MAX_PAGE),
                Cursor.read("cursor", cursor, TerminationReviews.QUEUE, 2)).map(views::termination);
    }

    @GET
    @Path("/terminations/{id}")
    @RolesAllowed({ "reviewer", "admin" })
    @Transactional
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getTermination", summary = "For reviewers: one proposed termination with the merchant's record")
    public Views.TerminationView termination(@RestPath long id) {
        return views.termination(terminations.byId(id).orElseThrow(() -> Refusal.notFound("termination")));
    }

    /** CONFIRMED issues the TERMINATED sanction; DECLINED leaves the account as its other sanctions make it. */
    @POST
    @Path("/terminations/{id}/decision")
    @RolesAllowed("reviewer")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "decideTermination", summary = "For reviewers: confirm (the account is terminated) or decline a proposed termination")
    public Views.TerminationView decide(@RestPath long id, @NotNull @Valid Decision decision) {
        terminations.decide(id, caller.actor(), decision.outcome(), decision.reason().strip());
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> views.termination(terminations.byId(id).orElseThrow()));
    }
}
