package io.markguard.complaint.rest;

import io.markguard.complaint.WebhookDelivery;
import io.markguard.complaint.WebhookSubscription;
import io.markguard.complaint.service.Actor;
import io.markguard.complaint.service.Authorities;
import io.markguard.complaint.service.Webhooks;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.platform.problem.Problem;
import io.markguard.platform.problem.Refusal;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A brand's webhook subscriptions, for its owners and co-owners (all of the brand's) and its API clients (their
 * own): make one (the secret is answered this once), list, delete, resume a paused one, read its delivery log and
 * send a delivery again. How a delivery is signed is in docs/integrating.md.
 */
@Path("/api/brands/{brandId}/webhooks")
@RolesAllowed("brand")
public class WebhookResource {

    /** The members who may subscribe: owners and co-owners for the brand, an API client for itself. */
    static final Set<String> MAY_SUBSCRIBE = Set.of("OWNER", "CO_OWNER", "CLIENT");

    public record NewSubscription(String url, List<String> events) {
    }

    public record Subscription(UUID id, long brandId, String url, List<String> events, String status, Instant createdAt,
            String createdByClient, int consecutiveFailures, Instant pausedAt, Instant lastDeliveredAt, String lastError) {
    }

    /** A new subscription with its signing secret, shown in no other answer. */
    public record CreatedSubscription(Subscription subscription, String secret) {
    }

    public record Delivery(long id, UUID eventId, String eventType, String status, int attempts, Integer lastStatus,
            String lastError, Instant createdAt, Instant lastAttemptAt, Instant deliveredAt) {
    }

    @Inject
    Callers callers;

    @Inject
    Authorities authorities;

    @Inject
    Webhooks webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribeWebhook", summary = "Subscribe an HTTPS address to some of the brand's events",
            description = "Each delivery is a POST of the event as JSON, signed: Markguard-Signature: t=<unix seconds>,v1=<hex"
                    + " HMAC-SHA256 of \"<t>.<body>\" keyed with the secret>. The secret is in this answer only.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewSubscription.class),
            examples = @ExampleObject(name = "decisions", value = "{\"url\":\"https://hooks.example.com/markguard\",\"events\":[\"item.decided\",\"takedown.applied\"]}")))
    @APIResponse(responseCode = "201", description = "The subscription and its secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedSubscription.class)))
    @APIResponse(responseCode = "400", description = "url or events is not acceptable (an internal address, not HTTPS, an unknown event type)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the brand's owners, co-owners and API clients subscribe",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The brand has as many subscriptions as it may",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response subscribe(@PathParam("brandId") long brandId, NewSubscription request) {
        Actor actor = callers.actor();
        may(actor, brandId);
        if (request == null) {
            throw Refusal.invalid("url", "must be sent, with events");
        }
        Webhooks.Created created = webhooks.subscribe(actor, brandId, request.url(), request.events());
        return Response.status(Response.Status.CREATED).entity(new CreatedSubscription(view(created.subscription()),
                created.secret())).header("Location", "/api/brands/" + brandId + "/webhooks/" + created.subscription().id).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The brand's subscriptions (an API client's own only), newest first; at most twice the brand's limit")
    public List<Subscription> list(@PathParam("brandId") long brandId) {
        Actor actor = callers.actor();
        boolean all = may(actor, brandId);
        return webhooks.of(actor, brandId, all).stream().map(WebhookResource::view).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "One subscription of the brand, without its secret")
    public Subscription get(@PathParam("brandId") long brandId, @PathParam("id") String id) {
        Actor actor = callers.actor();
        return view(webhooks.one(actor, brandId, uuid(id), may(actor, brandId)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a subscription and its delivery log; nothing more is sent to it")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("brandId") long brandId, @PathParam("id") String id) {
        Actor actor = callers.actor();
        webhooks.delete(actor, brandId, uuid(id), may(actor, brandId));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/resumption")
    @Operation(operationId = "resumeWebhook", summary = "Resume a paused subscription; the deliveries held while it was paused are sent")
    public Subscription resume(@PathParam("brandId") long brandId, @PathParam("id") String id) {
        Actor actor = callers.actor();
        return view(webhooks.resume(actor, brandId, uuid(id), may(actor, brandId)));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The subscription's delivery log, newest first; limit 1 to 200 (50 unless sent), status to filter")
    public Page<Delivery> deliveries(@PathParam("brandId") long brandId, @PathParam("id") String id,
            @QueryParam("status") String status, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        int size = ListFilters.pageSize(limit, 50, 200);
        Cursor before = Cursor.read("cursor", cursor, Webhooks.DELIVERIES, 2);
        if (status != null && !List.of(WebhookDelivery.QUEUED, WebhookDelivery.RETRYING, WebhookDelivery.DELIVERED,
                WebhookDelivery.FAILED, WebhookDelivery.HELD, WebhookDelivery.CANCELLED).contains(status)) {
            throw Refusal.invalid("status", "must be QUEUED, RETRYING, DELIVERED, FAILED, HELD or CANCELLED");
        }
        Actor actor = callers.actor();
        WebhookSubscription s = webhooks.one(actor, brandId, uuid(id), may(actor, brandId));
        return webhooks.deliveries(s.id, status, size, before).map(WebhookResource::view);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redelivery")
    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again, with the same event id and body, signed anew")
    public Delivery redeliver(@PathParam("brandId") long brandId, @PathParam("id") String id,
            @PathParam("deliveryId") long deliveryId) {
        Actor actor = callers.actor();
        WebhookSubscription s = webhooks.one(actor, brandId, uuid(id), may(actor, brandId));
        return view(webhooks.redeliver(s, deliveryId));
    }

    /** The actor may manage webhooks of the brand; answers whether all of the brand's (an owner) or only its own. */
    private boolean may(Actor actor, long brandId) {
        Authorities.Scope scope = authorities.require(actor, brandId, null, Authorities.Action.READ, "brand");
        if (!MAY_SUBSCRIBE.contains(scope.role())) {
            throw Refusal.forbidden("brandId", "Only the owners and co-owners of brand " + brandId
                    + " and its API clients manage its webhooks.");
        }
        return !"CLIENT".equals(scope.role());
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw Refusal.notFound("webhook subscription");
        }
    }

    static Subscription view(WebhookSubscription s) {
        return new Subscription(s.id, s.brandId, s.url, s.types(), s.status, s.createdAt, s.createdByClient,
                s.consecutiveFailures, s.pausedAt, s.lastDeliveredAt, s.lastError);
    }

    static Delivery view(WebhookDelivery d) {
        return new Delivery(d.id, d.eventId, d.eventType, d.status, d.attempts, d.lastStatus, d.lastError, d.createdAt,
                d.lastAttemptAt, d.deliveredAt);
    }
}
