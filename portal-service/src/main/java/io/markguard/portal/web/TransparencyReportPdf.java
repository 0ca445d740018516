package io.markguard.portal.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.markguard.portal.client.ComplaintRestClient.ChannelTimes;
import io.markguard.portal.client.MerchantRestClient.MeasureCount;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The yearly transparency report as a printable PDF, in the reader's language: the sections of the report page, each
 * figure next to its value and its definition. Chinese is set in a CJK font embedded as a subset; with none to be
 * read the report is in English, whose standard Helvetica needs no font file.
 */
final class TransparencyReportPdf {

    /** The texts in one language. */
    record Texts(TransparencyMessages tm, ReportMessages rep, ComplaintMessages cm) {
    }

    private final Font title;
    private final Font heading;
    private final Font body;
    private final Font small;

    private TransparencyReportPdf(BaseFont font) {
        this.title = new Font(font, 16, Font.BOLD);
        this.heading = new Font(font, 12, Font.BOLD);
        this.body = new Font(font, 9);
        this.small = new Font(font, 8);
    }

    /** Whether a PDF in Chinese can be set: the CJK font file is there to embed. */
    static boolean canSetChinese(String cjkFont) {
        return cjkFont != null && !cjkFont.isBlank() && Files.isReadable(Path.of(cjkFont));
    }

