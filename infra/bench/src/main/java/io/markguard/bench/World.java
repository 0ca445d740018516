package io.markguard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the bench files against: two verified brands of its own (one earns the fast track the way any brand does, by
 * a reviewer accepting its first notices; the other stays on the standard channel), merchants enrolled for this run,
 * and their listings (written as merchant-service's feed import writes them). Each listing is named in one notice only.
 */
public final class World {

    public record Brand(String owner, long id, long rightId, String name) {
    }

    static final String EXPLANATION = "Test purchases arrived without the brand's hologram, with a misspelt care label"
            + " and a serial number the brand never issued.";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final Settings settings;
    private final Http http;
    private final Tokens tokens;
    private final String run;

    public Brand fastTrack;
    public Brand standard;
    public List<Long> merchantIds = List.of();
    private final ConcurrentLinkedQueue<String> listings = new ConcurrentLinkedQueue<>();

    public World(Settings settings, Http http, Tokens tokens, String run) {
        this.settings = settings;
        this.http = http;
        this.tokens = tokens;
        this.run = run;
    }

    /** The next listing nobody has complained about yet, or null when the run has used them all. */
    public String nextListing() {
        return listings.poll();
    }

    public List<String> takeListings(int count) {
        List<String> taken = new ArrayList<>(count);
        String url;
        while (taken.size() < count && (url = listings.poll()) != null) {
            taken.add(url);
        }
        return taken;
    }

    public int listingsLeft() {
        return listings.size();
    }

    public void prepare(Data data, int merchants, int listingCount) throws Exception {
        standard = brand("brand-agent", "Markguard Bench Standard", "Markguard Bench Standard Ltd", "bench-standard.test",
                "019990002", "BENCH STANDARD");
        fastTrack = brand("brand-owner", "Markguard Bench Fast Track", "Markguard Bench Fast Track Ltd",
                "bench-fast-track.test", "019990001", "BENCH FAST");
        merchantIds = data.enrolMerchants(run, merchants);
        listings.addAll(data.insertListings(run, merchantIds, listingCount));
        earnFastTrack();
    }

    /**
     * The brand whose history the bench grows from nothing to 1,000,000 items while it measures standard intake; on
     * the standard channel, filed for by the brand agent.
     */
    public Brand historyBrand() {
        return brand("brand-agent", "Markguard Bench History", "Markguard Bench History Ltd", "bench-history.test",
                "019990003", "BENCH HISTORY");
    }

    /** The brand as the portal has it, created and verified by documents (a reviewer approves) if it is not yet. */
    private Brand brand(String owner, String name, String legalEntity, String domain, String registration, String mark) {
        String token = tokens.of(owner);
        String portal = settings.portal();
        long id = -1;
        String status = null;
        for (JsonNode b : http.get(portal + "/api/brands?limit=200", token).expectOk("GET /api/brands").json().path("items")) {
            if (b.get("name").asText().equals(name)) {
                id = b.get("id").asLong();
                status = b.get("status").asText();
            }
        }
        if (id < 0) {
            id = http.post(portal + "/api/brands", token, "application/json", Http.json(Map.of("name", name, "legalEntity",
                    legalEntity, "country", "DE", "websiteDomain", domain))).expectOk("creating brand " + name).json()
                    .get("id").asLong();
        }
        long rightId = -1;
        for (JsonNode r : http.get(portal + "/api/brands/" + id + "/rights?limit=200", token).expectOk("rights").json().path("items")) {
            if (r.get("registrationNumber").asText().equals(registration)) {
                rightId = r.get("id").asLong();
            }
        }
        if (rightId < 0) {
            rightId = http.post(portal + "/api/brands/" + id + "/rights", token, "application/json", Http.json(Map.of(
                    "type", "TRADEMARK", "office", "EUIPO", "registrationNumber", registration, "mark", mark,
                    "niceClasses", List.of(18, 25), "ownerName", legalEntity))).expectOk("adding the right of " + name)
                    .json().get("id").asLong();
        }
        if (!"VERIFIED".equals(status)) {
            long verification = http.post(portal + "/api/brands/" + id + "/cases", token, "application/json",
                    Http.json(Map.of("rightId", rightId, "method", "DOCUMENTS"))).expectOk("opening a case for " + name)
                    .json().get("id").asLong();
            http.postBytes(portal + "/api/brands/" + id + "/documents?kind=CERTIFICATE&filename=certificate.pdf&caseId="
                    + verification, token, "application/pdf", PDF).expectOk("uploading the certificate");
            http.post(portal + "/api/brands/" + id + "/cases/" + verification + "/submission", token, "application/json",
                    Http.json(Map.of("note", "EUIPO registration certificate attached."))).expectOk("submitting the case");
            String reviewer = tokens.of("reviewer");
            http.post(portal + "/api/review/cases/" + verification + "/claim", reviewer, "application/json", "")
                    .expectOk("claiming the case");
            http.post(portal + "/api/review/cases/" + verification + "/decision", reviewer, "application/json",
                    Http.json(Map.of("outcome", "APPROVE", "reason", "The certificate matches the EUIPO register.")))
                    .expectOk("approving the case");
        }
        return new Brand(owner, id, rightId, name);
    }

    /**
     * The fast track is earned, not granted: the brand files its first notices on the standard channel and a
     * reviewer accepts them until the trust score's minimum of decided items is met.
     */
    private void earnFastTrack() {
        String owner = tokens.of(fastTrack.owner());
        JsonNode trust = http.get(settings.complaints() + "/api/brands/" + fastTrack.id() + "/trust-score", owner)
                .expectOk("the trust score").json();
        if (trust.path("fastTrack").path("active").asBoolean()) {
            return;
        }
        int needed = trust.path("policy").path("minDecidedItems").asInt(20);
        JsonNode complaint = file(fastTrack, takeListings(needed), "BENCH-EARN-" + run).expectOk("the first notices").json();
        String reviewer = tokens.of("reviewer");
        for (JsonNode item : complaint.get("items")) {
            String id = item.get("id").asText();
            if (!"PENDING".equals(item.get("status").asText())) {
                continue;
            }
            http.post(settings.complaints() + "/api/review/items/" + id + "/claim", reviewer, "application/json", "")
                    .expectOk("claiming item " + id);
            http.post(settings.complaints() + "/api/review/items/" + id + "/decision", reviewer, "application/json",
                    Http.json(Map.of("outcome", "ACCEPT", "reasonCode", "COUNTERFEIT_CONFIRMED", "reason",
                            "The test purchase is a counterfeit."))).expectOk("accepting item " + id);
        }
    }

    /** POST /api/complaints naming these listings, as the brand's owner. */
    public Http.Reply file(Brand brand, List<String> urls, String idempotencyKey) {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("brandId", brand.id());
        notice.put("rightId", brand.rightId());
        notice.put("infringementType", "COUNTERFEIT");
        notice.put("listings", urls);
        notice.put("explanation", EXPLANATION);
        notice.put("evidence", Map.of("urls", List.of("https://evidence." + run + ".bench.markguard.test/test-purchases"),
                "testPurchaseOrders", List.of("TP-" + idempotencyKey)));
        notice.put("goodFaith", true);
        notice.put("accurate", true);
        return http.post(settings.complaints() + "/api/complaints", tokens.of(brand.owner()), "application/json",
                Http.json(notice), idempotencyKey);
    }

    /** A bulk upload (CSV with a "listing" column) of these listings; returns the job as complaint-service answered. */
    public Http.Reply upload(Brand brand, List<String> urls, String idempotencyKey) {
        StringBuilder csv = new StringBuilder("listing\n");
        urls.forEach(u -> csv.append(u).append('\n'));
        String query = "?brandId=" + brand.id() + "&rightId=" + brand.rightId() + "&infringementType=COUNTERFEIT&goodFaith=true"
                + "&accurate=true&explanation=" + java.net.URLEncoder.encode(EXPLANATION, StandardCharsets.UTF_8);
        return http.post(settings.complaints() + "/api/complaint-jobs" + query, tokens.of(brand.owner()), "text/csv",
                csv.toString(), idempotencyKey);
    }
}
