package io.markguard.portal;

import static io.markguard.portal.BrandApi.AGENT;
import static io.markguard.portal.BrandApi.AGENT_SUBJECT;
import static io.markguard.portal.BrandApi.OWNER;
import static io.markguard.portal.BrandApi.OWNER_SUBJECT;
import static io.markguard.portal.BrandApi.brand;
import static io.markguard.portal.BrandApi.brandOf;
import static io.markguard.portal.BrandApi.right;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.BrowserSession;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Brand organisations: invitations by e-mail accepted on the portal page, scope, revocation, transfer, the switcher. */
@QuarkusTest
@QuarkusTestResource(Mailbox.class)
class BrandOrganisationTest {

    static final Pattern LINK = Pattern.compile("http://localhost:8280(/invitations/(\\d+)\\?expires=(\\d+)&sig=([0-9a-f]+))");

    record Link(String path, long id, String expires, String sig) {
    }

    @Test
    void anInviteeAcceptsOnThePortalPageAndGetsExactlyTheScopeTheOwnerChose() {
        long brandId = brand(OWNER, "Quartz Lane", "Quartz Lane Inc.", "quartzlane.test");
        long scoped = right(OWNER, brandId, "USPTO", number(), "QUARTZ", "Quartz Lane Inc.");
        right(OWNER, brandId, "USPTO", number(), "QUARTZ LANE", "Quartz Lane Inc.");
        String email = "agency-" + UUID.randomUUID() + "@agency.test";

        // Refused invitations name the field and send nothing.
        invite(OWNER, brandId, email, "AGENT", List.of(scoped), List.of(), null, "en").statusCode(400)
                .contentType("application/problem+json").body("violations.field", contains("actions"));
        invite(OWNER, brandId, email, "AGENT", List.of(999_999L), List.of("READ"), null, "en").statusCode(400)
                .body("violations.field", contains("rightIds"));
        invite(OWNER, brandId, email, "OWNER", null, List.of("READ"), null, "en").statusCode(400)
                .body("violations.field", contains("role"));
        invite(OWNER, brandId, "not-an-address", "AGENT", null, List.of("READ"), null, "en").statusCode(400)
                .body("violations.field", contains("email"));

        Instant until = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        invite(OWNER, brandId, email, "AGENT", List.of(scoped), List.of("READ", "MESSAGE"), until, "zh-CN").statusCode(201)
                .body("status", equalTo("PENDING")).body("rightIds", contains((int) scoped))
                .body("actions", contains("MESSAGE", "READ"));
        MimeMessage mail = awaitMail(email);
        String text = Mailbox.text(mail);
        assertTrue(text.contains("邀请您以代理人身份") && text.contains("Quartz Lane"), text);
        Link link = linkIn(text);
        // Only the invitee's mail holds the link: the invitation list does not.
        given().auth().oauth2(BrandApi.token(OWNER)).get("/api/brands/" + brandId + "/invitations").then().statusCode(200)
                .body("items.email", contains(email)).body(org.hamcrest.Matchers.not(containsString("sig=")));

        BrowserSession agent = BrowserSession.signIn(AGENT);
        Response altered = agent.get("/invitations/" + link.id() + "?expires=" + link.expires() + "&sig=" + "0".repeat(64));
        assertEquals(404, altered.statusCode());
        assertTrue(altered.asString().contains("data-state=\"INVALID\""), altered.asString());

        Response page = agent.get(link.path());
        assertEquals(200, page.statusCode());
        assertTrue(page.asString().contains("Quartz Lane") && page.asString().contains("id=\"accept-invitation\""), page.asString());
        Response accepted = agent.post("/invitations/" + link.id() + "/acceptance", page,
                Map.of("expires", link.expires(), "sig", link.sig()));
        assertEquals(303, accepted.statusCode());
        assertTrue(accepted.header("Location").endsWith("/brands/" + brandId + "?notice=joined"), accepted.header("Location"));

        // The link is used up.
        Response again = agent.get(link.path());
        assertEquals(409, again.statusCode());
        assertTrue(again.asString().contains("data-state=\"USED\""), again.asString());

        // The membership is bound to brand-agent's subject with the scope chosen, and complaint-service is told so.
        brandOf(AGENT, brandId).statusCode(200);
        String service = TestKeycloak.serviceToken("complaint-service");
        membership(service, brandId, AGENT_SUBJECT).statusCode(200).body("allowed", equalTo(true))
                .body("role", equalTo("AGENT")).body("actions", org.hamcrest.Matchers.containsInAnyOrder("READ", "MESSAGE"))
                .body("allRights", equalTo(false)).body("rightIds", contains((int) scoped))
                .body("validUntil", equalTo(until.toString()));
        long memberId = given().auth().oauth2(BrandApi.token(OWNER)).get("/api/brands/" + brandId + "/members").then()
                .statusCode(200).body("items.subject", contains(OWNER_SUBJECT, AGENT_SUBJECT))
                .body("items[1].role", equalTo("AGENT")).body("items[1].rightIds", contains((int) scoped))
                .extract().jsonPath().getLong("items[1].id");

        // An agent manages nothing; the owner cannot be revoked.
        invite(AGENT, brandId, "other@agency.test", "AGENT", null, List.of("READ"), null, "en").statusCode(403);
        long ownerMember = given().auth().oauth2(BrandApi.token(OWNER)).get("/api/brands/" + brandId + "/members").then()
                .extract().jsonPath().getLong("items[0].id");
        given().auth().oauth2(BrandApi.token(OWNER)).post("/api/brands/" + brandId + "/members/" + ownerMember + "/revocation")
                .then().statusCode(409).body("violations.field", contains("memberId"));

        // The owner widens the agent's scope on the members page, whose form shows the scope in force; a form without
        // an action is the page again with 400 and what was typed, and changes nothing.
        BrowserSession owner = BrowserSession.signIn(OWNER);
        Response membersPage = owner.get("/brands/" + brandId + "/members");
        String form = membersPage.asString();
        assertTrue(form.contains("id=\"scope-form-" + memberId + "\""), form);
        assertTrue(form.matches("(?s).*id=\"scope-" + memberId + "-right-" + scoped + "\" checked.*"), "the right in scope is ticked");
        assertTrue(form.matches("(?s).*id=\"scope-" + memberId + "-action-MESSAGE\" checked.*"), "MESSAGE is ticked");
        assertTrue(form.contains("id=\"scope-" + memberId + "-valid-until\" value=\""
                + until.minusSeconds(1).atZone(java.time.ZoneOffset.UTC).toLocalDate() + "\""), "its last day is filled in");
        Response noAction = owner.post("/brands/" + brandId + "/members/" + memberId + "/scope", membersPage,
                Map.of("allRights", "on"));
        assertEquals(400, noAction.statusCode());
        assertTrue(noAction.asString().matches("(?s).*id=\"scope-" + memberId + "-all-rights\" checked.*"),
                "what was typed is kept");
        membership(service, brandId, AGENT_SUBJECT).statusCode(200).body("allRights", equalTo(false));
        Response widened = owner.post("/brands/" + brandId + "/members/" + memberId + "/scope", membersPage,
                Map.of("allRights", "on", "action", List.of("READ", "FILE", "ANSWER_APPEALS")));
        assertEquals(303, widened.statusCode(), widened.asString());
        membership(service, brandId, AGENT_SUBJECT).statusCode(200).body("allowed", equalTo(true))
                .body("allRights", equalTo(true))
                .body("actions", org.hamcrest.Matchers.containsInAnyOrder("READ", "FILE", "ANSWER_APPEALS"))
                .body("validUntil", org.hamcrest.Matchers.nullValue());

        // Revoked at once: the agent's next request does not see the brand, and complaint-service hears it is no member.
        given().auth().oauth2(BrandApi.token(OWNER)).post("/api/brands/" + brandId + "/members/" + memberId + "/revocation")
                .then().statusCode(200).body("revokedAt", notNullValue());
        brandOf(AGENT, brandId).statusCode(404);
        membership(service, brandId, AGENT_SUBJECT).statusCode(200).body("allowed", equalTo(false))
                .body("reason", equalTo("MEMBERSHIP_REVOKED")).body("role", org.hamcrest.Matchers.nullValue());
        Response members = BrowserSession.signIn(OWNER).get("/brands/" + brandId + "/members");
        assertEquals(200, members.statusCode());
        assertTrue(members.asString().contains("id=\"member-" + memberId + "-revoked\""), members.asString());
    }

