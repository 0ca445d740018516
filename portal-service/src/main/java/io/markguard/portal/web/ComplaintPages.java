package io.markguard.portal.web;

import io.markguard.portal.Brand;
import io.markguard.portal.IpRight;
import io.markguard.portal.client.ComplaintClient;
import io.markguard.portal.client.ComplaintRestClient;
import io.markguard.portal.client.MerchantClient;
import io.markguard.portal.client.MerchantRestClient;
import io.markguard.portal.rest.BrandResource;
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
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The brand's complaint pages: file a notice (with a listing search), upload a bulk file and follow its per-row
 * report, follow each complaint with live status and deadlines, talk with the merchant and retract an item,
 * and read the brand's trust score. Brands come from the portal's own records; complaints from complaint-service,
 * asked with the user's own token, so it decides what the user may see and do.
 */
@Path("/complaints")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("brand")
public class ComplaintPages {

    @CheckedTemplate(basePath = "complaints")
    static class Pages {
        static native TemplateInstance hub(Page page, ComplaintViews.Hub view);

        static native TemplateInstance list(Page page, ComplaintViews.ListPage view);

        static native TemplateInstance file(Page page, ComplaintViews.FilePage view);

        static native TemplateInstance detail(Page page, ComplaintViews.DetailPage view);

        static native TemplateInstance item(Page page, ComplaintViews.ItemPage view, DecisionLogLine logEntry);

        static native TemplateInstance bulk(Page page, ComplaintViews.BulkPage view);

        static native TemplateInstance job(Page page, ComplaintViews.JobPage view);

        static native TemplateInstance trust(Page page, ComplaintViews.TrustPage view, MisuseViews.TrustPart misuse,
                Views.Flash flash);
    }

    /** The most evidence links and test purchases a notice carries, as complaint-service allows. */
    static final int MAX_EVIDENCE = 20;

    @Inject
    PortalPages pages;

    @Inject
    BrandDirectory brands;

    @Inject
    ComplaintClient complaints;

    @Inject
    MerchantClient merchants;

    @Inject
    io.markguard.portal.client.MisuseClient misuse;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance hub(@QueryParam("cursor") String cursor, @QueryParam("back") String back) {
        Page page = pages.page();
        var mine = brands.mine(pages.actor(), BrandPages.PAGE_SIZE,
                io.markguard.platform.paging.Cursor.read("cursor", cursor, BrandDirectory.BRANDS, 1));
        List<ComplaintViews.BrandChoice> rows = mine.items().stream().map(ComplaintPages::choice).toList();
        Pager pager = Pager.of("/complaints", java.util.Map.of(), cursor, back, mine.nextCursor());
        return Pages.hub(page, new ComplaintViews.Hub(rows, pager)).setLocale(page.language().locale);
    }

    /** Rows per page of the complaint pages' lists. */
    static final int COMPLAINTS_PAGE = 25;
    /** A complaint's items per page: as many as complaint-service answers with the complaint itself. */
    static final int ITEMS_PAGE = 50;
    static final int MESSAGES_PAGE = 50;
    static final int REPORT_PAGE = 100;

    /** A brand's complaints, latest first, narrowed by item status or infringement type and by the days filed. */
    @GET
    @Path("/brands/{brandId}")
    public Response list(@PathParam("brandId") long brandId, @QueryParam("status") String status,
            @QueryParam("infringementType") String infringementType, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("rightId") String rightId, @QueryParam("cursor") String cursor,
            @QueryParam("back") String back) {
        Page page = pages.page();
        ComplaintViews.BrandChoice brand = brand(brandId);
        // An agent authorised on some rights reads the list one right at a time: the one asked, else its first.
        Long right = number(rightId);
        if (right == null) {
            right = brands.firstScopedRight(pages.actor(), brandId);
        }
        Long listedRight = right;
        var filter = ComplaintViews.Filter.of(status, infringementType, from, to);
        List<String> invalid = filter.invalid();
        if (!invalid.isEmpty()) {
            return PortalPages.refusedForm(Pages.list(page, new ComplaintViews.ListPage(brand, List.of(), filter, Pager.NONE,
                    Views.Flash.invalid(invalid, Views.Typed.of("complaint-filter")))).setLocale(page.language().locale));
        }
        Instant now = clock.instant();
        var found = PeerCalls.COMPLAINT.read(() -> complaints.complaints(brandId, new ComplaintClient.ComplaintFilter(
                filter.status(), filter.infringementType(), filter.from(), filter.to(), listedRight), COMPLAINTS_PAGE, cursor));
        var rows = found.items().stream().map(c -> ComplaintViews.SummaryRow.of(c, now)).toList();
        Map<String, String> query = new java.util.LinkedHashMap<>(filter.query());
        if (listedRight != null) {
            query.put("rightId", String.valueOf(listedRight));
        }
        Pager pager = Pager.of("/complaints/brands/" + brandId, query, cursor, back, found.nextCursor());
        return Response.ok(Pages.list(page, new ComplaintViews.ListPage(brand, rows, filter, pager, Views.Flash.NONE))
                .setLocale(page.language().locale)).build();
    }

