package io.markguard.complaint;

import static io.markguard.complaint.Markguard.decide;
import static io.markguard.complaint.Markguard.file;
import static io.markguard.complaint.Markguard.listings;
import static io.markguard.complaint.Markguard.merchantId;
import static io.markguard.complaint.Markguard.notice;
import static io.markguard.complaint.Markguard.verifiedBrand;

import io.markguard.testsupport.DecisionLogAuditContract;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;

/** complaint-service's decision log: a reviewer's acceptance and rejection of a notice's items. */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class DecisionLogTest extends DecisionLogAuditContract {

    private static final String OWNER = "brand-owner";

    @Override
    protected List<String> decideThroughApi() {
        Markguard.Brand brand = verifiedBrand("Northwind Log " + System.nanoTime());
        List<Long> items = listings(merchantId("merchant-a"), 2);
        JsonPath filed = file(OWNER, notice(brand, items)).then().statusCode(201).extract().jsonPath();
        long accepted = filed.getLong("items[0].id");
        long rejected = filed.getLong("items[1].id");
        decide(accepted, "ACCEPT", "COUNTERFEIT_CONFIRMED").then().statusCode(200);
        decide(rejected, "REJECT", "INSUFFICIENT_EVIDENCE").then().statusCode(200);
        return List.of("item-" + accepted + "-decided", "item-" + rejected + "-decided");
    }
}
