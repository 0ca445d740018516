package io.markguard.portal.web;

import io.markguard.portal.client.MerchantClient;
import io.markguard.portal.client.MerchantRestClient;
import io.markguard.portal.client.PeerReads;
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
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The merchant's pages: standing, each sanction with its statement of reasons, the appeal form and the
 * appeals' status, and the trader identity. Everything comes from merchant-service, asked with the
 * merchant's own token, so it decides what the merchant may see.
 */
@Path("/merchant")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("merchant")
public class MerchantPages {

    /** The trader identity form's id, by which a refused post fills it in again. */
    static final String IDENTITY_FORM = "identity-form";

    @CheckedTemplate(basePath = "merchant")
    static class Pages {
        static native TemplateInstance standing(Page page, MerchantViews.StandingPage view);

        static native TemplateInstance sanction(Page page, MerchantViews.ReasonsPage view, Views.Flash flash,
                String idempotencyKey, DecisionLogLine logEntry);

        static native TemplateInstance appeals(Page page, List<MerchantViews.AppealRow> appeals, Pager pager);

        static native TemplateInstance appeal(Page page, MerchantViews.AppealPage view, Views.Flash flash);

        static native TemplateInstance identity(Page page, MerchantViews.IdentityPage view);

        static native TemplateInstance listings(Page page, MerchantViews.ListingsPage view);
    }

    static final String APPEALS = "/merchant/appeals";

    static final String LISTINGS = "/merchant/listings";

    @Inject
    PortalPages pages;

    @Inject
    MerchantClient merchants;

    @Inject
    PeerReads reads;

    @Inject
    Clock clock;

    @Inject
    DecisionLogLinks logLinks;

    @Inject
    ReasonTexts texts;

    /** Sanctions per page on the standing page, and appeals and listings per page. */
    static final int PAGE_SIZE = 25;

    /**
     * The standing, then a page of the sanctions in force ({@code active.cursor}) and a page of all sanctions,
     * narrowed by {@code status} ({@code history.cursor}). Either list may be missing when merchant-service cannot
     * give it; the standing is shown all the same.
     */
    @GET
    public Response standing(@QueryParam("status") String status, @QueryParam("active.cursor") String activeCursor,
            @QueryParam("active.back") String activeBack, @QueryParam("history.cursor") String historyCursor,
            @QueryParam("history.back") String historyBack) {
        Page page = pages.page();
        String historyStatus = status == null || status.isBlank() ? null : status.strip();
        if (historyStatus != null && !MerchantViews.SANCTION_STATUSES.contains(historyStatus)) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        // The three reads are independent: asked side by side, the page takes the slowest of them.
        var activeRead = reads.start(() -> merchants.sanctions("ACTIVE", PAGE_SIZE, activeCursor));
        var historyRead = reads.start(() -> merchants.sanctions(historyStatus, PAGE_SIZE, historyCursor));
        var standing = PeerCalls.MERCHANT.read(merchants::standing);
        Instant now = clock.instant();
        var active = MerchantViews.SanctionsPart.of(PeerCalls.MERCHANT.part(activeRead),
                next -> Pager.of("/merchant", "active.", java.util.Map.of(), activeCursor, activeBack, next), standing.asOf(), now);
        Map<String, String> filter = new java.util.HashMap<>();
        filter.put("status", historyStatus);
        var history = MerchantViews.SanctionsPart.of(PeerCalls.MERCHANT.part(historyRead),
                next -> Pager.of("/merchant", "history.", filter, historyCursor, historyBack, next), standing.asOf(), now);
        var view = new MerchantViews.StandingPage(standing, Views.time(standing.asOf()),
                Views.time(standing.listingBlockedUntil()), active, history, historyStatus,
                MerchantViews.PendingTerminationPart.of(standing.pendingTermination(), standing.asOf(), now));
        return Response.ok(Pages.standing(page, view).setLocale(page.language().locale)).build();
    }

    @GET
    @Path("/sanctions/{id}")
    public TemplateInstance sanction(@PathParam("id") long id, @QueryParam("error") String error,
            @QueryParam("field") String field) {
        return sanctionPage(id, new Views.Flash(error, field, null));
    }

    private TemplateInstance sanctionPage(long id, Views.Flash flash) {
        Page page = pages.page();
        var detail = PeerCalls.MERCHANT.read(() -> merchants.sanction(id));
        DecisionLogLine logEntry = DecisionLogLine.from(PeerCalls.MERCHANT.part(() -> merchants
                .decisionLogEntry("sanction-" + id).map(e -> new long[] { e.index(), e.treeSize() })),
                logLinks.merchantService());
        return Pages.sanction(page, MerchantViews.ReasonsPage.of(detail, APPEALS, clock.instant(), texts.in(page.language())), flash,
                UUID.randomUUID().toString(), logEntry).setLocale(page.language().locale);
    }

    /** The browser's multipart form, forwarded as merchant-service's multipart appeal with the form's own key. */
    @POST
    @Path("/sanctions/{id}/appeals")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response appeal(@PathParam("id") long id, @RestForm String explanation, @RestForm String idempotencyKey,
            @RestForm("evidence") List<FileUpload> evidence) {
        String here = "/merchant/sanctions/" + id;
        if (explanation == null || explanation.isBlank()) {
            // The evidence files cannot be kept: a browser fills no file input in again.
            return PortalPages.refusedForm(sanctionPage(id, Views.Flash.invalid(List.of("explanation"),
                    Views.Typed.of("appeal-form").with("explanation", explanation))));
        }
        ClientMultipartForm form = ClientMultipartForm.create().attribute("explanation", explanation, null);
        List<FileUpload> files = new ArrayList<>();
        // A file input left empty still sends a part with no name and no bytes; it is no evidence.
        for (FileUpload file : evidence == null ? List.<FileUpload>of() : evidence) {
            if (file.size() > 0 || (file.fileName() != null && !file.fileName().isBlank())) {
                files.add(file);
            }
        }
        for (FileUpload file : files) {
            form.binaryFileUpload("evidence", file.fileName(), file.uploadedFile().toString(),
                    file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType());
        }
        String key = PeerCalls.idempotencyKey(idempotencyKey);
        return PeerCalls.MERCHANT.submit(here, () -> APPEALS + "/" + merchants.fileAppeal(id, key, form).id());
    }

