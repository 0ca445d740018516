package io.markguard.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The public transparency page in the browser, signed out: the charts and tables show exactly what complaint-service
 * computes for the period, in both languages, and the downloads are a CSV a spreadsheet reads and JSON. A brand's own
 * page counts only its notices. (The figures themselves are checked against a hand-computed case in complaint-service.)
 */
@ExtendWith(RunningSuite.class)
class TransparencyIT extends InBrowser {

    @Test
    void anyoneSeesTheRecordAsComplaintServiceComputesItAndDownloadsIt() throws Exception {
        Marketplace.VerifiedBrand brand = Marketplace.verifiedBrand("Southwind");
        long listing = Marketplace.listingOf(Marketplace.newMerchant("Sven", "Sund"), "Southwind patented zip " + java.util.UUID.randomUUID());
        int itemId = Marketplace.file(brand, "PATENT", List.of(listing)).get(0);
        Marketplace.accept(itemId, "RIGHT_INFRINGED");
        Marketplace.awaitTakedownApplied(itemId);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String from = LocalDate.now(ZoneOffset.UTC).minusDays(6).toString();

        browser.get(RunningSuite.PORTAL + "/");
        browser.findElement(By.id("go-transparency")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-times")));
        browser.get(RunningSuite.PORTAL + "/transparency?from=" + from + "&to=" + today);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-types")));
        JsonPath api = given().baseUri(RunningSuite.COMPLAINTS).queryParam("from", from).queryParam("to", today)
                .get("/api/transparency").then().statusCode(200).extract().jsonPath();

        assertTrue(api.getInt("notices") >= 1, "the notice filed above is in the period");
        assertEquals(String.valueOf(api.getInt("notices")), text("total-notices"));
        assertEquals(String.valueOf(api.getInt("takedowns")), text("total-takedowns"));
        String standard = text("times-STANDARD");
        assertTrue(standard.startsWith("Review queue " + api.getInt("timeToAction.find { it.channel == 'STANDARD' }.actioned")),
                standard);
        assertTrue(standard.contains(api.getString("timeToAction.find { it.channel == 'STANDARD' }.medianHours")), standard);
        assertEquals(String.valueOf(api.getInt("byInfringementType.find { it.key == 'PATENT' }.items")),
                browser.findElement(By.cssSelector("#types-PATENT td:nth-child(2)")).getText());
        JsonPath merchants = given().baseUri(RunningSuite.MERCHANTS).queryParam("from", from).queryParam("to", today)
                .get("/api/transparency").then().statusCode(200).extract().jsonPath();
        assertTrue(merchants.getInt("violations") >= 1, "the takedown above is a violation in the period");
        assertEquals(String.valueOf(merchants.getInt("violations")), text("violations"));
        assertEquals(String.valueOf(merchants.getInt("appeals.filed")), text("appeals-filed"));
        assertFalse(browser.findElements(By.cssSelector("#chart-times rect.bar")).isEmpty(), "the time chart has bars");
        assertFalse(browser.findElements(By.cssSelector("#chart-types rect.bar")).isEmpty(), "the volume chart has bars");
        assertTrue(text("method").contains("Time to action runs from filing"), text("method"));

        browser.findElement(By.id("language-zh-CN")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
        assertEquals("透明度报告", text("transparency-heading"));
        assertEquals(String.valueOf(api.getInt("notices")), text("total-notices"));
        browser.findElement(By.id("language-en")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

        // The downloads the page links: a CSV that parses with a header, and JSON with the same figures.
        String csvLink = browser.findElement(By.id("download-csv")).getAttribute("href");
        Response csv = given().get(csvLink);
        csv.then().statusCode(200);
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        // Signed out, the figures may be kept for a minute, per language.
        assertEquals("public, max-age=60", csv.header("Cache-Control"));
        assertTrue(csv.header("Content-Disposition").contains("attachment; filename=\"markguard-transparency-" + from),
                csv.header("Content-Disposition"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.asString())).getRecords();
        CSVRecord notices = rows.stream().filter(r -> r.get("measure").equals("notices")).findFirst().orElseThrow();
        assertEquals(String.valueOf(api.getInt("notices")), notices.get("value"));
        JsonPath json = given().get(browser.findElement(By.id("download-json")).getAttribute("href")).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(api.getInt("takedowns"), json.getInt("notices.takedowns"));
        assertEquals(merchants.getInt("violations"), json.getInt("merchants.violations"));
        CSVRecord appeals = rows.stream().filter(r -> r.get("section").equals("appeals") && r.get("measure").equals("filed"))
                .findFirst().orElseThrow();
        assertEquals(String.valueOf(merchants.getInt("appeals.filed")), appeals.get("value"));
        assertTrue(rows.stream().anyMatch(r -> r.get("section").equals("verification")), "verification times are in the CSV");

        // The yearly report lays the year's figures out by the DSA's fields.
        browser.get(RunningSuite.PORTAL + "/transparency");
        browser.findElement(By.id("yearly-report")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("art-15-1-b")));
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        assertEquals("Transparency report " + year, text("report-heading"));
        JsonPath yearFigures = given().baseUri(RunningSuite.COMPLAINTS).queryParam("from", year + "-01-01")
                .queryParam("to", today).get("/api/transparency").then().statusCode(200).extract().jsonPath();
        assertEquals(String.valueOf(yearFigures.getInt("notices")), text("r-notices"));
        assertEquals(String.valueOf(yearFigures.getInt("timeToAction.find { it.channel == 'FAST_TRACK' }.actioned")),
                text("r-automated"));
        assertEquals("Not recorded by the platform", text("r-ods"));

        // The brand's own page counts its own notice only.
        Browsers.signIn(browser, wait, "brand-owner");
        browser.get(RunningSuite.PORTAL + "/complaints/brands/" + brand.id() + "/transparency?from=" + from + "&to=" + today);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("totals")));
        assertTrue(text("transparency-heading").contains(brand.name()), text("transparency-heading"));
        assertEquals("1", text("total-notices"));
        assertEquals("1", text("total-takedowns"));
    }
}