    @Test
    void aWithdrawnOrAlteredInvitationCannotBeAcceptedAndOwnershipPassesOnlyToACoOwner() {
        long brandId = brand(OWNER, "Flint Row", "Flint Row Inc.", "flintrow.test");
        String withdrawnTo = "withdrawn-" + UUID.randomUUID() + "@agency.test";
        long withdrawn = invite(OWNER, brandId, withdrawnTo, "AGENT", null, List.of("READ"), null, "en").statusCode(201)
                .extract().jsonPath().getLong("id");
        Link withdrawnLink = linkIn(Mailbox.text(awaitMail(withdrawnTo)));
        assertTrue(Mailbox.text(awaitMail(withdrawnTo)).contains("You are invited to act for the brand \"Flint Row\""));
        given().auth().oauth2(BrandApi.token(OWNER))
                .post("/api/brands/" + brandId + "/invitations/" + withdrawn + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("REVOKED"));
        accept(AGENT, withdrawnLink).statusCode(410).contentType("application/problem+json")
                .body("code", equalTo("INVITATION_REVOKED"));
        Response page = BrowserSession.signIn(AGENT).get(withdrawnLink.path());
        assertEquals(410, page.statusCode());
        assertTrue(page.asString().contains("data-state=\"REVOKED\""), page.asString());
        accept(AGENT, new Link("", withdrawnLink.id(), String.valueOf(Long.parseLong(withdrawnLink.expires()) + 3600),
                withdrawnLink.sig())).statusCode(404).body("code", equalTo("INVITATION_LINK"));

        // A co-owner joins, and the owner hands the brand on.
        String coOwnerTo = "co-owner-" + UUID.randomUUID() + "@agency.test";
        invite(OWNER, brandId, coOwnerTo, "CO_OWNER", null, null, null, "en").statusCode(201)
                .body("actions", org.hamcrest.Matchers.hasSize(5)).body("allRights", equalTo(true));
        long coOwner = accept(AGENT, linkIn(Mailbox.text(awaitMail(coOwnerTo)))).statusCode(200)
                .body("role", equalTo("CO_OWNER")).extract().jsonPath().getLong("id");
        long owner = given().auth().oauth2(BrandApi.token(OWNER)).get("/api/brands/" + brandId + "/members").then()
                .extract().jsonPath().getLong("items[0].id");
        // A co-owner invites agents, not co-owners, and cannot take the brand.
        invite(AGENT, brandId, "x@agency.test", "CO_OWNER", null, null, null, "en").statusCode(400)
                .body("violations.field", contains("role"));
        transfer(AGENT, brandId, coOwner).statusCode(403);
        transfer(OWNER, brandId, owner).statusCode(409).body("violations.field", contains("memberId"));
        transfer(OWNER, brandId, coOwner).statusCode(200).body("role", equalTo("OWNER")).body("subject", equalTo(AGENT_SUBJECT));
        given().auth().oauth2(BrandApi.token(OWNER)).get("/api/brands/" + brandId + "/members").then().statusCode(200)
                .body("items.role", contains("CO_OWNER", "OWNER"));
        // The new owner may revoke the former one, who then sees the brand no more.
        given().auth().oauth2(BrandApi.token(AGENT)).post("/api/brands/" + brandId + "/members/" + owner + "/revocation")
                .then().statusCode(200);
        brandOf(OWNER, brandId).statusCode(404);
    }

