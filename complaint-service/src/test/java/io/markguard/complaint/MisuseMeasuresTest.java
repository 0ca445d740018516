package io.markguard.complaint;

import static io.markguard.complaint.Markguard.OWNER;
import static io.markguard.complaint.Markguard.as;
import static io.markguard.complaint.Markguard.decide;
import static io.markguard.complaint.Markguard.file;
import static io.markguard.complaint.Markguard.listings;
import static io.markguard.complaint.Markguard.merchantId;
import static io.markguard.complaint.Markguard.notice;
import static io.markguard.complaint.Markguard.verifiedBrand;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.complaint.service.MisuseMeasures;
import io.markguard.testsupport.BrowserSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DSA Art. 23 misuse measures through the API and the portal: every warning, proposal, decision, lift and contest is
 * kept as an event with its figures; the brand's members who may file and the user whose notice drew the measure are
 * told through the portal's notification hub, as codes and figures the portal words in the reader's language and
 * mails once per person (read from the real SMTP server the peers use); the rule only
 * proposes a suspension and a reviewer confirms or declines it; filing is refused only while a confirmed one runs.
 */
@QuarkusTest
@WithTestResource(value = PeerServices.class, scope = TestResourceScope.MATCHING_RESOURCES)
@ExtendWith(OwnMerchants.class)
class MisuseMeasuresTest {

    private static final String OWNER_MAIL = "brand-owner@markguard.test";
    private static final String OWNER_SUBJECT = "6f1c2a10-0000-4000-8000-000000000001";
    private static final String UNFOUNDED = "MANIFESTLY_UNFOUNDED";

    @Inject
    MovableClock clock;

    @Inject
    MisuseMeasures measures;

    @Inject
    EntityManager em;

    @AfterEach
    void timeAsItIs() {
        clock.shift(Duration.ZERO);
    }

