package io.markguard.portal.web;

import io.markguard.portal.client.MisuseClient;
import io.markguard.portal.client.MisuseRestClient;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Proposed suspensions of filing before a reviewer (DSA Art. 23(3)): the queue by deadline, and each proposal with the
 * brand's figures, its latest statement and its history, to confirm or decline with a reason code and a reason.
 */
@Path("/review/misuse")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("reviewer")
public class MisuseReviewPages {

    static final int QUEUE_PAGE = 25;

    @CheckedTemplate(basePath = "misuse")
    static class Pages {
        static native TemplateInstance queue(Page page, MisuseViews.QueuePage view);

        static native TemplateInstance review(Page page, MisuseViews.ReviewPage view);
    }

    @Inject
    PortalPages pages;

    @Inject
    MisuseClient misuse;

    @GET
    public TemplateInstance queue(@QueryParam("cursor") String cursor, @QueryParam("back") String back) {
        Page page = pages.page();
        var queued = PeerCalls.COMPLAINT.read(() -> misuse.queue(QUEUE_PAGE, cursor));
        Pager pager = Pager.of("/review/misuse", Map.of(), cursor, back, queued.nextCursor());
        return Pages.queue(page, new MisuseViews.QueuePage(queued.items().stream().map(MisuseViews.ReviewRow::of).toList(),
                pager)).setLocale(page.language().locale);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance review(@PathParam("id") long id, @QueryParam("error") String error,
            @QueryParam("field") String field, @QueryParam("notice") String notice, @QueryParam("cursor") String cursor,
            @QueryParam("back") String back) {
        return reviewPage(id, new Views.Flash(error, field, notice), cursor, back);
    }

    @POST
    @Path("/{id}/decision")
    public Response decide(@PathParam("id") long id, @RestForm String decision, @RestForm String reasonCode,
            @RestForm String reason) {
        String here = "/review/misuse/" + id;
        List<String> missing = new ArrayList<>();
        boolean confirm = "CONFIRM".equals(decision);
        boolean decline = "DECLINE".equals(decision);
        if (!confirm && !decline) {
            missing.add("decision");
        }
        List<String> codes = new ArrayList<>(decline ? List.of() : MisuseViews.CONFIRM_CODES);
        if (!confirm) {
            codes.addAll(MisuseViews.DECLINE_CODES);
        }
        if (reasonCode == null || !codes.contains(reasonCode)) {
            missing.add("reasonCode");
        }
        if (reason == null || reason.isBlank()) {
            missing.add("reason");
        }
        if (!missing.isEmpty()) {
            Views.Typed typed = Views.Typed.of("misuse-decision").with("decision", decision).with("reasonCode", reasonCode)
                    .with("reason", reason);
            return PortalPages.refusedForm(reviewPage(id, Views.Flash.invalid(missing, typed), null, null));
        }
        return PeerCalls.COMPLAINT.submit(here, () -> {
            misuse.decide(id, new MisuseRestClient.Decision(decision, reasonCode, reason.strip()));
            return here + "?notice=decided";
        });
    }

    private TemplateInstance reviewPage(long id, Views.Flash flash, String cursor, String back) {
        Page page = pages.page();
        var review = PeerCalls.COMPLAINT.read(() -> misuse.review(id));
        var events = PeerCalls.COMPLAINT.part(() -> misuse.events(review.brandId(), MisusePages.HISTORY_PAGE, cursor));
        MisuseViews.History history = events.shown()
                ? new MisuseViews.History(events.value().items().stream().map(MisuseViews.EventRow::of).toList(), null,
                        Pager.of("/review/misuse/" + id, Map.of(), cursor, back, events.value().nextCursor()))
                : new MisuseViews.History(List.of(), events.unavailable(), Pager.NONE);
        return Pages.review(page, new MisuseViews.ReviewPage(MisuseViews.ReviewRow.of(review), history,
                MisuseViews.CONFIRM_CODES, MisuseViews.DECLINE_CODES, flash)).setLocale(page.language().locale);
    }
}