    /**
     * The filing form; with {@code q}, a page of the marketplace's listings matching it, to tick. Searching and paging
     * through the matches submit the whole form here, so the listings ticked on earlier pages and everything typed
     * come along (ticked listings not on the page shown ride in the form unseen, and are counted).
     */
    @GET
    @Path("/brands/{brandId}/new")
    public TemplateInstance fileForm(@PathParam("brandId") long brandId, @QueryParam("q") String q,
            @QueryParam("cursor") String cursor, @QueryParam("back") String back,
            @QueryParam("listing") List<String> listing, @QueryParam("rightId") String rightId,
            @QueryParam("infringementType") String infringementType, @QueryParam("otherListings") String otherListings,
            @QueryParam("explanation") String explanation, @QueryParam("evidenceUrls") String evidenceUrls,
            @QueryParam("testPurchaseOrders") String testPurchaseOrders, @QueryParam("goodFaith") String goodFaith,
            @QueryParam("accurate") String accurate, @QueryParam("idempotencyKey") String idempotencyKey,
            @QueryParam("step") String step) {
        if (step != null) {
            // A paging button of the picker: the page's cursor and the pages before it, in one value.
            int split = step.indexOf('~');
            cursor = split < 0 ? step : step.substring(0, split);
            back = split < 0 ? null : step.substring(split + 1);
        }
        String key = PeerCalls.idempotencyKey(idempotencyKey);
        List<String> chosen = listing == null ? List.of()
                : listing.stream().filter(s -> s != null && s.strip().matches("\\d{1,18}")).map(String::strip).distinct()
                        .limit(MAX_CHOSEN).toList();
        String type = infringementType != null && ComplaintViews.INFRINGEMENT_TYPES.contains(infringementType)
                ? infringementType : "COUNTERFEIT";
        ComplaintViews.Form form = new ComplaintViews.Form(number(rightId), type, chosen, text(otherListings),
                text(explanation), text(evidenceUrls), text(testPurchaseOrders), goodFaith != null, accurate != null,
                key == null ? UUID.randomUUID().toString() : key);
        return filePage(brandId, q, cursor, back, form, new Views.Flash(null, null, null), null);
    }

