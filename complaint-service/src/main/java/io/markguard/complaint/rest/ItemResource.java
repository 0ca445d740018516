package io.markguard.complaint.rest;

import io.markguard.platform.idempotency.IdempotencyKey;
import io.markguard.complaint.ComplaintItem;
import io.markguard.complaint.ItemMessage;
import io.markguard.complaint.ItemStatus;
import io.markguard.complaint.client.MerchantClient;
import io.markguard.complaint.service.Actor;
import io.markguard.complaint.service.Authorities;
import io.markguard.complaint.service.ItemActions;
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
import java.util.List;

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
    MerchantClient merchants;

    @Inject
    ItemActions actions;

    @Inject
    Clock clock;

    /** {@code ?mine=true}: a merchant's items, about its own listings, soonest deadline first. */
    @GET
    @RolesAllowed("merchant")
    public List<Views.Item> mine(@QueryParam("mine") boolean mine) {
        if (!mine) {
            throw Refusal.invalid("mine", "must be true: merchants list the items about their own listings");
        }
        long merchantId = merchantOf(callers.actor());
        return listFor(merchantId);
    }

    @Transactional
    List<Views.Item> listFor(long merchantId) {
        Instant now = clock.instant();
        return ComplaintItem.<ComplaintItem>list("sellerMerchantId = ?1 and status <> ?2 order by deadline desc, id desc",
                merchantId, ItemStatus.DUPLICATE).stream().map(i -> Views.item(i, now)).toList();
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
    public List<Views.Message> messages(@PathParam("id") long id) {
        side(callers.actor(), find(id));
        return actions.messages(id).stream().map(Views::message).toList();
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
        if (actor.has("merchant") && item.status != ItemStatus.DUPLICATE && merchantOf(actor) == item.sellerMerchantId) {
            return ItemMessage.MERCHANT;
        }
        if (actor.staff()) {
            return null;
        }
        throw Refusal.notFound("complaint item");
    }

    private long merchantOf(Actor actor) {
        try {
            return merchants.merchantOf(actor.bearer()).id();
        } catch (RuntimeException e) {
            throw new Refusal(Refusal.Kind.UNAVAILABLE, null, "merchant-service cannot say which merchant you are right now.");
        }
    }
}
