package io.markguard.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One fast-track complaint is one trace through the three services: complaint-service continues the trace the
 * caller started, and portal-service (who may file) and merchant-service (the listings, the takedown) join it.
 * The brand then retracts, so the merchant's standing is as before.
 */
@ExtendWith(RunningSuite.class)
class TracingIT {

    @Test
    void aFastTrackComplaintIsOneTraceThroughAllThreeServices() throws Exception {
        Marketplace.VerifiedBrand brand = Marketplace.verifiedBrand("Westwind");
        String merchant = Marketplace.newMerchant("Wendel", "Weiss");
        List<Long> earlier = new ArrayList<>();
        for (int i = 0; i < RunningSuite.FAST_TRACK_MIN_DECIDED; i++) {
            earlier.add(Marketplace.listingOf(merchant, "Westwind patented hinge " + i));
        }
        List<Integer> items = new ArrayList<>(Marketplace.file(brand, "PATENT", earlier));
        for (int itemId : items) {
            Marketplace.accept(itemId, "RIGHT_INFRINGED");
        }
        long listing = Marketplace.listingOf(merchant, "Westwind patented hinge " + UUID.randomUUID());

        String traceId = UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> notice = new HashMap<>();
        notice.put("brandId", brand.id());
        notice.put("rightId", brand.rightId());
        notice.put("infringementType", "PATENT");
        notice.put("listings", List.of(String.valueOf(listing)));
        notice.put("explanation", "The hinge copies claim 1 of the patent, as the drawings attached show.");
        notice.put("goodFaith", true);
        notice.put("accurate", true);
        int fastItem = Marketplace.as("brand-owner").baseUri(RunningSuite.COMPLAINTS).contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-" + traceId.substring(0, 16) + "-01")
                .body(notice).post("/api/complaints").then().statusCode(201)
                .body("channel", org.hamcrest.Matchers.equalTo("FAST_TRACK")).extract().jsonPath().getInt("items[0].id");
        items.add(fastItem);
        Marketplace.awaitTakedownApplied(fastItem);

        byte[] id = HexFormat.of().parseHex(traceId);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<String> missing = List.of("complaint-service", "portal-service", "merchant-service");
        while (!missing.isEmpty() && Instant.now().isBefore(deadline)) {
            missing = missing.stream().filter(service -> !RunningSuite.traces().hasSpan(service, id)).toList();
            Thread.sleep(200);
        }
        assertTrue(missing.isEmpty(), "no span of trace " + traceId + " from " + missing);

        // The brand takes the items back: the merchant's listings are restored and its points reversed.
        for (int itemId : items) {
            Marketplace.as("brand-owner").baseUri(RunningSuite.COMPLAINTS).contentType(ContentType.JSON)
                    .body(Map.of("reason", "Tracing check done; the listings go back.")).post("/api/complaint-items/" + itemId + "/retraction")
                    .then().statusCode(200);
        }
        List<Long> all = new ArrayList<>(earlier);
        all.add(listing);
        for (long l : all) {
            Instant until = Instant.now().plus(Duration.ofSeconds(30));
            while (!"RESTORED".equals(Marketplace.listingStatus(l)) && Instant.now().isBefore(until)) {
                Thread.sleep(200);
            }
            assertTrue("RESTORED".equals(Marketplace.listingStatus(l)), "listing " + l + " restored");
        }
    }
}
