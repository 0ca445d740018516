package io.markguard.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transparency page's month charts and the fast track's accuracy, and the yearly report's EU-template CSV and
 * PDF, in both languages, against stand-ins for complaint-service and merchant-service answering known figures.
 */
@QuarkusTest
@TestProfile(TransparencyReportTest.StandInPeers.class)
class TransparencyReportTest {

    static final PeerStandIn MERCHANTS = new PeerStandIn();
    static final PeerStandIn COMPLAINTS = new PeerStandIn();

    public static class StandInPeers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.merchant-service.url", MERCHANTS.url(),
                    "quarkus.rest-client.complaint-service.url", COMPLAINTS.url());
        }
    }

    /** Two months: October the busier (p95 40 h, the charts' tallest bar), November 31 notices and 57 listings. */
    static final String FIGURES = """
            {"from":"2026-10-01T00:00:00Z","to":"2026-12-01T00:00:00Z","brandId":null,
             "timeToAction":[{"channel":"FAST_TRACK","actioned":40,"medianHours":0.01,"p95Hours":0.02,"within24h":40,
                              "openPastDay":0,"within24hShare":1},
                             {"channel":"STANDARD","actioned":30,"medianHours":12.5,"p95Hours":40,"within24h":20,
                              "openPastDay":1,"within24hShare":0.6452}],
             "byInfringementType":[{"key":"COUNTERFEIT","items":97,"accepted":80,"rejected":10,"pending":5,"retracted":2,
                                    "reversedOnAppeal":0}],
             "byOffice":[],"byOutcome":[],"notices":71,"items":97,"takedowns":76,"retracted":2,"reversedOnAppeal":1,
             "retractedShare":0.0263,"reversedShare":0.0132,"fastTrackBrands":2,"misuseWarnings":1,"filingSuspensions":1,
             "months":[{"month":"2026-10","notices":40,"items":40,"takedowns":30,"actioned":35,"medianHours":6,"p95Hours":40},
                       {"month":"2026-11","notices":31,"items":57,"takedowns":46,"actioned":35,"medianHours":3.5,"p95Hours":20}],
             "spotChecks":{"fastTrackActioned":40,"drawn":10,"checked":8,"upheld":6,"overturned":2,"accuracy":0.75,
                           "errorRate":0.25,"method":"counted"},
             "method":"counted","generatedAt":"2026-12-01T10:00:00Z",
             "log":{"head":{"logId":"markguard-complaints","treeSize":1042,"rootHash":"c29tZS1yb290LWhhc2gtb2YtY29tcGxhaW50cw==",
                            "timestamp":"2026-12-01T09:59:58.120Z","signature":"c2ln"},
                    "period":{"from":"2026-10-01T00:00:00Z","to":"2026-12-01T00:00:00Z"},"counts":{"item-accepted":60}}}""";

    static final String MERCHANT_FIGURES = """
            {"from":"2026-10-01T00:00:00Z","to":"2026-12-01T00:00:00Z",
             "appeals":{"filed":5,"open":1,"upheld":1,"denied":3,"upheldShare":0.25,"medianHoursToDecision":30.5},
             "sanctions":[{"measure":"LISTING_REMOVED","sanctions":12},{"measure":"SUSPENDED_7D","sanctions":2},
                          {"measure":"=HYPERLINK(\\"x\\")","sanctions":1}],
             "violations":12,"repeatInfringers":{"distinctBrands":3,"windowDays":180,"determinations":1,"repeatViolations":2},
             "method":"counted","generatedAt":"2026-12-01T10:00:00Z",
             "log":{"head":{"logId":"markguard-merchants","treeSize":77,"rootHash":"cm9vdC1vZi1tZXJjaGFudHM=",
                            "timestamp":"2026-12-01T09:59:59.000Z","signature":"c2ln"},
                    "period":{"from":"2026-10-01T00:00:00Z","to":"2026-12-01T00:00:00Z"},"counts":{"sanction-taken":14}}}""";

    @BeforeEach
    void figures() {
        COMPLAINTS.reset();
        MERCHANTS.reset();
        COMPLAINTS.json("/api/transparency", FIGURES);
        MERCHANTS.json("/api/transparency", MERCHANT_FIGURES);
    }

    @Test
    void thePageDrawsTheMonthsAsChartsWithATableOfTheSameNumbersInBothLanguages() {
        String english = given().get("/transparency").then().statusCode(200).extract().asString();
        assertContains(english, "<svg class=\"chart\" id=\"months-times\" role=\"img\" aria-labelledby=\"months-times-title months-times-desc\"");
        assertContains(english, "<title id=\"months-times-title\">Time to action per month, in hours</title>");
        assertContains(english, "<desc id=\"months-volumes-desc\">Three bars per month from");
        // October's p95 (40 h) is the tallest bar, the whole plot; November's 20 h half of it.
        assertContains(english, "height=\"150\" class=\"bar p95\"><title>2026-10 95th percentile: 40 h</title>");
        assertContains(english, "height=\"75\" class=\"bar p95\"><title>2026-11 95th percentile: 20 h</title>");
        // November's 57 listings are the tallest volume bar.
        assertContains(english, "height=\"150\" class=\"bar items\"><title>2026-11 Listings: 57</title>");
        assertContains(english, "<tr id=\"months-2026-11\"><td>2026-11</td><td>31</td><td>57</td><td>46</td><td>35</td><td>3.5</td><td>20</td></tr>");
        // The fast track's accuracy, with its definition.
        assertContains(english, "<dd id=\"spot-checks-checked\">8</dd>");
        assertContains(english, "<dd id=\"spot-checks-overturned\">2</dd>");
        assertContains(english, "<dd id=\"spot-checks-accuracy\">75.0 %</dd>");
        assertContains(english, "Accuracy is the share of checked removals the reviewer upheld");
        // The signed heads of the decision logs the figures were computed with.
        assertContains(english, "<li id=\"decision-log-markguard-complaints\">markguard-complaints: 1042 decisions, head signed on"
                + " 2026-12-01T09:59:58.120Z, root hash <code class=\"hash\">c29tZS1yb290LWhhc2gtb2YtY29tcGxhaW50cw==</code></li>");
        assertContains(english, "<li id=\"decision-log-markguard-merchants\">markguard-merchants: 77 decisions");

        String chinese = given().cookie("mg_lang", "zh-CN").get("/transparency").then().statusCode(200).extract().asString();
        assertContains(chinese, "<title id=\"months-times-title\">每月处理用时（小时）</title>");
        assertContains(chinese, "<h2>按月趋势</h2>");
        assertContains(chinese, "<tr id=\"months-2026-10\"><td>2026-10</td><td>40</td><td>40</td><td>30</td><td>35</td><td>6</td><td>40</td></tr>");
        assertContains(chinese, "准确率为审核员维持的下架占已抽查下架的比例");
        assertTrue(!chinese.contains("Time to action per month"), "the Chinese page shows an English chart title");
        assertContains(chinese, "markguard-complaints：1042 项决定，树头签署于 2026-12-01T09:59:58.120Z，根哈希");

        // Without heads, the page says so.
        COMPLAINTS.json("/api/transparency", FIGURES.replaceFirst("(?s),\\s*\"log\":\\{.*\\}\\}\\}$", "}"));
        MERCHANTS.json("/api/transparency", MERCHANT_FIGURES.replaceFirst("(?s),\\s*\"log\":\\{.*\\}\\}\\}$", "}"));
        given().get("/transparency").then().statusCode(200).body(containsString("id=\"decision-log-none\""));
    }

    @Test
    void theEuTemplateCsvCarriesTheTemplatesSectionsAndTheFiguresOfTheJson() throws IOException {
        String csv = given().get("/transparency/report/eu-template.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("eu-template.csv"))
                .body(startsWith("section,field,breakdown,value\r\n1.1 Report identification,Name of the service provider,,Markguard\r\n"))
                .extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        JsonPath json = given().get("/transparency/figures.json").then().statusCode(200).extract().jsonPath();
        assertEquals(String.valueOf(json.getInt("notices.notices")), value(rows, "Number of notices submitted", "total"));
        assertEquals("71", value(rows, "Number of notices submitted", "total"));
        assertEquals("40", value(rows, "Number of notices processed by using automated means", "fast track"));
        assertEquals("12.5", value(rows, "Median time needed for taking action (hours)", "standard (human review)"));
        assertEquals("3", value(rows, "Number of complaints, by outcome", "initial decision upheld"));
        assertEquals("30.5", value(rows, "Median time needed for taking the decisions on complaints (hours)", ""));
        assertEquals("2", value(rows, "Number of suspensions imposed pursuant to Article 23", "provision of manifestly illegal content"));
        assertEquals("1", value(rows, "Number of suspensions imposed pursuant to Article 23", "submission of manifestly unfounded notices"));
        assertEquals("0.75", value(rows, "Indicators of accuracy", "accuracy (upheld / reviewed)"));
        assertEquals("0.25", value(rows, "Possible rate of error", "overturned / reviewed"));
        assertEquals("not applicable", value(rows, "Number of notices submitted by trusted flaggers", ""));
        assertEquals("1042 decisions, signed 2026-12-01T09:59:58.120Z, root hash c29tZS1yb290LWhhc2gtb2YtY29tcGxhaW50cw==",
                value(rows, "Decision log signed tree head", "markguard-complaints"));
        assertEquals("77 decisions, signed 2026-12-01T09:59:59Z, root hash cm9vdC1vZi1tZXJjaGFudHM=",
                value(rows, "Decision log signed tree head", "markguard-merchants"));
        assertEquals("not applicable", value(rows, "Number of disputes submitted to out-of-court dispute settlement bodies (Art. 21)", ""));
        assertTrue(rows.stream().anyMatch(r -> r.get("section").startsWith("1.5 Articles 15(1)(d), 24(1)(a) and 24(1)(b).")));
        // A cell a spreadsheet would run as a formula is written as text.
        assertEquals("1", value(rows, "Number of measures on the account of the recipient, by type of restriction",
                "'=HYPERLINK(\"x\")"));
        assertTrue(rows.stream().flatMap(r -> r.stream()).noneMatch(cell -> cell.startsWith("=")), csv);

        given().get("/api/transparency/report").then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Cache-Control", "public, max-age=60").body(equalTo(csv));
        given().get("/transparency/report").then().statusCode(200)
                .body(containsString("href=\"/transparency/report/eu-template.csv?year="))
                .body(containsString("href=\"/transparency/report.pdf?year="))
                .body(containsString("<dd id=\"r-spot-checks-upheld\">6</dd>"))
                .body(containsString("<tr id=\"r-months-2026-11\">"));
    }

    @Test
    void thePdfReportReadsBackWithEachFigureAndItsDefinitionInTheReadersLanguage() throws IOException {
        byte[] english = given().get("/transparency/report.pdf").then().statusCode(200)
                .contentType("application/pdf").header("Content-Language", "en").extract().asByteArray();
        String text = text(english);
        // Whatever the spaces between cells, each figure is followed by its value and then its definition.
        assertInPdf(text, "Checked by a reviewer 8 Drawn removals a reviewer has checked.");
        assertInPdf(text, "Accuracy (upheld of those checked) 75.0 % Upheld divided by checked.");
        assertInPdf(text, "Appeals filed against sanctions 5 Appeals merchants filed against a sanction in the period.");
        assertInPdf(text, "Median time to an appeal decision (hours) 30.5 Median time from filing an appeal to its decision, in hours.");
        assertInPdf(text, "markguard-merchants: 77 decisions, head signed on 2026-12-01T09:59:59Z, root hash cm9vdC1vZi1tZXJjaGFudHM=");

        byte[] chinese = given().cookie("mg_lang", "zh-CN").get("/transparency/report.pdf").then().statusCode(200)
                .contentType("application/pdf").header("Content-Language", "zh-CN").extract().asByteArray();
        String zh = text(chinese);
        assertInPdf(zh, "已由审核员抽查 8 审核员已抽查的被抽取下架。");
        assertTrue(!zh.contains("Checkedbyareviewer"), zh);
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            // The extractor puts table cells together with or without a space between them: compared without spaces.
            return text.toString().replaceAll("\\s+", "");
        } finally {
            reader.close();
        }
    }

    private static String value(List<CSVRecord> rows, String field, String breakdown) {
        return rows.stream().filter(r -> r.get("field").equals(field) && r.get("breakdown").equals(breakdown))
                .map(r -> r.get("value")).findFirst().orElseThrow(() -> new AssertionError("no row " + field + " / " + breakdown));
    }

    private static void assertInPdf(String text, String part) {
        assertContains(text, part.replaceAll("\\s+", ""));
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), () -> "expected «" + part + "» in:\n" + text);
    }
}