    @Test
    void aWarningIsKeptAndMailedAProposalLeavesFilingOpenAndOnlyAReviewersConfirmationSuspends() {
        long merchant = merchantId("merchant-a");
        String name = "Northwind Misuse Confirmed";
        Markguard.Brand brand = verifiedBrand(name);
        List<Integer> items = items(brand, merchant, 3);

        decide(items.get(0), "REJECT", UNFOUNDED).then().statusCode(200);
        assertEquals(List.of(), kinds(brand), "one decided item is under the policy's minimum");
        decide(items.get(1), "REJECT", UNFOUNDED).then().statusCode(200);

        JsonPath trust = trust(brand);
        assertEquals("WARNED", trust.getString("misuse.standing.state"));
        assertEquals(List.of("WARNING"), trust.getList("misuse.history.items.kind"));
        JsonPath warning = as(OWNER).get("/api/brands/" + brand.id() + "/misuse/events").then().statusCode(200)
                .body("items[0].kind", equalTo("WARNING"))
                .body("items[0].reasonCode", equalTo("UNFOUNDED_SHARE_OVER_BAR"))
                .body("items[0].figures.decided", equalTo(2))
                .body("items[0].figures.manifestlyUnfounded", equalTo(2))
                .body("items[0].figures.unfoundedShare", equalTo(1.0f))
                .body("items[0].figures.windowDays", equalTo(90))
                .body("items[0].figures.minDecidedItems", equalTo(2))
                .body("items[0].figures.unfoundedShareBar", equalTo(0.5f))
                .body("items[0].figures.policyVersion", equalTo("test-1"))
                .body("items[0].actorRole", equalTo("SYSTEM"))
                .body("items[0].brandTold", equalTo(true))
                .extract().jsonPath();
        assertTrue(Instant.parse(warning.getString("items[0].occurredAt")).isBefore(Instant.now().plusSeconds(1)));

        // The warning is told as codes and figures, to the members who may file and to the filer, under one key.
        JsonNode figures = toldTheBrand(brand, "misuse-warning").path("params");
        assertEquals("UNFOUNDED_SHARE_OVER_BAR", figures.path("reasonCode").asText());
        assertEquals("2", figures.path("decided").asText());
        assertEquals("2", figures.path("unfounded").asText());
        assertEquals("100", figures.path("share").asText(), "shares travel as percentages");
        assertEquals("50", figures.path("bar").asText());
        assertEquals("90", figures.path("windowDays").asText());
        assertEquals("test-1", figures.path("policyVersion").asText());
        assertEquals(name, figures.path("brand").asText());
        // The portal mails it in the owner's language (English), once although both recipients name the owner.
        String text = body(mailedOnce(name, "Warning: a high share of your notices was manifestly unfounded", brand,
                "misuse-warning"));
        assertTrue(text.contains("2 (100 %) were manifestly unfounded"), text);
        assertTrue(text.contains("at 50 % or more, once at least 2 items are decided"), text);
        assertTrue(text.contains("Policy version test-1"), text);
        assertTrue(text.contains("/complaints/brands/" + brand.id() + "/trust"), text);

        // Warned: filing stays open.
        file(OWNER, notice(brand, listings(merchant, 1))).then().statusCode(201);

        decide(items.get(2), "REJECT", UNFOUNDED).then().statusCode(200);
        trust = trust(brand);
        assertEquals("PROPOSED", trust.getString("misuse.standing.state"));
        assertEquals(false, trust.getBoolean("misuse.filingSuspended"));
        long review = trust.getLong("misuse.standing.openReviewId");
        // A proposal alone never stops filing.
        file(OWNER, notice(brand, listings(merchant, 1))).then().statusCode(201);
        JsonNode proposed = toldTheBrand(brand, "misuse-suspension-proposed").path("params");
        assertEquals("30", proposed.path("suspensionDays").asText());
        assertTrue(Instant.parse(proposed.path("reviewBy").asText()).isAfter(Instant.parse(proposed.path("warnedAt").asText())));
        String proposal = body(mailedOnce(name, "A suspension of filing is proposed", brand, "misuse-suspension-proposed"));
        assertTrue(proposal.contains("It takes effect only if a reviewer confirms it"), proposal);
        assertTrue(proposal.contains("3 of 3 (100 %)"), proposal);

        assertTrue(queue().contains(review), "the proposal waits in the reviewers' queue");
        as(OWNER).get("/api/review/misuse").then().statusCode(403);

        // The brand contests; the reviewer sees the statement on the proposal.
        String statement = "These listings were reported on a test buyer's evidence; we withdraw the reseller claims.";
        as(OWNER).contentType(ContentType.JSON).body(Map.of("statement", " "))
                .post("/api/brands/" + brand.id() + "/misuse/contests").then().statusCode(400)
                .body("violations.field", hasItem("statement")).body("violations.field", everyItem(equalTo("statement")));
        as(OWNER).contentType(ContentType.JSON).header("Idempotency-Key", "contest-1").body(Map.of("statement", statement))
                .post("/api/brands/" + brand.id() + "/misuse/contests").then().statusCode(201)
                .body("kind", equalTo("CONTESTED")).body("reviewId", equalTo((int) review))
                .body("statement", equalTo(statement)).body("actorRole", equalTo("BRAND"));
        as(OWNER).contentType(ContentType.JSON).header("Idempotency-Key", "contest-1").body(Map.of("statement", statement))
                .post("/api/brands/" + brand.id() + "/misuse/contests").then().statusCode(201);
        as("reviewer").get("/api/review/misuse/" + review).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("contests", equalTo(1))
                .body("lastContest.statement", equalTo(statement))
                .body("figures.decided", equalTo(3)).body("figures.manifestlyUnfounded", equalTo(3));

        misuseDecision(review, "CONFIRM", "CONTEST_PERSUASIVE").then().statusCode(400)
                .body("code", equalTo("DECISION_CODE_MISMATCH")).body("violations.field", contains("reasonCode"));
        JsonPath confirmed = misuseDecision(review, "CONFIRM", "FREQUENT_UNFOUNDED_NOTICES_CONFIRMED").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("decidedBy", notNullValue()).extract().jsonPath();
        assertEquals(Duration.ofDays(30), Duration.between(Instant.parse(confirmed.getString("suspendedFrom")),
                Instant.parse(confirmed.getString("suspendedUntil"))));
        misuseDecision(review, "CONFIRM", "FREQUENT_UNFOUNDED_NOTICES_CONFIRMED").then().statusCode(200);
        misuseDecision(review, "DECLINE", "NOT_FREQUENT_ENOUGH").then().statusCode(409)
                .body("code", equalTo("MISUSE_REVIEW_DECIDED"));
        assertTrue(!queue().contains(review), "a decided proposal leaves the queue");

        file(OWNER, notice(brand, listings(merchant, 1))).then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FILING_SUSPENDED"))
                .body("violations.field", contains("brandId"))
                .body("detail", containsString("suspended until " + confirmed.getString("suspendedUntil")));
        as(OWNER).contentType("text/csv").body("listing\n1\n").queryParam("brandId", brand.id())
                .queryParam("rightId", brand.rightId()).queryParam("infringementType", "COUNTERFEIT")
                .queryParam("explanation", Markguard.EXPLANATION).queryParam("goodFaith", true).queryParam("accurate", true)
                .post("/api/complaint-jobs").then().statusCode(403).body("code", equalTo("FILING_SUSPENDED"));
        // Confirmed twice: told once.
        JsonNode confirmedParams = toldTheBrand(brand, "misuse-suspended").path("params");
        assertEquals(confirmed.getString("suspendedUntil"), confirmedParams.path("until").asText());
        assertEquals("Reviewed the record and the brand's statement.", confirmedParams.path("reviewerReason").asText());
        String suspended = body(mailedOnce(name, "is suspended until", brand, "misuse-suspended"));
        assertTrue(suspended.contains("A reviewer confirmed that the notices of " + name + " are frequently manifestly unfounded"),
                suspended);
        assertTrue(suspended.contains("The reviewer's words: Reviewed the record and the brand's statement."), suspended);

        trust = trust(brand);
        assertEquals("SUSPENDED", trust.getString("misuse.standing.state"));
        assertEquals(true, trust.getBoolean("misuse.filingSuspended"));

        // The whole history, latest first, a page at a time; nothing overwritten.
        assertEquals(List.of("SUSPENSION_CONFIRMED", "CONTESTED", "SUSPENSION_PROPOSED", "WARNING"), kinds(brand));
        JsonPath first = as(OWNER).queryParam("limit", 3).get("/api/brands/" + brand.id() + "/misuse/events").then()
                .statusCode(200).body("items.size()", equalTo(3)).body("nextCursor", notNullValue()).extract().jsonPath();
        as(OWNER).queryParam("limit", 3).queryParam("cursor", first.getString("nextCursor"))
                .get("/api/brands/" + brand.id() + "/misuse/events").then().statusCode(200)
                .body("items.kind", contains("WARNING")).body("nextCursor", nullValue());
        as(OWNER).queryParam("cursor", "garbled").get("/api/brands/" + brand.id() + "/misuse/events").then()
                .statusCode(400).body("violations.field", contains("cursor"));
        as("merchant-a").get("/api/brands/" + brand.id() + "/misuse/events").then().statusCode(403);

        // The kept events refuse any change.
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update misuse_event set reason_code = 'X' where brand_id = ?1")
                .setParameter(1, brand.id()).executeUpdate()));
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from misuse_event where brand_id = ?1").setParameter(1, brand.id()).executeUpdate()));
        assertEquals(4, kinds(brand).size());
    }

    @Test
    void aDeclinedProposalLeavesFilingOpenAndTheBrandIsTold() {
        long merchant = merchantId("merchant-a");
        String name = "Northwind Misuse Declined";
        Markguard.Brand brand = verifiedBrand(name);
        for (Integer item : items(brand, merchant, 3)) {
            decide(item, "REJECT", UNFOUNDED).then().statusCode(200);
        }
        long review = trust(brand).getLong("misuse.standing.openReviewId");
        misuseDecision(review, "DECLINE", "UNFOUNDED_DECISIONS_IN_DOUBT").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("suspendedUntil", nullValue());

        file(OWNER, notice(brand, listings(merchant, 1))).then().statusCode(201);
        JsonPath trust = trust(brand);
        assertEquals(false, trust.getBoolean("misuse.filingSuspended"));
        assertEquals("NONE", trust.getString("misuse.standing.state"), "a decided proposal spends its warning");
        assertEquals(List.of("SUSPENSION_DECLINED", "SUSPENSION_PROPOSED", "WARNING"), kinds(brand));
        assertEquals("UNFOUNDED_DECISIONS_IN_DOUBT",
                toldTheBrand(brand, "misuse-suspension-declined").path("params").path("reasonCode").asText());
        // The reason code reads as words in the mail.
        String declined = body(mailedOnce(name, "No suspension of filing", brand, "misuse-suspension-declined"));
        assertTrue(declined.contains("the decisions counted as manifestly unfounded are in doubt"), declined);
        assertTrue(!declined.contains("UNFOUNDED_DECISIONS_IN_DOUBT"), declined);
    }

    @Test
    void theEndOfAConfirmedSuspensionIsRecordedOnceHoweverManyRunsClaimIt() throws Exception {
        long merchant = merchantId("merchant-a");
        String name = "Northwind Misuse Lifted";
        // Everything happens 31 days ago, so the 30-day suspension has ended by now.
        clock.shift(Duration.ofDays(-31));
        Markguard.Brand brand = verifiedBrand(name);
        for (Integer item : items(brand, merchant, 3)) {
            decide(item, "REJECT", UNFOUNDED).then().statusCode(200);
        }
        long review = trust(brand).getLong("misuse.standing.openReviewId");
        misuseDecision(review, "CONFIRM", "FREQUENT_UNFOUNDED_NOTICES_CONFIRMED").then().statusCode(200);
        file(OWNER, notice(brand, listings(merchant, 1))).then().statusCode(403).body("code", equalTo("FILING_SUSPENDED"));

        clock.shift(Duration.ZERO);
        // Several replicas' runs at once, beside the scheduled one: each claims with SKIP LOCKED, none twice.
        ExecutorService runs = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> lifted = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                lifted.add(runs.submit(measures::liftDue));
            }
            for (Future<Integer> run : lifted) {
                run.get();
            }
        } finally {
            runs.shutdown();
        }
        Markguard.await("the suspension's end recorded", Duration.ofSeconds(20),
                () -> kinds(brand).contains("SUSPENSION_LIFTED"));
        Thread.sleep(2_500);
        assertEquals(List.of("SUSPENSION_LIFTED", "SUSPENSION_CONFIRMED", "SUSPENSION_PROPOSED", "WARNING"), kinds(brand));
        as("reviewer").get("/api/review/misuse/" + review).then().body("liftedAt", notNullValue());
        file(OWNER, notice(brand, listings(merchant, 1))).then().statusCode(201);
        assertEquals("NONE", trust(brand).getString("misuse.standing.state"));
        JsonNode lifted = toldTheBrand(brand, "misuse-lifted").path("params");
        assertEquals(confirmedUntil(review), lifted.path("until").asText());
        String open = body(mailedOnce(name, "is open again", brand, "misuse-lifted"));
        assertTrue(open.contains("has ended. You may file again."), open);
    }

    @Test
    void theBrandReadsItsHistoryAndContestsInThePortalAndTheReviewerConfirmsThere() {
        long merchant = merchantId("merchant-a");
        String name = "Northwind Misuse Portal";
        Markguard.Brand brand = verifiedBrand(name);
        for (Integer item : items(brand, merchant, 3)) {
            decide(item, "REJECT", UNFOUNDED).then().statusCode(200);
        }
        long review = trust(brand).getLong("misuse.standing.openReviewId");
        String trustPage = "/complaints/brands/" + brand.id() + "/trust";

        BrowserSession owner = BrowserSession.signIn(PeerServices.portal(), OWNER);
        owner.get(trustPage).then().statusCode(200)
                .body(containsString("History of misuse measures"))
                .body(containsString("Suspension proposed"))
                .body(containsString("It takes effect only if a reviewer confirms it"))
                .body(containsString("3 of 3 (100.0 %)"))
                .body(containsString("id=\"misuse-contest-link\""));
        owner.getInChinese(trustPage).then().statusCode(200)
                .body(containsString("滥用措施记录")).body(containsString("已提议暂停")).body(containsString("警告"));

        // A statement too short is refused with what was typed kept; a real one is recorded.
        Response form = owner.get("/complaints/brands/" + brand.id() + "/misuse/contest");
        form.then().statusCode(200).body(containsString("Suspension proposed"));
        owner.post("/complaints/brands/" + brand.id() + "/misuse/contests", form, Map.of("statement", "too short"))
                .then().statusCode(400).body(containsString("The statement must be 10 to 5,000 characters"))
                .body(containsString(">too short</textarea>"));
        String statement = "Our agent filed these from an outdated list of authorised resellers; it is corrected now.";
        owner.post("/complaints/brands/" + brand.id() + "/misuse/contests", form, Map.of("statement", statement,
                "idempotencyKey", "portal-contest-1")).then().statusCode(303)
                .header("Location", containsString(trustPage + "?notice=contested"));
        owner.get(trustPage + "?notice=contested").then().statusCode(200)
                .body(containsString("Your statement was recorded."))
                .body(containsString("Contested by the brand"))
                .body(containsString(statement));

        BrowserSession reviewer = BrowserSession.signIn(PeerServices.portal(), "reviewer");
        reviewer.get("/review/misuse").then().statusCode(200).body(containsString("Proposed suspensions of filing"));
        Response page = reviewer.get("/review/misuse/" + review);
        page.then().statusCode(200).body(containsString(statement)).body(containsString("Waiting for a decision"));
        reviewer.post("/review/misuse/" + review + "/decision", page, Map.of("decision", "CONFIRM",
                "reasonCode", "FREQUENT_UNFOUNDED_NOTICES_CONFIRMED")).then().statusCode(400)
                .body(containsString("reason"));
        reviewer.post("/review/misuse/" + review + "/decision", page, Map.of("decision", "CONFIRM",
                "reasonCode", "FREQUENT_UNFOUNDED_NOTICES_CONFIRMED", "reason", "The statement does not explain 3 of 3."))
                .then().statusCode(303);
        reviewer.get("/review/misuse/" + review + "?notice=decided").then().statusCode(200)
                .body(containsString("Confirmed")).body(containsString("Suspended from"));
        owner.get("/complaints/brands/" + brand.id()).then().statusCode(200);

        // Filing in the portal is refused with a readable page, in the reader's language, keeping the form.
        Response fileForm = owner.get("/complaints/brands/" + brand.id() + "/new");
        List<Long> listing = listings(merchant, 1);
        Map<String, Object> fields = Map.of("rightId", brand.rightId(), "infringementType", "COUNTERFEIT",
                "otherListings", String.valueOf(listing.get(0)), "explanation", Markguard.EXPLANATION,
                "goodFaith", "on", "accurate", "on");
        owner.post("/complaints/brands/" + brand.id(), fileForm, fields).then().statusCode(403)
                .body(containsString("Filing for this brand is suspended by a reviewer&#39;s decision"))
                .body(containsString("id=\"filing-suspended-trust\""))
                .body(containsString(Markguard.EXPLANATION))
                .body(not(containsString("could not be processed")));
        owner.get(trustPage).then().body(containsString("Suspension confirmed"))
                .body(containsString("A reviewer confirmed frequent manifestly unfounded notices"));
        body(mail(name, "is suspended until", 1));
    }

    /**
     * What complaint-service told of the brand's one event of this kind: two notifications under one key, one to the
     * brand's members who may file, one to the owner who filed the notice, with the brand's trust page as the link.
     * Answers the first.
     */
    private JsonNode toldTheBrand(Markguard.Brand brand, String kind) {
        List<JsonNode> told = notifications(brand, kind);
        assertEquals(2, told.size(), kind + ": " + told);
        assertEquals(told.get(0).path("key").asText(), told.get(1).path("key").asText(), "one key for both recipients");
        assertTrue(told.get(0).path("key").asText().startsWith("misuse-event-"), told.toString());
        JsonNode members = told.stream().filter(n -> n.path("to").path("brandId").asLong() == brand.id()).findFirst()
                .orElseThrow(() -> new AssertionError("no notification to the brand's members: " + told));
        assertEquals("FILE", members.path("to").path("action").asText());
        JsonNode filer = told.stream().filter(n -> OWNER_SUBJECT.equals(n.path("to").path("subject").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no notification to the filer: " + told));
        assertEquals(OWNER_MAIL, filer.path("to").path("email").asText());
        for (JsonNode n : told) {
            assertEquals("/complaints/brands/" + brand.id() + "/trust", n.path("link").asText());
            assertEquals(told.get(0).path("params"), n.path("params"));
        }
        return told.get(0);
    }

    private List<JsonNode> notifications(Markguard.Brand brand, String kind) {
        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT payload FROM outbox_message WHERE destination = 'notification'
                   AND idempotency_key LIKE 'notification-misuse-event-%'
                   AND CAST(payload AS jsonb) ->> 'kind' = ?1 AND CAST(payload AS jsonb) -> 'params' ->> 'brandId' = ?2
                 ORDER BY id""", String.class).setParameter(1, kind).setParameter(2, String.valueOf(brand.id()))
                .getResultList());
        ObjectMapper json = new ObjectMapper();
        return payloads.stream().map(p -> {
            try {
                return json.readTree(p);
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    /**
     * The owner's mail whose subject says {@code what}, once both notifications of the event reached the portal:
     * the portal files one entry per person and key, so the owner, a member and the filer both, has one mail.
     */
    private MimeMessage mailedOnce(String brandName, String what, Markguard.Brand brand, String kind) {
        Markguard.await(kind + " handed to the portal", Duration.ofSeconds(45), () -> QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM outbox_message WHERE destination = 'notification' AND status = 'DELIVERED'
                           AND idempotency_key LIKE 'notification-misuse-event-%'
                           AND CAST(payload AS jsonb) ->> 'kind' = ?1 AND CAST(payload AS jsonb) -> 'params' ->> 'brandId' = ?2""")
                        .setParameter(1, kind).setParameter(2, String.valueOf(brand.id())).getSingleResult()).intValue() == 2));
        MimeMessage mailed = mail(brandName, what, 1);
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(1, mails(brandName, what).size(), "the owner is mailed once: " + what);
        return mailed;
    }

    private String confirmedUntil(long review) {
        return as("reviewer").get("/api/review/misuse/" + review).then().statusCode(200).extract().path("suspendedUntil");
    }

    private static List<Integer> items(Markguard.Brand brand, long merchant, int count) {
        return file(OWNER, notice(brand, listings(merchant, count))).then().statusCode(201).extract().jsonPath()
                .getList("items.id");
    }

    private static JsonPath trust(Markguard.Brand brand) {
        return as(OWNER).get("/api/brands/" + brand.id() + "/trust-score").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> kinds(Markguard.Brand brand) {
        return Markguard.allPages(() -> as(OWNER), "/api/brands/" + brand.id() + "/misuse/events", 2).stream()
                .map(row -> (String) row.get("kind")).toList();
    }

    private static List<Long> queue() {
        return Markguard.allPages(() -> as("reviewer"), "/api/review/misuse", 200).stream()
                .map(row -> ((Number) row.get("id")).longValue()).toList();
    }

    private static Response misuseDecision(long review, String decision, String code) {
        return as("reviewer").contentType(ContentType.JSON)
                .body(Map.of("decision", decision, "reasonCode", code, "reason", "Reviewed the record and the brand's statement."))
                .post("/api/review/misuse/" + review + "/decision");
    }

    /** The brand's mails about this brand whose subject says {@code what}, as the SMTP server received them. */
    private static List<MimeMessage> mails(String brandName, String what) {
        return Arrays.stream(PeerServices.mail().getReceivedMessages()).filter(m -> {
            String subject = subject(m);
            return subject.contains(brandName) && subject.contains(what) && to(m).contains(OWNER_MAIL);
        }).toList();
    }

    /** Waits for the count of such mails to reach {@code count} and answers the last. */
    private static MimeMessage mail(String brandName, String what, int count) {
        // Two outboxes (complaint-service's to the portal, the portal's to SMTP) and a retry in each fit in this.
        Markguard.await("mail '" + what + "' about " + brandName, Duration.ofSeconds(90),
                () -> mails(brandName, what).size() >= count);
        List<MimeMessage> found = mails(brandName, what);
        return found.get(found.size() - 1);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String to(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients()).toLowerCase();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            Object content = m.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                return String.valueOf(multipart.getBodyPart(0).getContent());
            }
            return String.valueOf(content);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
