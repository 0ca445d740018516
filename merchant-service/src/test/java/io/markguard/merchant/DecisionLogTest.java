package io.markguard.merchant;

import static io.markguard.merchant.Fixtures.listing;
import static io.markguard.merchant.Fixtures.send;
import static io.markguard.merchant.Fixtures.takedown;

import io.markguard.testsupport.DecisionLogAuditContract;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** merchant-service's decision log: takedowns and the sanctions they bring, as complaint-service sends them. */
@QuarkusTest
class DecisionLogTest extends DecisionLogAuditContract {

    @Inject
    Fixtures fixtures;

    @Override
    protected List<String> decideThroughApi() {
        long merchant = fixtures.merchant("decision-log-" + System.nanoTime());
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var result = send(takedown(listing(merchant, "Listing " + i), "brand-7", Instant.now())).then()
                    .statusCode(201).extract().jsonPath();
            keys.add("takedown-" + result.getLong("violationId"));
            for (Object id : result.getList("sanctions.id")) {
                keys.add("sanction-" + id);
            }
        }
        return keys;
    }
}