    @POST
    @Path("/brands/{brandId}")
    public Response file(@PathParam("brandId") long brandId, @RestForm String rightId, @RestForm String infringementType,
            @RestForm("listing") List<String> listing, @RestForm String otherListings, @RestForm String explanation,
            @RestForm String evidenceUrls, @RestForm String testPurchaseOrders, @RestForm String goodFaith,
            @RestForm String accurate, @RestForm String idempotencyKey, @RestForm String q) {
        List<String> chosen = listing == null ? List.of() : listing.stream().filter(s -> s != null && !s.isBlank()).toList();
        String formKey = PeerCalls.idempotencyKey(idempotencyKey);
        String key = formKey == null ? UUID.randomUUID().toString() : formKey;
        Long right = number(rightId);
        ComplaintViews.Form form = new ComplaintViews.Form(right, infringementType, chosen, text(otherListings),
                text(explanation), text(evidenceUrls), text(testPurchaseOrders), goodFaith != null, accurate != null, key);

        List<String> listings = new ArrayList<>(chosen);
        listings.addAll(lines(otherListings));
        List<String> missing = new ArrayList<>();
        if (right == null) {
            missing.add("rightId");
        }
        if (infringementType == null || !ComplaintViews.INFRINGEMENT_TYPES.contains(infringementType)) {
            missing.add("infringementType");
        }
        if (listings.isEmpty()) {
            missing.add("listings");
        }
        if (explanation == null || explanation.isBlank()) {
            missing.add("explanation");
        }
        if (lines(evidenceUrls).size() > MAX_EVIDENCE) {
            missing.add("evidence.urls");
        }
        if (lines(testPurchaseOrders).size() > MAX_EVIDENCE) {
            missing.add("evidence.testPurchaseOrders");
        }
        if (goodFaith == null) {
            missing.add("goodFaith");
        }
        if (accurate == null) {
            missing.add("accurate");
        }
        if (!missing.isEmpty()) {
            return refusedForm(brandId, q, form, "INVALID", String.join(", ", missing), null);
        }
        var notice = new ComplaintRestClient.NewComplaint(brandId, right, infringementType, listings, explanation.strip(),
                new ComplaintRestClient.EvidenceInput(lines(evidenceUrls), lines(testPurchaseOrders)), true, true);
        var attempt = PeerCalls.COMPLAINT.attempt(() -> complaints.file(key, notice));
        if (attempt.refused()) {
            var refusal = attempt.refusal();
            // A suspension is shown in the reader's words, with the way to the trust page; the English detail is not.
            boolean suspended = "FILING_SUSPENDED".equals(refusal.code());
            return refusedForm(brandId, q, form, refusal.code(), refusal.field(), suspended ? null : refusal.detail());
        }
        return Response.seeOther(java.net.URI.create("/complaints/" + attempt.value().id())).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance detail(@PathParam("id") long id, @QueryParam("cursor") String cursor,
            @QueryParam("back") String back) {
        Page page = pages.page();
        boolean later = cursor != null && !cursor.isBlank();
        // A later page of items is read beside the complaint, which answers with only the first page.
        var laterItems = later ? pages.reads().start(() -> complaints.complaintItems(id, null, ITEMS_PAGE, cursor)) : null;
        var complaint = PeerCalls.COMPLAINT.read(() -> complaints.complaint(id));
        List<ComplaintRestClient.Item> items = complaint.items();
        String next = complaint.itemsNextCursor();
        String itemsUnavailable = null;
        if (later) {
            var more = PeerCalls.COMPLAINT.part(laterItems);
            items = more.shown() ? more.value().items() : List.of();
            next = more.shown() ? more.value().nextCursor() : null;
            itemsUnavailable = more.unavailable();
        }
        Pager pager = itemsUnavailable == null ? Pager.of("/complaints/" + id, Map.of(), cursor, back, next) : Pager.NONE;
        return Pages.detail(page, ComplaintViews.DetailPage.of(complaint, items, itemsUnavailable, pager, clock.instant()))
                .setLocale(page.language().locale);
    }

    @GET
    @Path("/items/{itemId}")
    public TemplateInstance item(@PathParam("itemId") long itemId, @QueryParam("error") String error,
            @QueryParam("field") String field, @QueryParam("notice") String notice, @QueryParam("cursor") String cursor,
            @QueryParam("back") String back) {
        return itemPage(pages, complaints, "BRAND", itemId, "/complaints/items/" + itemId, new Views.Flash(error, field, notice), null,
                clock.instant(), cursor, back);
    }

    @POST
    @Path("/items/{itemId}/messages")
    public Response message(@PathParam("itemId") long itemId, @RestForm String body, @RestForm String idempotencyKey) {
        return sendMessage(pages, complaints, "BRAND", "/complaints/items/" + itemId, itemId, body, idempotencyKey, clock.instant());
    }

    @POST
    @Path("/items/{itemId}/retraction")
    public Response retract(@PathParam("itemId") long itemId, @RestForm String reason) {
        String here = "/complaints/items/" + itemId;
        if (reason == null || reason.isBlank()) {
            return PortalPages.refusedForm(itemPage(pages, complaints, "BRAND", itemId, here,
                    Views.Flash.invalid(List.of("reason"), Views.Typed.of("retract").with("reason", reason)), null,
                    clock.instant()));
        }
        return PeerCalls.COMPLAINT.submit(here, () -> {
            complaints.retract(itemId, reason.strip());
            return here + "?notice=retracted";
        });
    }

    @GET
    @Path("/brands/{brandId}/bulk")
    public TemplateInstance bulkForm(@PathParam("brandId") long brandId, @QueryParam("error") String error,
            @QueryParam("field") String field) {
        return bulkPage(brandId, new Views.Flash(error, field, null));
    }

    private TemplateInstance bulkPage(long brandId, Views.Flash flash) {
        Page page = pages.page();
        ComplaintViews.BrandChoice brand = brand(brandId);
        return Pages.bulk(page, new ComplaintViews.BulkPage(brand, verifiedRights(brandId), ComplaintViews.INFRINGEMENT_TYPES,
                flash, UUID.randomUUID().toString())).setLocale(page.language().locale);
    }

    /**
     * A CSV to fill in: the listing column and the optional columns of a row's own grounds, with two example rows
     * (the upload's grounds, and a row of its own on the brand's first verified right), UTF-8 with the byte-order
     * mark a spreadsheet needs to read it as such.
     */
    @GET
    @Path("/brands/{brandId}/bulk/template.csv")
    @Produces("text/csv")
    public Response bulkTemplate(@PathParam("brandId") long brandId) {
        brand(brandId);
        var rights = verifiedRights(brandId);
        String right = rights.isEmpty() ? "" : String.valueOf(rights.get(0).id());
        String csv = "\uFEFFlisting,rightId,infringementType,explanation,evidenceUrls,testPurchaseOrders\r\n"
                + "https://shop.example/listing/1001,,,,,\r\n"
                + "1002," + right + ",COUNTERFEIT,\"Test purchase TP-77 showed a counterfeit: no hologram, wrong serial.\","
                + "https://evidence.example/tp-77/1 https://evidence.example/tp-77/2,TP-77\r\n";
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"markguard-bulk-template.csv\"").build();
    }

