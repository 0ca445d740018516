package io.markguard.e2e;

import static io.markguard.e2e.Marketplace.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each role's pages, walked as its user finds them from the navigation, at a desktop's 1366 px and a phone's 390 px, in
 * English and in Simplified Chinese. Every page is saved as a screenshot under {@code target/screenshots/walk} and
 * fails the walk on a horizontal scroll of the page, a serious or critical axe-core violation, a raw id (a UUID) or
 * enum constant in the visible text, or English text on a Chinese page. The problems of every page are reported
 * together.
 */
@ExtendWith(RunningSuite.class)
class PortalWalkIT extends InBrowser {

    private static final Path SHOTS = Path.of("target", "screenshots", "walk");
    private static final int[] WIDTHS = { 1366, 390 };

    /** What the walk creates for itself: a verified brand, a merchant with a listing removed and one in review. */
    private static Marketplace.VerifiedBrand brand;
    private static String merchant;
    private static long complaintId;
    private static long pendingItem;
    private static long sanctionId;
    private static long appealId;

    @BeforeAll
    static void marketplace() throws Exception {
        brand = Marketplace.verifiedBrand("Walk");
        merchant = Marketplace.newMerchant("Wen", "Li");
        long removed = Marketplace.listingOf(merchant, "Walk tote");
        long reviewed = Marketplace.listingOf(merchant, "Walk belt");
        Map<String, Object> notice = new HashMap<>();
        notice.put("brandId", brand.id());
        notice.put("rightId", brand.rightId());
        notice.put("infringementType", "COUNTERFEIT");
        notice.put("listings", List.of(String.valueOf(removed), String.valueOf(reviewed)));
        // The brand writes in Chinese: what a Chinese page shows of it is then in the page's language too.
        notice.put("explanation", "测试购买的商品为假冒品：缝线错误，没有防伪标签，序列号不是品牌签发的。");
        notice.put("evidence", Map.of("urls", List.of("https://evidence.markguard.test/photos/walk"),
                "testPurchaseOrders", List.of("TP-2026-0777")));
        notice.put("goodFaith", true);
        notice.put("accurate", true);
        var filed = as("brand-owner").baseUri(RunningSuite.COMPLAINTS).contentType(ContentType.JSON).body(notice)
                .post("/api/complaints").then().statusCode(201).extract().jsonPath();
        complaintId = filed.getLong("id");
        List<Integer> items = filed.getList("items.id");
        Marketplace.accept(items.get(0), "COUNTERFEIT_CONFIRMED");
        pendingItem = items.get(1);
        sanctionId = Marketplace.awaitSanctionOn(merchant, removed);
        appealId = as(merchant).baseUri(RunningSuite.MERCHANTS).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .multiPart("explanation", "这个商品是从品牌的授权经销商处购买的正品，附有购买发票。")
                .post("/api/sanctions/" + sanctionId + "/appeals").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void everyRolesPagesPassAtBothWidthsInBothLanguages() throws Exception {
        String axe = PageChecks.axe();
        Files.createDirectories(SHOTS);
        List<String> problems = new ArrayList<>();

        walk(axe, "visitor", null, List.of("/", "/transparency"), problems);
        long b = brand.id();
        walk(axe, "brand", "brand-owner", List.of("/", "/brands", "/brands/" + b, "/brands/" + b + "/members",
                "/brands/" + b + "/clients", "/brands/" + b + "/webhooks", "/brands/" + b + "/appeals", "/complaints",
                "/complaints/brands/" + b, "/complaints/brands/" + b + "/new", "/complaints/brands/" + b + "/new?q=Walk", "/complaints/brands/" + b + "/bulk",
                "/complaints/brands/" + b + "/trust", "/complaints/" + complaintId, "/complaints/items/" + pendingItem,
                "/brands/" + b + "/appeals/" + appealId, "/transparency", "/transparency/report", "/inbox",
                "/account/security"), problems);
        walk(axe, "merchant", merchant, List.of("/", "/merchant", "/merchant/complaints", "/merchant/appeals",
                "/merchant/listings", "/merchant/identity", "/merchant/sanctions/" + sanctionId,
                "/merchant/appeals/" + appealId), problems);
        walk(axe, "reviewer", "reviewer", List.of("/", "/review/complaints", "/review/complaints/items/" + pendingItem,
                "/review", "/appeals", "/appeals/" + appealId, "/review/misuse", "/review/terminations"), problems);
        walk(axe, "admin", "admin", List.of("/", "/operator/health", "/operator/policy",
                "/operator/transparency-database", "/operator/dead-letters/complaint-service",
                "/operator/dead-letters/portal-service", "/brands"), problems);

        assertTrue(problems.isEmpty(), problems.size() + " problems on the walk (screenshots in "
                + SHOTS.toAbsolutePath() + "):\n" + String.join("\n", problems));
    }

    /**
     * The navigation counts each reviewer queue as its service reads it: the walk's item waiting for review is among
     * those counted, and the dashboard gives the queue's soonest deadline; an administrator's dashboard shows each
     * service ready, with its outbox.
     */
    @Test
    void theReviewersNavigationCountsTheQueuesAndTheAdministratorSeesTheServices() {
        signIn("reviewer");
        // The services read their queues every few seconds and the portal asks again every 10 s.
        Browsers.patientWait(browser, java.time.Duration.ofSeconds(60)).until(page -> {
            page.navigate().refresh();
            var count = page.findElements(By.id("nav-queue-complaints-count"));
            return !count.isEmpty() && Long.parseLong(count.get(0).getAttribute("data-waiting")) >= 1;
        });
        assertTrue(text("dashboard-nav-queue-complaints").contains("Soonest deadline"),
                text("dashboard-nav-queue-complaints"));
        signOut();
        signIn("admin");
        assertTrue(text("ready-complaint-service").startsWith("Ready"), text("ready-complaint-service"));
        assertTrue(text("ready-merchant-service").startsWith("Ready"), text("ready-merchant-service"));
        assertTrue(text("backlog-complaint-service").matches("\\d+"), text("backlog-complaint-service"));
    }

    /** Signs {@code user} in (none: a visitor) and opens each page at each width in English, then in Chinese. */
    private void walk(String axe, String role, String user, List<String> paths, List<String> problems)
            throws IOException {
        if (user != null) {
            signIn(user);
        }
        for (String language : List.of("en", "zh-CN")) {
            chooseLanguage(language);
            for (int width : WIDTHS) {
                viewport(width);
                for (String path : paths) {
                    browser.get(RunningSuite.PORTAL + path);
                    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
                    String where = role + " " + language + " " + width + " px " + path;
                    shoot(role, language, width, path);
                    check(axe, language, where, problems);
                }
            }
        }
        if (user != null) {
            signOut();
        }
    }

    private void chooseLanguage(String language) {
        browser.get(RunningSuite.PORTAL + "/");
        Browsers.chooseLanguage(browser, wait, language);
    }

    private void viewport(int width) {
        PageChecks.viewport(browser, width);
    }

    private void shoot(String role, String language, int width, String path) throws IOException {
        PageChecks.saveFullPage(browser, SHOTS.resolve(role + "-" + language + "-" + width + "-"
                + (path.equals("/") ? "home" : path.substring(1).replaceAll("[^A-Za-z0-9]+", "-")) + ".png"));
    }

    private void check(String axe, String language, String where, List<String> problems) {
        problems.addAll(PageChecks.problems(browser, axe, language.startsWith("zh"), where));
    }
}