    @Test
    void aMemberOfSeveralBrandsSwitchesBetweenThemAndSeesTheCurrentBrandOnEveryBrandPage() {
        long first = brand(AGENT, "Agency Slate", "Agency Slate Ltd.", "agencyslate.test");
        long second = brand(OWNER, "Pumice Hill", "Pumice Hill Inc.", "pumicehill.test");
        long foreign = brand(OWNER, "Pumice Private", "Pumice Private Inc.", "pumiceprivate.test");
        String email = "switch-" + UUID.randomUUID() + "@agency.test";
        invite(OWNER, second, email, "AGENT", null, List.of("READ", "FILE"), null, "en").statusCode(201);
        accept(AGENT, linkIn(Mailbox.text(awaitMail(email)))).statusCode(200);

        BrowserSession agent = BrowserSession.signIn(AGENT);
        Response firstPage = agent.get("/brands/" + first);
        assertEquals(200, firstPage.statusCode());
        String html = firstPage.asString();
        assertTrue(html.contains("id=\"current-brand\" data-brand=\"" + first + "\">Agency Slate<"), html);
        assertTrue(html.contains("<option value=\"" + second + "\">Pumice Hill</option>"), html);
        assertTrue(!html.contains("Pumice Private"), "a brand the user is no member of is not offered");

        Response members = agent.get("/brands/" + first + "/members");
        assertTrue(members.asString().contains("id=\"current-brand\" data-brand=\"" + first + "\""), members.asString());
        Response switched = agent.get("/brand-switch?to=" + second + "&from=/brands/" + first + "/members");
        assertEquals(303, switched.statusCode());
        assertTrue(switched.header("Location").endsWith("/brands/" + second + "/members"), switched.header("Location"));
        Response secondPage = agent.get("/brands/" + second + "/members");
        assertEquals(200, secondPage.statusCode());
        assertTrue(secondPage.asString().contains("id=\"current-brand\" data-brand=\"" + second + "\">Pumice Hill<"),
                secondPage.asString());
        // An agent sees the members, without the forms that manage them.
        assertTrue(!secondPage.asString().contains("id=\"invite\""), "an agent is offered no invitation form");
        // A page that is not a brand page opens the brand itself; a brand of someone else is not there.
        assertTrue(agent.get("/brand-switch?to=" + second + "&from=/review").header("Location").endsWith("/brands/" + second));
        // An item or a bulk job belongs to one brand: switching from its page opens the other brand's complaints.
        Response fromItem = agent.get("/brand-switch?to=" + second + "&from=/complaints/items/77");
        assertEquals(303, fromItem.statusCode());
        assertTrue(fromItem.header("Location").endsWith("/complaints/brands/" + second), fromItem.header("Location"));
        assertTrue(agent.get("/brand-switch?to=" + second + "&from=/complaints/jobs/5").header("Location")
                .endsWith("/complaints/brands/" + second));
        assertEquals(404, agent.get("/brand-switch?to=" + foreign + "&from=/complaints/items/77").statusCode());
        assertEquals(404, agent.get("/brand-switch?to=" + foreign + "&from=/brands/" + first).statusCode());
    }

