package io.markguard.portal.web;

import io.markguard.portal.client.ComplaintClient;
import io.quarkus.qute.CheckedTemplate;
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
import java.util.List;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The complaints about the merchant's own listings, with each one's deadline counting down and the thread with
 * the brand. complaint-service decides which items are the merchant's, from merchant-service's record of the user.
 */
@Path("/merchant/complaints")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("merchant")
public class MerchantComplaintPages {

    @CheckedTemplate(basePath = "complaints")
    static class Pages {
        static native TemplateInstance mine(Page page, ComplaintViews.MinePage view);
    }

    @Inject
    PortalPages pages;

    @Inject
    ComplaintClient complaints;

    @Inject
    Clock clock;

    /** Complaints about the merchant's listings, latest filed first, narrowed by status and the days filed. */
    @GET
    public Response mine(@QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("cursor") String cursor, @QueryParam("back") String back) {
        Page page = pages.page();
        var filter = ComplaintViews.Filter.ofMerchant(status, from, to);
        List<String> invalid = filter.invalid();
        if (!invalid.isEmpty()) {
            return PortalPages.refusedForm(Pages.mine(page, new ComplaintViews.MinePage(List.of(), filter, Pager.NONE,
                    Views.Flash.invalid(invalid, Views.Typed.of("complaint-filter")))).setLocale(page.language().locale));
        }
        Instant now = clock.instant();
        var found = PeerCalls.COMPLAINT.read(() -> complaints.myItems(filter.status(), filter.from(), filter.to(),
                ComplaintPages.COMPLAINTS_PAGE, cursor));
        var items = found.items().stream().map(i -> ComplaintViews.ItemRow.of(i, now)).toList();
        Pager pager = Pager.of("/merchant/complaints", filter.query(), cursor, back, found.nextCursor());
        return Response.ok(Pages.mine(page, new ComplaintViews.MinePage(items, filter, pager, Views.Flash.NONE))
                .setLocale(page.language().locale)).build();
    }

    @GET
    @Path("/{itemId}")
    public TemplateInstance item(@PathParam("itemId") long itemId, @QueryParam("error") String error,
            @QueryParam("field") String field, @QueryParam("cursor") String cursor, @QueryParam("back") String back) {
        return ComplaintPages.itemPage(pages, complaints, "MERCHANT", itemId, "/merchant/complaints/" + itemId,
                new Views.Flash(error, field, null), null, clock.instant(), cursor, back);
    }

    @POST
    @Path("/{itemId}/messages")
    public Response message(@PathParam("itemId") long itemId, @RestForm String body, @RestForm String idempotencyKey) {
        return ComplaintPages.sendMessage(pages, complaints, "MERCHANT", "/merchant/complaints/" + itemId, itemId, body,
                idempotencyKey, clock.instant());
    }
}
