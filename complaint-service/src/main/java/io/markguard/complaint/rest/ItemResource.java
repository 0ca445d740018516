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
        long merchantId = merchants.merchantOf(callers.actor());
        Instant now = clock.instant();
        return lists.merchantItems(merchantId, itemStatus, days, size, after).map(i -> Views.item(i, now));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "brand", "merchant", "reviewer", "admin" })
    public Views.Item get(@PathParam("id") long id) {
        ComplaintItem item = find(id);
        side(callers.actor(), item);
        return Views.item(item, clock.instant());
    }

    @POST
    @Path("/{id}/retraction")
    @RolesAllowed("brand")
    public Views.Item retract(@PathParam("id") long id, @Valid @NotNull RetractionRequest request) {
        ComplaintItem item = find(id);
        if (!ItemMessage.BRAND.equals(side(callers.actor(), item))) {
            throw Refusal.notFound("complaint item");
        }
        return Views.item(actions.retract(id, request.reason().strip()), clock.instant());
    }

    @GET
    @Path("/{id}/messages")
    @RolesAllowed({ "brand", "merchant", "reviewer", "admin" })
    /** The item's thread, oldest first; {@code limit} 1 to 200 (50 unless sent). */
    public Page<Views.Message> messages(@PathParam("id") long id, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        int size = ListFilters.pageSize(limit, 50, 200);
        Cursor after = Cursor.read("cursor", cursor, ItemActions.MESSAGES, 2);
        side(callers.actor(), find(id));
        return actions.messages(id, size, after).map(Views::message);
    }

    @POST
    @Path("/{id}/messages")
    @RolesAllowed({ "brand", "merchant" })
    public Response post(@PathParam("id") long id, @Valid @NotNull NewMessage message,
            @HeaderParam(ComplaintResource.IDEMPOTENCY_KEY) String idempotencyKey) {
        Actor actor = callers.actor();
        String side = side(actor, find(id));
        if (side == null) {
            throw Refusal.notFound("complaint item");
        }
        ItemMessage saved = actions.post(id, actor, side, message.body(), IdempotencyKey.of(idempotencyKey));
        return Response.status(Response.Status.CREATED).entity(Views.message(saved)).build();
    }

    @Transactional
    ComplaintItem find(long id) {
        ComplaintItem item = ComplaintItem.findById(id);
        if (item == null) {
            throw Refusal.notFound("complaint item");
        }
        return item;
    }

    /** BRAND for the brand's members, MERCHANT for the listing's merchant, null for staff; anyone else gets 404. */
    String side(Actor actor, ComplaintItem item) {
        if (actor.has("brand") && authorities.isMember(actor, item.brandId)) {
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