    /** The browser's file, streamed to complaint-service as CSV or JSON; a refusal of the whole upload leaves nothing. */
    @POST
    @Path("/brands/{brandId}/bulk")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response bulk(@PathParam("brandId") long brandId, @RestForm String rightId, @RestForm String infringementType,
            @RestForm String explanation, @RestForm String goodFaith, @RestForm String accurate,
            @RestForm String idempotencyKey, @RestForm("file") FileUpload file) {
        String here = "/complaints/brands/" + brandId + "/bulk";
        brand(brandId);
        // The file itself cannot be kept: a browser fills no file input in again.
        Views.Typed typed = Views.Typed.of("bulk-upload").with("rightId", rightId).with("infringementType", infringementType)
                .with("explanation", explanation).with("goodFaith", goodFaith).with("accurate", accurate);
        List<String> missing = new ArrayList<>();
        Long right = number(rightId);
        if (right == null) {
            missing.add("rightId");
        }
        if (infringementType == null || !ComplaintViews.INFRINGEMENT_TYPES.contains(infringementType)) {
            missing.add("infringementType");
        }
        if (explanation == null || explanation.isBlank()) {
            missing.add("explanation");
        }
        if (goodFaith == null) {
            missing.add("goodFaith");
        }
        if (accurate == null) {
            missing.add("accurate");
        }
        if (file == null || file.size() == 0) {
            missing.add("file");
        }
        if (!missing.isEmpty()) {
            return PortalPages.refusedForm(bulkPage(brandId, Views.Flash.invalid(missing, typed)));
        }
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        String type = file.contentType() == null ? "" : file.contentType().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv") || type.startsWith("text/csv");
        boolean json = name.endsWith(".json") || type.startsWith("application/json");
        if (!csv && !json) {
            return PortalPages.refusedForm(bulkPage(brandId, new Views.Flash("FILE_TYPE", "file", null, typed)));
        }
        String key = PeerCalls.idempotencyKey(idempotencyKey);
        return PeerCalls.COMPLAINT.submit(here, () -> {
            try (InputStream body = Files.newInputStream(file.uploadedFile())) {
                return "/complaints/jobs/" + complaints.upload(csv, brandId, right, infringementType, explanation.strip(),
                        key, body).id();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @GET
    @Path("/jobs/{jobId}")
    public TemplateInstance job(@PathParam("jobId") long jobId, @QueryParam("cursor") String cursor,
            @QueryParam("back") String back) {
        Page page = pages.page();
        var job = PeerCalls.COMPLAINT.read(() -> complaints.job(jobId));
        boolean finished = !"QUEUED".equals(job.state()) && !"RUNNING".equals(job.state());
        // The report is read only once the job is done, so it follows the job; the page does without it.
        var report = finished ? PeerCalls.COMPLAINT.part(() -> complaints.report(jobId, REPORT_PAGE, cursor))
                : new PeerCalls.Part<>(io.markguard.platform.paging.Page.<ComplaintRestClient.ReportRow>empty(), null);
        Pager pager = report.shown() ? Pager.of("/complaints/jobs/" + jobId, Map.of(), cursor, back, report.value().nextCursor())
                : Pager.NONE;
        return Pages.job(page, ComplaintViews.JobPage.of(job, report.shown() ? report.value().items() : List.of(),
                report.unavailable(), pager)).setLocale(page.language().locale);
    }

    @GET
    @Path("/jobs/{jobId}/report.csv")
    @Produces("text/csv")
    public Response reportCsv(@PathParam("jobId") long jobId) {
        String csv = PeerCalls.COMPLAINT.read(() -> complaints.reportCsv(jobId));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"bulk-" + jobId + "-report.csv\"").build();
    }

    @GET
    @Path("/brands/{brandId}/trust")
    public TemplateInstance trust(@PathParam("brandId") long brandId, @QueryParam("misuse.cursor") String misuseCursor,
            @QueryParam("misuse.back") String misuseBack, @QueryParam("notice") String notice) {
        Page page = pages.page();
        ComplaintViews.BrandChoice brand = brand(brandId);
        var history = MisusePages.startHistory(pages.reads(), misuse, brandId, misuseCursor);
        var score = PeerCalls.COMPLAINT.read(() -> complaints.trustScore(brandId));
        return Pages.trust(page, ComplaintViews.TrustPage.of(brand, score),
                MisusePages.trustPart(brandId, misuseCursor, misuseBack, history), new Views.Flash(null, null, notice))
                .setLocale(page.language().locale);
    }

    /** The public transparency figures over the brand's own complaints only. */
    @GET
    @Path("/brands/{brandId}/transparency")
    public TemplateInstance transparency(@PathParam("brandId") long brandId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return TransparencyPages.render(pages, complaints, null, null, from, to, brand(brandId));
    }

    @GET
    @Path("/brands/{brandId}/transparency/figures.csv")
    @Produces("text/csv")
    public Response transparencyCsv(@PathParam("brandId") long brandId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        brand(brandId);
        return TransparencyPages.download(complaints, true, from, to, brandId, "brand-" + brandId + "-transparency");
    }

    @GET
    @Path("/brands/{brandId}/transparency/figures.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response transparencyJson(@PathParam("brandId") long brandId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        brand(brandId);
        return TransparencyPages.download(complaints, false, from, to, brandId, "brand-" + brandId + "-transparency");
    }

    /** The item page, shared by the brand's, the merchant's and the reviewer's pages. */
    static TemplateInstance itemPage(PortalPages pages, ComplaintClient complaints, String side, long itemId, String backTo,
            Views.Flash flash, String reviewer, Instant now) {
        return itemPage(pages, complaints, side, itemId, backTo, flash, reviewer, now, null, null);
    }

    /** The item page with one page of its thread, oldest first; {@code cursor} and {@code back} page through it. */
    static TemplateInstance itemPage(PortalPages pages, ComplaintClient complaints, String side, long itemId, String backTo,
            Views.Flash flash, String reviewer, Instant now, String cursor, String back) {
        Page page = pages.page();
        var thread = pages.reads().start(() -> complaints.messages(itemId, MESSAGES_PAGE, cursor));
        var item = PeerCalls.COMPLAINT.read(() -> complaints.item(itemId));
        // The item is the page; its thread is a part it does without.
        var messages = PeerCalls.COMPLAINT.part(thread);
        Pager pager = messages.shown() ? Pager.of(backTo, Map.of(), cursor, back, messages.value().nextCursor()) : Pager.NONE;
        // Only an accepted or rejected item has a decision in the log; a pending one shows no line.
        DecisionLogLine logEntry = "ACCEPTED".equals(item.status()) || "REJECTED".equals(item.status())
                ? DecisionLogLine.from(PeerCalls.COMPLAINT.part(() -> complaints.decisionLogEntry("item-" + itemId + "-decided")
                        .map(e -> new long[] { e.index(), e.treeSize() })),
                        io.quarkus.arc.Arc.container().select(DecisionLogLinks.class).get().complaintService())
                : null;
        return Pages.item(page, ComplaintViews.ItemPage.of(side, item,
                messages.shown() ? messages.value().items() : List.of(), messages.unavailable(), pager, backTo, flash, reviewer, now),
                logEntry).setLocale(page.language().locale);
    }

    /** A message in an item's thread, from the brand's or the merchant's item page ({@code side}). */
    static Response sendMessage(PortalPages pages, ComplaintClient complaints, String side, String here, long itemId,
            String body, String idempotencyKey, Instant now) {
        if (body == null || body.isBlank()) {
            return PortalPages.refusedForm(itemPage(pages, complaints, side, itemId, here,
                    Views.Flash.invalid(List.of("body"), Views.Typed.of("send-message").with("body", body)), null, now));
        }
        String key = PeerCalls.idempotencyKey(idempotencyKey);
        return PeerCalls.COMPLAINT.submit(here, () -> {
            complaints.send(itemId, key, body.strip());
            return here + "#messages";
        });
    }

    static final int LISTINGS_FOUND = 20;

    /** The most listings one notice names from the picker (a bulk file takes more). */
    static final int MAX_CHOSEN = 500;

    private TemplateInstance filePage(long brandId, String q, String cursor, String back, ComplaintViews.Form form,
            Views.Flash flash, String detail) {
        Page page = pages.page();
        ComplaintViews.BrandChoice brand = brand(brandId);
        String query = q == null ? null : q.strip();
        String at = cursor == null || cursor.isBlank() ? null : cursor;
        io.markguard.platform.paging.Page<MerchantRestClient.FoundListing> found = query == null || query.length() < 3
                ? new io.markguard.platform.paging.Page<>(List.of(), null)
                : PeerCalls.MERCHANT.read(() -> merchants.searchListings(query, LISTINGS_FOUND, at));
        return Pages.file(page, new ComplaintViews.FilePage(brand, verifiedRights(brandId), ComplaintViews.INFRINGEMENT_TYPES,
                query, found.items(), Pager.steps(at, back, found.nextCursor()), form, flash, detail))
                .setLocale(page.language().locale);
    }

    /** A refused notice: the form again with what was typed, the reason, and 422 (or 403), and nothing filed. */
    private Response refusedForm(long brandId, String q, ComplaintViews.Form form, String code, String field, String detail) {
        int status = "FORBIDDEN".equals(code) || "FILING_SUSPENDED".equals(code) ? 403 : "CONFLICT".equals(code) ? 409 : 422;
        TemplateInstance page = filePage(brandId, q, null, null, form, new Views.Flash(code, field, null), detail);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    private ComplaintViews.BrandChoice brand(long brandId) {
        return choice(brands.readable(pages.actor(), brandId));
    }

    private List<ComplaintViews.RightChoice> verifiedRights(long brandId) {
        return brands.verifiedRights(pages.actor(), brandId, BrandResource.MAX_PAGE).stream()
                .map(r -> new ComplaintViews.RightChoice(r.id, r.office + " " + r.registrationNumber + " · " + r.mark)).toList();
    }

    private static ComplaintViews.BrandChoice choice(Brand b) {
        return new ComplaintViews.BrandChoice(b.id, b.name, b.status.name());
    }

    private static Long number(String value) {
        return BrandPages.number(value);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A textarea's entries, one a line, blanks dropped. */
    static List<String> lines(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
