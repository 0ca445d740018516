package io.markguard.merchant.rest;

import io.markguard.merchant.service.TerminationReviews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

/** A reviewer (or admin) proposes terminating a merchant for one of its active violations; another reviewer decides. */
@Path("/api/merchants/{id:\\d+}/termination-proposals")
@RolesAllowed({ "reviewer", "admin" })
public class TerminationProposalResource {

    public record Proposal(@NotNull Long violationId, @NotBlank @Size(max = 2000) String reason) {
    }

    @Inject
    TerminationReviews terminations;

    @Inject
    Caller caller;

    @Inject
    Views views;

    @POST
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "proposeTermination", summary = "For reviewers: propose terminating a merchant's account; a second reviewer decides")
    public Response propose(@RestPath long id, @NotNull @Valid Proposal proposal) {
        long review = terminations.propose(id, proposal.violationId(), proposal.reason().strip(), caller.actor()).id;
        Views.TerminationView view = QuarkusTransaction.requiringNew()
                .call(() -> views.termination(terminations.byId(review).orElseThrow()));
        return Response.status(Response.Status.CREATED).entity(view).header("Location", "/api/terminations/" + review)
                .build();
    }
}
