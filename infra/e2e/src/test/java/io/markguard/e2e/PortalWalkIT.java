package io.markguard.e2e;

import static io.markguard.e2e.Marketplace.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
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
    private static final Path AXE = Path.of(System.getProperty("markguard.test.axe", "node_modules/axe-core/axe.min.js"));
    private static final int[] WIDTHS = { 1366, 390 };

    /** What the walk creates for itself: a verified brand, a merchant with a listing removed and one in review. */
    private static Marketplace.VerifiedBrand brand;
    private static String merchant;
    private static long complaintId;
    private static long pendingItem;
    private static long sanctionId;

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
    }

    @Test
    void everyRolesPagesPassAtBothWidthsInBothLanguages() throws Exception {
        assertTrue(Files.isRegularFile(AXE), "axe-core is missing at " + AXE.toAbsolutePath()
                + ": infra/markguard test installs it (npm ci in infra/e2e)");
        String axe = Files.readString(AXE, StandardCharsets.UTF_8);
        Files.createDirectories(SHOTS);
        List<String> problems = new ArrayList<>();

        walk(axe, "visitor", null, List.of("/", "/transparency"), problems);
        long b = brand.id();
        walk(axe, "brand", "brand-owner", List.of("/", "/brands", "/brands/" + b, "/brands/" + b + "/members",
                "/brands/" + b + "/clients", "/brands/" + b + "/webhooks", "/brands/" + b + "/appeals", "/complaints",
                "/complaints/brands/" + b, "/complaints/brands/" + b + "/new", "/complaints/brands/" + b + "/new?q=Walk", "/complaints/brands/" + b + "/bulk",
                "/complaints/brands/" + b + "/trust", "/complaints/" + complaintId, "/complaints/items/" + pendingItem,
                "/inbox", "/account/security"), problems);
        walk(axe, "merchant", merchant, List.of("/", "/merchant", "/merchant/complaints", "/merchant/appeals",
                "/merchant/listings", "/merchant/identity", "/merchant/sanctions/" + sanctionId), problems);
        walk(axe, "reviewer", "reviewer", List.of("/", "/review/complaints", "/review/complaints/items/" + pendingItem,
                "/review", "/appeals", "/review/misuse", "/review/terminations"), problems);
        walk(axe, "admin", "admin", List.of("/", "/operator/health", "/operator/policy",
                "/operator/transparency-database", "/brands"), problems);

        assertTrue(problems.isEmpty(), problems.size() + " problems on the walk (screenshots in "
                + SHOTS.toAbsolutePath() + "):\n" + String.join("\n", problems));
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
        var button = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("language-" + language)));
        if (button.isEnabled()) {
            button.click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
        }
    }

    /** The page laid out as on a screen this wide: a phone's viewport at 390 px. */
    private void viewport(int width) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", width < 800 ? 844 : 900, "deviceScaleFactor", 1, "mobile", width < 800));
    }

    /** The whole page, beyond the viewport too, as the reader scrolls through it. */
    private void shoot(String role, String language, int width, String path) throws IOException {
        String name = role + "-" + language + "-" + width + "-"
                + (path.equals("/") ? "home" : path.substring(1).replaceAll("[^A-Za-z0-9]+", "-")) + ".png";
        ChromeDriver chrome = (ChromeDriver) browser;
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("width"),
                        "height", Math.min(((Number) size.get("height")).doubleValue(), 6000), "scale", 1)));
        Files.write(SHOTS.resolve(name), java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }

    private void check(String axe, String language, String where, List<String> problems) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) js.executeScript(VISIBLE_TEXT_CHECKS, language.startsWith("zh"));
        if (((Number) seen.get("scrollWidth")).longValue() > ((Number) seen.get("clientWidth")).longValue()) {
            problems.add(where + ": the page scrolls sideways (" + seen.get("scrollWidth") + " px wide in "
                    + seen.get("clientWidth") + " px; widest: " + seen.get("widest") + ")");
        }
        for (String kind : List.of("uuids", "enums", "english")) {
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) seen.get(kind);
            if (!found.isEmpty()) {
                problems.add(where + ": " + kind + " in the visible text: " + found);
            }
        }
        js.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
                  if (r.passes.length + r.violations.length + r.incomplete.length === 0) { done(['axe checked no rule']); return; }
                  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                    .map(function (v) {
                      return v.impact + ' ' + v.id + ' (' + v.help + '): '
                        + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ');
                    }));
                }).catch(function (e) { done(['axe failed: ' + e]); });
                """);
        violations.forEach(v -> problems.add(where + ": axe " + v));
    }

    /**
     * What a reader sees that it should not: raw ids and enum constants anywhere in the visible text, and on a Chinese
     * page, three or more Latin words in a row outside what the page marks as another language, as code, or as text
     * its users wrote ({@code translate="no"}); and how wide the page is against its viewport, with its widest element.
     */
    private static final String VISIBLE_TEXT_CHECKS = """
            var chinese = arguments[0];
            var shown = document.createElement('div');
            Array.prototype.forEach.call(document.body.children, function (el) { shown.appendChild(el.cloneNode(true)); });
            shown.querySelectorAll('code, script, style').forEach(function (el) { el.remove(); });
            shown.style.position = 'absolute';
            shown.style.left = '-99999px';
            shown.style.width = document.documentElement.clientWidth + 'px';
            document.body.appendChild(shown);
            var text = shown.innerText.replace(/https?:\\/\\/\\S+/g, ' ');
            shown.remove();
            var uuids = text.match(/\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b/gi) || [];
            var enums = (text.match(/\\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\\b/g) || []).concat(text.match(
                /\\b(PENDING|ACCEPTED|REJECTED|VERIFIED|SUSPENDED|DENIED|GRANTED|REMOVED|REVOKED|EXPIRED|QUEUED|RETRYING|SUBMITTED|REFUSED|WITHDRAWN|PAUSED|DELIVERED|FAILED|HELD|OWNER|AGENT|COUNTERFEIT|TRADEMARK|PATENT|COPYRIGHT|DOCUMENTS|IN_REVIEW)\\b/g) || []);
            var english = [];
            if (chinese) {
              var skip = 'code, pre, script, style, [translate="no"], [aria-hidden="true"], [lang]:not([lang^="zh"])';
              var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (var node = walker.nextNode(); node; node = walker.nextNode()) {
                var parent = node.parentElement;
                if (!parent || parent.closest(skip) || parent.getClientRects().length === 0) continue;
                var words = node.textContent.match(/[A-Za-z]{2,}(?:[ ,'\u2019-]+[A-Za-z]{2,}){2,}/);
                if (words) english.push(words[0]);
              }
            }
            var width = document.documentElement.clientWidth, widest = [];
            if (document.documentElement.scrollWidth > width) {
              document.querySelectorAll('body *').forEach(function (el) {
                if (widest.length >= 3 || el.getBoundingClientRect().right <= width + 1) return;
                for (var up = el.parentElement; up && up !== document.body; up = up.parentElement) {
                  var x = getComputedStyle(up).overflowX;
                  if (x === 'auto' || x === 'scroll' || x === 'hidden') return;
                }
                widest.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ').join('.') : '')
                    + ' to ' + Math.round(el.getBoundingClientRect().right) + ' px');
              });
            }
            return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, widest: widest.join(', '),
                     uuids: uuids.slice(0, 5), enums: enums.slice(0, 5), english: english.slice(0, 5) };
            """;
}
