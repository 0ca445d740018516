package io.markguard.portal;

import static io.markguard.portal.BrandApi.AGENT;
import static io.markguard.portal.BrandApi.AGENT_SUBJECT;
import static io.markguard.portal.BrandApi.OWNER;
import static io.markguard.portal.BrandApi.OWNER_SUBJECT;
import static io.markguard.portal.BrandApi.PDF;
import static io.markguard.portal.BrandApi.addRight;
import static io.markguard.portal.BrandApi.brand;
import static io.markguard.portal.BrandApi.brandOf;
import static io.markguard.portal.BrandApi.enterCode;
import static io.markguard.portal.BrandApi.right;
import static io.markguard.portal.BrandApi.rightsOf;
import static io.markguard.portal.BrandApi.start;
import static io.markguard.portal.BrandApi.upload;
import static io.markguard.portal.BrandApi.verifyByDocuments;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may see and change which brand, agents' limits, the internal API, and malformed input. */
@QuarkusTest
class BrandAccessTest {

    @Test
    void aUserOfOneBrandCannotReadOrChangeAnother() {
        long brandId = brand(OWNER, "Cedar Craft", "Cedar Craft Inc.", "cedarcraft.test");
        long rightId = right(OWNER, brandId, "USPTO", "7000001", "CEDAR CRAFT", "Cedar Craft Inc.");

        brandOf(AGENT, brandId).statusCode(404).contentType("application/problem+json");
        rightsOf(AGENT, brandId).statusCode(404);
        addRight(AGENT, brandId, "USPTO", "7000002", "CEDAR", List.of(3), "Cedar Craft Inc.").then().statusCode(404);
        start(AGENT, brandId, rightId, "DOCUMENTS", null).then().statusCode(404);
        upload(AGENT, brandId, null, "AUTHORISATION_LETTER", "letter.pdf", PDF, "application/pdf").then().statusCode(404);
        given().auth().oauth2(BrandApi.token(AGENT)).get("/api/brands/" + brandId + "/cases").then().statusCode(404);
        given().auth().oauth2(BrandApi.token(AGENT)).get("/api/brands").then().statusCode(200)
                .body("items.id", not(hasItem((int) brandId)));

        // Nothing changed, and the owner and an administrator still see the brand as it was.
        rightsOf(OWNER, brandId).statusCode(200).body("registrationNumber", contains("7000001"));
        brandOf("admin", brandId).statusCode(200).body("name", equalTo("Cedar Craft"));
        // Merchants have no business with brands at all.
        given().auth().oauth2(BrandApi.token("merchant-a")).get("/api/brands").then().statusCode(403);
        given().auth().oauth2(BrandApi.token("merchant-a")).get("/api/brands/" + brandId).then().statusCode(403);
    }

