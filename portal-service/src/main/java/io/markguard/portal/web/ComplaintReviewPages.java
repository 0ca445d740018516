package io.markguard.portal.web;

import io.markguard.portal.client.ComplaintClient;
import io.markguard.portal.client.ComplaintRestClient;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The reviewer's complaint queue, soonest deadline first with the breach counts, and each item's page to claim
 * it and accept or reject it with a reason code and a reason. complaint-service decides, with the reviewer's token.
 */
@Path("/review/complaints")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("reviewer")
public class ComplaintReviewPages {

    @CheckedTemplate(basePath = "complaints")
    static class Pages {
        static native TemplateInstance queue(Page page, ComplaintViews.QueuePage view);
    }

    @Inject
    PortalPages pages;

    @Inject
    SecurityIdentity identity;

    @Inject
    ComplaintClient complaints;

    @Inject
    io.markguard.portal.client.PeerReads reads;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance queue(@QueryParam("cursor") String cursor, @QueryParam("back") String back) {
        Page page = pages.page();
        Instant now = clock.instant();
        var breachesRead = reads.start(complaints::breaches);
        var queued = PeerCalls.COMPLAINT.read(() -> complaints.queue(ComplaintPages.ITEMS_PAGE, cursor));
        var items = queued.items().stream().map(i -> ComplaintViews.ItemRow.of(i, now)).toList();
        // The queue is the page; the breach figures above it are a part it does without.
        var breaches = PeerCalls.COMPLAINT.part(breachesRead);
        Pager pager = Pager.of("/review/complaints", java.util.Map.of(), cursor, back, queued.nextCursor());
        return Pages.queue(page, new ComplaintViews.QueuePage(items, breaches.value(), breaches.unavailable(), pager))
                .setLocale(page.language().locale);
    }

    @GET
    @Path("/items/{itemId}")
    public TemplateInstance item(@PathParam("itemId") long itemId, @QueryParam("error") String error,
            @QueryParam("field") String field, @QueryParam("notice") String notice, @QueryParam("cursor") String cursor,
            @QueryParam("back") String back) {
        return ComplaintPages.itemPage(pages, complaints, "REVIEWER", itemId, here(itemId), new Views.Flash(error, field, notice),
                ((JsonWebToken) identity.getPrincipal()).getSubject(), clock.instant(), cursor, back);
    }

    @POST
    @Path("/items/{itemId}/claim")
    public Response claim(@PathParam("itemId") long itemId) {
        return PeerCalls.COMPLAINT.submit(here(itemId), () -> {
            complaints.claim(itemId);
            return here(itemId);
        });
    }

    @POST
    @Path("/items/{itemId}/decision")
    public Response decide(@PathParam("itemId") long itemId, @RestForm String outcome, @RestForm String reasonCode,
            @RestForm String reason) {
        String here = here(itemId);
        List<String> missing = new ArrayList<>();
        boolean accept = "ACCEPT".equals(outcome);
        boolean reject = "REJECT".equals(outcome);
        if (!accept && !reject) {
            missing.add("outcome");
        }
        // Without an outcome any known code passes for now; with one, the code must be one of that outcome's.
        List<String> codes = accept ? ComplaintViews.ACCEPT_CODES
                : reject ? ComplaintViews.REJECT_CODES : ComplaintViews.ALL_CODES;
        if (reasonCode == null || !codes.contains(reasonCode)) {
            missing.add("reasonCode");
        }
        if (reason == null || reason.isBlank()) {
            missing.add("reason");
        }
        if (!missing.isEmpty()) {
            Views.Typed typed = Views.Typed.of("decide").with("outcome", outcome).with("reasonCode", reasonCode)
                    .with("reason", reason);
            return PortalPages.refusedForm(ComplaintPages.itemPage(pages, complaints, "REVIEWER", itemId, here,
                    Views.Flash.invalid(missing, typed), ((JsonWebToken) identity.getPrincipal()).getSubject(),
                    clock.instant()));
        }
        return PeerCalls.COMPLAINT.submit(here, () -> {
            complaints.decide(itemId, new ComplaintRestClient.Decision(outcome, reasonCode, reason.strip()));
            return here + "?notice=decided";
        });
    }

    private static String here(long itemId) {
        return "/review/complaints/items/" + itemId;
    }
}