    @GET
    @Path("/appeals")
    public TemplateInstance appeals(@QueryParam("cursor") String cursor, @QueryParam("back") String back) {
        Page page = pages.page();
        Instant now = clock.instant();
        var appeals = PeerCalls.MERCHANT.read(() -> merchants.myAppeals(PAGE_SIZE, cursor));
        var rows = appeals.items().stream().map(a -> MerchantViews.AppealRow.of(a, now)).toList();
        return Pages.appeals(page, rows, Pager.of(APPEALS, java.util.Map.of(), cursor, back, appeals.nextCursor()))
                .setLocale(page.language().locale);
    }

    /**
     * The merchant's own listings by id, narrowed by {@code status}, each saying why it is off sale when it is. A
     * status merchant-service does not know is refused here, on the page with the filter as asked; a cursor it
     * refuses is the link-no-longer-valid page, which keeps the status.
     */
    @GET
    @Path("/listings")
    public Response listings(@QueryParam("status") String status, @QueryParam("cursor") String cursor,
            @QueryParam("back") String back) {
        Page page = pages.page();
        String chosen = blankless(status);
        if (chosen != null && !MerchantViews.LISTING_STATUSES.contains(chosen)) {
            return PortalPages.refusedForm(Pages.listings(page, MerchantViews.ListingsPage.refused(chosen))
                    .setLocale(page.language().locale));
        }
        var found = PeerCalls.MERCHANT.read(() -> merchants.myListings(chosen, PAGE_SIZE, cursor));
        Map<String, String> filter = new java.util.HashMap<>();
        filter.put("status", chosen);
        var view = MerchantViews.ListingsPage.of(found.items(), chosen,
                Pager.of(LISTINGS, filter, cursor, back, found.nextCursor()));
        return Response.ok(Pages.listings(page, view).setLocale(page.language().locale)).build();
    }

    @GET
    @Path("/appeals/{id}")
    public TemplateInstance appeal(@PathParam("id") long id) {
        Page page = pages.page();
        var appeal = PeerCalls.MERCHANT.read(() -> merchants.appeal(id));
        return Pages.appeal(page, MerchantViews.AppealPage.of(appeal, APPEALS, clock.instant()), new Views.Flash(null, null, null))
                .setLocale(page.language().locale);
    }

    @GET
    @Path("/appeals/{id}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    public Response evidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
        return download(merchants, id, evidenceId);
    }

    @GET
    @Path("/identity")
    public TemplateInstance identity(@QueryParam("error") String error, @QueryParam("field") String field,
            @QueryParam("notice") String notice) {
        Page page = pages.page();
        var identity = PeerCalls.MERCHANT.read(merchants::traderIdentity);
        return Pages.identity(page, new MerchantViews.IdentityPage(identity, Views.time(identity.updatedAt()),
                Views.time(identity.selfCertifiedAt()), new Views.Flash(error, field, notice))).setLocale(page.language().locale);
    }

    @POST
    @Path("/identity")
    public Response saveIdentity(@RestForm String legalName, @RestForm String address, @RestForm String phone,
            @RestForm String email, @RestForm String identityDocumentRef, @RestForm String tradeRegisterNumber,
            @RestForm String selfCertified) {
        var update = new MerchantRestClient.TraderIdentityUpdate(blankless(legalName), blankless(address), blankless(phone),
                blankless(email), blankless(identityDocumentRef), blankless(tradeRegisterNumber), selfCertified != null);
        var attempt = PeerCalls.MERCHANT.attempt(() -> {
            merchants.updateTraderIdentity(update);
            return Boolean.TRUE;
        });
        if (!attempt.refused()) {
            return Response.seeOther(java.net.URI.create("/merchant/identity?notice=saved")).build();
        }
        // Refused: the form again with merchant-service's reasons at their fields and everything as it was typed.
        Views.Typed typed = Views.Typed.of(IDENTITY_FORM).with("legalName", legalName).with("address", address)
                .with("phone", phone).with("email", email).with("identityDocumentRef", identityDocumentRef)
                .with("tradeRegisterNumber", tradeRegisterNumber).with("selfCertified", selfCertified);
        Page page = pages.page();
        var identity = PeerCalls.MERCHANT.read(merchants::traderIdentity);
        return PortalPages.refusedForm(Pages.identity(page, new MerchantViews.IdentityPage(identity,
                Views.time(identity.updatedAt()), Views.time(identity.selfCertifiedAt()),
                new Views.Flash(attempt.refusal().code(), attempt.refusal().field(), null, typed)))
                .setLocale(page.language().locale));
    }

    /** An evidence document as merchant-service serves it, to whoever merchant-service lets see it. */
    static Response download(MerchantClient merchants, long appealId, long evidenceId) {
        Response upstream = PeerCalls.MERCHANT.read(() -> merchants.evidence(appealId, evidenceId));
        byte[] content = upstream.readEntity(byte[].class);
        return Response.ok(content, upstream.getMediaType())
                .header("Content-Disposition", "attachment; filename=\"evidence-" + evidenceId + "\"")
                .build();
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