    @Test
    void anAgentActsOnlyOnTheRightsItIsAuthorisedForAndOnlyUntilTheAuthorisationEnds() {
        long brandId = brand(OWNER, "Basalt Works", "Basalt Works Inc.", "basaltworks.test");
        long authorised = right(OWNER, brandId, "USPTO", "7000003", "BASALT", "Basalt Works Inc.");
        long notAuthorised = right(OWNER, brandId, "USPTO", "7000004", "BASALT WORKS", "Basalt Works Inc.");
        long unverified = right(OWNER, brandId, "USPTO", "7000005", "BASALT LINE", "Basalt Works Inc.");
        verifyByDocuments(OWNER, brandId, authorised);
        verifyByDocuments(OWNER, brandId, notAuthorised);
        brandOf(OWNER, brandId).body("status", equalTo("VERIFIED"));

        long letter = upload(OWNER, brandId, null, "AUTHORISATION_LETTER", "letter.pdf", PDF, "application/pdf").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Instant until = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        // Refused authorisations change nothing.
        authorise(brandId, Map.of("agentSubject", AGENT_SUBJECT, "rightIds", List.of(authorised),
                "validUntil", Instant.now().minusSeconds(60).toString(), "letterDocumentId", letter))
                .statusCode(400).body("violations.field", contains("validUntil"));
        authorise(brandId, Map.of("agentSubject", AGENT_SUBJECT, "rightIds", List.of(authorised, 999_999L),
                "validUntil", until.toString(), "letterDocumentId", letter))
                .statusCode(400).body("violations.field", contains("rightIds"));
        authorise(brandId, Map.of("agentSubject", AGENT_SUBJECT, "rightIds", List.of(authorised),
                "validUntil", until.toString(), "letterDocumentId", 999_999L))
                .statusCode(400).body("violations.field", contains("letterDocumentId"));
        brandOf(AGENT, brandId).statusCode(404);

        authorise(brandId, Map.of("agentSubject", AGENT_SUBJECT, "rightIds", List.of(authorised, unverified),
                "validUntil", until.toString(), "letterDocumentId", letter))
                .statusCode(201).body("rightIds", contains((int) authorised, (int) unverified));

        // The agent now sees the brand, but changes only what the owner may change.
        brandOf(AGENT, brandId).statusCode(200);
        given().auth().oauth2(BrandApi.token(AGENT)).get("/api/brands/" + brandId + "/members").then().statusCode(200)
                .body("items.subject", contains(OWNER_SUBJECT, AGENT_SUBJECT)).body("items.role", contains("OWNER", "AGENT"))
                .body("nextCursor", nullValue());
        addRight(AGENT, brandId, "USPTO", "7000006", "BASALT", List.of(3), "Basalt Works Inc.").then()
                .statusCode(403);
        start(AGENT, brandId, notAuthorised, "DOCUMENTS", null).then().statusCode(403)
                .body("violations.field", contains("rightId"));
        start(AGENT, brandId, unverified, "DOCUMENTS", null).then().statusCode(201);

        String service = TestKeycloak.serviceToken("complaint-service");
        authority(service, brandId, AGENT_SUBJECT, authorised, null).statusCode(200)
                .body("allowed", equalTo(true)).body("reason", equalTo("AUTHORISED_AGENT")).body("role", equalTo("AGENT"));
        authority(service, brandId, AGENT_SUBJECT, notAuthorised, null).statusCode(200)
                .body("allowed", equalTo(false)).body("reason", equalTo("NOT_AUTHORISED_FOR_RIGHT"));
        authority(service, brandId, AGENT_SUBJECT, authorised, until.plusSeconds(1).toString()).statusCode(200)
                .body("allowed", equalTo(false)).body("reason", equalTo("AUTHORISATION_EXPIRED"));
        authority(service, brandId, AGENT_SUBJECT, unverified, null).statusCode(200)
                .body("allowed", equalTo(false)).body("reason", equalTo("RIGHT_NOT_VERIFIED"));
        authority(service, brandId, OWNER_SUBJECT, notAuthorised, null).statusCode(200)
                .body("allowed", equalTo(true)).body("reason", equalTo("OWNER"));
        authority(service, brandId, "6f1c2a10-0000-4000-8000-000000000003", authorised, null).statusCode(200)
                .body("allowed", equalTo(false)).body("reason", equalTo("NOT_A_MEMBER"));
        authority(service, 999_999, OWNER_SUBJECT, authorised, null).statusCode(404);
        authority(service, brandId, AGENT_SUBJECT, authorised, "yesterday").statusCode(400);
        // Only services ask.
        authority(BrandApi.token(AGENT), brandId, AGENT_SUBJECT, authorised, null).statusCode(403);
        given().auth().oauth2(BrandApi.token(OWNER)).get("/api/internal/brands/" + brandId).then().statusCode(403);
        given().auth().oauth2(service).get("/api/internal/brands/" + brandId).then().statusCode(200)
                .body("verified", equalTo(true)).body("verifiedRightIds", contains((int) authorised, (int) notAuthorised));
    }

