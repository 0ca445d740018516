package io.markguard.portal.web;

import io.markguard.portal.client.MerchantClient;
import io.markguard.portal.client.MerchantRestClient;
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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The reviewer's appeal queue, by decision deadline, and the appeal case with the decision form. */
@Path("/appeals")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("reviewer")
public class AppealReviewPages {

    @CheckedTemplate(basePath = "appeals")
    static class Pages {
        static native TemplateInstance queue(Page page, List<MerchantViews.AppealRow> appeals, Pager pager);

        static native TemplateInstance appealCase(Page page, MerchantViews.AppealPage view, MerchantViews.ReasonsPage reasons,
                String reasonsUnavailable,
                Views.Flash flash);
    }

    static final String BASE = "/appeals";
    static final List<String> OUTCOMES = List.of("UPHELD", "DENIED");

    @Inject
    PortalPages pages;

    @Inject
    MerchantClient merchants;

    @Inject
    Clock clock;

    /** Open appeals, soonest decision deadline first (merchant-service's order), a page at a time. */
    @GET
    public TemplateInstance queue(@QueryParam("cursor") String cursor, @QueryParam("back") String back) {
        Page page = pages.page();
        Instant now = clock.instant();
        var appeals = PeerCalls.MERCHANT.read(() -> merchants.appeals("OPEN", MerchantPages.PAGE_SIZE, cursor));
        var rows = appeals.items().stream().map(a -> MerchantViews.AppealRow.of(a, now)).toList();
        return Pages.queue(page, rows, Pager.of("/appeals", java.util.Map.of(), cursor, back, appeals.nextCursor()))
                .setLocale(page.language().locale);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance appealCase(@PathParam("id") long id, @QueryParam("error") String error,
            @QueryParam("field") String field) {
        return casePage(id, new Views.Flash(error, field, null));
    }

    private TemplateInstance casePage(long id, Views.Flash flash) {
        Page page = pages.page();
        var appeal = PeerCalls.MERCHANT.read(() -> merchants.appeal(id));
        // The sanction is known only from the appeal, so it is read after it; the appeal is decided without it.
        var sanction = PeerCalls.MERCHANT.part(() -> merchants.sanction(appeal.sanctionId()));
        Instant now = clock.instant();
        return Pages.appealCase(page, MerchantViews.AppealPage.of(appeal, BASE, now),
                sanction.shown() ? MerchantViews.ReasonsPage.of(sanction.value(), BASE, now) : null, sanction.unavailable(),
                flash).setLocale(page.language().locale);
    }

    @POST
    @Path("/{id}/decision")
    public Response decide(@PathParam("id") long id, @RestForm String outcome, @RestForm String reason) {
        String here = BASE + "/" + id;
        List<String> missing = new ArrayList<>();
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            missing.add("outcome");
        }
        if (reason == null || reason.isBlank()) {
            missing.add("reason");
        }
        if (!missing.isEmpty()) {
            Views.Typed typed = Views.Typed.of("appeal-decide").with("outcome", outcome).with("reason", reason);
            return PortalPages.refusedForm(casePage(id, Views.Flash.invalid(missing, typed)));
        }
        return PeerCalls.MERCHANT.submit(here, () -> {
            merchants.decide(id, new MerchantRestClient.AppealDecision(outcome, reason.strip()));
            return here;
        });
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    public Response evidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        return MerchantPages.download(merchants, id, evidenceId);
    }
}
