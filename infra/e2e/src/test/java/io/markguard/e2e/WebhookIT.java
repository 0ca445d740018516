package io.markguard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.client.complaints.ApiClient;
import io.markguard.client.complaints.ApiException;
import io.markguard.client.complaints.api.ComplaintResourceApi;
import io.markguard.client.complaints.api.WebhookResourceApi;
import io.markguard.client.complaints.model.ComplaintView;
import io.markguard.client.complaints.model.CreatedSubscription;
import io.markguard.client.complaints.model.EvidenceInput;
import io.markguard.client.complaints.model.InfringementType;
import io.markguard.client.complaints.model.NewComplaint;
import io.markguard.client.complaints.model.NewSubscription;
import io.markguard.client.complaints.model.PageDelivery;
import io.markguard.client.complaints.webhooks.WebhookSignature;
import io.markguard.testsupport.TestKeycloak;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The vendor's loop, end to end: the brand's owner makes an API client in the portal; a script with its secret
 * subscribes a receiver of its own to the brand's decisions through the generated client, then files notices
 * (markguard.e2e.webhook-notices of them, 200 unless set; 1,000 for the full run), waiting out 429s as their
 * Retry-After says; the brand is on the fast track, so each is decided at filing, and the receiver, checking every
 * signature with the client's {@link WebhookSignature}, applies each decision exactly once.
 */
@ExtendWith(RunningSuite.class)
class WebhookIT {

    private static final int NOTICES = Integer.getInteger("markguard.e2e.webhook-notices", 200);

    @Test
    void aScriptFilesNoticesAndItsReceiverGetsEachDecisionSignedAndOnce() throws Exception {
        Marketplace.VerifiedBrand brand = Marketplace.fastTrackBrand("Hooked", "COUNTERFEIT", "COUNTERFEIT_CONFIRMED");
        List<String> targets = new ArrayList<>();
        for (int m = 0; m < Math.max(1, NOTICES / 100); m++) {
            targets.addAll(Marketplace.listingUrls(Marketplace.newMerchant("Target", "Shop" + m), "Hooked wallet (copy)",
                    Math.min(100, NOTICES - targets.size())));
        }
        assertEquals(NOTICES, targets.size());

        JsonPath client = Marketplace.as("brand-owner").baseUri(RunningSuite.PORTAL).contentType(ContentType.JSON)
                .body(Map.of("name", "Acme Protect hooks", "allRights", true, "actions", List.of("FILE", "READ")))
                .post("/api/brands/" + brand.id() + "/clients").then().statusCode(201).extract().jsonPath();
        Supplier<String> token = tokens(client.getString("clientId"), client.getString("secret"));
        ApiClient api = new ApiClient();
        api.updateBaseUri(RunningSuite.COMPLAINTS);
        api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.get()));

        try (WebhookReceiver receiver = new WebhookReceiver()) {
            CreatedSubscription created = new WebhookResourceApi(api).subscribeWebhook(brand.id(),
                    new NewSubscription().url(receiver.url()).events(List.of("item.decided")));
            receiver.secret = created.getSecret();

            ComplaintResourceApi complaints = new ComplaintResourceApi(api);
            Set<String> items = ConcurrentHashMap.newKeySet();
            int waited = 0;
            for (String url : targets) {
                NewComplaint notice = new NewComplaint().brandId(brand.id()).rightId(brand.rightId())
                        .infringementType(InfringementType.COUNTERFEIT).listings(List.of(url))
                        .explanation("Test purchase showed a counterfeit: wrong stitching, no hologram, fake serial.")
                        .evidence(new EvidenceInput().urls(List.of("https://evidence.acme-protect.test/1")))
                        .goodFaith(true).accurate(true);
                String key = "hooked-" + UUID.randomUUID();
                while (true) {
                    try {
                        ComplaintView filed = complaints.fileNotice(notice, key);
                        assertEquals("FAST_TRACK", filed.getChannel(), "the brand's notices go on the fast track");
                        items.add(String.valueOf(filed.getItems().get(0).getId()));
                        break;
                    } catch (ApiException e) {
                        if (e.getCode() != 429) {
                            throw e;
                        }
                        // The limit's own answer says when to try again; the same key makes it the same notice.
                        waited++;
                        Thread.sleep(1000L * Long.parseLong(e.getResponseHeaders().firstValue("Retry-After").orElse("1")));
                    }
                }
            }
            assertEquals(NOTICES, items.size());

            Instant deadline = Instant.now().plus(Duration.ofSeconds(60 + NOTICES / 10));
            while (!receiver.appliedItems.keySet().containsAll(items)) {
                assertTrue(Instant.now().isBefore(deadline), "decisions applied: " + receiver.appliedItems.size() + " of "
                        + NOTICES + " (" + waited + " waits for the rate limit)");
                Thread.sleep(500);
            }
            // Each decision once: no event applied twice, none refused for its signature, and nothing for another brand.
            assertEquals(items, receiver.appliedItems.keySet());
            assertTrue(receiver.appliedItems.values().stream().allMatch(n -> n.get() == 1), receiver.appliedItems.toString());
            assertEquals(0, receiver.badSignatures.get());
            assertEquals(NOTICES, receiver.eventIds.size());

            PageDelivery log = new WebhookResourceApi(api).listWebhookDeliveries(brand.id(),
                    created.getSubscription().getId().toString(), null, "200", null);
            assertTrue(log.getItems().stream().allMatch(d -> "DELIVERED".equals(d.getStatus())), log.toString());
        }
    }

    /** The client's tokens, each fetched anew a minute before the last one's five minutes are out. */
    private static Supplier<String> tokens(String clientId, String secret) {
        Object[] held = new Object[2];
        return () -> {
            synchronized (held) {
                if (held[0] == null || Instant.now().isAfter((Instant) held[1])) {
                    held[0] = TestKeycloak.apiClientToken(clientId, secret);
                    held[1] = Instant.now().plus(Duration.ofMinutes(4));
                }
                return (String) held[0];
            }
        };
    }
}
