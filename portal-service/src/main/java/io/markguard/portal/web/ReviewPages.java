package io.markguard.portal.web;

import io.markguard.platform.paging.Cursor;
import io.markguard.portal.registry.TrademarkRegistries;
import io.markguard.portal.service.EvidenceStore;
import io.markguard.portal.service.ReviewQueue;
import io.markguard.portal.service.Verifications;
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
import org.jboss.resteasy.reactive.RestForm;

/** The reviewer's verification queue and case pages. */
@Path("/review")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("reviewer")
public class ReviewPages {

    @Inject
    PortalPages pages;

    @Inject
    ReviewQueue queue;

    @Inject
    Verifications verifications;

    @Inject
    EvidenceStore evidence;

    @Inject
    TrademarkRegistries registries;

    @GET
    public TemplateInstance queue(@QueryParam("error") String error, @QueryParam("cursor") String cursor,
            @QueryParam("back") String back) {
        Page page = pages.page();
        var cases = queue.queue(BrandPages.PAGE_SIZE, Cursor.read("cursor", cursor, ReviewQueue.QUEUE, 2));
        var rows = cases.items().stream().map(q -> new Views.QueueRow(q.id(), q.brandName(), q.legalEntity(),
                q.office() + " " + q.registrationNumber() + " · " + q.mark(), q.method().name(),
                q.reviewReason() == null ? "" : q.reviewReason().name(), Views.time(q.deadline()),
                q.claimedByName() == null ? "" : q.claimedByName()))
                .toList();
        Pager pager = Pager.of("/review", java.util.Map.of(), cursor, back, cases.nextCursor());
        return Templates.reviewQueue(page, new Views.Queue(rows, pager, new Views.Flash(error, null, null)))
                .setLocale(page.language().locale);
    }

    @GET
    @Path("/cases/{caseId}")
    public TemplateInstance reviewCase(@PathParam("caseId") long caseId, @QueryParam("error") String error,
            @QueryParam("field") String field) {
        return casePage(caseId, new Views.Flash(error, field, null));
    }

    private TemplateInstance casePage(long caseId, Views.Flash flash) {
        Page page = pages.page();
        ReviewQueue.QueuedCase q = queue.get(caseId);
        var detail = BrandPages.caseView(q.brand(), verifications.detailOf(q.verification()), flash);
        String me = pages.actor().subject();
        var view = new Views.ReviewCase(detail, Views.BrandRow.of(q.brand()), q.brand().websiteDomain, q.brand().country,
                registries.find(q.right().office, q.right().registrationNumber).orElse(null),
                q.verification().claimedByName == null ? "" : q.verification().claimedByName,
                me.equals(q.verification().claimedBy));
        return Templates.reviewCase(page, view).setLocale(page.language().locale);
    }

    @POST
    @Path("/cases/{caseId}/claim")
    public Response claim(@PathParam("caseId") long caseId) {
        String here = "/review/cases/" + caseId;
        return BrandPages.attempt(here, () -> {
            queue.claim(pages.actor(), caseId);
            return here;
        });
    }

    @POST
    @Path("/cases/{caseId}/decision")
    public Response decide(@PathParam("caseId") long caseId, @RestForm String outcome, @RestForm String reason) {
        String here = "/review/cases/" + caseId;
        List<String> invalid = new ArrayList<>();
        ReviewQueue.Outcome chosen = BrandPages.enumOf(ReviewQueue.Outcome.class, outcome, "outcome", invalid);
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            invalid.add("reason");
        }
        if (!invalid.isEmpty()) {
            Views.Typed typed = Views.Typed.of("decide").with("outcome", outcome).with("reason", reason);
            return PortalPages.refusedForm(casePage(caseId, Views.Flash.invalid(invalid, typed)));
        }
        return BrandPages.attempt(here, () -> {
            queue.decide(pages.actor(), caseId, chosen, reason);
            return "/review";
        });
    }

    @GET
    @Path("/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("documentId") long documentId) {
        EvidenceStore.Download download = evidence.download(documentId);
        return Response.ok(download.content(), download.document().contentType)
                .header("Content-Disposition", "attachment; filename=\"document-" + documentId + "\"")
                .build();
    }
}
