package io.markguard.portal;

import static io.markguard.portal.BrandApi.AGENT;
import static io.markguard.portal.BrandApi.OWNER;
import static io.markguard.portal.BrandApi.brand;
import static io.markguard.portal.BrandApi.brandOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.BrowserSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An invitation link past its expiry is refused with a page saying so, whoever opens it. */
@QuarkusTest
@QuarkusTestResource(Mailbox.class)
@TestProfile(InvitationExpiryTest.ShortLinks.class)
class InvitationExpiryTest {

    public static class ShortLinks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("markguard.invitations.link-ttl", "PT3S");
        }
    }

    @Test
    void anExpiredLinkShowsThatItExpiredAndJoinsNobody() throws InterruptedException {
        long brandId = brand(OWNER, "Obsidian Gate", "Obsidian Gate Inc.", "obsidiangate.test");
        String email = "late-" + UUID.randomUUID() + "@agency.test";
        BrandOrganisationTest.invite(OWNER, brandId, email, "AGENT", null, List.of("READ"), null, "en").statusCode(201);
        BrandOrganisationTest.Link link = BrandOrganisationTest.linkIn(Mailbox.text(BrandOrganisationTest.awaitMail(email)));
        BrowserSession agent = BrowserSession.signIn(AGENT);
        Thread.sleep(3_500);

        Response page = agent.get(link.path());
        assertEquals(410, page.statusCode());
        assertTrue(page.asString().contains("data-state=\"EXPIRED\""), page.asString());
        BrandOrganisationTest.accept(AGENT, link).statusCode(410).body("code", equalTo("INVITATION_EXPIRED"));
        brandOf(AGENT, brandId).statusCode(404);
    }
}
