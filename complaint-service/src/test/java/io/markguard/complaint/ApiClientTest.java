package io.markguard.complaint;

import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.await;
import static io.markguard.complaint.Markguard.listings;
import static io.markguard.complaint.Markguard.merchantId;
import static io.markguard.complaint.Markguard.notice;
import static io.markguard.complaint.Markguard.portal;
import static io.markguard.complaint.Markguard.right;
import static io.markguard.complaint.Markguard.verifiedBrand;
import static io.markguard.complaint.Markguard.verify;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A brand's API clients as a vendor meets them: the owner creates them in portal-service (which makes them in
 * Keycloak's realm markguard-integrations), a script signs in with the client id and the secret shown once, and
 * complaint-service lets each do exactly what its grant says; a revoked client is refused at once, and Keycloak
 * stops giving it tokens; a rotated secret replaces the old one.
 */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class ApiClientTest {

    @Test
    void aClientDoesWhatItsGrantSaysAndARevokedOneIsRefusedAtOnce() {
        Markguard.Brand brand = verifiedBrand("Northwind Crawler");
        long otherRight = right(brand.id(), "Northwind Crawler Two");
        verify(brand.id(), otherRight);
        long merchant = merchantId("merchant-a");

        // A client for the first right that may file and read; one that may only read.
        JsonPath filer = create(brand.id(), "Crawler", List.of(brand.rightId()), List.of("FILE", "READ"));
        JsonPath reader = create(brand.id(), "Dashboard", List.of(brand.rightId()), List.of("READ"));
        assertTrue(filer.getString("clientId").startsWith("brand-" + brand.id() + "-"), filer.prettify());
        assertEquals(TestKeycloak.realmUrl(TestKeycloak.INTEGRATIONS_REALM) + "/protocol/openid-connect/token",
                filer.getString("tokenUrl"));
        String filerToken = token(filer.getString("clientId"), filer.getString("secret"));

        // Its notice on its right is filed, and names the client; on the other right it is refused.
        JsonPath filed = given().auth().oauth2(filerToken).contentType(ContentType.JSON)
                .body(notice(brand, listings(merchant, 1))).post("/api/complaints").then().statusCode(201)
                .body("submitter.client", equalTo(filer.getString("clientId"))).extract().jsonPath();
        long complaint = filed.getLong("id");
        Map<String, Object> elsewhere = notice(brand, listings(merchant, 1));
        elsewhere.put("rightId", otherRight);
        given().auth().oauth2(filerToken).contentType(ContentType.JSON).body(elsewhere).post("/api/complaints").then()
                .statusCode(403).body("violations[0].field", equalTo("rightId"));
        // Another brand's notices do not exist for it.
        Markguard.Brand other = verifiedBrand("Southwind Crawler");
        given().auth().oauth2(filerToken).contentType(ContentType.JSON).body(notice(other, listings(merchant, 1)))
                .post("/api/complaints").then().statusCode(403);

        // The reader reads the notice but may not file.
        String readerToken = token(reader.getString("clientId"), reader.getString("secret"));
        given().auth().oauth2(readerToken).get("/api/complaints/" + complaint).then().statusCode(200)
                .body("submitter.client", equalTo(filer.getString("clientId")));
        given().auth().oauth2(readerToken).contentType(ContentType.JSON).body(notice(brand, listings(merchant, 1)))
                .post("/api/complaints").then().statusCode(403).body("violations[0].field", equalTo("action"));

        // The owner sees when each was used.
        List<Map<String, Object>> clients = portal(OWNER).get("/api/brands/" + brand.id() + "/clients").then()
                .statusCode(200).body("items.secret", org.hamcrest.Matchers.everyItem(nullValue())).extract().jsonPath()
                .getList("items");
        assertEquals(2, clients.size());
        assertTrue(clients.stream().allMatch(c -> c.get("lastUsedAt") != null), clients.toString());

        // Revoked: refused within the moment portal-service's message takes, and Keycloak gives it no new token.
        portal(OWNER).post("/api/brands/" + brand.id() + "/clients/" + filer.getLong("id") + "/revocation").then()
                .statusCode(200).body("revokedAt", notNullValue());
        await("the revoked client refused", Duration.ofSeconds(15), () -> given().auth().oauth2(filerToken)
                .contentType(ContentType.JSON).body(notice(brand, listings(merchant, 1))).post("/api/complaints")
                .statusCode() == 403);
        await("Keycloak refusing the revoked client's sign-in", Duration.ofSeconds(60), () -> tokenCall(
                filer.getString("clientId"), filer.getString("secret")).statusCode() == 401);
        // The reader goes on.
        given().auth().oauth2(readerToken).get("/api/complaints/" + complaint).then().statusCode(200);
    }

    @Test
    void aRotatedSecretReplacesTheOldOneAndOnlyOwnersManageClients() {
        Markguard.Brand brand = verifiedBrand("Northwind Rotation");
        JsonPath client = create(brand.id(), "Nightly import", null, List.of("READ"));
        String first = client.getString("secret");
        assertEquals(200, tokenCall(client.getString("clientId"), first).statusCode());
        String second = portal(OWNER).post("/api/brands/" + brand.id() + "/clients/" + client.getLong("id") + "/secret")
                .then().statusCode(200).body("secretRotatedAt", notNullValue()).extract().path("secret");
        assertNotEquals(first, second);
        assertEquals(401, tokenCall(client.getString("clientId"), first).statusCode());
        assertEquals(200, tokenCall(client.getString("clientId"), second).statusCode());

        // Bad input is named and creates nothing; an agent does not manage clients.
        portal(OWNER).contentType(ContentType.JSON).body(Map.of("name", "", "allRights", true, "actions", List.of("READ")))
                .post("/api/brands/" + brand.id() + "/clients").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("name")));
        portal(OWNER).contentType(ContentType.JSON).body(Map.of("name", "No actions", "allRights", true, "actions", List.of()))
                .post("/api/brands/" + brand.id() + "/clients").then().statusCode(400);
        portal(OWNER).get("/api/brands/" + brand.id() + "/clients").then().body("items", org.hamcrest.Matchers.hasSize(1));
        portal("merchant-a").get("/api/brands/" + brand.id() + "/clients").then().statusCode(403);
    }

    private static JsonPath create(long brandId, String name, List<Long> rightIds, List<String> actions) {
        Map<String, Object> request = new java.util.HashMap<>();
        request.put("name", name);
        request.put("allRights", rightIds == null);
        if (rightIds != null) {
            request.put("rightIds", rightIds);
        }
        request.put("actions", actions);
        return portal(OWNER).contentType(ContentType.JSON).body(request).post("/api/brands/" + brandId + "/clients").then()
                .statusCode(201).body("secret", notNullValue()).body("scope.role", equalTo("CLIENT")).extract().jsonPath();
    }

    private static Response tokenCall(String clientId, String secret) {
        return TestKeycloak.apiClientSignIn(clientId, secret);
    }

    private static String token(String clientId, String secret) {
        return TestKeycloak.apiClientToken(clientId, secret);
    }
}
