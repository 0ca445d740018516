package io.markguard.e2e;

import static io.markguard.e2e.Marketplace.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Everyone concerned by a notice and its appeal is told, once, by mail through the suite's SMTP server and in the
 * portal's inbox, in their own language and with a link to the page the notification is about: the brand owner
 * answers the appeal from the link in its mail, the reviewer who accepted the notice is refused deciding the appeal
 * and a second reviewer decides it. The merchant (one of the test's own, so no other test's takedowns count) reads
 * the portal in Simplified Chinese, chosen with the language switch, and so gets its mail in Chinese; brand-owner
 * reads English.
 */
@ExtendWith(RunningSuite.class)
class NotificationsIT extends InBrowser {

    private static final Duration DELIVERY = Duration.ofSeconds(60);
    /** How long after a mail's arrival a repeat of it would have arrived too (the outboxes retry within seconds). */
    private static final Duration REPEAT = Duration.ofSeconds(4);
    private static final String BRAND_OWNER = "brand-owner@markguard.test";
    private static final Pattern OPEN_EN = Pattern.compile("Open it in the portal: (\\S+)");
    private static final Pattern OPEN_ZH = Pattern.compile("在门户中打开：(\\S+)");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** A mail as its reader gets it. */
    record Mailed(String to, String subject, String body) {
        /** The link of the mail's "open it in the portal" line, written in the mail's language. */
        String link(Pattern openLine) {
            Matcher open = openLine.matcher(body);
            assertTrue(open.find(), "no '" + openLine.pattern() + "' line in the mail " + subject + ":\n" + body);
            return open.group(1);
        }
    }

