package io.markguard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A brand owner, as a new user would, goes from first sign-in to VERIFIED through the register-code
 * path using only the portal, reading the code from the mail the portal really sent.
 */
@ExtendWith(RunningSuite.class)
class BrandVerificationIT extends InBrowser {

    private static final String CORRESPONDENT = "brand-owner@markguard.test";
    private static final Pattern CODE = Pattern.compile("Code: (\\d+)");

    @Test
    void aBrandOwnerVerifiesTheBrandWithTheCodeMailedToTheRegistersCorrespondent() throws Exception {
        signIn("brand-owner");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("go-brands"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-brand")));

        type("brand-name", "Northwind");
        type("brand-legal-entity", "Northwind Apparel, Inc.");
        type("brand-country", "US");
        type("brand-domain", "northwind.test");
        browser.findElement(By.id("register-brand-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("brand-status"), "Unverified"));

        new Select(browser.findElement(By.id("right-type"))).selectByValue("TRADEMARK");
        new Select(browser.findElement(By.id("right-office"))).selectByValue("USPTO");
        // A typo first: the office's format is explained, and nothing is added.
        type("right-number", "712345");
        type("right-mark", "NORTHWIND");
        type("right-classes", "18, 25, 35");
        type("right-owner", "Northwind Apparel, Inc.");
        browser.findElement(By.id("add-right-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(text("error").contains("USPTO: 7 digits"), text("error"));
        assertTrue(browser.findElements(By.id("rights")).isEmpty());

        new Select(browser.findElement(By.id("right-office"))).selectByValue("USPTO");
        type("right-number", "7 123 456");
        type("right-mark", "NORTHWIND");
        type("right-classes", "18, 25, 35");
        type("right-owner", "Northwind Apparel, Inc.");
        browser.findElement(By.id("add-right-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rights")));
        assertTrue(text("rights").contains("7123456"), text("rights"));

        browser.findElement(By.id("method-REGISTER_CODE")).click();
        browser.findElement(By.id("start-verification-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code-sent")));
        assertTrue(text("code-sent").contains(CORRESPONDENT), text("code-sent"));
        assertEquals("Waiting for the code", text("case-status"));

        String code = codeMailedTo(CORRESPONDENT);
        type("code", code.equals("00000000") ? "11111111" : "00000000");
        browser.findElement(By.id("enter-code-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertEquals("The code is wrong.", text("error"));

        type("code", code);
        browser.findElement(By.id("enter-code-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verified")));
        assertEquals("Verified", text("case-status"));
        assertTrue(text("history").contains("Code accepted"), text("history"));

        browser.findElement(By.id("back-to-brand")).click();
        wait.until(ExpectedConditions.textToBe(By.id("brand-status"), "Verified"));

        // The same page in Simplified Chinese, and back.
        browser.findElement(By.id("language-zh-CN")).click();
        wait.until(ExpectedConditions.textToBe(By.id("brand-status"), "已验证"));
        browser.findElement(By.id("language-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("brand-status"), "Verified"));
    }

    @Test
    void documentsUploadedInThePortalAreApprovedByAReviewerInThePortal() throws Exception {
        signIn("brand-owner");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("go-brands"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register-brand")));
        type("brand-name", "Northwind Europe");
        type("brand-legal-entity", "Northwind Apparel Inc.");
        type("brand-country", "IE");
        type("brand-domain", "northwind.test");
        browser.findElement(By.id("register-brand-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add-right")));

        new Select(browser.findElement(By.id("right-office"))).selectByValue("EUIPO");
        type("right-number", "018765432");
        type("right-mark", "NORTHWIND");
        type("right-classes", "18, 25");
        type("right-owner", "Northwind Apparel Inc.");
        browser.findElement(By.id("add-right-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rights")));

        browser.findElement(By.id("method-DOCUMENTS")).click();
        browser.findElement(By.id("start-verification-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-document")));
        assertEquals("Waiting for documents", text("case-status"));
        String casePage = browser.getCurrentUrl();

        java.nio.file.Path certificate = Files.createTempFile("certificate", ".pdf");
        Files.writeString(certificate, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        new Select(browser.findElement(By.id("document-kind"))).selectByValue("CERTIFICATE");
        browser.findElement(By.id("document-file")).sendKeys(certificate.toAbsolutePath().toString());
        browser.findElement(By.id("upload-document-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("documents")));
        assertTrue(text("documents").contains("application/pdf"), text("documents"));

        type("submit-note", "The EUIPO certificate.");
        browser.findElement(By.id("submit-case-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), "With a reviewer"));

        // The reviewer, in the same browser after the brand owner signs out.
        signOut();
        signIn("reviewer");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("go-review"))).click();
        String caseId = casePage.substring(casePage.lastIndexOf('/') + 1);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("review-case-" + caseId))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("claim-submit"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decide")));
        assertEquals("reviewer", text("claimed-by"));
        new Select(browser.findElement(By.id("decision-outcome"))).selectByValue("APPROVE");
        type("decision-reason", "The certificate matches the EUIPO register.");
        browser.findElement(By.id("decide-submit")).click();
        wait.until(ExpectedConditions.urlToBe(RunningSuite.PORTAL + "/review"));

        signOut();
        browser.get(casePage);
        signInOnKeycloak("brand-owner");
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), "Verified"));
        assertTrue(text("history").contains("The certificate matches the EUIPO register."), text("history"));
        assertTrue(text("history").contains("reviewer"), text("history"));
    }

    private void signInOnKeycloak(String username) {
        Browsers.signInOnKeycloak(browser, wait, username);
    }

    private String codeMailedTo(String address) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> mail = Arrays.stream(RunningSuite.mail().getReceivedMessages())
                    .filter(m -> Mails.recipients(m).contains(address.toLowerCase())).toList();
            if (!mail.isEmpty()) {
                Matcher code = CODE.matcher(String.valueOf(mail.get(mail.size() - 1).getContent()));
                if (code.find()) {
                    return code.group(1);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No code was mailed to " + address);
    }
}
