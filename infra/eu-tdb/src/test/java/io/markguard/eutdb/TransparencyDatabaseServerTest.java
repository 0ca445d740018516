package io.markguard.eutdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransparencyDatabaseServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TransparencyDatabaseServer server;

    @BeforeEach
    void start() throws IOException {
        server = TransparencyDatabaseServer.start("127.0.0.1", 0,
                Map.of("token-market", "Market", "token-other", "Other platform"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aBatchIsStoredWholeAndEachPuidCanBeLookedUp() throws Exception {
        List<Map<String, Object>> batch = List.of(statement("sor-1"), statement("sor-2"), statement("sor-3"));
        Reply reply = post("/api/v1/statements", "token-market", Map.of("statements", batch));
        assertEquals(201, reply.status(), reply.text());
        List<Map<String, Object>> stored = reply.list("statements");
        assertEquals(List.of("sor-1", "sor-2", "sor-3"), stored.stream().map(s -> s.get("puid")).toList());
        stored.forEach(s -> assertNotNull(s.get("uuid")));
        assertEquals("Market", stored.get(0).get("platform_name"));
        // The incompatible-content fields of an illegal-content decision are not part of the statement.
        assertFalse(stored.get(0).containsKey("incompatible_content_ground"));

        Reply found = get("/api/v1/statement/existing-puid/sor-2", "token-market");
        assertEquals(302, found.status());
        assertEquals("statement of reason found", found.map().get("message"));
        assertEquals(404, get("/api/v1/statement/existing-puid/sor-9", "token-market").status());
        // Puids belong to a platform: another platform has none of them.
        assertEquals(404, get("/api/v1/statement/existing-puid/sor-2", "token-other").status());

        Reply one = get("/api/v1/statement/" + stored.get(1).get("uuid"), "token-market");
        assertEquals(200, one.status());
        assertEquals("sor-2", one.map().get("puid"));
    }

    @Test
    void oneBadStatementRefusesTheWholeBatchNamingEachByItsIndex() throws Exception {
        Map<String, Object> noFacts = statement("sor-b");
        noFacts.remove("decision_facts");
        Map<String, Object> badGround = statement("sor-c");
        badGround.put("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT");
        badGround.remove("incompatible_content_ground");
        badGround.put("automated_decision", "Yes");
        Reply reply = post("/api/v1/statements", "token-market",
                Map.of("statements", List.of(statement("sor-a"), noFacts, badGround)));
        assertEquals(422, reply.status(), reply.text());
        Map<String, Object> errors = reply.map("errors");
        assertEquals(List.of("statement_1", "statement_2"), List.copyOf(errors.keySet()));
        assertEquals(List.of("The decision facts field is required."), field(errors, "statement_1", "decision_facts"));
        assertEquals(List.of("The selected automated decision is invalid."),
                field(errors, "statement_2", "automated_decision"));
        assertEquals(List.of("The incompatible content ground field is required when decision ground is incompatible"
                + " content."), field(errors, "statement_2", "incompatible_content_ground"));
        assertEquals(404, get("/api/v1/statement/existing-puid/sor-a", "token-market").status(),
                "nothing of a refused batch is stored");
    }

    @Test
    void aPuidIsTakenForEverWithinItsPlatform() throws Exception {
        assertEquals(201, post("/api/v1/statement", "token-market", statement("sor-x")).status());
        Reply single = post("/api/v1/statement", "token-market", statement("sor-x"));
        assertEquals(422, single.status());
        assertEquals("The identifier given is not unique within this platform.", single.map().get("message"));
        assertEquals("sor-x", single.map("existing").get("puid"));

        Reply batch = post("/api/v1/statements", "token-market",
                Map.of("statements", List.of(statement("sor-y"), statement("sor-x"))));
        assertEquals(422, batch.status());
        assertEquals(List.of("sor-x"), batch.map("errors").get("existing_puids"));
        assertEquals(404, get("/api/v1/statement/existing-puid/sor-y", "token-market").status());

        Reply repeated = post("/api/v1/statements", "token-market",
                Map.of("statements", List.of(statement("sor-z"), statement("sor-z"))));
        assertEquals(List.of("sor-z"), repeated.map("errors").get("existing_puids"));

        assertEquals(201, post("/api/v1/statement", "token-other", statement("sor-x")).status(),
                "another platform's puids are its own");
    }

    @Test
    void aBatchHoldsOneToAHundredStatements() throws Exception {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(statement("sor-" + i));
        }
        Reply tooMany = post("/api/v1/statements", "token-market", Map.of("statements", many));
        assertEquals(422, tooMany.status());
        assertEquals(List.of("The statements field must have between 1 and 100 items."),
                tooMany.map("errors").get("statements"));
        Reply none = post("/api/v1/statements", "token-market", Map.of("statements", List.of()));
        assertEquals(List.of("The statements field is required."), none.map("errors").get("statements"));
        assertEquals(201, post("/api/v1/statements", "token-market", Map.of("statements", many.subList(0, 100)))
                .status());
        assertEquals(100, server.database().statements(server.platform("token-market")).size());
    }

    @Test
    void everyCallNeedsAPlatformsToken() throws Exception {
        Reply none = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/statement/existing-puid/a"))
                .GET().build());
        assertEquals(401, none.status());
        assertEquals("Unauthenticated.", none.map().get("message"));
        assertEquals(401, post("/api/v1/statements", "not-a-token",
                Map.of("statements", List.of(statement("sor-1")))).status());
        assertTrue(server.database().statements(server.platform("token-market")).isEmpty());
    }

    @Test
    void aServerRestartedOnItsFileStillRefusesItsPuids(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("statements.jsonl");
        server.close();
        server = TransparencyDatabaseServer.start("127.0.0.1", 0, Map.of("token-market", "Market"), data);
        assertEquals(201, post("/api/v1/statement", "token-market", statement("sor-kept")).status());
        server.close();
        server = TransparencyDatabaseServer.start("127.0.0.1", 0, Map.of("token-market", "Market"), data);
        assertEquals(302, get("/api/v1/statement/existing-puid/sor-kept", "token-market").status());
        assertEquals(422, post("/api/v1/statement", "token-market", statement("sor-kept")).status());
        assertEquals(1, Files.readAllLines(data).size());
    }

    @Test
    void aFailureAnsweredOnPurposeStoresNothing() throws Exception {
        server.failNext(1, 503);
        assertEquals(503, post("/api/v1/statements", "token-market",
                Map.of("statements", List.of(statement("sor-1")))).status());
        assertEquals(404, get("/api/v1/statement/existing-puid/sor-1", "token-market").status());
        assertEquals(List.of(503, 404), server.calls().stream().map(TransparencyDatabaseServer.Call::status).toList());
    }

    /** A statement of a listing removed on an Article 16 notice, as the database takes it. */
    static Map<String, Object> statement(String puid) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_REMOVED"));
        s.put("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT");
        s.put("illegal_content_legal_ground", "Trademark infringement");
        s.put("illegal_content_explanation", "Counterfeit shoes.");
        s.put("incompatible_content_ground", "not for this ground");
        s.put("category", "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS");
        s.put("category_specification", List.of("KEYWORD_TRADEMARK_INFRINGEMENT"));
        s.put("content_type", List.of("CONTENT_TYPE_PRODUCT"));
        s.put("territorial_scope", List.of("FR", "DE"));
        s.put("content_date", "2026-11-02");
        s.put("application_date", "2026-12-01");
        s.put("decision_facts", "The listing offered counterfeit shoes.");
        s.put("source_type", "SOURCE_ARTICLE_16");
        s.put("source_identity", "ACME");
        s.put("automated_detection", "No");
        s.put("automated_decision", "AUTOMATED_DECISION_NOT_AUTOMATED");
        s.put("account_type", "ACCOUNT_TYPE_BUSINESS");
        s.put("puid", puid);
        return s;
    }

    @SuppressWarnings("unchecked")
    private static List<String> field(Map<String, Object> errors, String statement, String field) {
        return (List<String>) ((Map<String, Object>) errors.get(statement)).get(field);
    }

    private record Reply(int status, String text) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) Json.parse(text);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map(String key) {
            return (Map<String, Object>) map().get(key);
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String key) {
            return (List<Map<String, Object>>) map().get(key);
        }
    }

    private Reply post(String path, String token, Object body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build());
    }

    private Reply get(String path, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build());
    }

    private static Reply send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }
}
