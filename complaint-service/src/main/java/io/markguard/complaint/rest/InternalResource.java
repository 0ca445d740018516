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
import java.util.List;

/** What merchant-service tells complaint-service, with its own client-credentials token. */
@Path("/api/internal")
@RolesAllowed("merchant-service")
public class InternalResource {

    @Inject
    io.markguard.complaint.service.Webhooks webhooks;

    public record ReversalResult(String complaintItemId, String status, boolean replayed) {
    }

    /**
     * A brand user's access to a complaint item, or to a brand as a whole: allowed, or the refusal (status, field,
     * detail) to give them; when allowed, the rights of the brand the member's scope covers ({@code allRights}, else
     * {@code rightIds}).
     */
    public record BrandAccess(String complaintItemId, String subject, String action, boolean allowed, int status,
            String field, String detail, Boolean allRights, java.util.List<Long> rightIds) {
    }

    @Inject
    ItemActions actions;

    @Inject
    io.markguard.complaint.service.Authorities authorities;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * May the brand user take the action (READ, ANSWER_APPEALS) on the brand's side of the item: merchant-service asks
     * before showing or answering an appeal, and refuses as this answer says. Judged as every brand endpoint here is.
     */
    @jakarta.ws.rs.GET
    @Path("/brand-access")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "judgeBrandAccess", summary = "Internal, for merchant-service: may this brand user see or answer the appeal against this item")
    public BrandAccess brandAccess(@jakarta.ws.rs.QueryParam("complaintItemId") String complaintItemId,
            @jakarta.ws.rs.QueryParam("brandId") String brandId,
            @jakarta.ws.rs.QueryParam("subject") String subject, @jakarta.ws.rs.QueryParam("action") String action) {
        io.markguard.complaint.service.Authorities.Action wanted;
        try {
            wanted = io.markguard.complaint.service.Authorities.Action.valueOf(action == null ? "" : action);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("action", "must be READ or ANSWER_APPEALS");
        }
        if (subject == null || subject.isBlank()) {
            throw Refusal.invalid("subject", "must name the user");
        }
        long brand;
        Long right;
        String what;
        if (complaintItemId == null && brandId != null) {
            // A list of the brand's records (merchant-service's appeals awaiting the brand's answer): no right named.
            try {
                brand = Long.parseLong(brandId.strip());
            } catch (NumberFormatException e) {
                throw Refusal.invalid("brandId", "must be a brand's id");
            }
            right = null;
            what = "brand";
        } else {
            io.markguard.complaint.ComplaintItem item = itemOf(complaintItemId);
            brand = item.brandId;
            right = rightOf(item);
            what = "appeal";
        }
        var actor = new io.markguard.complaint.service.Actor(subject, null, null, null, java.util.Set.of("brand"));
        try {
            var scope = authorities.require(actor, brand, right, wanted, what);
            return new BrandAccess(complaintItemId, subject, wanted.name(), true, 200, null, null, scope.allRights(),
                    scope.rightIds());
        } catch (Refusal refused) {
            if (refused.status() == 503) {
                throw refused;
            }
            return new BrandAccess(complaintItemId, subject, wanted.name(), false, refused.status(), refused.field(),
                    refused.getMessage(), null, null);
        }
    }

    @jakarta.transaction.Transactional
    io.markguard.complaint.ComplaintItem itemOf(String complaintItemId) {
        io.markguard.complaint.ComplaintItem item = null;
        try {
            item = io.markguard.complaint.ComplaintItem.findById(Long.parseLong(complaintItemId == null ? "" : complaintItemId.strip()));
        } catch (NumberFormatException e) {
            throw Refusal.invalid("complaintItemId", "must be a complaint item's id");
        }
        if (item == null) {
            throw Refusal.notFound("complaint item");
        }
        return item;
    }

    @jakarta.transaction.Transactional
    long rightOf(io.markguard.complaint.ComplaintItem item) {
        return io.markguard.complaint.Complaint.<io.markguard.complaint.Complaint>findById(item.complaintId).rightId;
    }

    /** merchant-service upheld an appeal: the item is REVERSED_ON_APPEAL and the brand's score counts it. */
    @POST
    @Path("/reversals")
    @Consumes(MediaType.APPLICATION_JSON)
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "reportReversal", summary = "Internal, for merchant-service's outbox: an upheld appeal reverses the item (Idempotency-Key applies it once)")
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

    /** An event of merchant-service's for the brand's webhooks (appeals), under the event id it gave. */
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record BrandEvent(String eventId, String type, String complaintItemId, java.util.Map<String, Object> data) {
    }

    /**
     * merchant-service saw an event the brand's webhooks may want (an appeal filed, answered or decided): it is
     * published to the subscriptions of the item's brand that want it, once per event id.
     */
    @POST
    @Path("/brand-events")
    @Consumes(MediaType.APPLICATION_JSON)
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "reportBrandEvent", summary = "Internal, for merchant-service's outbox: an appeal event for the brand's webhooks (published once per event id)")
    public Response brandEvent(BrandEvent event) {
        if (event == null || event.type() == null || !List.of("appeal.filed", "appeal.answered", "appeal.decided").contains(event.type())) {
            throw Refusal.invalid("type", "must be appeal.filed, appeal.answered or appeal.decided");
        }
        java.util.UUID id;
        try {
            id = java.util.UUID.fromString(event.eventId() == null ? "" : event.eventId().strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("eventId", "must be a UUID");
        }
        io.markguard.complaint.ComplaintItem item = itemOf(event.complaintItemId());
        long rightId = rightOf(item);
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("complaintId", String.valueOf(item.complaintId));
        data.put("itemId", String.valueOf(item.id));
        data.put("rightId", String.valueOf(rightId));
        data.put("listingId", String.valueOf(item.listingId));
        if (event.data() != null) {
            event.data().forEach(data::putIfAbsent);
        }
        webhooks.publishReceived(id, new io.markguard.complaint.service.Webhooks.Event(event.type(), item.brandId,
                rightId, data));
        return Response.accepted().build();
    }
}
