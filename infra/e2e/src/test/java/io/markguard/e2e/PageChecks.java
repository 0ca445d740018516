package io.markguard.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What the browser tests check on every page they save: no sideways scroll of the page, no serious or critical
 * axe-core violation, no raw id (UUID) or enum constant in the visible text, no English on a Chinese page, chart text
 * large enough to read; and the page laid out at a given width and saved whole as a screenshot.
 */
final class PageChecks {

    private static final Path AXE = Path.of(System.getProperty("markguard.test.axe", "node_modules/axe-core/axe.min.js"));

    private PageChecks() {
    }

    /** axe-core's script, as {@code infra/markguard test} installs it (npm ci in infra/e2e). */
    static String axe() throws IOException {
        assertTrue(Files.isRegularFile(AXE), "axe-core is missing at " + AXE.toAbsolutePath()
                + ": infra/markguard test installs it (npm ci in infra/e2e)");
        return Files.readString(AXE, StandardCharsets.UTF_8);
    }

    /** The page laid out as on a screen this wide: a phone's viewport (mobile, 844 px high) under 800 px. */
    static void viewport(WebDriver browser, int width) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", width < 800 ? 844 : 900, "deviceScaleFactor", 1, "mobile", width < 800));
    }

    /** The whole page, beyond the viewport too (up to 6,000 px), as the reader scrolls through it. */
    static void saveFullPage(WebDriver browser, Path file) throws IOException {
        ChromeDriver chrome = (ChromeDriver) browser;
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", size.get("width"),
                        "height", Math.min(((Number) size.get("height")).doubleValue(), 6000), "scale", 1)));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /** What is wrong with the page the browser shows, each problem a line starting with {@code where}. */
    static List<String> problems(WebDriver browser, String axe, boolean chinese, String where) {
        List<String> problems = new ArrayList<>();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) js.executeScript(VISIBLE_TEXT_CHECKS, chinese);
        if (((Number) seen.get("scrollWidth")).longValue() > ((Number) seen.get("clientWidth")).longValue()) {
            problems.add(where + ": the page scrolls sideways (" + seen.get("scrollWidth") + " px wide in "
                    + seen.get("clientWidth") + " px; widest: " + seen.get("widest") + ")");
        }
        @SuppressWarnings("unchecked")
        List<String> tiny = (List<String>) seen.get("tiny");
        if (!tiny.isEmpty()) {
            problems.add(where + ": chart text too small to read: " + tiny);
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
        return problems;
    }


    /**
     * What a reader sees that it should not: raw ids and enum constants anywhere in the visible text, and on a Chinese
     * page, a text of three Latin words or more (five within Chinese text) outside what the page marks as another
     * language, as code, or as text its users wrote ({@code translate="no"}); chart text under 11 px; and how wide the
     * page is against its viewport, with the elements that stick out.
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
                // A text wholly in Latin letters with three words or more is English; within Chinese text, a run of
                // five (a name or a title users wrote, embedded in a sentence, is shorter).
                var latinOnly = !/[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/.test(node.textContent);
                var words = node.textContent.match(latinOnly ? /[A-Za-z]{2,}(?:[ ,'\u2019-]+[A-Za-z]{2,}){2,}/
                    : /[A-Za-z]{2,}(?:[ ,'\u2019-]+[A-Za-z]{2,}){4,}/);
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
            var tiny = [];
            document.querySelectorAll('svg text').forEach(function (t) {
              var h = t.getBoundingClientRect().height;
              if (h > 0 && h < 11 && tiny.length < 3) tiny.push('"' + t.textContent.trim() + '" ' + h.toFixed(1) + ' px high');
            });
            return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, widest: widest.join(', '), tiny: tiny,
                     uuids: uuids.slice(0, 5), enums: enums.slice(0, 5), english: english.slice(0, 5) };
            """;
}
