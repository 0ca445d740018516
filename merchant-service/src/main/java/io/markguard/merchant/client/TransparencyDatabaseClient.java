package io.markguard.merchant.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.merchant.config.TransparencyDatabaseConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The statements API of the EU DSA Transparency Database ({@code markguard.eu-tdb.url}, the platform's token as
 * {@code Authorization: Bearer}). Answers come back as status and JSON body, whatever the status: what a 422 means
 * for each statement is {@code TransparencySender}'s to read. No retries here: a failed send is retried from the
 * submission ledger, which outlives this process. A plain JDK client rather than a REST client interface: the
 * existing-puid lookup answers 302 with a body, which must be read, not followed.
 */
@ApplicationScoped
public class TransparencyDatabaseClient {

    /** A status and the body as JSON (a missing node when the body is not JSON). */
    public record Reply(int status, JsonNode body) {
    }

    @Inject
    TransparencyDatabaseConfig config;

    @Inject
    ObjectMapper json;

    private volatile HttpClient http;

    /** {@code POST /api/v1/statements} with {@code {"statements": [...]}}. */
    public Reply storeAll(List<Map<String, Object>> statements) throws IOException, InterruptedException {
        byte[] body = json.writeValueAsBytes(Map.of("statements", statements));
        return send(request("/api/v1/statements").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json").build());
    }

    /** {@code GET /api/v1/statement/existing-puid/{puid}}: 302 when the database has it, 404 when not. */
    public Reply existingPuid(String puid) throws IOException, InterruptedException {
        return send(request("/api/v1/statement/existing-puid/" + URLEncoder.encode(puid, StandardCharsets.UTF_8))
                .GET().build());
    }

    private HttpRequest.Builder request(String path) {
        String base = config.url().orElseThrow().replaceAll("/+$", "");
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(config.requestTimeout())
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + config.token().orElse(""));
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client().send(request, HttpResponse.BodyHandlers.ofByteArray());
        JsonNode body;
        try {
            body = response.body().length == 0 ? json.missingNode() : json.readTree(response.body());
        } catch (IOException notJson) {
            body = json.missingNode();
        }
        return new Reply(response.statusCode(), body == null ? json.missingNode() : body);
    }

    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
                client = http;
            }
        }
        return client;
    }
}