    /** One mail the test expects: its reader, its subject, the portal page it links to, its language's open line. */
    record Expected(String to, Predicate<String> subject, String describe, String path, Pattern openLine) {
        boolean matches(Mailed mail) {
            if (!mail.to().equalsIgnoreCase(to) || !subject.test(mail.subject())) {
                return false;
            }
            Matcher link = LINK.matcher(mail.body());
            while (link.find()) {
                if (link.group().equals(RunningSuite.PORTAL + path)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Test
    void eachSideIsToldOnceInItsLanguageAnswersFromTheMailedLinkAndASecondReviewerDecides() throws Exception {
        WebDriver merchantBrowser = Browsers.headlessChromium();
        WebDriverWait merchantWait = Browsers.patientWait(merchantBrowser, Duration.ofSeconds(20));
        try {
            // The merchant chooses Simplified Chinese in the portal, before anything is told to it.
            String merchant = Marketplace.newMerchant("Bruno", "Costa");
            Browsers.signIn(merchantBrowser, merchantWait, merchant);
            merchantBrowser.findElement(By.id("language-zh-CN")).click();
            merchantWait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));

            long listingId = Marketplace.listingOf(merchant, "Northwind wallet");
            // merchant-service mails the merchant at the address of its trader identity.
            String merchantAddress = as(merchant).baseUri(RunningSuite.MERCHANTS).get("/api/merchants/me").then()
                    .statusCode(200).extract().jsonPath().getString("traderIdentity.email");
            Marketplace.VerifiedBrand brand = Marketplace.verifiedBrand("Notified");
            long itemId = Marketplace.file(brand, "COUNTERFEIT", List.of(listingId)).get(0);
            long complaintId = as("brand-owner").baseUri(RunningSuite.COMPLAINTS).get("/api/complaint-items/" + itemId)
                    .then().statusCode(200).extract().jsonPath().getLong("complaintId");
            Marketplace.accept(itemId, "COUNTERFEIT_CONFIRMED");
            long sanctionId = Marketplace.awaitSanctionOn(merchant, listingId);

            List<Expected> expected = new ArrayList<>();
            Expected receipt = new Expected(BRAND_OWNER, ("Notice " + complaintId + " received")::equals,
                    "notice-receipt", "/complaints/" + complaintId, OPEN_EN);
            Expected decided = new Expected(BRAND_OWNER, ("Decision on listing " + itemId + " of notice " + complaintId)::equals,
                    "item-decided", "/complaints/items/" + itemId, OPEN_EN);
            Expected statement = new Expected(merchantAddress, "理由说明：商品信息已下架"::equals, "statement-of-reasons",
                    "/merchant/sanctions/" + sanctionId, OPEN_ZH);
            expected.addAll(List.of(receipt, decided, statement));
            Mailed receiptMail = awaitOnly(receipt);
            assertTrue(receiptMail.body().startsWith("We received your notice " + complaintId + " about 1 listing(s)"),
                    receiptMail.body());
            assertTrue(receiptMail.body().contains("Choose which notifications are mailed to you: " + RunningSuite.PORTAL
                    + "/inbox/preferences"), "a receipt is optional, so its mail says where to turn it off");
            Mailed decidedMail = awaitOnly(decided);
            assertTrue(decidedMail.body().contains(": taken down."), decidedMail.body());
            Mailed statementMail = awaitOnly(statement);
            assertTrue(statementMail.body().contains("您可在"), statementMail.body());

            // The merchant follows the statement's link and appeals on the sanction's page.
            merchantBrowser.get(statementMail.link(OPEN_ZH));
            merchantWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appeal-form")));
            Path invoice = Files.createTempFile("invoice", ".pdf");
            Files.write(invoice, Marketplace.PDF);
            merchantBrowser.findElement(By.id("appeal-explanation")).sendKeys("The wallets are genuine: the distributor's invoice is attached.");
            merchantBrowser.findElement(By.id("appeal-evidence")).sendKeys(invoice.toAbsolutePath().toString());
            merchantBrowser.findElement(By.id("appeal-submit")).click();
            merchantWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appeal-detail")));
            String merchantAppealPage = merchantBrowser.getCurrentUrl();
            long appealId = Long.parseLong(merchantAppealPage.substring(merchantAppealPage.lastIndexOf('/') + 1));
            String brandAppealPath = "/brands/" + brand.id() + "/appeals/" + appealId;
            String merchantAppealPath = "/merchant/appeals/" + appealId;

            Expected filed = new Expected(BRAND_OWNER,
                    s -> s.matches("Appeal " + appealId + " against measure " + sanctionId + ": answer by \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC"),
                    "appeal-filed", brandAppealPath, OPEN_EN);
            Expected received = new Expected(merchantAddress, ("已收到申诉 " + appealId)::equals, "appeal-received",
                    merchantAppealPath, OPEN_ZH);
            expected.addAll(List.of(filed, received));
            Mailed filedMail = awaitOnly(filed);
            assertTrue(filedMail.body().contains("(appeal " + appealId + ") against the measure " + sanctionId
                    + " (listing removed)"), filedMail.body());
            awaitOnly(received);

            // The brand owner, not signed in, opens the mailed link, signs in where asked and answers on that page.
            openSigningInIfAsked(filedMail.link(OPEN_EN), "brand-owner", "appeal-detail");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appeal-answer")));
            assertEquals(brandAppealPath, URI.create(browser.getCurrentUrl()).getPath());
            assertTrue(text("appeal-explanation-text").contains("distributor's invoice"), text("appeal-explanation-text"));
            String answer = "Our test purchase " + UUID.randomUUID().toString().substring(0, 8) + " had a fake serial number.";
            browser.findElement(By.id("appeal-answer-text")).sendKeys(answer);
            browser.findElement(By.id("appeal-answer-evidence")).sendKeys("https://evidence.markguard.test/serials/1");
            browser.findElement(By.id("appeal-answer-submit")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cannot-answer")));
            assertTrue(text("brand-answer").contains(answer), text("brand-answer"));

            Expected answered = new Expected(merchantAddress, ("品牌已答复申诉 " + appealId)::equals, "appeal-answered",
                    merchantAppealPath, OPEN_ZH);
            expected.add(answered);
            Mailed answeredMail = awaitOnly(answered);
            assertTrue(answeredMail.body().contains(brand.name()) && answeredMail.body().contains("1 个证据链接"),
                    answeredMail.body());

            // The reviewer who accepted the notice sees the brand's answer but may not decide the appeal.
            signOut();
            signIn("reviewer");
            browser.get(RunningSuite.PORTAL + "/appeals/" + appealId);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appeal-detail")));
            assertTrue(text("brand-answer").contains(answer), text("brand-answer"));
            assertEquals("ORIGINAL_DECIDER", browser.findElement(By.id("four-eyes")).getAttribute("data-state"));
            assertTrue(text("four-eyes").contains("another reviewer decides the appeal"), text("four-eyes"));
            assertTrue(browser.findElements(By.id("appeal-decide")).isEmpty(), "no decision form for the original decider");
            // A decision posted anyway is refused on the appeal's page, which says why; the appeal stays open.
            postFromPage("/appeals/" + appealId + "/decision",
                    Map.of("outcome", "DENIED", "reasonCode", "INFRINGEMENT_CONFIRMED", "reason", "Confirmed."));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
            assertTrue(text("error").contains("four-eyes"), text("error"));
            assertTrue(text("appeal-status").startsWith("Open"), text("appeal-status"));

            // reviewer-b decides it.
            signOut();
            signIn("reviewer-b");
            browser.get(RunningSuite.PORTAL + "/appeals/" + appealId);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("appeal-decide")));
            assertTrue(text("brand-answer").contains(answer), text("brand-answer"));
            browser.findElement(By.id("outcome-DENIED")).click();
            new Select(browser.findElement(By.id("appeal-reason-code"))).selectByValue("INFRINGEMENT_CONFIRMED");
            browser.findElement(By.id("appeal-decision-reason")).sendKeys("The serial number is not one the brand issued.");
            browser.findElement(By.id("appeal-decide-submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appeal-status"), "Denied"));

            Expected decidedForMerchant = new Expected(merchantAddress, ("申诉 " + appealId + " 已有决定：申诉驳回")::equals,
                    "appeal-decided", merchantAppealPath, OPEN_ZH);
            Expected decidedForBrand = new Expected(BRAND_OWNER, ("Appeal " + appealId + " has been decided: denied")::equals,
                    "appeal-decided", brandAppealPath, OPEN_EN);
            expected.addAll(List.of(decidedForMerchant, decidedForBrand));
            Mailed merchantDecision = awaitOnly(decidedForMerchant);
            assertTrue(merchantDecision.body().contains("理由：侵权属实。"), merchantDecision.body());
            assertTrue(merchantDecision.body().contains("The serial number is not one the brand issued."), merchantDecision.body());
            Mailed brandDecision = awaitOnly(decidedForBrand);
            assertTrue(brandDecision.body().contains("Reason: the infringement is confirmed."), brandDecision.body());

            // No mail comes twice: each is still there once a repeat would have arrived.
            Thread.sleep(REPEAT.toMillis());
            for (Expected e : expected) {
                assertEquals(1, mailsMatching(e).size(), e.describe() + " to " + e.to() + " is mailed once");
            }

            // Each mail's link opens the page it is about, for its reader.
            signOut();
            openSigningInIfAsked(receiptMail.link(OPEN_EN), "brand-owner", "complaint-heading");
            assertOpens(browser, wait, receipt, "complaint-heading");
            assertOpens(browser, wait, decided, "item-status");
            assertOpens(browser, wait, filed, "appeal-detail");
            assertOpens(browser, wait, decidedForBrand, "appeal-detail");
            assertOpens(merchantBrowser, merchantWait, statement, "statement-of-reasons");
            assertOpens(merchantBrowser, merchantWait, received, "appeal-detail");
            assertOpens(merchantBrowser, merchantWait, answered, "appeal-detail");
            assertOpens(merchantBrowser, merchantWait, decidedForMerchant, "appeal-detail");
            merchantWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("appeal-status"), "驳回"));

