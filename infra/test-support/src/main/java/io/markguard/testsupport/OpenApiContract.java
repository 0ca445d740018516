package io.markguard.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a service's OpenAPI document must say of every operation, for a vendor to generate a client from it and read
 * it: an id, a summary in words (not the Java method's name), the bearer scheme on every operation but the public
 * ones, and its error answers as problem bodies with an example (429 for all, 401 and 403 for a secured one, 404 for
 * one that names a record in its path).
 */
public final class OpenApiContract {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    private OpenApiContract() {
    }

    /** The running service's document, read as a client reads it. */
    public static JsonPath document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    /** What the document lacks, an entry per operation and want; {@code isPublic} names the paths without a token. */
    @SuppressWarnings("unchecked")
    public static List<String> wanting(JsonPath doc, Predicate<String> isPublic) {
        List<String> wanting = new ArrayList<>();
        if (!"http".equals(doc.getString("components.securitySchemes.bearer.type"))) {
            wanting.add("no bearer security scheme");
        }
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                Map<String, Object> operation = op.getValue();
                String summary = (String) operation.get("summary");
                if (operation.get("operationId") == null || summary == null || summary.split(" ").length < 4) {
                    wanting.add(name + ": no id or no summary in words (" + summary + ")");
                }
                boolean open = isPublic.test(path.getKey());
                if (!open && operation.get("security") == null) {
                    wanting.add(name + ": no security scheme");
                }
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                List<String> errors = new ArrayList<>(List.of("429"));
                if (!open) {
                    errors.addAll(List.of("401", "403"));
                }
                if (path.getKey().contains("{")) {
                    errors.add("404");
                }
                for (String status : errors) {
                    Map<String, Object> answer = responses == null ? null : responses.get(status);
                    Map<String, Object> content = answer == null ? null : (Map<String, Object>) answer.get("content");
                    Map<String, Object> problem = content == null ? null : (Map<String, Object>) content.get("application/problem+json");
                    if (problem == null || problem.get("examples") == null) {
                        wanting.add(name + ": no problem body with an example for " + status);
                    }
                }
            }
        }
        return wanting;
    }

    /** How many operations the document describes. */
    @SuppressWarnings("unchecked")
    public static int operations(JsonPath doc) {
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        return (int) paths.values().stream().flatMap(p -> p.keySet().stream()).filter(METHODS::contains).count();
    }
}
