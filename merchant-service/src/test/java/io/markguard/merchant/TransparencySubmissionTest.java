package io.markguard.merchant;

import static io.markguard.merchant.Fixtures.send;
import static io.markguard.merchant.Fixtures.takedown;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.eutdb.TransparencyDatabase;
import io.markguard.eutdb.TransparencyDatabaseServer;
import io.markguard.merchant.client.TransparencyDatabaseClient;
import io.markguard.merchant.service.MerchantMetrics;
import io.markguard.merchant.service.PenaltyLedger;
import io.markguard.merchant.service.TransparencyExport;
import io.markguard.merchant.service.TransparencySender;
import io.markguard.merchant.service.TransparencySubmissions;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Statements of reasons reach the EU Transparency Database once each: against the local database of infra/eu-tdb,
 * which answers as the real one does.
 */
@QuarkusTest
class TransparencySubmissionTest {

    private static final String STATEMENTS = "/api/v1/statements";

    @Inject
    Fixtures fixtures;

    @Inject
    TransparencySender sender;

    @Inject
    TransparencySubmissions submissions;

    @Inject
    TransparencyExport export;

    @Inject
    TransparencyDatabaseClient client;

    @Inject
    PenaltyLedger ledger;

    @Inject
    MerchantMetrics metrics;

    private TransparencyDatabaseServer database;

    @BeforeEach
    void emptyLedger() {
        fixtures.reset();
        database = EuTransparencyDatabaseResource.server();
        database.forgetCalls();
        database.failNext(0, 503);
    }

