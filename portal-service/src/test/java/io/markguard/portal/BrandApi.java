package io.markguard.portal;

import static io.restassured.RestAssured.given;

import io.markguard.testsupport.TestKeycloak;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a brand user's client does through /api/brands, with real tokens. */
final class BrandApi {

    static final String OWNER = "brand-owner";
    static final String AGENT = "brand-agent";
    static final String OWNER_SUBJECT = "6f1c2a10-0000-4000-8000-000000000001";
    static final String AGENT_SUBJECT = "6f1c2a10-0000-4000-8000-000000000002";

    /** The smallest file that starts like a PDF does. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private BrandApi() {
    }

    static String token(String user) {
        return TestKeycloak.userToken(user);
    }

    static long brand(String user, String name, String legalEntity, String domain) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON)
                .body(Map.of("name", name, "legalEntity", legalEntity, "country", "US", "websiteDomain", domain))
                .post("/api/brands").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Response addRight(String user, long brandId, String office, String number, String mark, List<Integer> classes,
            String owner) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "TRADEMARK");
        body.put("office", office);
        body.put("registrationNumber", number);
        body.put("mark", mark);
        body.put("niceClasses", classes);
        body.put("ownerName", owner);
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON).body(body)
                .post("/api/brands/" + brandId + "/rights");
    }

    static long right(String user, long brandId, String office, String number, String mark, String owner) {
        return addRight(user, brandId, office, number, mark, List.of(25), owner).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Response start(String user, long brandId, long rightId, String method, String mailbox) {
        Map<String, Object> body = new HashMap<>();
        body.put("rightId", rightId);
        body.put("method", method);
        if (mailbox != null) {
            body.put("mailbox", mailbox);
        }
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON).body(body)
                .post("/api/brands/" + brandId + "/cases");
    }

    static Response enterCode(String user, long brandId, long caseId, String code) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON).body(Map.of("code", code))
                .post("/api/brands/" + brandId + "/cases/" + caseId + "/code");
    }

    static ValidatableResponse brandOf(String user, long brandId) {
        return given().auth().oauth2(token(user)).get("/api/brands/" + brandId).then();
    }

    static ValidatableResponse rightsOf(String user, long brandId) {
        // The first page of the brand's rights: assertions read its items.
        return given().auth().oauth2(token(user)).get("/api/brands/" + brandId + "/rights").then().rootPath("items");
    }

    static ValidatableResponse caseOf(String user, long brandId, long caseId) {
        return given().auth().oauth2(token(user)).get("/api/brands/" + brandId + "/cases/" + caseId).then();
    }

    static Response upload(String user, long brandId, Long caseId, String kind, String filename, byte[] content,
            String declaredType) {
        var request = given().auth().oauth2(token(user)).queryParam("kind", kind).queryParam("filename", filename)
                .contentType(declaredType).body(content);
        if (caseId != null) {
            request.queryParam("caseId", caseId);
        }
        return request.post("/api/brands/" + brandId + "/documents");
    }

    static Response submit(String user, long brandId, long caseId) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON).body(Map.of("note", "Certificate attached."))
                .post("/api/brands/" + brandId + "/cases/" + caseId + "/submission");
    }

    static Response claim(long caseId) {
        return given().auth().oauth2(token("reviewer")).contentType(ContentType.JSON).post("/api/review/cases/" + caseId + "/claim");
    }

    static Response decide(long caseId, String outcome, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        if (reason != null) {
            body.put("reason", reason);
        }
        return given().auth().oauth2(token("reviewer")).contentType(ContentType.JSON).body(body)
                .post("/api/review/cases/" + caseId + "/decision");
    }

    /** A right verified the slow way: documents, then a reviewer's approval. */
    static void verifyByDocuments(String user, long brandId, long rightId) {
        long caseId = start(user, brandId, rightId, "DOCUMENTS", null).then().statusCode(201).extract().jsonPath().getLong("id");
        upload(user, brandId, caseId, "CERTIFICATE", "certificate.pdf", PDF, "application/pdf").then().statusCode(201);
        submit(user, brandId, caseId).then().statusCode(200);
        claim(caseId).then().statusCode(200);
        decide(caseId, "APPROVE", "Certificate matches the register.").then().statusCode(200);
    }
}
