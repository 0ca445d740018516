package io.markguard.complaint.rest;

import io.markguard.platform.idempotency.IdempotencyKey;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.ItemMessage;
import io.markguard.complaint.ItemStatus;
import io.markguard.complaint.service.Actor;
import io.markguard.complaint.service.Authorities;
import io.markguard.complaint.service.ComplaintLists;
import io.markguard.complaint.service.ItemActions;
import io.markguard.complaint.service.MerchantAccounts;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;

/** Items (one per listing): the merchant sees those about its own listings, the brand its own; both talk here. */
@Path("/api/complaint-items")
public class ItemResource {

    public record RetractionRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record NewMessage(@NotBlank @Size(max = 5000) String body) {
    }

    @Inject
    Callers callers;

    @Inject
    Authorities authorities;

    @Inject
    MerchantAccounts merchants;

    @Inject
    ItemActions actions;

    @Inject
    ComplaintLists lists;

    @Inject
    Clock clock;

    /**
     * {@code ?mine=true}: a merchant's items, about its own listings, latest filed first; {@code limit} 1 to 200
     * (50 unless sent), {@code status} and {@code from}/{@code to} days of filing to filter.
     */
    @GET
    @RolesAllowed("merchant")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listItemsAboutMyListings", summary = "For a merchant: the items about their own listings, latest first, a keyset page at a time")
    public Page<Views.Item> mine(@QueryParam("mine") boolean mine, @QueryParam("status") String status,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        if (!mine) {
            throw Refusal.invalid("mine", "must be true: merchants list the items about their own listings");
        }
        int size = ListFilters.pageSize(limit, 50, 200);
        Cursor after = Cursor.read("cursor", cursor, ComplaintLists.MERCHANT_ITEMS, 2);
        ItemStatus itemStatus = ListFilters.status(status);
        ComplaintLists.Days days = ListFilters.days(from, to);
        Actor actor = callers.actor();
        long merchantId = merchants.merchantOf(actor);
        Instant now = clock.instant();
        return lists.merchantItems(merchantId, itemStatus, days, size, after).map(i -> Views.item(i, now, actor));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "brand", "merchant", "reviewer", "admin" })
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "getItem", summary = "One item: its listing as filed, status, channel, decision and takedown")
    public Views.Item get(@PathParam("id") long id) {
        ComplaintItem item = find(id);
        Actor actor = callers.actor();
        side(actor, item, Authorities.Action.READ);
        return Views.item(item, clock.instant(), actor);
    }

    @POST
    @Path("/{id}/retraction")
    @RolesAllowed("brand")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "retractItem", summary = "Retract an item: a pending one is withdrawn, a taken-down listing is restored and its sanction reversed")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "settled", value = "{\"reason\":\"The seller proved the goods are genuine stock from an authorised distributor.\"}")))
    public Views.Item retract(@PathParam("id") long id, @Valid @NotNull RetractionRequest request) {
        ComplaintItem item = find(id);
        Actor actor = callers.actor();
        if (!ItemMessage.BRAND.equals(side(actor, item, Authorities.Action.RETRACT))) {
            throw Refusal.notFound("complaint item");
        }
        return Views.item(actions.retract(id, request.reason().strip()), clock.instant(), actor);
    }

    @GET
    @Path("/{id}/messages")
    @RolesAllowed({ "brand", "merchant", "reviewer", "admin" })
    /**
     * The item's thread, oldest first, or with {@code order=latest} latest first (a long thread's latest page);
     * {@code limit} 1 to 200 (50 unless sent).
     */
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "listItemMessages", summary = "The item's thread between the brand and the merchant, oldest first (order=latest: latest first)")
    public Page<Views.Message> messages(@PathParam("id") long id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @QueryParam("order") String order) {
        int size = ListFilters.pageSize(limit, 50, 200);
        if (order != null && !order.equals("latest") && !order.equals("oldest")) {
            throw Refusal.invalid("order", "must be oldest or latest");
        }
        boolean latest = "latest".equals(order);
        Cursor at = Cursor.read("cursor", cursor, latest ? ItemActions.LATEST_MESSAGES : ItemActions.MESSAGES, 2);
        side(callers.actor(), find(id), Authorities.Action.READ);
        return (latest ? actions.latestMessages(id, size, at) : actions.messages(id, size, at)).map(Views::message);
    }

    @POST
    @Path("/{id}/messages")
    @RolesAllowed({ "brand", "merchant" })
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "postItemMessage", summary = "Write in the item's thread, as the brand or as the listing's merchant; the other side is told")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json", examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "message", value = "{\"body\":\"Please send the invoice for this stock; the serial on the photo is not one of ours.\"}")))
    public Response post(@PathParam("id") long id, @Valid @NotNull NewMessage message,
            @HeaderParam(ComplaintResource.IDEMPOTENCY_KEY) String idempotencyKey) {
        Actor actor = callers.actor();
        String side = side(actor, find(id), Authorities.Action.MESSAGE);
        if (side == null) {
            throw Refusal.notFound("complaint item");
        }
        ItemMessage saved = actions.post(id, actor, side, message.body(), IdempotencyKey.of(idempotencyKey));
        return Response.status(Response.Status.CREATED).entity(Views.message(saved)).build();
    }

    @Transactional
    long rightOf(ComplaintItem item) {
        return io.markguard.complaint.Complaint.<io.markguard.complaint.Complaint>findById(item.complaintId).rightId;
    }

    @Transactional
    ComplaintItem find(long id) {
        ComplaintItem item = ComplaintItem.findById(id);
        if (item == null) {
            throw Refusal.notFound("complaint item");
        }
        return item;
    }

    /**
     * BRAND for the brand's members (who need the action and the item's right in their scope, else 403), MERCHANT
     * for the listing's merchant, null for staff; anyone else gets 404.
     */
    String side(Actor actor, ComplaintItem item, Authorities.Action action) {
        if (actor.has("brand") && authorities.hasMembership(actor, item.brandId)) {
            authorities.require(actor, item.brandId, rightOf(item), action, "complaint item");
            return ItemMessage.BRAND;
        }
        if (actor.has("merchant") && item.status != ItemStatus.DUPLICATE
                && merchants.merchantOf(actor) == item.sellerMerchantId) {
            return ItemMessage.MERCHANT;
        }
        if (actor.staff()) {
            return null;
        }
        throw Refusal.notFound("complaint item");
    }
}