    @Test
    void everyStatementIsSubmittedOnceInBatchesOfAtMost100() {
        // The whole ladder on one merchant and 100 removals on another: more than one batch.
        long ladderShop = fixtures.merchant("tdb-ladder-shop");
        for (long listing : Fixtures.listings(ladderShop, 4)) {
            send(takedown(listing, "brand-acme", fixtures.clock().instant())).then().statusCode(201);
        }
        long bulkShop = fixtures.merchant("tdb-bulk-shop");
        for (long listing : Fixtures.listings(bulkShop, 100)) {
            Map<String, Object> command = takedown(listing, "brand-bulk", fixtures.clock().instant());
            command.put("severity", "LOW");
            send(command).then().statusCode(201);
        }
        Map<Long, String> puids = puidsBySanction();
        assertTrue(puids.size() > 100, "sanctions: " + puids.size());
        summary().body("counts.QUEUED", equalTo(puids.size())).body("total", equalTo(puids.size()))
                .body("sending", equalTo(true));

        TransparencySender.Run run = sender.run();
        assertEquals(puids.size(), run.submitted());
        List<TransparencyDatabaseServer.Call> posts = posts();
        assertEquals(2, posts.size());
        posts.forEach(call -> {
            assertTrue(call.statements() <= 100, "batch of " + call.statements());
            assertEquals(201, call.status());
        });
        assertEquals(puids.size(), posts.stream().mapToInt(TransparencyDatabaseServer.Call::statements).sum());

        // The database has each statement once, with the ledger's uuid for it.
        Map<String, String> uuidByPuid = new HashMap<>();
        platformStatements().forEach(s -> uuidByPuid.put((String) s.get("puid"), (String) s.get("uuid")));
        assertEquals(Set.copyOf(puids.values()), uuidByPuid.keySet());
        QuarkusTransaction.requiringNew().run(() -> TransparencySubmission.<TransparencySubmission>listAll()
                .forEach(row -> {
                    assertEquals(SubmissionState.SUBMITTED, row.state, row.puid);
                    assertEquals(uuidByPuid.get(row.puid), row.tdbUuid, row.puid);
                    assertEquals(1, row.attempts);
                }));
        // The ladder's statements went too, all but its warning's.
        assertTrue(platformStatements().stream().anyMatch(s -> "DECISION_ACCOUNT_SUSPENDED".equals(s.get("decision_account"))));
        String warning = QuarkusTransaction.requiringNew().call(() -> Sanction.<Sanction>find("merchant.id = ?1 and measure = ?2",
                ladderShop, SanctionMeasure.WARNING).firstResult().puid);
        assertTrue(!database.database().hasPuid(platform(), warning), "the warning is not in the database");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> TransparencySubmission.count("puid", warning)));

        // A second run finds nothing to send.
        database.forgetCalls();
        assertEquals(0, sender.run().batches());
        assertTrue(database.calls().isEmpty());
        summary().body("counts.SUBMITTED", equalTo(puids.size())).body("counts.QUEUED", equalTo(0))
                .body("total", equalTo(puids.size()));

        // Operators page through the ledger, latest sanction first, every row once.
        Set<String> listed = new HashSet<>();
        String cursor = null;
        long previous = Long.MAX_VALUE;
        do {
            var request = given().auth().oauth2(TestKeycloak.userToken("admin")).queryParam("state", "SUBMITTED")
                    .queryParam("limit", 40);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/transparency-database/submissions").then().statusCode(200).extract()
                    .jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                long sanctionId = ((Number) item.get("sanctionId")).longValue();
                assertTrue(sanctionId < previous);
                previous = sanctionId;
                assertTrue(listed.add((String) item.get("puid")));
                assertEquals(uuidByPuid.get(item.get("puid")), item.get("tdbUuid"));
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(Set.copyOf(puids.values()), listed);
        given().auth().oauth2(TestKeycloak.userToken("admin")).queryParam("state", "QUEUED")
                .get("/api/transparency-database/submissions").then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(TestKeycloak.userToken("admin")).queryParam("state", "LOST")
                .get("/api/transparency-database/submissions").then().statusCode(400)
                .body("violations[0].field", equalTo("state"));
        given().auth().oauth2(TestKeycloak.userToken("reviewer")).get("/api/transparency-database/summary").then()
                .statusCode(403);
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).get("/api/transparency-database/submissions")
                .then().statusCode(403);
    }

    @Test
    void aRefusedBatchRecordsEachStatementsErrorsAndSendsTheOthers() {
        List<Long> listings = Fixtures.listings(fixtures.merchant("tdb-refused-shop"), 3);
        for (long listing : listings) {
            Map<String, Object> command = takedown(listing, "brand-acme", fixtures.clock().instant());
            command.put("severity", "LOW");
            send(command).then().statusCode(201);
        }
        // The database takes no content before 2000: the second listing's statement breaks its rules.
        QuarkusTransaction.requiringNew().run(() -> Listing.getEntityManager()
                .createNativeQuery("UPDATE listing SET listed_at = TIMESTAMP WITH TIME ZONE '1999-12-31 12:00:00Z'"
                        + " WHERE id = ?1").setParameter(1, listings.get(1)).executeUpdate());
        String broken = puidOfListing(listings.get(1));

        TransparencySender.Run run = sender.run();
        assertEquals(2, run.submitted());
        assertEquals(1, run.refused());
        // The batch of three was refused whole; the two good statements went again, without the broken one.
        assertEquals(List.of(3, 2), posts().stream().map(TransparencyDatabaseServer.Call::statements).toList());
        assertEquals(List.of(422, 201), posts().stream().map(TransparencyDatabaseServer.Call::status).toList());
        assertEquals(2, platformStatements().size());

        given().auth().oauth2(TestKeycloak.userToken("admin")).queryParam("state", "REFUSED")
                .get("/api/transparency-database/submissions").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].puid", equalTo(broken))
                .body("items[0].errors.content_date[0]",
                        equalTo("The content date field must be a date after or equal to 2000-01-01."));
        summary().body("counts.SUBMITTED", equalTo(2)).body("counts.REFUSED", equalTo(1)).body("total", equalTo(3));
        // Operators are alerted from the gauges, read from the same counts.
        metrics.refresh();
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("markguard_eu_tdb_statements{state=\"REFUSED\"} 1.0"))
                .body(containsString("markguard_eu_tdb_statements{state=\"SUBMITTED\"} 2.0"));

        // Fixed, queued again by an operator, and submitted.
        QuarkusTransaction.requiringNew().run(() -> Listing.getEntityManager()
                .createNativeQuery("UPDATE listing SET listed_at = TIMESTAMP WITH TIME ZONE '2026-01-05 12:00:00Z'"
                        + " WHERE id = ?1").setParameter(1, listings.get(1)).executeUpdate());
        given().auth().oauth2(TestKeycloak.userToken("admin"))
                .post("/api/transparency-database/submissions/" + broken + "/requeue").then().statusCode(200)
                .body("state", equalTo("QUEUED"));
        summary().body("counts.QUEUED", equalTo(1)).body("counts.REFUSED", equalTo(0));
        assertEquals(1, sender.run().submitted());
        assertTrue(database.database().hasPuid(platform(), broken));
        summary().body("counts.SUBMITTED", equalTo(3)).body("total", equalTo(3));
        given().auth().oauth2(TestKeycloak.userToken("admin"))
                .post("/api/transparency-database/submissions/" + broken + "/requeue").then().statusCode(409)
                .body("violations[0].field", equalTo("state"));
        given().auth().oauth2(TestKeycloak.userToken("admin"))
                .post("/api/transparency-database/submissions/markguard-sor-unknown/requeue").then().statusCode(404);
        given().auth().oauth2(TestKeycloak.userToken("reviewer"))
                .post("/api/transparency-database/submissions/" + broken + "/requeue").then().statusCode(403);
    }

    @Test
    void aSenderStoppedMidBatchIsResumedWithoutSendingAnyPuidTwice() throws Exception {
        List<Long> listings = Fixtures.listings(fixtures.merchant("tdb-restart-shop"), 3);
        for (long listing : listings) {
            Map<String, Object> command = takedown(listing, "brand-acme", fixtures.clock().instant());
            command.put("severity", "LOW");
            send(command).then().statusCode(201);
        }
        // A replica claims two statements and sends them, then stops before it writes what the database answered.
        List<TransparencySubmissions.Claimed> sent = submissions.claim(UUID.randomUUID(), 2);
        assertEquals(2, sent.size());
        var reply = client.storeAll(new ArrayList<>(export.statements(
                sent.stream().map(TransparencySubmissions.Claimed::sanctionId).toList()).values()));
        assertEquals(201, reply.status());
        // Another claims the third and stops before sending it.
        List<TransparencySubmissions.Claimed> unsent = submissions.claim(UUID.randomUUID(), 100);
        assertEquals(1, unsent.size());

        // While the leases last, no sender takes the rows.
        database.forgetCalls();
        assertEquals(0, sender.run().batches());
        summary().body("counts.QUEUED", equalTo(3));

        fixtures.clock().advance(Duration.ofMinutes(3));
        TransparencySender.Run run = sender.run();
        assertEquals(3, run.submitted());
        // Each puid was looked up; only the one never sent went in a batch.
        List<TransparencyDatabaseServer.Call> calls = database.calls();
        assertEquals(3, calls.stream().filter(c -> c.path().startsWith("/api/v1/statement/existing-puid/")).count());
        assertEquals(List.of(1), posts().stream().map(TransparencyDatabaseServer.Call::statements).toList());
        assertEquals(3, platformStatements().size());
        assertTrue(database.calls().stream()
                .filter(c -> c.path().equals("/api/v1/statement/existing-puid/" + unsent.get(0).puid()))
                .allMatch(c -> c.status() == 404));
        QuarkusTransaction.requiringNew().run(() -> {
            for (TransparencySubmissions.Claimed claimed : sent) {
                TransparencySubmission row = TransparencySubmission.findById(claimed.sanctionId());
                assertEquals(SubmissionState.SUBMITTED, row.state);
                // Found by puid: the database's lookup does not give its uuid.
                assertNull(row.tdbUuid);
            }
            TransparencySubmission resumed = TransparencySubmission.findById(unsent.get(0).sanctionId());
            assertEquals(SubmissionState.SUBMITTED, resumed.state);
            assertNotNull(resumed.tdbUuid);
            assertEquals(2, resumed.attempts);
        });
        summary().body("counts.SUBMITTED", equalTo(3)).body("counts.QUEUED", equalTo(0));
    }

    @Test
    void aStatementTheDatabaseAlreadyHasIsMarkedSubmittedAndTheRestOfItsBatchIsSent() throws Exception {
        List<Long> listings = Fixtures.listings(fixtures.merchant("tdb-existing-shop"), 3);
        for (long listing : listings) {
            Map<String, Object> command = takedown(listing, "brand-acme", fixtures.clock().instant());
            command.put("severity", "LOW");
            send(command).then().statusCode(201);
        }
        // One statement reached the database by another way (the export, sent by hand) while its row waits.
        long first = puidsBySanction().keySet().stream().min(Long::compare).orElseThrow();
        assertEquals(201, client.storeAll(List.copyOf(export.statements(List.of(first)).values())).status());
        database.forgetCalls();

        TransparencySender.Run run = sender.run();
        assertEquals(3, run.submitted());
        // The database refused the batch for that puid; the other two went again without it.
        assertEquals(List.of(3, 2), posts().stream().map(TransparencyDatabaseServer.Call::statements).toList());
        assertEquals(List.of(422, 201), posts().stream().map(TransparencyDatabaseServer.Call::status).toList());
        assertEquals(3, platformStatements().size());
        summary().body("counts.SUBMITTED", equalTo(3)).body("counts.REFUSED", equalTo(0));
    }

    @Test
    void anOutageRetriesAfterTheBackoffAndLooksThePuidsUpFirst() {
        long listing = Fixtures.listings(fixtures.merchant("tdb-outage-shop"), 1).get(0);
        Map<String, Object> command = takedown(listing, "brand-acme", fixtures.clock().instant());
        command.put("severity", "LOW");
        send(command).then().statusCode(201);
        String puid = puidsBySanction().values().iterator().next();

        database.failNext(1, 503);
        TransparencySender.Run run = sender.run();
        assertEquals(1, run.again());
        given().auth().oauth2(TestKeycloak.userToken("admin")).get("/api/transparency-database/submissions").then()
                .statusCode(200)
                .body("items[0].state", equalTo("RETRYING"))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].lastFailure", equalTo("503 Server Error"))
                .body("items[0].nextAttemptAt", equalTo(fixtures.clock().instant().plusSeconds(30).toString()));
        summary().body("counts.RETRYING", equalTo(1));

        // Not due before its wait is over.
        assertEquals(0, sender.run().batches());
        fixtures.clock().advance(Duration.ofSeconds(31));
        database.forgetCalls();
        assertEquals(1, sender.run().submitted());
        assertEquals(List.of("/api/v1/statement/existing-puid/" + puid, STATEMENTS),
                database.calls().stream().map(TransparencyDatabaseServer.Call::path).toList());
        summary().body("counts.SUBMITTED", equalTo(1)).body("counts.RETRYING", equalTo(0));
    }

    @Test
    void aSanctionReversedBeforeSubmissionIsWithdrawnAndNeverSent() {
        List<Long> listings = Fixtures.listings(fixtures.merchant("tdb-reversed-shop"), 2);
        List<String> items = new ArrayList<>();
        for (long listing : listings) {
            Map<String, Object> command = takedown(listing, "brand-acme", fixtures.clock().instant());
            command.put("severity", "LOW");
            items.add((String) command.get("complaintItemId"));
            send(command).then().statusCode(201);
        }
        String withdrawn = puidOfListing(listings.get(0));
        ledger.retract(items.get(0), "Licensed reseller after all.");
        summary().body("counts.WITHDRAWN", equalTo(1)).body("counts.QUEUED", equalTo(1));

        assertEquals(1, sender.run().submitted());
        assertEquals(List.of(1), posts().stream().map(TransparencyDatabaseServer.Call::statements).toList());
        assertTrue(!database.database().hasPuid(platform(), withdrawn));
        given().auth().oauth2(TestKeycloak.userToken("admin")).queryParam("state", "WITHDRAWN")
                .get("/api/transparency-database/submissions").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].puid", equalTo(withdrawn));

        // A statement the database has already stays submitted when its sanction is reversed later (the database
        // changes none); the ledger shows the reversal beside it.
        String submitted = puidOfListing(listings.get(1));
        given().auth().oauth2(TestKeycloak.userToken("admin")).queryParam("state", "SUBMITTED")
                .get("/api/transparency-database/submissions").then().statusCode(200)
                .body("items[0].puid", equalTo(submitted)).body("items[0].reversedAt", nullValue());
        ledger.retract(items.get(1), "Licensed reseller after all.");
        summary().body("counts.SUBMITTED", equalTo(1)).body("counts.WITHDRAWN", equalTo(1)).body("total", equalTo(2));
        given().auth().oauth2(TestKeycloak.userToken("admin")).queryParam("state", "SUBMITTED")
                .get("/api/transparency-database/submissions").then().statusCode(200)
                .body("items[0].puid", equalTo(submitted)).body("items[0].reversedAt", notNullValue());
        assertTrue(database.database().hasPuid(platform(), submitted));
    }

    private io.restassured.response.ValidatableResponse summary() {
        return given().auth().oauth2(TestKeycloak.userToken("admin")).get("/api/transparency-database/summary").then()
                .statusCode(200);
    }

    private List<TransparencyDatabaseServer.Call> posts() {
        return database.calls().stream().filter(c -> c.path().equals(STATEMENTS)).toList();
    }

    private TransparencyDatabase.Platform platform() {
        return database.platform(EuTransparencyDatabaseResource.TOKEN);
    }

    /** What the database holds of this test's statements (puids are new in every test). */
    private List<Map<String, Object>> platformStatements() {
        Set<String> ours = Set.copyOf(puidsBySanction().values());
        return database.database().statements(platform()).stream().filter(s -> ours.contains(s.get("puid"))).toList();
    }

    private static Map<Long, String> puidsBySanction() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, String> puids = new HashMap<>();
            // A warning restricts nothing: it is no decision the database takes, so the ledger has no row for it.
            Sanction.<Sanction>list("measure <> ?1", SanctionMeasure.WARNING).forEach(s -> puids.put(s.id, s.puid));
            return puids;
        });
    }

    private static String puidOfListing(long listingId) {
        return QuarkusTransaction.requiringNew().call(() -> Sanction.<Sanction>find("violation.listing.id", listingId)
                .firstResult().puid);
    }
}
