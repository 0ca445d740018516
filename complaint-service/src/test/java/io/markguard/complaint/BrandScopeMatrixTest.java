package io.markguard.complaint;

import static io.markguard.complaint.Markguard.AGENT;
import static io.markguard.complaint.Markguard.EXPLANATION;
import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.as;
import static io.markguard.complaint.Markguard.await;
import static io.markguard.complaint.Markguard.decide;
import static io.markguard.complaint.Markguard.file;
import static io.markguard.complaint.Markguard.listingStatus;
import static io.markguard.complaint.Markguard.listings;
import static io.markguard.complaint.Markguard.merchantId;
import static io.markguard.complaint.Markguard.merchants;
import static io.markguard.complaint.Markguard.notice;
import static io.markguard.complaint.Markguard.portal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what for a brand, endpoint by endpoint, with real tokens against the real peers: each row is a user in
 * one relation to a brand (owner, co-owner, agents of several scopes, a revoked agent, another brand's owner), each
 * column an endpoint of complaint-service or merchant-service, each cell the status (and for a 403 the field) the
 * user gets. The co-owner and agents are brand-agent, made a member of a brand of its own for each row by
 * accepting an e-mailed invitation.
 */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class BrandScopeMatrixTest {

    private static final Pattern LINK = Pattern.compile("/invitations/(\\d+)\\?expires=(\\d+)&sig=([0-9a-f]+)");
    private static final List<String> ALL = List.of("FILE", "RETRACT", "ANSWER_APPEALS", "MESSAGE", "READ");

    /** A brand of one row: two verified rights, a complaint on the first with a pending and an appealed item, a job. */
    record Fixture(String row, String user, long brandId, long right, long otherRight, long complaintId, long pendingItem,
            long appealId, long jobId) {
    }

    /** An expected cell: the status, and the field a 403 names. */
    record Cell(int status, String field) {
        static Cell ok(int status) {
            return new Cell(status, null);
        }

        static Cell refused(String field) {
            return new Cell(403, field);
        }

        static final Cell HIDDEN = new Cell(404, null);
    }

    /** The columns in the order they are asked; the retraction changes the item, so it comes last. */
    private static final Map<String, BiFunction<Fixture, Long, Response>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("list", (f, l) -> as(f.user()).queryParam("brandId", f.brandId()).queryParam("rightId", f.right())
                .get("/api/complaints"));
        COLUMNS.put("complaint", (f, l) -> as(f.user()).get("/api/complaints/" + f.complaintId()));
        COLUMNS.put("items", (f, l) -> as(f.user()).get("/api/complaints/" + f.complaintId() + "/items"));
        COLUMNS.put("item", (f, l) -> as(f.user()).get("/api/complaint-items/" + f.pendingItem()));
        COLUMNS.put("messages", (f, l) -> as(f.user()).get("/api/complaint-items/" + f.pendingItem() + "/messages"));
        COLUMNS.put("message", (f, l) -> as(f.user()).contentType(ContentType.JSON)
                .body(Map.of("body", "Please send the supplier invoice.")).post("/api/complaint-items/" + f.pendingItem() + "/messages"));
        COLUMNS.put("job", (f, l) -> as(f.user()).get("/api/complaint-jobs/" + f.jobId()));
        COLUMNS.put("trust", (f, l) -> as(f.user()).get("/api/brands/" + f.brandId() + "/trust-score"));
        COLUMNS.put("brand figures", (f, l) -> as(f.user()).queryParam("brandId", f.brandId()).get("/api/transparency"));
        COLUMNS.put("file", (f, l) -> file(f.user(), notice(new Markguard.Brand(f.brandId(), f.right()), List.of(l))));
        COLUMNS.put("appeal", (f, l) -> merchants(f.user()).get("/api/appeals/" + f.appealId()));
        COLUMNS.put("appeals to answer", (f, l) -> merchants(f.user()).get("/api/brands/" + f.brandId() + "/appeals"));
        COLUMNS.put("appeal answer", (f, l) -> merchants(f.user()).contentType(ContentType.JSON)
                .body(Map.of("answer", "The distributor is not one of ours.")).post("/api/appeals/" + f.appealId() + "/brand-answer"));
        COLUMNS.put("retraction", (f, l) -> as(f.user()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Settled with the merchant.")).post("/api/complaint-items/" + f.pendingItem() + "/retraction"));
    }

    @Test
    void everyEndpointOfABrandAnswersEachMemberAsItsScopeSays() {
        long merchantA = merchantId("merchant-a");
        // brand-agent owns a brand of its own: as "another brand's owner" it reads nothing of brand-owner's.
        portal(AGENT).contentType(ContentType.JSON).body(Map.of("name", "Agency Own", "legalEntity", "Agency Own Ltd.",
                "country", "GB", "websiteDomain", "agencyown.test")).post("/api/brands").then().statusCode(201);

        Fixture owner = fixture("owner", OWNER, merchantA);
        Fixture coOwner = fixture("co-owner", AGENT, merchantA);
        join(coOwner, "CO_OWNER", null, ALL, null);
        Fixture inScope = fixture("agent in scope", AGENT, merchantA);
        join(inScope, "AGENT", List.of(inScope.right()), ALL, null);
        Fixture otherRight = fixture("agent of another right", AGENT, merchantA);
        join(otherRight, "AGENT", List.of(otherRight.otherRight()), ALL, null);
        Fixture readOnly = fixture("agent without the actions", AGENT, merchantA);
        join(readOnly, "AGENT", List.of(readOnly.right()), List.of("READ"), null);
        Fixture expired = fixture("expired agent", AGENT, merchantA);
        Instant ends = Instant.now().plusSeconds(20);
        join(expired, "AGENT", null, ALL, ends);
        Fixture revoked = fixture("revoked agent", AGENT, merchantA);
        long revokedMember = join(revoked, "AGENT", null, ALL, null);
        Fixture otherBrand = new Fixture("other brand's owner", AGENT, owner.brandId(), owner.right(), owner.otherRight(),
                owner.complaintId(), owner.pendingItem(), owner.appealId(), owner.jobId());

        // Mid-session: the agent reads, the owner revokes, and the same token is refused as soon as portal-service's
        // message of the change has arrived: well before the answer complaint-service held for the agent (10 s in
        // tests) would have run out, on every endpoint of both services.
        as(AGENT).get("/api/complaint-items/" + revoked.pendingItem()).then().statusCode(200);
        merchants(AGENT).get("/api/appeals/" + revoked.appealId()).then().statusCode(200);
        Instant revokedAt = Instant.now();
        portal(OWNER).post("/api/brands/" + revoked.brandId() + "/members/" + revokedMember + "/revocation").then()
                .statusCode(200).body("revokedAt", org.hamcrest.Matchers.notNullValue());
        await("the revoked agent refused", Duration.ofSeconds(5), () -> as(AGENT)
                .get("/api/complaint-items/" + revoked.pendingItem()).statusCode() == 404);
        assertEquals(404, merchants(AGENT).get("/api/appeals/" + revoked.appealId()).statusCode());
        assertTrue(Duration.between(revokedAt, Instant.now()).compareTo(Duration.ofSeconds(8)) < 0,
                "refused before the held answer ran out");
        await("the expired agent's end", Duration.ofSeconds(40), () -> Instant.now().isAfter(ends.plusSeconds(2)));
        sleep(Duration.ofMillis(1_500));

        Map<String, Cell> allowed = new HashMap<>();
        allowed.put("list", Cell.ok(200));
        allowed.put("complaint", Cell.ok(200));
        allowed.put("items", Cell.ok(200));
        allowed.put("item", Cell.ok(200));
        allowed.put("messages", Cell.ok(200));
        allowed.put("message", Cell.ok(201));
        allowed.put("job", Cell.ok(200));
        allowed.put("trust", Cell.ok(200));
        allowed.put("brand figures", Cell.ok(200));
        allowed.put("file", Cell.ok(201));
        allowed.put("appeal", Cell.ok(200));
        allowed.put("appeals to answer", Cell.ok(200));
        allowed.put("appeal answer", Cell.ok(200));
        allowed.put("retraction", Cell.ok(200));

        Map<String, Cell> outOfRight = new HashMap<>(allowed);
        for (String column : List.of("list", "complaint", "items", "item", "messages", "message", "job", "file", "appeal",
                "appeal answer", "retraction")) {
            outOfRight.put(column, Cell.refused("rightId"));
        }

        Map<String, Cell> withoutActions = new HashMap<>(allowed);
        for (String column : List.of("message", "file", "appeals to answer", "appeal answer", "retraction")) {
            withoutActions.put(column, Cell.refused("action"));
        }

        Map<String, Cell> ended = new HashMap<>();
        COLUMNS.keySet().forEach(column -> ended.put(column, Cell.refused("brandId")));

        Map<String, Cell> stranger = new HashMap<>();
        COLUMNS.keySet().forEach(column -> stranger.put(column, Cell.HIDDEN));
        // A notice names its brand: the refusal says the user may not file for it.
        stranger.put("file", Cell.refused("brandId"));

        Map<Fixture, Map<String, Cell>> matrix = new LinkedHashMap<>();
        matrix.put(owner, allowed);
        matrix.put(coOwner, allowed);
        matrix.put(inScope, allowed);
        matrix.put(otherRight, outOfRight);
        matrix.put(readOnly, withoutActions);
        matrix.put(expired, ended);
        matrix.put(revoked, stranger);
        matrix.put(otherBrand, stranger);

        // Notices filed in the matrix name listings of merchant-b, whom no takedown of this test has restricted.
        List<Long> fresh = listings(merchantId("merchant-b"), matrix.size());
        List<String> wrong = new ArrayList<>();
        int row = 0;
        for (var entry : matrix.entrySet()) {
            Fixture fixture = entry.getKey();
            long listing = fresh.get(row++);
            for (var column : COLUMNS.entrySet()) {
                Cell expected = entry.getValue().get(column.getKey());
                Response answer = column.getValue().apply(fixture, listing);
                String field = answer.statusCode() == 403 ? firstField(answer) : null;
                if (answer.statusCode() != expected.status() || expected.field() != null && !expected.field().equals(field)) {
                    wrong.add(fixture.row() + " × " + column.getKey() + ": expected " + expected.status()
                            + (expected.field() == null ? "" : " " + expected.field()) + ", got " + answer.statusCode()
                            + (field == null ? "" : " " + field) + " " + answer.asString());
                }
                if (answer.statusCode() >= 400) {
                    String type = answer.contentType();
                    if (type == null || !type.startsWith("application/problem+json")) {
                        wrong.add(fixture.row() + " × " + column.getKey() + ": refused without problem details (" + type + ")");
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        // The refused retractions and answers changed nothing.
        as(OWNER).get("/api/complaint-items/" + otherRight.pendingItem()).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("PENDING"));
        merchants("reviewer").get("/api/appeals/" + readOnly.appealId()).then().statusCode(200)
                .body("brandAnswer", org.hamcrest.Matchers.nullValue());
        // The brand's appeals to answer cover the member's rights: the takedown named the complaint's right.
        merchants(OWNER).get("/api/brands/" + otherRight.brandId() + "/appeals").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains((int) otherRight.appealId()))
                .body("items[0].rightId", org.hamcrest.Matchers.equalTo((int) otherRight.right()));
        merchants(AGENT).get("/api/brands/" + otherRight.brandId() + "/appeals").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    /** A brand of brand-owner's with two verified rights, a complaint on the first (one item pending, one appealed) and a job. */
    private static Fixture fixture(String row, String user, long merchantId) {
        String name = "Scope " + row + " " + UUID.randomUUID().toString().substring(0, 6);
        Markguard.Brand brand = Markguard.verifiedBrand(name);
        long otherRight = Markguard.right(brand.id(), name + " Two");
        Markguard.verify(brand.id(), otherRight);
        List<Long> ids = listings(merchantId, 3);
        JsonPath filed = file(OWNER, notice(brand, ids.subList(0, 2))).then().statusCode(201).extract().jsonPath();
        long pending = filed.getLong("items[0].id");
        long appealed = filed.getLong("items[1].id");
        decide(appealed, "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(200);
        await("listing removed", Duration.ofSeconds(30), () -> "REMOVED".equals(listingStatus(ids.get(1))));
        long sanction = merchants("merchant-a").queryParam("limit", 200).get("/api/merchants/me/sanctions").then()
                .statusCode(200).extract().jsonPath()
                .getLong("items.find { it.complaintItemId == '" + appealed + "' && it.measure == 'LISTING_REMOVED' }.id");
        long appeal = merchants("merchant-a").multiPart("explanation", "Bought from the brand's authorised distributor.")
                .post("/api/sanctions/" + sanction + "/appeals").then().statusCode(201).extract().jsonPath().getLong("id");
        long job = as(OWNER).contentType(ContentType.JSON).queryParam("brandId", brand.id()).queryParam("rightId", brand.rightId())
                .queryParam("infringementType", "COUNTERFEIT").queryParam("explanation", EXPLANATION)
                .queryParam("goodFaith", true).queryParam("accurate", true).body("[" + ids.get(2) + "]")
                .post("/api/complaint-jobs").then().statusCode(202).extract().jsonPath().getLong("id");
        return new Fixture(row, user, brand.id(), brand.rightId(), otherRight, filed.getLong("id"), pending, appeal, job);
    }

    /** brand-owner invites by e-mail; brand-agent accepts the mailed link. Answers the membership's id. */
    private static long join(Fixture fixture, String role, List<Long> rightIds, List<String> actions, Instant validUntil) {
        String email = "agency+" + UUID.randomUUID() + "@agency.test";
        Map<String, Object> invitation = new HashMap<>();
        invitation.put("email", email);
        invitation.put("role", role);
        invitation.put("allRights", rightIds == null);
        invitation.put("rightIds", rightIds == null ? List.of() : rightIds);
        invitation.put("actions", actions);
        if (validUntil != null) {
            invitation.put("validUntil", validUntil.toString());
        }
        portal(OWNER).contentType(ContentType.JSON).body(invitation).post("/api/brands/" + fixture.brandId() + "/invitations")
                .then().statusCode(201).body("status", org.hamcrest.Matchers.equalTo("PENDING"));
        Matcher link = awaitLink(email);
        return portal(AGENT).contentType(ContentType.JSON).body(Map.of("expires", link.group(2), "sig", link.group(3)))
                .post("/api/invitations/" + link.group(1) + "/acceptance").then().statusCode(200)
                .body("role", org.hamcrest.Matchers.equalTo(role)).extract().jsonPath().getLong("id");
    }

    private static Matcher awaitLink(String email) {
        Matcher[] found = new Matcher[1];
        // A freshly started portal's first mail crosses its outbox and the SMTP server on a shared machine.
        await("the invitation mail to " + email, Duration.ofSeconds(60), () -> {
            for (MimeMessage message : PeerServices.mail().getReceivedMessages()) {
                try {
                    if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
                        Matcher link = LINK.matcher(String.valueOf(message.getContent()));
                        if (link.find()) {
                            found[0] = link;
                            return true;
                        }
                    }
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
            return false;
        });
        return found[0];
    }

    private static String firstField(Response answer) {
        try {
            List<String> fields = answer.jsonPath().getList("violations.field");
            return fields == null || fields.isEmpty() ? null : fields.get(0);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
