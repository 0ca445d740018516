package io.markguard.complaint.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.complaint.service.ItemActions;
import io.markguard.platform.problem.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/** What merchant-service tells complaint-service, with its own client-credentials token. */
@Path("/api/internal")
@RolesAllowed("merchant-service")
public class InternalResource {

    public record ReversalResult(String complaintItemId, String status, boolean replayed) {
    }

    @Inject
    ItemActions actions;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** merchant-service upheld an appeal: the item is REVERSED_ON_APPEAL and the brand's score counts it. */
    @POST
    @Path("/reversals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reversal(@HeaderParam(ComplaintResource.IDEMPOTENCY_KEY) String idempotencyKey, String payload) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 128) {
            throw Refusal.invalid("Idempotency-Key", "is required (1 to 128 characters)");
        }
        ItemActions.Reversal notice;
        try {
            notice = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(payload, ItemActions.Reversal.class);
        } catch (JsonProcessingException e) {
            throw Refusal.invalid("body", "is not a reversal notice: " + e.getOriginalMessage());
        }
        if (notice.complaintItemId() == null || notice.complaintItemId().isBlank()) {
            throw Refusal.invalid("complaintItemId", "must not be blank");
        }
        ItemActions.Applied applied = actions.reverse(idempotencyKey.strip(), notice, payload);
        return Response.status(applied.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .entity(new ReversalResult(notice.complaintItemId(), applied.item().status.name(), applied.replayed())).build();
    }
}
