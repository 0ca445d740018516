package io.markguard.portal.web;

import io.markguard.platform.csv.SpreadsheetCsv;
import io.markguard.portal.client.ComplaintClient;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * The public transparency page: the platform's record over a chosen period, drawn as charts on the server, with
 * the same figures as CSV and JSON. No sign-in; the figures are complaint-service's, which shows them to anyone.
 */
@Path("/transparency")
@PermitAll
public class TransparencyPages {

    @CheckedTemplate(basePath = "")
    static class Pages {
        static native TemplateInstance transparency(Page page, TransparencyViews.Page view);

        static native TemplateInstance transparencyReport(Page page, TransparencyViews.Report view);
    }

    @Inject
    PortalPages pages;

    @Inject
    ComplaintClient complaints;

    @Inject
    io.markguard.portal.client.MerchantClient merchants;

    @Inject
    io.markguard.portal.service.VerificationFigures verifications;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    io.markguard.portal.config.PortalConfig config;

    @Inject
    YearReports years;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("from") String from, @QueryParam("to") String to) {
        return render(pages, complaints, merchants, verifications, from, to, null);
    }

    /** The year's figures laid out by the DSA's reporting duties (Art. 15(1) and 24(1)); the current year so far. */
    @GET
    @Path("/report")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance report(@QueryParam("year") String year) {
        Page page = pages.page();
        return Pages.transparencyReport(page, years.of(year)).setLocale(page.language().locale);
    }

    /** The year in the EU's harmonised template (Implementing Regulation (EU) 2024/2835, Annex I), as CSV. */
    @GET
    @Path("/report/eu-template.csv")
    @Produces("text/csv")
    public Response euTemplate(@QueryParam("year") String year) {
        return years.euTemplate(years.of(year));
    }

    /** The year as a printable PDF in the reader's language, each figure with its definition. */
    @GET
    @Path("/report.pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("year") String year) {
        Language language = pages.page().language();
        TransparencyViews.Report report = years.of(year);
        String font = config.transparency().cjkFont();
        boolean chinese = language == Language.SIMPLIFIED_CHINESE && TransparencyReportPdf.canSetChinese(font);
        Language set = chinese ? language : Language.ENGLISH;
        byte[] pdf = TransparencyReportPdf.of(report, texts(set), chinese ? font : null);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"markguard-transparency-" + report.year() + "-"
                        + set.tag + ".pdf\"")
                .header("Content-Language", set.tag).build();
    }

    private static TransparencyReportPdf.Texts texts(Language language) {
        if (language == Language.ENGLISH) {
            return new TransparencyReportPdf.Texts(MessageBundles.get(TransparencyMessages.class),
                    MessageBundles.get(ReportMessages.class), MessageBundles.get(ComplaintMessages.class));
        }
        Localized in = Localized.Literal.of(language.tag);
        return new TransparencyReportPdf.Texts(MessageBundles.get(TransparencyMessages.class, in),
                MessageBundles.get(ReportMessages.class, in), MessageBundles.get(ComplaintMessages.class, in));
    }

    @GET
    @Path("/figures.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) throws IOException {
        // A download is whole or not at all; its two reads go side by side.
        var merchantRead = pages.reads().start(() -> merchants.transparency(day(from), day(to)));
        Response notices = download(complaints, true, from, to, null, "markguard-transparency");
        var merchantFigures = PeerCalls.MERCHANT.read(merchantRead);
        StringBuilder rows = new StringBuilder((String) notices.getEntity());
        // The rows follow complaint-service's, under its header: no header of their own.
        try (SpreadsheetCsv csv = new SpreadsheetCsv(rows, CSVFormat.RFC4180)) {
            var a = merchantFigures.appeals();
            csv.printRecord("appeals", "", "filed", a.filed());
            csv.printRecord("appeals", "", "open", a.open());
            csv.printRecord("appeals", "", "upheld", a.upheld());
            csv.printRecord("appeals", "", "denied", a.denied());
            csv.printRecord("appeals", "", "upheld_share", a.upheldShare());
            csv.printRecord("appeals", "", "median_hours_to_decision", a.medianHoursToDecision());
            for (var m : merchantFigures.sanctions()) {
                csv.printRecord("sanctions", m.measure(), "sanctions", m.sanctions());
            }
            csv.printRecord("merchants", "", "violations", merchantFigures.violations());
            csv.printRecord("merchants", "", "repeat_infringer_determinations",
                    merchantFigures.repeatInfringers().determinations());
            csv.printRecord("merchants", "", "repeat_violations", merchantFigures.repeatInfringers().repeatViolations());
            // The decision log heads the figures were computed with, complaint-service's and merchant-service's.
            for (var h : TransparencyViews.LogHeadView.of(null, merchantFigures)) {
                csv.printRecord("decision_log", h.logId(), "tree_size", h.treeSize());
                csv.printRecord("decision_log", h.logId(), "root_hash", h.rootHash());
                csv.printRecord("decision_log", h.logId(), "signed_at", h.signedAt());
            }
            // merchant-service answers for the same days as complaint-service, so its period is the download's.
            for (var v : verifications.over(merchantFigures.from(), merchantFigures.to())) {
                csv.printRecord("verification", v.method(), "opened", v.opened());
                csv.printRecord("verification", v.method(), "verified", v.verified());
                csv.printRecord("verification", v.method(), "rejected", v.rejected());
                csv.printRecord("verification", v.method(), "median_hours", v.medianHours());
                csv.printRecord("verification", v.method(), "p95_hours", v.p95Hours());
            }
        }
        return Response.fromResponse(notices).entity(rows.toString()).build();
    }

    @GET
    @Path("/figures.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response json(@QueryParam("from") String from, @QueryParam("to") String to) throws java.io.IOException {
        var merchantRead = pages.reads().start(() -> merchants.transparency(day(from), day(to)));
        Response notices = download(complaints, false, from, to, null, "markguard-transparency");
        var merchantFigures = PeerCalls.MERCHANT.read(merchantRead);
        var all = new java.util.LinkedHashMap<String, Object>();
        all.put("notices", json.readTree((String) notices.getEntity()));
        all.put("merchants", merchantFigures);
        all.put("verifications", verifications.over(merchantFigures.from(), merchantFigures.to()));
        return Response.fromResponse(notices).entity(json.writeValueAsString(all)).build();
    }

    /** The page for the platform, or for one brand (which complaint-service lets only its members see). */
    static TemplateInstance render(PortalPages pages, ComplaintClient complaints,
            io.markguard.portal.client.MerchantClient merchants, io.markguard.portal.service.VerificationFigures verifications,
            String from, String to, ComplaintViews.BrandChoice brand) {
        Page page = pages.page();
        String error = null;
        String first = day(from);
        String last = day(to);
        if ((from != null && !from.isBlank() && first == null) || (to != null && !to.isBlank() && last == null)
                || (first != null && last != null && first.compareTo(last) > 0)) {
            error = "PERIOD";
            first = null;
            last = null;
        }
        String f = first;
        String l = last;
        // The merchants' side (appeals, sanctions, repeat infringers) is the platform's, not one brand's, and a part
        // the page does without.
        var merchantRead = merchants == null ? null : pages.reads().start(() -> merchants.transparency(f, l));
        var figures = PeerCalls.COMPLAINT.read(() -> complaints.transparency(f, l, brand == null ? null : brand.id()));
        var merchantFigures = merchantRead == null ? null : PeerCalls.MERCHANT.part(merchantRead);
        var verified = verifications == null ? List.<io.markguard.portal.service.VerificationFigures.Method>of()
                : verifications.over(figures.from(), figures.to());
        return Pages.transparency(page, TransparencyViews.Page.of(figures, brand, error,
                merchantFigures == null ? null : merchantFigures.value(),
                merchantFigures == null ? null : merchantFigures.unavailable(), verified))
                .setLocale(page.language().locale);
    }

    static Response download(ComplaintClient complaints, boolean csv, String from, String to, Long brandId, String name) {
        String f = day(from);
        String l = day(to);
        String body = PeerCalls.COMPLAINT.read(() -> complaints.transparencyDownload(csv, f, l, brandId));
        String file = name + "-" + (f == null ? "last-30-days" : f + (l == null ? "" : "-to-" + l)) + (csv ? ".csv" : ".json");
        return Response.ok(body, csv ? "text/csv; charset=UTF-8" : MediaType.APPLICATION_JSON + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    /** A day as YYYY-MM-DD, or none when absent or not a date. */
    private static String day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
