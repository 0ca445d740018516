package io.markguard.complaint;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document a vendor generates a client from: every operation has an id and a summary in words (not the
 * Java method's name), the bearer scheme on every secured one, and its error answers as problem bodies with an
 * example; the filing operations show an example request.
 */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDescribedWithItsErrorsAndTheSecuredOnesWithTheBearerScheme() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertEquals("http", doc.getString("components.securitySchemes.bearer.type"));
        assertEquals("bearer", doc.getString("components.securitySchemes.bearer.scheme"));
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> wanting = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> operation = op.getValue();
                String summary = (String) operation.get("summary");
                if (operation.get("operationId") == null || summary == null || summary.split(" ").length < 4) {
                    wanting.add(name + ": no id or no summary in words (" + summary + ")");
                }
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                List<String> errors = new ArrayList<>(List.of("429"));
                if (operation.get("security") != null) {
                    errors.addAll(List.of("401", "403"));
                }
                if (path.getKey().contains("{")) {
                    errors.add("404");
                }
                for (String status : errors) {
                    Map<String, Object> answer = responses.get(status);
                    Map<String, Object> content = answer == null ? null : (Map<String, Object>) answer.get("content");
                    Map<String, Object> problem = content == null ? null : (Map<String, Object>) content.get("application/problem+json");
                    if (problem == null || problem.get("examples") == null) {
                        wanting.add(name + ": no problem body with an example for " + status);
                    }
                }
                if (!path.getKey().startsWith("/api/decision-log") && !path.getKey().equals("/api/transparency")
                        && operation.get("security") == null) {
                    wanting.add(name + ": no security scheme");
                }
            }
        }
        assertEquals(List.of(), wanting);
        assertTrue(operations >= 45, "operations: " + operations);
        assertTrue(doc.getString("paths.'/api/complaints'.post.requestBody.content.'application/json'.examples.counterfeit.value")
                .contains("COUNTERFEIT"));
        assertTrue(doc.getString("paths.'/api/brands/{brandId}/webhooks'.post.requestBody.content.'application/json'.examples.decisions.value")
                .contains("item.decided"));
    }
}
