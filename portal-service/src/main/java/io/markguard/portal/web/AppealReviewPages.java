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
                String reasonsUnavailable, List<String> reasonCodes,
                Views.Flash flash);
    }

    static final String BASE = "/appeals";
    static final List<String> OUTCOMES = List.of("UPHELD", "DENIED");
    /** merchant-service's reason codes of a decision, each for the outcomes it fits. */
    static final List<String> UPHOLDING = List.of("NOT_INFRINGING", "AUTHORISED_GOODS", "INSUFFICIENT_EVIDENCE", "OTHER");
    static final List<String> DENYING = List.of("INFRINGEMENT_CONFIRMED", "EVIDENCE_UNCONVINCING", "OTHER");
    /** As the form offers them: OTHER, which fits either outcome, first. */
    static final List<String> REASON_CODES = List.of("OTHER", "NOT_INFRINGING", "AUTHORISED_GOODS", "INSUFFICIENT_EVIDENCE",
            "INFRINGEMENT_CONFIRMED", "EVIDENCE_UNCONVINCING");

    @Inject
    PortalPages pages;

    @Inject
    MerchantClient merchants;

    @Inject
    Clock clock;

    @Inject
    ReasonTexts texts;

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

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    /**
     * The reviewer's appeal case. A brand user (following a link mailed before the brand had a page of its own) is
     * sent on to the brand's page of the appeal.
     */
    @GET
    @Path("/{id}")
    @RolesAllowed({ "reviewer", "brand" })
    public Response appealCase(@PathParam("id") long id, @QueryParam("error") String error,
            @QueryParam("field") String field) {
        if (!identity.hasRole("reviewer")) {
            var appeal = PeerCalls.MERCHANT.read(() -> merchants.appeal(id));
            if (appeal.brandId() == null || !appeal.brandId().matches("\\d{1,18}")) {
                throw new jakarta.ws.rs.NotFoundException();
            }
            return Response.seeOther(java.net.URI.create(BrandAppealPages.base(Long.parseLong(appeal.brandId())) + "/" + id))
                    .build();
        }
        return Response.ok(casePage(id, new Views.Flash(error, field, null))).build();
    }

    private TemplateInstance casePage(long id, Views.Flash flash) {
        Page page = pages.page();
        var appeal = PeerCalls.MERCHANT.read(() -> merchants.appeal(id));
        // The sanction is known only from the appeal, so it is read after it; the appeal is decided without it.
        var sanction = PeerCalls.MERCHANT.part(() -> merchants.sanction(appeal.sanctionId()));
        Instant now = clock.instant();
        return Pages.appealCase(page, MerchantViews.AppealPage.of(appeal, BASE, now),
                sanction.shown() ? MerchantViews.ReasonsPage.of(sanction.value(), BASE, now, texts.in(page.language())) : null, sanction.unavailable(),
                REASON_CODES, flash).setLocale(page.language().locale);
    }

    @POST
    @Path("/{id}/decision")
    public Response decide(@PathParam("id") long id, @RestForm String outcome, @RestForm String reasonCode,
            @RestForm String reason) {
        String here = BASE + "/" + id;
        List<String> missing = new ArrayList<>();
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            missing.add("outcome");
        }
        // The form always sends one; a post without it (an older form) gives the reasons alone.
        String code = reasonCode == null || reasonCode.isBlank() ? "OTHER" : reasonCode;
        if (outcome != null && OUTCOMES.contains(outcome) && !("UPHELD".equals(outcome) ? UPHOLDING : DENYING).contains(code)) {
            missing.add("reasonCode");
        }
        if (reason == null || reason.isBlank()) {
            missing.add("reason");
        }
        if (!missing.isEmpty()) {
            Views.Typed typed = Views.Typed.of("appeal-decide").with("outcome", outcome).with("reasonCode", reasonCode)
                    .with("reason", reason);
            return PortalPages.refusedForm(casePage(id, Views.Flash.invalid(missing, typed)));
        }
        // A refusal (four-eyes, decided otherwise meanwhile) comes back to the case, which shows why.
        var attempt = PeerCalls.MERCHANT.attempt(
                () -> merchants.decide(id, new MerchantRestClient.AppealDecision(outcome, code, reason.strip())));
        if (attempt.refused()) {
            return PeerCalls.back(here, attempt.refusal().code(), attempt.refusal().field());
        }
        return Response.seeOther(java.net.URI.create(here)).build();
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    public Response evidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        return MerchantPages.download(merchants, id, evidenceId);
    }
}