    /** The report; {@code cjkFont} is used (its first face) when given, else Helvetica, which holds no CJK glyphs. */
    static byte[] of(TransparencyViews.Report r, Texts t, String cjkFont) {
        try {
            BaseFont font = cjkFont == null
                    ? BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED)
                    : BaseFont.createFont(cjkFont + (cjkFont.endsWith(".ttc") ? ",0" : ""), BaseFont.IDENTITY_H,
                            BaseFont.EMBEDDED);
            return new TransparencyReportPdf(font).write(r, t);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("The transparency report could not be set as PDF", e);
        }
    }

    private byte[] write(TransparencyViews.Report r, Texts t) throws DocumentException {
        var tm = t.tm();
        var rep = t.rep();
        var f = r.figures();
        var m = r.merchants();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(tm.report_heading(r.year()));
        document.open();
        document.add(new Paragraph(tm.report_heading(r.year()), title));
        document.add(new Paragraph(tm.report_intro(r.fromDay(), r.toDay()), body));
        document.add(new Paragraph(rep.pdf_generated(f.generatedAt() == null ? "" : f.generatedAt().toString()), small));

        PdfPTable notices = section(document, tm.art_15_1_b(), rep);
        row(notices, tm.notices(), f.notices(), rep.def_notices());
        row(notices, tm.items(), f.items(), rep.def_items());
        row(notices, tm.r_accepted(), r.accepted(), rep.def_accepted());
        row(notices, tm.r_rejected(), r.rejected(), rep.def_rejected());
        row(notices, tm.r_automated(), r.automated(), rep.def_automated());
        row(notices, tm.takedowns(), f.takedowns(), rep.def_takedowns());
        for (ChannelTimes c : f.timeToAction()) {
            row(notices, tm.col_median() + " · " + t.cm().channel(c.channel()), hours(c.medianHours()), rep.def_median());
            row(notices, tm.col_p95() + " · " + t.cm().channel(c.channel()), hours(c.p95Hours()), rep.def_p95());
        }
        document.add(notices);

        PdfPTable sanctions = section(document, tm.art_15_1_c(), rep);
        if (m == null) {
            row(sanctions, tm.sanctions_heading(), "–", rep.pdf_merchants_unavailable());
        } else {
            for (MeasureCount s : m.sanctions()) {
                row(sanctions, tm.measure(s.measure()), s.sanctions(), rep.def_sanctions());
            }
        }
        document.add(sanctions);

        PdfPTable appeals = section(document, tm.art_15_1_d(), rep);
        if (m == null) {
            row(appeals, tm.appeals_filed(), "–", rep.pdf_merchants_unavailable());
        } else {
            row(appeals, tm.appeals_filed(), m.appeals().filed(), rep.def_appeals_filed());
            row(appeals, tm.appeals_upheld(), m.appeals().upheld(), rep.def_appeals_upheld());
            row(appeals, tm.appeals_denied(), m.appeals().denied(), rep.def_appeals_denied());
            row(appeals, tm.appeals_median(), hours(m.appeals().medianHoursToDecision()), rep.def_appeals_median());
        }
        document.add(appeals);

        var s = f.spotChecksOrNone();
        PdfPTable automated = section(document, tm.art_15_1_e() + " · " + rep.accuracy_heading(), rep);
        row(automated, rep.spot_actioned(), s.fastTrackActioned(), rep.def_automated());
        row(automated, rep.spot_drawn(), s.drawn(), rep.def_spot_drawn());
        row(automated, rep.spot_checked(), s.checked(), rep.def_spot_checked());
        row(automated, rep.spot_upheld(), s.upheld(), rep.def_spot_upheld());
        row(automated, rep.spot_overturned(), s.overturned(), rep.def_spot_overturned());
        row(automated, rep.spot_accuracy(), r.accuracy(), rep.def_spot_accuracy());
        row(automated, rep.spot_error_rate(), r.errorRate(), rep.def_spot_error_rate());
        document.add(automated);
        document.add(new Paragraph(rep.spot_definition(), small));

        PdfPTable suspensions = section(document, tm.art_24_1(), rep);
        row(suspensions, tm.art_24_1_a(), tm.not_recorded(), rep.def_ods());
        row(suspensions, tm.art_24_1_b_complainants(), f.filingSuspensions(), rep.def_filing_suspensions());
        row(suspensions, tm.misuse_warnings(), f.misuseWarnings(), rep.def_misuse_warnings());
        row(suspensions, tm.art_24_1_b_merchants(), m == null ? "–" : r.merchantSuspensions(),
                m == null ? rep.pdf_merchants_unavailable() : rep.def_merchant_suspensions());
        document.add(suspensions);

        document.add(new Paragraph(rep.trends_heading(), heading));
        document.add(new Paragraph(rep.trends_note(), small));
        PdfPTable months = new PdfPTable(new float[] { 2, 2, 2, 2, 2, 2 });
        months.setWidthPercentage(100);
        months.setSpacingBefore(4);
        for (String h : new String[] { rep.col_month(), tm.notices(), tm.col_items(), tm.takedowns(), tm.col_median(), tm.col_p95() }) {
            months.addCell(cell(h, heading.getBaseFont(), true));
        }
        for (var c : r.trends().columns()) {
            for (Object v : new Object[] { c.month().month(), c.month().notices(), c.month().items(), c.month().takedowns(),
                    c.median(), c.p95() }) {
                months.addCell(cell(String.valueOf(v), heading.getBaseFont(), false));
            }
        }
        document.add(months);

        document.add(new Paragraph(rep.log_heading(), heading));
        List<TransparencyViews.LogHeadView> heads = r.logHeads();
        document.add(new Paragraph(heads.isEmpty() ? rep.log_none() : rep.log_intro(), small));
        for (TransparencyViews.LogHeadView h : heads) {
            document.add(new Paragraph(rep.log_head(h.logId(), h.treeSize(), h.signedAt()) + " " + h.rootHash(), small));
        }

        document.add(new Paragraph(tm.method_heading(), heading));
        document.add(new Paragraph(tm.method(), small));
        document.close();
        return out.toByteArray();
    }

    private PdfPTable section(Document document, String name, ReportMessages rep) throws DocumentException {
        Paragraph p = new Paragraph(name, heading);
        p.setSpacingBefore(10);
        document.add(p);
        PdfPTable table = new PdfPTable(new float[] { 4, 1.4f, 6 });
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        table.addCell(cell(rep.col_figure(), heading.getBaseFont(), true));
        table.addCell(cell(rep.col_value(), heading.getBaseFont(), true));
        table.addCell(cell(rep.col_definition(), heading.getBaseFont(), true));
        return table;
    }

    private void row(PdfPTable table, String figure, Object value, String definition) {
        table.addCell(new PdfPCell(new Phrase(figure, body)));
        PdfPCell number = new PdfPCell(new Phrase(String.valueOf(value), body));
        number.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(number);
        table.addCell(new PdfPCell(new Phrase(definition, small)));
    }

    private static PdfPCell cell(String text, BaseFont font, boolean header) {
        return new PdfPCell(new Phrase(text, new Font(font, header ? 9 : 8, header ? Font.BOLD : Font.NORMAL)));
    }

    private static String hours(BigDecimal h) {
        return h == null ? "–" : h.toPlainString();
    }
}
