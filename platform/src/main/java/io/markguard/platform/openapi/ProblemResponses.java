package io.markguard.platform.openapi;

import io.markguard.platform.problem.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The error answers every service gives, written into its OpenAPI document for each operation that can give them,
 * each an {@code application/problem+json} {@link Problem} with an example: 400 for an operation with a body or
 * parameters (a field at fault, named in {@code violations}), 401 and 403 for a secured one, 404 for one that names
 * a record in its path, 429 (rate limits) for all. An operation's own description of an answer is kept; only a
 * missing one, or one without a body, is filled in. Named by each service's {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        ensureProblemSchema(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                describe(path, method, operation)));
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            problem(responses, "400", "A field is missing or malformed; violations[] names each one and nothing was changed",
                    "INVALID", "The request has invalid fields.", List.of(Map.of("field", "limit", "message",
                            "must be a whole number from 1 to 200")));
        }
        if (secured) {
            problem(responses, "401", "No bearer token, or one that is expired or not for this service", "UNAUTHENTICATED",
                    "Sign in again: the bearer token is missing, expired or not for this service.", List.of());
            problem(responses, "403", "Signed in, but not allowed this (violations[].field names what fails: a brand, right or action)",
                    "FORBIDDEN", "Your membership of brand 7 does not include FILE.", List.of(Map.of("field", "action",
                            "message", "Your membership of brand 7 does not include FILE.")));
        }
        if (path.contains("{")) {
            problem(responses, "404", "No such record, or none the caller may see", "NOT_FOUND", "No such complaint.", List.of());
        }
        problem(responses, "429", "Too many requests of this kind now; wait the Retry-After header's seconds", "TOO_MANY_REQUESTS",
                "Too many requests; try again in 3 seconds.", List.of());
    }

    private static void problem(APIResponses responses, String status, String description, String code, String detail,
            List<Map<String, String>> violations) {
        APIResponse response = responses.getAPIResponse(status);
        org.eclipse.microprofile.openapi.models.media.MediaType declared = response == null || response.getContent() == null
                || response.getContent().getMediaTypes() == null ? null
                        : response.getContent().getMediaTypes().get(Problem.MEDIA_TYPE);
        if (declared != null && declared.getExamples() != null && !declared.getExamples().isEmpty()) {
            return;
        }
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        } else if (response.getDescription() == null || response.getDescription().isBlank()
                || response.getDescription().equals("Not Authorized") || response.getDescription().equals("Not Allowed")) {
            response.setDescription(description);
        }
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("title", title(status));
        example.put("status", Integer.parseInt(status));
        example.put("detail", detail);
        example.put("code", code);
        if (!violations.isEmpty()) {
            example.put("violations", violations);
        }
        Example shown = OASFactory.createExample().summary(title(status)).value(example);
        if (declared != null) {
            // The operation's own description and schema stand; only the example is added.
            declared.addExample(code.toLowerCase(), shown);
            return;
        }
        Content content = response.getContent() == null ? OASFactory.createContent() : response.getContent();
        content.addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF)).addExample(code.toLowerCase(), shown));
        response.setContent(content);
    }

    private static String title(String status) {
        return switch (status) {
            case "400" -> "Bad Request";
            case "401" -> "Unauthorized";
            case "403" -> "Forbidden";
            case "404" -> "Not Found";
            case "429" -> "Too Many Requests";
            default -> "Error";
        };
    }

    /** The Problem schema, written here when no operation's annotation brought it in. */
    private static void ensureProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas != null && schemas.containsKey("Problem")) {
            return;
        }
        Schema violation = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem detail; code is stable, violations name each field at fault")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("code", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(violation)));
    }
}