    @Test
    void anAgentWhoseAuthorisationEndedCanNoLongerActForTheBrand() throws InterruptedException {
        long brandId = brand(OWNER, "Ember Trail", "Ember Trail Inc.", "embertrail.test");
        long rightId = right(OWNER, brandId, "USPTO", "7000007", "EMBER", "Ember Trail Inc.");
        long letter = upload(OWNER, brandId, null, "AUTHORISATION_LETTER", "letter.pdf", PDF, "application/pdf").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        authorise(brandId, Map.of("agentSubject", AGENT_SUBJECT, "rightIds", List.of(rightId),
                "validUntil", Instant.now().plusSeconds(2).toString(), "letterDocumentId", letter)).statusCode(201);
        Thread.sleep(2_500);
        // The membership ended with the authorisation: the agent is told so, and reads nothing of the brand any more.
        start(AGENT, brandId, rightId, "DOCUMENTS", null).then().statusCode(403)
                .body("violations.field", contains("brandId")).body("code", equalTo("MEMBERSHIP_ENDED"));
        given().auth().oauth2(BrandApi.token(AGENT)).get("/api/brands/" + brandId + "/cases").then()
                .statusCode(403).body("violations.field", contains("brandId"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "TRADEMARK | USPTO | 12345          | 25 | registrationNumber",
            "TRADEMARK | USPTO | 71234567       | 25 | registrationNumber",
            "TRADEMARK | EUIPO | 18765432       | 25 | registrationNumber",
            "TRADEMARK | UKIPO | 3550004        | 25 | registrationNumber",
            "TRADEMARK | JPO   | R-123          | 25 | registrationNumber",
            "TRADEMARK | CNIPA | ZL2020         | 25 | registrationNumber",
            "TRADEMARK | WIPO  | 12345          | 25 | registrationNumber",
            "COPYRIGHT | USPTO | 7123456        | '' | office",
            "TRADEMARK | USPTO | 7123457        | '' | niceClasses",
            "TRADEMARK | USPTO | 7123457        | 46 | niceClasses",
            "TRADEMARK | USPTO | ''             | 25 | registrationNumber",
            "TRADEMARK | MARS  | 7123457        | 25 | office" })
    void aMalformedRightIsRefusedNamingTheFieldAndNothingIsStored(String type, String office, String number,
            String classes, String field) {
        long brandId = brand(OWNER, "Quill " + type + office + number, "Quill Studio Inc.", "quill.test");
        var body = new java.util.HashMap<String, Object>();
        body.put("type", type);
        body.put("office", office);
        body.put("registrationNumber", number);
        body.put("mark", "QUILL");
        body.put("niceClasses", classes.isEmpty() ? List.of() : List.of(Integer.valueOf(classes)));
        body.put("ownerName", "Quill Studio Inc.");
        given().auth().oauth2(BrandApi.token(OWNER)).contentType(ContentType.JSON).body(body)
                .post("/api/brands/" + brandId + "/rights").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains(field));
        rightsOf(OWNER, brandId).statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aBrandWithInvalidFieldsIsRefusedFieldByField() {
        given().auth().oauth2(BrandApi.token(OWNER)).contentType(ContentType.JSON)
                .body(Map.of("name", "", "legalEntity", "Some Co", "country", "USA", "websiteDomain", "not a domain"))
                .post("/api/brands").then()
                .statusCode(400)
                .body("violations.field", contains("country", "name", "websiteDomain"));
    }

    @Test
    void repeatingACreationWithTheSameIdempotencyKeyCreatesOneBrand() {
        Map<String, String> body = Map.of("name", "Willow Leaf", "legalEntity", "Willow Leaf Ltd", "country", "GB",
                "websiteDomain", "willowleaf.test");
        long first = given().auth().oauth2(BrandApi.token(OWNER)).header("Idempotency-Key", "willow-1")
                .contentType(ContentType.JSON).body(body).post("/api/brands").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long again = given().auth().oauth2(BrandApi.token(OWNER)).header("Idempotency-Key", "willow-1")
                .contentType(ContentType.JSON).body(body).post("/api/brands").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        org.junit.jupiter.api.Assertions.assertEquals(first, again);
        List<String> names = given().auth().oauth2(BrandApi.token(OWNER)).get("/api/brands?limit=200").then().statusCode(200)
                .extract().jsonPath().getList("items.name");
        org.junit.jupiter.api.Assertions.assertEquals(1, names.stream().filter("Willow Leaf"::equals).count());
    }

    @Test
    void repeatedCreationsOfRightsAndCasesWithTheirKeysCreateOneEach() {
        long brandId = brand(OWNER, "Onyx Line", "Onyx Line Inc.", "onyxline.test");
        Map<String, Object> right = Map.of("type", "TRADEMARK", "office", "EUIPO", "registrationNumber", "019000001",
                "mark", "ONYX", "niceClasses", List.of(14), "ownerName", "Onyx Line Inc.");
        long first = given().auth().oauth2(BrandApi.token(OWNER)).header("Idempotency-Key", "onyx-right")
                .contentType(ContentType.JSON).body(right).post("/api/brands/" + brandId + "/rights").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long again = given().auth().oauth2(BrandApi.token(OWNER)).header("Idempotency-Key", "onyx-right")
                .contentType(ContentType.JSON).body(right).post("/api/brands/" + brandId + "/rights").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        org.junit.jupiter.api.Assertions.assertEquals(first, again);
        rightsOf(OWNER, brandId).body("size()", equalTo(1));

        Map<String, Object> verification = Map.of("rightId", first, "method", "DOCUMENTS");
        long caseId = given().auth().oauth2(BrandApi.token(OWNER)).header("Idempotency-Key", "onyx-case")
                .contentType(ContentType.JSON).body(verification).post("/api/brands/" + brandId + "/cases").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(BrandApi.token(OWNER)).header("Idempotency-Key", "onyx-case")
                .contentType(ContentType.JSON).body(verification).post("/api/brands/" + brandId + "/cases").then()
                .statusCode(201).body("id", equalTo((int) caseId)).body("status", equalTo("AWAITING_DOCUMENTS"));
        given().auth().oauth2(BrandApi.token(OWNER)).get("/api/brands/" + brandId + "/cases").then()
                .body("items.size()", equalTo(1));
    }

    @Test
    void aCodeCannotBeEnteredForAnotherBrandsCase() {
        long brandId = brand(OWNER, "Zephyr", "Zephyr Bay Inc.", "zephyrbay.test");
        long rightId = right(OWNER, brandId, "USPTO", "7000008", "ZEPHYR", "Zephyr Bay Inc.");
        long caseId = start(OWNER, brandId, rightId, "DOMAIN_EMAIL", "legal").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String code = Mailbox.latestCode("legal@zephyrbay.test", 1);
        enterCode(AGENT, brandId, caseId, code).then().statusCode(404);
        BrandApi.caseOf(OWNER, brandId, caseId).body("status", equalTo("AWAITING_CODE")).body("attempts", equalTo(0));
    }

    @Test
    void aSuspendedBrandIsNoLongerVerifiedForTheOtherServicesUntilTheSuspensionIsLifted() {
        long brandId = brand(OWNER, "Granite Peak", "Granite Peak Inc.", "granitepeak.test");
        long rightId = right(OWNER, brandId, "USPTO", "7000009", "GRANITE PEAK", "Granite Peak Inc.");
        long other = right(OWNER, brandId, "USPTO", "7000010", "GRANITE", "Granite Peak Inc.");
        verifyByDocuments(OWNER, brandId, rightId);
        String service = TestKeycloak.serviceToken("complaint-service");

        given().auth().oauth2(BrandApi.token(OWNER)).contentType(ContentType.JSON).body(Map.of("suspended", true))
                .post("/api/brands/" + brandId + "/suspension").then().statusCode(403);
        given().auth().oauth2(BrandApi.token("admin")).contentType(ContentType.JSON).body(Map.of("suspended", true))
                .post("/api/brands/" + brandId + "/suspension").then().statusCode(200).body("status", equalTo("SUSPENDED"));
        given().auth().oauth2(service).get("/api/internal/brands/" + brandId).then()
                .body("status", equalTo("SUSPENDED")).body("verified", equalTo(false));
        authority(service, brandId, OWNER_SUBJECT, rightId, null).body("allowed", equalTo(false))
                .body("reason", equalTo("BRAND_NOT_VERIFIED"));
        start(OWNER, brandId, other, "DOCUMENTS", null).then().statusCode(409);

        given().auth().oauth2(BrandApi.token("admin")).contentType(ContentType.JSON).body(Map.of("suspended", false))
                .post("/api/brands/" + brandId + "/suspension").then().statusCode(200).body("status", equalTo("VERIFIED"));
        authority(service, brandId, OWNER_SUBJECT, rightId, null).body("allowed", equalTo(true));
    }

    private static ValidatableResponse authorise(long brandId, Map<String, Object> body) {
        return given().auth().oauth2(BrandApi.token(OWNER)).contentType(ContentType.JSON).body(body)
                .post("/api/brands/" + brandId + "/agents").then();
    }

    private static ValidatableResponse authority(String token, long brandId, String subject, long rightId, String at) {
        var request = given().auth().oauth2(token).queryParam("subject", subject).queryParam("rightId", rightId);
        if (at != null) {
            request.queryParam("at", at);
        }
        return request.get("/api/internal/brands/" + brandId + "/authority").then();
    }


    @Test
    void aBrandsRightsArePagedByCursorAndAPageSizeOutsideItsRangeOrAForeignCursorIsRefusedByField() {
        long brandId = brand(OWNER, "Sorrel Fen", "Sorrel Fen Inc.", "sorrelfen.test");
        for (int i = 1; i <= 3; i++) {
            right(OWNER, brandId, "EUIPO", String.format("0197%05d", i), "SORREL " + i, "Sorrel Fen Inc.");
        }
        String path = "/api/brands/" + brandId + "/rights";
        String next = given().auth().oauth2(BrandApi.token(OWNER)).get(path + "?limit=2").then().statusCode(200)
                .body("items.registrationNumber", contains("019700001", "019700002"))
                .body("nextCursor", org.hamcrest.Matchers.notNullValue())
                .extract().jsonPath().getString("nextCursor");
        given().auth().oauth2(BrandApi.token(OWNER)).queryParam("limit", 2).queryParam("cursor", next).get(path).then()
                .statusCode(200)
                .body("items.registrationNumber", contains("019700003"))
                .body("nextCursor", nullValue());

        for (int limit : new int[] { 0, 201 }) {
            given().auth().oauth2(BrandApi.token(OWNER)).get(path + "?limit=" + limit).then().statusCode(400)
                    .body("violations.field", contains("limit"));
        }
        // The rights' cursor is not the members' cursor.
        given().auth().oauth2(BrandApi.token(OWNER)).queryParam("cursor", next).get("/api/brands/" + brandId + "/members")
                .then().statusCode(400).body("violations.field", contains("cursor"));
    }
}