    static ValidatableResponse invite(String user, long brandId, String email, String role, List<Long> rightIds,
            List<String> actions, Instant validUntil, String language) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("role", role);
        body.put("allRights", rightIds == null);
        if (rightIds != null) {
            body.put("rightIds", rightIds);
        }
        if (actions != null) {
            body.put("actions", actions);
        }
        if (validUntil != null) {
            body.put("validUntil", validUntil.toString());
        }
        body.put("language", language);
        return given().auth().oauth2(BrandApi.token(user)).contentType(ContentType.JSON).body(body)
                .post("/api/brands/" + brandId + "/invitations").then();
    }

    static ValidatableResponse accept(String user, Link link) {
        return given().auth().oauth2(BrandApi.token(user)).contentType(ContentType.JSON)
                .body(Map.of("expires", link.expires(), "sig", link.sig()))
                .post("/api/invitations/" + link.id() + "/acceptance").then();
    }

    private static ValidatableResponse transfer(String user, long brandId, long memberId) {
        return given().auth().oauth2(BrandApi.token(user)).contentType(ContentType.JSON).body(Map.of("memberId", memberId))
                .post("/api/brands/" + brandId + "/ownership").then();
    }

    private static ValidatableResponse membership(String token, long brandId, String subject) {
        return given().auth().oauth2(token).queryParam("subject", subject).get("/api/internal/brands/" + brandId + "/authority")
                .then();
    }

    static MimeMessage awaitMail(String to) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mail = Mailbox.to(to);
            if (!mail.isEmpty()) {
                return mail.get(0);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("No invitation mail to " + to + " within 60 s");
    }

    static Link linkIn(String text) {
        Matcher link = LINK.matcher(text);
        if (!link.find()) {
            throw new AssertionError("The mail has no invitation link: " + text);
        }
        return new Link(link.group(1), Long.parseLong(link.group(2)), link.group(3), link.group(4));
    }

    private static String number() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(7_200_000, 7_999_999));
    }
}