            // The inboxes hold the same notifications, each once, in the reader's language.
            assertInInbox(browser, wait, List.of(receipt, decided, filed, decidedForBrand), Map.of(
                    receipt, "notice-receipt", decided, "item-decided", filed, "appeal-filed", decidedForBrand, "appeal-decided"));
            assertInInbox(merchantBrowser, merchantWait, List.of(statement, received, answered, decidedForMerchant), Map.of(
                    statement, "statement-of-reasons", received, "appeal-received", answered, "appeal-answered",
                    decidedForMerchant, "appeal-decided"));
        } finally {
            merchantBrowser.quit();
        }
    }

    /** Opens the link in the browser, signing in on Keycloak's page as the user if the portal sends the browser there. */
    private void openSigningInIfAsked(String link, String username, String elementId) {
        browser.get(link);
        wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("username")),
                ExpectedConditions.presenceOfElementLocated(By.id(elementId))));
        if (!browser.findElements(By.id("username")).isEmpty()) {
            Browsers.signInOnKeycloak(browser, wait, username);
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(elementId)));
    }

    /** Opens the mail's link in the reader's signed-in browser: the page it names, with the element the page is known by. */
    private static void assertOpens(WebDriver reader, WebDriverWait readerWait, Expected expected, String elementId) {
        Mailed mail = mailsMatching(expected).get(0);
        reader.get(mail.link(expected.openLine()));
        readerWait.until(ExpectedConditions.presenceOfElementLocated(By.id(elementId)));
        assertEquals(expected.path(), URI.create(reader.getCurrentUrl()).getPath(), expected.describe() + "'s link");
    }

    /** The reader's inbox page shows each notification once, under its kind, linking to its page. */
    private static void assertInInbox(WebDriver reader, WebDriverWait readerWait, List<Expected> expected,
            Map<Expected, String> kinds) {
        reader.get(RunningSuite.PORTAL + "/inbox");
        readerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox")));
        for (Expected e : expected) {
            String kind = kinds.get(e);
            List<WebElement> rows = reader.findElements(By.cssSelector("#inbox tr[data-kind='" + kind + "']")).stream()
                    .filter(row -> row.findElements(By.cssSelector("a[href='" + e.path() + "']")).size() == 1)
                    .toList();
            assertEquals(1, rows.size(), kind + " linking to " + e.path() + " is in the inbox once");
            String subject = rows.get(0).findElement(By.cssSelector("a strong")).getText();
            assertTrue(e.subject().test(subject), "the inbox's subject " + subject + " is the mail's");
        }
    }

    /**
     * Posts the fields to the portal path as a form of the page shown would, with the page's CSRF token, and lets
     * the browser follow the answer.
     */
    private void postFromPage(String path, Map<String, String> fields) {
        ((JavascriptExecutor) browser).executeScript("""
                var token = document.querySelector('input[name="csrf-token"]');
                var form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                var fields = arguments[1];
                fields[token.name] = token.value;
                Object.keys(fields).forEach(function (name) {
                    var input = document.createElement('input');
                    input.type = 'hidden';
                    input.name = name;
                    input.value = fields[name];
                    form.appendChild(input);
                });
                document.body.appendChild(form);
                form.submit();
                """, path, new java.util.HashMap<>(fields));
    }

    /** The one mail that matches, once it has arrived; a second one is a failure. */
    private static Mailed awaitOnly(Expected expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(DELIVERY);
        while (Instant.now().isBefore(deadline)) {
            List<Mailed> mails = mailsMatching(expected);
            if (!mails.isEmpty()) {
                assertEquals(1, mails.size(), expected.describe() + " to " + expected.to() + " is mailed once");
                Mailed mail = mails.get(0);
                assertEquals(RunningSuite.PORTAL + expected.path(), mail.link(expected.openLine()),
                        expected.describe() + "'s link, in the mail's language");
                if (expected.openLine() == OPEN_ZH) {
                    assertFalse(mail.body().contains("Open it in the portal"), mail.body());
                }
                return mail;
            }
            Thread.sleep(250);
        }
        List<String> to = mailsTo(expected.to()).stream()
                .map(m -> expected.subject().test(m.subject()) ? m.subject() + ":\n" + m.body() : m.subject()).toList();
        throw new AssertionError("No " + expected.describe() + " mail to " + expected.to() + " linking to "
                + expected.path() + " within " + DELIVERY.toSeconds() + " s; mailed to them: " + to);
    }

    private static List<Mailed> mailsMatching(Expected expected) {
        return mailsTo(expected.to()).stream().filter(expected::matches).toList();
    }

    private static List<Mailed> mailsTo(String address) {
        List<Mailed> mails = new ArrayList<>();
        for (MimeMessage message : RunningSuite.mail().getReceivedMessages()) {
            if (Mails.recipients(message).contains(address.toLowerCase())) {
                String body = Mails.plainText(message);
                mails.add(new Mailed(address, Mails.subject(message), body == null ? "" : body));
            }
        }
        return mails;
    }
}
