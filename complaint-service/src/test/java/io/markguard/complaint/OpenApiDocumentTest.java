package io.markguard.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.testsupport.OpenApiContract;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document a vendor generates a client from (infra/complaint-client): every operation described as
 * {@link OpenApiContract} wants, and the filing operations with an example request.
 */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class OpenApiDocumentTest {

    @Test
    void everyOperationIsDescribedWithItsErrorsAndTheSecuredOnesWithTheBearerScheme() {
        JsonPath doc = OpenApiContract.document();
        assertEquals(List.of(), OpenApiContract.wanting(doc,
                path -> path.startsWith("/api/decision-log/") || path.equals("/api/transparency")));
        assertTrue(OpenApiContract.operations(doc) >= 45, "operations: " + OpenApiContract.operations(doc));
        assertTrue(doc.getString("paths.'/api/complaints'.post.requestBody.content.'application/json'.examples.counterfeit.value")
                .contains("COUNTERFEIT"));
        assertTrue(doc.getString("paths.'/api/brands/{brandId}/webhooks'.post.requestBody.content.'application/json'.examples.decisions.value")
                .contains("item.decided"));
    }
}
