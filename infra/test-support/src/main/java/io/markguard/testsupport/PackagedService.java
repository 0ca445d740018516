package io.markguard.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A Markguard service started from its packaged jar as a separate process, as tests that need a real peer run it. */
public final class PackagedService {

    private PackagedService() {
    }

    /** The service's runnable jar under the project root; a clear error when the module is not packaged yet. */
    public static Path jar(Path root, String service) throws IOException {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar.toAbsolutePath() + " is missing: package " + service
                    + " first (./mvnw package -pl " + service + ")");
        }
        return jar;
    }

    /** The command that runs a jar on the JVM running the tests. */
    public static List<String> javaCommand(Path jar) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m"));
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        return command;
    }

    /** The settings every service reads: its port, its own test database, and its client of the test realm. */
    public static Map<String, String> environment(String service, int port, String database) {
        Map<String, String> env = new HashMap<>();
        env.put("MARKGUARD_HTTP_PORT", String.valueOf(port));
        env.put("MARKGUARD_DB_HOST", System.getProperty("markguard.test.db.host", "127.0.0.1"));
        env.put("MARKGUARD_DB_PORT", System.getProperty("markguard.test.db.port", "5432"));
        env.put("MARKGUARD_DB_USER", "markguard");
        env.put("MARKGUARD_DB_PASSWORD", "markguard");
        env.put("MARKGUARD_DB_NAME", database);
        env.put("MARKGUARD_OIDC_URL", TestKeycloak.issuer());
        env.put("MARKGUARD_INTEGRATIONS_OIDC_URL", TestKeycloak.realmUrl(TestKeycloak.INTEGRATIONS_REALM));
        if (service.equals("portal-service")) {
            // Its account in the API clients' realm, and that realm's Admin REST API.
            env.put("MARKGUARD_CLIENT_ADMIN_SECRET", "markguard-client-admin-local-demo-secret");
            env.put("MARKGUARD_INTEGRATIONS_ADMIN_URL", TestKeycloak.url() + "/admin/realms/" + TestKeycloak.INTEGRATIONS_REALM);
        }
        env.put("MARKGUARD_OIDC_CLIENT_SECRET", TestKeycloak.demoSecret(service));
        env.putAll(decisionLogKeys(service));
        return env;
    }

    /** The environment that gives the service its decision log's local-only demo keys. */
    public static Map<String, String> decisionLogKeys(String service) {
        String[] keys = DEMO_DECISION_LOG_KEYS.get(service);
        return keys == null ? Map.of() : Map.of("MARKGUARD_DECISION_LOG_PRIVATE_KEY", keys[0],
                "MARKGUARD_DECISION_LOG_PUBLIC_KEY", keys[1]);
    }

    /**
     * Each service's local-only demo Ed25519 pair for its decision log (private PKCS#8, public SPKI), as its %dev
     * and %test profiles and infra/markguard have them: the packaged jars run their production profile, which takes
     * the keys from the environment.
     */
    private static final Map<String, String[]> DEMO_DECISION_LOG_KEYS = Map.of(
            "merchant-service", new String[] { "MC4CAQAwBQYDK2VwBCIEICWZ3b9zctTZCUUcfcDN8QwjdG983wNzbCyB/VoSKeGN",
                    "MCowBQYDK2VwAyEA8XCexcT0qtPcNlxoxvK2RU9ytp06QH3gaaKRgrXIBYE=" },
            "complaint-service", new String[] { "MC4CAQAwBQYDK2VwBCIEIMnduGz9p7wqKilH3YV8J9XTrp4XK0/goyvZ9WFy/12c",
                    "MCowBQYDK2VwAyEAsGJxmxM5tKWMRQXK/b2OuOwuFfm/BEE47D5agekq/4c=" },
            "portal-service", new String[] { "MC4CAQAwBQYDK2VwBCIEICsQXIEm3DtOlmQZkkry4aU9qblcD4IX/5HXTvDPxh45",
                    "MCowBQYDK2VwAyEAbzhdD8Fp6q8wFpUeB3ZWZbLYKwTLgWXhBbgxy/umIZc=" });

    /** Waits until the service at {@code url} is ready; fails early when its process has exited. */
    public static void awaitReady(String url, Process process, Duration within, Path logs)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            if (!process.isAlive()) {
                throw new IOException(url + " exited during start; see " + logs.toAbsolutePath());
            }
            Thread.sleep(300);
        }
        throw new IOException(url + " was not ready within " + within.toSeconds() + " s; see " + logs.toAbsolutePath());
    }

    /** SIGTERM, then up to 20 s for a graceful stop, then SIGKILL. */
    public static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
