package io.markguard.complaint;

import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.listings;
import static io.markguard.complaint.Markguard.merchantId;
import static io.markguard.complaint.Markguard.notice;
import static io.markguard.complaint.Markguard.verifiedBrand;

import io.markguard.testsupport.ProblemContract;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;

/** complaint-service keeps the shared contract of errors and creating requests; a notice is what it creates. */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class ComplaintProblemsTest extends ProblemContract {

    private static Markguard.Brand brand;
    private static List<Long> listings;

    private static synchronized void prepare() {
        if (brand == null) {
            brand = verifiedBrand("Contract " + UUID.randomUUID().toString().substring(0, 8));
            listings = listings(merchantId("merchant-a"), 2);
        }
    }

    @Override
    protected String creatingPath() {
        return "/api/complaints";
    }

    @Override
    protected String creatingToken() {
        return TestKeycloak.userToken(OWNER);
    }

    @Override
    protected RequestSpecification creating(RequestSpecification request, int variant) {
        prepare();
        return request.contentType(ContentType.JSON).body(notice(brand, List.of(listings.get(variant))));
    }

    @Override
    protected String jsonPath() {
        return "/api/complaints";
    }

    @Override
    protected String jsonToken() {
        return TestKeycloak.userToken(OWNER);
    }

    @Override
    protected String mistypedBody() {
        return "{\"brandId\": \"northwind\", \"rightId\": 1, \"infringementType\": \"COUNTERFEIT\", \"listings\": [\"1\"]}";
    }

    @Override
    protected String mistypedField() {
        return "brandId";
    }
}
