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
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Terminations wait for a second reviewer: the queue of pending ones by deadline (overdue first, as merchant-service
 * orders them), a page at a time, and each with the form to confirm or decline it. merchant-service refuses the
 * proposer's own decision (four eyes); the page says so.
 */
@Path("/review/terminations")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("reviewer")
public class TerminationReviewPages {

    static final String BASE = "/review/terminations";
    static final List<String> OUTCOMES = List.of("CONFIRMED", "DECLINED");

    /**
     * A termination as a row shows it: its times written out, the time left to its deadline, and its clause and facts
     * in the reader's language.
     */
    public record Row(MerchantRestClient.Termination termination, String proposedAt, String deadline,
            MerchantViews.Countdown left, String decidedAt, String clause, String facts) {

        static Row of(MerchantRestClient.Termination t, Instant now, ReasonTexts.In texts) {
            MerchantRestClient.CodedReasons coded = t.coded();
            return new Row(t, Views.time(t.proposedAt()), Views.time(t.deadline()),
                    MerchantViews.Countdown.of(t.asOf(), t.deadline(), now), Views.time(t.decidedAt()),
                    texts.clause(coded == null ? null : coded.clause(), t.policyClause()),
                    texts.facts(coded == null ? null : coded.facts(), t.facts()));
        }

        public boolean pending() {
            return "PENDING".equals(termination.status());
        }

        public boolean byLadder() {
            return termination.proposedBy() == null;
        }
    }

    @CheckedTemplate(basePath = "terminations")
    static class Pages {
        static native TemplateInstance queue(Page page, List<Row> terminations, Pager pager);

        static native TemplateInstance review(Page page, Row row, Views.Flash flash);
    }

    @Inject
    PortalPages pages;

    @Inject
    MerchantClient merchants;

    @Inject
    Clock clock;

    @Inject
    ReasonTexts texts;

    @GET
    public TemplateInstance queue(@QueryParam("cursor") String cursor, @QueryParam("back") String back) {
        Page page = pages.page();
        Instant now = clock.instant();
        var pending = PeerCalls.MERCHANT.read(() -> merchants.terminations(MerchantPages.PAGE_SIZE, cursor));
        return Pages.queue(page, pending.items().stream().map(t -> Row.of(t, now, texts.in(page.language()))).toList(),
                Pager.of(BASE, Map.of(), cursor, back, pending.nextCursor())).setLocale(page.language().locale);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance review(@PathParam("id") long id, @QueryParam("notice") String notice) {
        return reviewPage(id, new Views.Flash(null, null, notice));
    }

    @POST
    @Path("/{id}/decision")
    public Response decide(@PathParam("id") long id, @RestForm String outcome, @RestForm String reason) {
        List<String> missing = new ArrayList<>();
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            missing.add("outcome");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            missing.add("reason");
        }
        Views.Typed typed = Views.Typed.of("termination-decide").with("outcome", outcome).with("reason", reason);
        if (!missing.isEmpty()) {
            return PortalPages.refusedForm(reviewPage(id, Views.Flash.invalid(missing, typed)));
        }
        var attempt = PeerCalls.MERCHANT.attempt(() -> merchants.decideTermination(id,
                new MerchantRestClient.TerminationDecision(outcome, reason.strip())));
        if (attempt.refused()) {
            // The proposer's own decision (403), or one decided otherwise meanwhile (409): the form keeps what was typed.
            return PortalPages.refusedForm(reviewPage(id, new Views.Flash(attempt.refusal().code(),
                    attempt.refusal().field(), null, typed)));
        }
        return Response.seeOther(java.net.URI.create(BASE + "/" + id + "?notice=decided")).build();
    }

    private TemplateInstance reviewPage(long id, Views.Flash flash) {
        Page page = pages.page();
        var termination = PeerCalls.MERCHANT.read(() -> merchants.termination(id));
        return Pages.review(page, Row.of(termination, clock.instant(), texts.in(page.language())), flash).setLocale(page.language().locale);
    }
}
