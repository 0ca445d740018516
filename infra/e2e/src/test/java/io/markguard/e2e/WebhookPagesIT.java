package io.markguard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The brand's owner sets up a webhook in the portal: the form keeps what was typed and names what is missing, the
 * secret is shown once, the delivery log shows the decision delivered, and a delivery sent again reaches the
 * receiver with the same event id, which it applies once; the log reads in Chinese too.
 */
@ExtendWith(RunningSuite.class)
class WebhookPagesIT extends InBrowser {

    @Test
    void theOwnerSubscribesInThePortalReadsTheLogAndSendsADeliveryAgain() throws Exception {
        Marketplace.VerifiedBrand brand = Marketplace.verifiedBrand("Hook pages");
        String merchant = Marketplace.newMerchant("Paula", "Haken");
        long listing = Marketplace.listingOf(merchant, "Hook pages wallet (copy)");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            signIn("brand-owner");
            browser.get(RunningSuite.PORTAL + "/brands/" + brand.id());
            click("brand-webhooks");
            type("webhook-url", receiver.url());
            // No event chosen: the page says which field, and the address stays typed.
            click("webhook-submit");
            assertTrue(text("error").contains("Events"), text("error"));
            assertEquals(receiver.url(), browser.findElement(By.id("webhook-url")).getAttribute("value"));
            click("webhook-event-item.decided");
            click("webhook-submit");
            receiver.secret = text("webhook-secret-value");
            assertTrue(receiver.secret.startsWith("mgwh_"), receiver.secret);
            String row = browser.findElement(By.cssSelector("#webhooks tbody tr")).getAttribute("id");
            String subscription = row.substring("webhook-".length());
            // The secret is not on the page once it is left.
            browser.get(RunningSuite.PORTAL + "/brands/" + brand.id() + "/webhooks");
            assertTrue(browser.findElements(By.id("webhook-secret-value")).isEmpty());

            for (int item : Marketplace.file(brand, "COUNTERFEIT", List.of(listing))) {
                Marketplace.accept(item, "COUNTERFEIT_CONFIRMED");
            }
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (receiver.eventIds.isEmpty()) {
                assertTrue(Instant.now().isBefore(deadline), "the decision's webhook");
                Thread.sleep(200);
            }
            String eventId = receiver.eventIds.iterator().next();

            click("webhook-" + subscription + "-log");
            String delivery = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deliveries tbody tr")))
                    .getAttribute("id").substring("delivery-".length());
            assertEquals("Delivered", text("delivery-" + delivery + "-status"));
            assertTrue(browser.findElement(By.id("delivery-" + delivery)).getText().contains(eventId));
            click("redeliver-" + delivery);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
            deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (receiver.deliveries.get(eventId).get() < 2) {
                assertTrue(Instant.now().isBefore(deadline), "the redelivery");
                Thread.sleep(200);
            }
            assertEquals(1, receiver.eventIds.size());
            assertEquals(0, receiver.badSignatures.get());

            browser.get(RunningSuite.PORTAL + "/brands/" + brand.id() + "/webhooks/" + subscription);
            click("language-zh-CN");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("delivery-" + delivery + "-status"), "已送达"));
            assertTrue(text("webhook-heading").startsWith("订阅"), text("webhook-heading"));
            click("language-en");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("delivery-" + delivery + "-status"), "Delivered"));
        }
    }
}
