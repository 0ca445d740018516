package io.markguard.merchant;

import static io.markguard.merchant.Fixtures.listing;
import static io.markguard.merchant.Fixtures.send;
import static io.markguard.merchant.Fixtures.takedown;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each measure a takedown takes tells the merchant its statement of reasons, once, in the takedown's transaction. */
@QuarkusTest
class MerchantNotificationsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void emptyLedger() {
        fixtures.reset();
    }

    @Test
    void aTakedownWritesOneStatementOfReasonsNotificationPerSanction() throws Exception {
        long merchant = Fixtures.demoMerchant("merchant-a");
        long listing = listing(merchant, "ACME travel mug");
        Map<String, Object> command = takedown(listing, "brand-acme", fixtures.clock().instant());
        JsonPath result = send(command).then().statusCode(201).extract().jsonPath();
        List<Long> sanctions = result.getList("sanctions.id", Long.class);
        // The same takedown again (a relay's retry) takes no new measure and tells nothing more.
        send(command).then().statusCode(200);

        List<String> told = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT payload FROM outbox_message WHERE destination = 'notification' ORDER BY id", String.class)
                .getResultList());
        assertEquals(sanctions.size(), told.size(), "one notification per sanction: " + told);
        long removal = result.getLong("sanctions[0].id");
        String key = "notification-sanction-" + removal + "-statement";
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM outbox_message WHERE idempotency_key = ?1").setParameter(1, key).getSingleResult())
                .longValue()));
        JsonNode first = json.readTree(told.get(0));
        assertEquals("sanction-" + removal + "-statement", first.path("key").asText());
        assertEquals("statement-of-reasons", first.path("kind").asText());
        assertEquals(Fixtures.MERCHANT_A_SUBJECT, first.path("to").path("subject").asText());
        assertEquals("LISTING_REMOVED", first.path("params").path("measure").asText());
        assertEquals(fixtures.clock().instant().plus(Duration.ofDays(180)).toString(),
                first.path("params").path("appealUntil").asText());
        assertEquals("/merchant/sanctions/" + removal, first.path("link").asText());

        // Handed to the portal after commit, with merchant-service's own token.
        Instant deadline = Instant.now().plusSeconds(30);
        while (PortalStandIn.received().stream().noneMatch(r -> r.body().contains("\"sanction-" + removal + "-statement\""))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        PortalStandIn.Received handed = PortalStandIn.received().stream()
                .filter(r -> r.body().contains("\"sanction-" + removal + "-statement\"")).findFirst().orElseThrow();
        assertTrue(handed.authorization() != null && handed.authorization().startsWith("Bearer "), "a service token");
    }
}
