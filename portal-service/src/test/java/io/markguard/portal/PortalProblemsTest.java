package io.markguard.portal;

import io.markguard.testsupport.ProblemContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** portal-service's API keeps the shared contract of errors and creating requests. */
@QuarkusTest
class PortalProblemsTest extends ProblemContract {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Override
    protected String creatingPath() {
        return "/api/brands";
    }

    @Override
    protected String creatingToken() {
        return BrandApi.token(BrandApi.OWNER);
    }

    @Override
    protected RequestSpecification creating(RequestSpecification request, int variant) {
        return request.contentType(ContentType.JSON).body(Map.of("name", "Contract " + variant + " " + suffix,
                "legalEntity", "Contract Goods " + variant + " Ltd", "country", "GB",
                "websiteDomain", "contract" + variant + "-" + suffix + ".test"));
    }

    @Override
    protected String jsonPath() {
        return "/api/brands";
    }

    @Override
    protected String jsonToken() {
        return BrandApi.token(BrandApi.OWNER);
    }

    @Override
    protected String mistypedBody() {
        return "{\"name\": {\"first\": \"Willow\"}, \"legalEntity\": \"Willow Ltd\", \"country\": \"GB\","
                + " \"websiteDomain\": \"willow.test\"}";
    }

    @Override
    protected String mistypedField() {
        return "name";
    }
}
