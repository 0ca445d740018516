package io.markguard.portal.web;

import io.markguard.portal.Brand;
import io.markguard.portal.client.MisuseClient;
import io.markguard.portal.client.PeerReads;
import io.markguard.portal.service.BrandDirectory;
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
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The brand's side of its misuse measures (DSA Art. 23): the history on the trust page, a page at a time, and the
 * form to contest a measure with a statement, which complaint-service keeps and places before the reviewer.
 */
@Path("/complaints/brands/{brandId}/misuse")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("brand")
public class MisusePages {

    /** Events per page of the history. */
    static final int HISTORY_PAGE = 25;
    private static final int MIN_STATEMENT = 10;
    private static final int MAX_STATEMENT = 5000;

    @CheckedTemplate(basePath = "misuse")
    static class Pages {
        static native TemplateInstance contest(Page page, MisuseViews.ContestPage view);
    }

    @Inject
    PortalPages pages;

    @Inject
    BrandDirectory brands;

    @Inject
    MisuseClient misuse;

    /** The history on the brand's trust page, started beside the page's other reads; its pages ride in {@code misuse.*}. */
    static PeerReads.Read<io.markguard.platform.paging.Page<io.markguard.portal.client.MisuseRestClient.Event>> startHistory(
            PeerReads reads, MisuseClient misuse, long brandId, String cursor) {
        return reads.start(() -> misuse.events(brandId, HISTORY_PAGE, cursor));
    }

    /** The misuse part of the trust page: the page of events, or a note that complaint-service could not give it. */
    static MisuseViews.TrustPart trustPart(long brandId, String cursor, String back,
            PeerReads.Read<io.markguard.platform.paging.Page<io.markguard.portal.client.MisuseRestClient.Event>> read) {
        var events = PeerCalls.COMPLAINT.part(read);
        if (!events.shown()) {
            return new MisuseViews.TrustPart(new MisuseViews.History(java.util.List.of(), events.unavailable(), Pager.NONE), false);
        }
        Pager pager = Pager.of("/complaints/brands/" + brandId + "/trust", "misuse.", Map.of(), cursor, back,
                events.value().nextCursor());
        var rows = events.value().items().stream().map(MisuseViews.EventRow::of).toList();
        boolean contestable = !rows.isEmpty() || (cursor != null && !cursor.isBlank());
        return new MisuseViews.TrustPart(new MisuseViews.History(rows, null, pager), contestable);
    }

    @GET
    @Path("/contest")
    public TemplateInstance contestForm(@PathParam("brandId") long brandId) {
        return contestPage(brandId, Views.Flash.NONE, UUID.randomUUID().toString());
    }

    @POST
    @Path("/contests")
    public Response contest(@PathParam("brandId") long brandId, @RestForm String statement, @RestForm String idempotencyKey) {
        brand(brandId);
        String text = statement == null ? "" : statement.strip();
        String key = PeerCalls.idempotencyKey(idempotencyKey);
        Views.Typed typed = Views.Typed.of("contest").with("statement", statement);
        if (text.length() < MIN_STATEMENT || text.length() > MAX_STATEMENT) {
            return PortalPages.refusedForm(contestPage(brandId, Views.Flash.invalid(java.util.List.of("statement"), typed),
                    key == null ? UUID.randomUUID().toString() : key));
        }
        var attempt = PeerCalls.COMPLAINT.attempt(() -> misuse.contest(brandId, key, text));
        if (attempt.refused()) {
            String code = "CONFLICT".equals(attempt.refusal().code()) ? "NOTHING_TO_CONTEST" : attempt.refusal().code();
            return Response.status(attempt.refusal().code().equals("INVALID") ? 400 : 409).type(MediaType.TEXT_HTML_TYPE
                    .withCharset("UTF-8")).entity(contestPage(brandId, new Views.Flash(code, attempt.refusal().field(), null,
                            typed), key == null ? UUID.randomUUID().toString() : key)).build();
        }
        return Response.seeOther(java.net.URI.create("/complaints/brands/" + brandId + "/trust?notice=contested#misuse-history"))
                .build();
    }

    private TemplateInstance contestPage(long brandId, Views.Flash flash, String idempotencyKey) {
        Page page = pages.page();
        ComplaintViews.BrandChoice brand = brand(brandId);
        var latest = PeerCalls.COMPLAINT.read(() -> misuse.events(brandId, 1, null)).items();
        return Pages.contest(page, new MisuseViews.ContestPage(brand, latest.isEmpty() ? null : MisuseViews.EventRow.of(latest.get(0)),
                flash, idempotencyKey)).setLocale(page.language().locale);
    }

    private ComplaintViews.BrandChoice brand(long brandId) {
        Brand b = brands.readable(pages.actor(), brandId);
        return new ComplaintViews.BrandChoice(b.id, b.name, b.status.name());
    }
}
