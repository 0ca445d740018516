package io.markguard.portal.web;

import io.markguard.platform.problem.Refusal;
import io.markguard.portal.Brand;
import io.markguard.portal.client.ComplaintClient;
import io.markguard.portal.client.ComplaintRestClient;
import io.markguard.portal.service.Actor;
import io.markguard.portal.service.BrandDirectory;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A brand's webhook subscriptions, kept by complaint-service, for its owners and co-owners: the list with each one's
 * state and last failure, a form that subscribes an address to events (the signing secret is on the page that
 * answers, once), and per subscription its delivery log, paged, with a redelivery for each delivery and a resumption
 * for a paused one.
 */
@Path("/brands/{brandId}/webhooks")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("brand")
public class WebhookPages {

    /** The events a subscription may name, in the order the form lists them. */
    static final List<String> EVENTS = List.of("item.decided", "takedown.applied", "item.retracted", "appeal.filed",
            "appeal.answered", "appeal.decided", "message.received", "bulk_job.finished");

    static final List<String> DELIVERY_STATES = List.of("QUEUED", "RETRYING", "DELIVERED", "FAILED", "HELD", "CANCELLED");

    public record Subscription(String id, String url, List<String> events, String status, String createdAt,
            String createdByClient, int consecutiveFailures, String pausedAt, String lastDeliveredAt, String lastError) {

        static Subscription of(ComplaintRestClient.Webhook w) {
            return new Subscription(w.id(), w.url(), w.events(), w.status(), Views.time(w.createdAt()), w.createdByClient(),
                    w.consecutiveFailures(), Views.time(w.pausedAt()), Views.time(w.lastDeliveredAt()), w.lastError());
        }
    }

    public record Delivery(long id, String eventId, String eventType, String status, int attempts, Integer lastStatus,
            String lastError, String createdAt, String lastAttemptAt, String deliveredAt) {

        static Delivery of(ComplaintRestClient.WebhookDelivery d) {
            return new Delivery(d.id(), d.eventId(), d.eventType(), d.status(), d.attempts(), d.lastStatus(), d.lastError(),
                    Views.time(d.createdAt()), Views.time(d.lastAttemptAt()), Views.time(d.deliveredAt()));
        }
    }

    /** The secret of a subscription just made, on the one page that shows it. */
    public record Secret(String url, String secret) {
    }

    public record SubscriptionList(Views.BrandRow brand, List<Subscription> subscriptions, List<String> events, Views.Flash flash,
            Secret secret) {

        public boolean showsSecret() {
            return secret != null;
        }
    }

    public record One(Views.BrandRow brand, Subscription subscription, List<Delivery> deliveries, List<String> states,
            String status, Pager pager, Views.Flash flash) {
    }

    @Inject
    PortalPages pages;

    @Inject
    BrandDirectory brands;

    @Inject
    ComplaintClient complaints;

    @GET
    public TemplateInstance list(@PathParam("brandId") long brandId, @QueryParam("error") String error,
            @QueryParam("field") String field, @QueryParam("notice") String notice) {
        return page(brandId, new Views.Flash(error, field, notice), null);
    }

    /** Subscribes; the answer is the page with the secret, which is shown this once. */
    @POST
    public Response subscribe(@PathParam("brandId") long brandId, @RestForm String url, @RestForm("event") List<String> event) {
        Views.Typed typed = Views.Typed.of("webhook").with("url", url).with("event", event);
        List<String> bad = new java.util.ArrayList<>();
        if (url == null || url.isBlank()) {
            bad.add("url");
        }
        if (event == null || event.isEmpty() || !EVENTS.containsAll(event)) {
            bad.add("events");
        }
        if (!bad.isEmpty()) {
            return PortalPages.refusedForm(page(brandId, Views.Flash.invalid(bad, typed), null));
        }
        try {
            ComplaintRestClient.CreatedWebhook created = complaints.subscribe(brandId, url.strip(), event);
            return Response.ok(page(brandId, Views.Flash.NONE, new Secret(created.subscription().url(), created.secret())))
                    .build();
        } catch (Refusal refused) {
            if (refused.status() == 400) {
                return PortalPages.refusedForm(page(brandId, Views.Flash.invalid(
                        List.of(refused.field() == null ? "url" : refused.field()), typed), null));
            }
            if (refused.status() == 404) {
                throw refused;
            }
            return BrandPages.back(here(brandId), refused.code(), refused.field());
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance one(@PathParam("brandId") long brandId, @PathParam("id") String id,
            @QueryParam("status") String status, @QueryParam("cursor") String cursor, @QueryParam("back") String back,
            @QueryParam("error") String error, @QueryParam("field") String field, @QueryParam("notice") String notice) {
        Page page = pages.page();
        Actor actor = pages.actor();
        Brand brand = brands.readable(actor, brandId);
        String state = status == null || status.isBlank() || !DELIVERY_STATES.contains(status) ? null : status;
        Subscription subscription = Subscription.of(complaints.webhook(brandId, id));
        var deliveries = complaints.webhookDeliveries(brandId, id, state, BrandPages.PAGE_SIZE, blank(cursor));
        Map<String, String> filters = state == null ? Map.of() : Map.of("status", state);
        var view = new One(Views.BrandRow.of(brand), subscription, deliveries.items().stream().map(Delivery::of).toList(),
                DELIVERY_STATES, state == null ? "" : state,
                Pager.of(here(brandId) + "/" + id, filters, cursor, back, deliveries.nextCursor()),
                new Views.Flash(error, field, notice));
        return Templates.webhook(page, view).setLocale(page.language().locale);
    }

    @POST
    @Path("/{id}/deletion")
    public Response delete(@PathParam("brandId") long brandId, @PathParam("id") String id) {
        return BrandPages.attempt(here(brandId), () -> {
            complaints.deleteWebhook(brandId, id);
            return here(brandId) + "?notice=saved";
        });
    }

    @POST
    @Path("/{id}/resumption")
    public Response resume(@PathParam("brandId") long brandId, @PathParam("id") String id) {
        return BrandPages.attempt(here(brandId) + "/" + id, () -> {
            complaints.resumeWebhook(brandId, id);
            return here(brandId) + "/" + id + "?notice=saved";
        });
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redelivery")
    public Response redeliver(@PathParam("brandId") long brandId, @PathParam("id") String id,
            @PathParam("deliveryId") long deliveryId) {
        return BrandPages.attempt(here(brandId) + "/" + id, () -> {
            complaints.redeliver(brandId, id, deliveryId);
            return here(brandId) + "/" + id + "?notice=saved";
        });
    }

    private TemplateInstance page(long brandId, Views.Flash flash, Secret secret) {
        Page page = pages.page();
        Actor actor = pages.actor();
        Brand brand = brands.readable(actor, brandId);
        List<Subscription> rows = complaints.webhooks(brandId).stream().map(Subscription::of).toList();
        return Templates.webhooks(page, new SubscriptionList(Views.BrandRow.of(brand), rows, EVENTS, flash, secret))
                .setLocale(page.language().locale);
    }

    private static String blank(String cursor) {
        return cursor == null || cursor.isBlank() ? null : cursor;
    }

    private static String here(long brandId) {
        return "/brands/" + brandId + "/webhooks";
    }
}
