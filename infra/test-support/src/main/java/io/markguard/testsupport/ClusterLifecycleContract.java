package io.markguard.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service as a Kubernetes pod runs it: production profile, every setting from the
 * environment, JSON log lines, and on SIGTERM readiness goes down first while the service still
 * answers, then it stops by itself. Each service's {@code ClusterLifecycleIT} names itself and the
 * settings only it reads.
 */
public abstract class ClusterLifecycleContract {

    /** The service's module and client name, e.g. {@code merchant-service}. */
    protected abstract String service();

    /** The service's test database, which this run migrates as a fresh pod would. */
    protected abstract String testDatabase();

    /** The settings beyond the common ones that the service reads in production. */
    protected abstract Map<String, String> serviceEnvironment();

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final Duration START_WITHIN = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process service;
    private Path log;

    @AfterEach
    void stop() {
        if (service != null && service.isAlive()) {
            service.destroyForcibly();
        }
    }

    @Test
    void startsFromTheEnvironmentLogsJsonAndDrainsBeforeStopping() throws Exception {
        int port = start();

        assertEquals(200, status(port, "/q/health/ready"));
        List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.size() > 3, "the service logged its start");
        for (String line : lines) {
            assertTrue(line.startsWith("{") && line.endsWith("}") && line.contains("\"message\""),
                    "one JSON object per line in production: " + line);
        }

        service.destroy();
        Instant until = Instant.now().plusSeconds(10);
        int ready = 200;
        while (ready == 200 && Instant.now().isBefore(until)) {
            ready = status(port, "/q/health/ready");
        }
        assertEquals(503, ready, "readiness reports DOWN once SIGTERM arrives");
        assertEquals(200, status(port, "/q/health/live"), "and requests are still served while the Service drains");
        assertTrue(service.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "then the service stops by itself");
    }

    private int start() throws IOException, InterruptedException {
        Path target = Path.of("target");
        log = target.resolve("cluster-lifecycle.log");
        ProcessBuilder builder = new ProcessBuilder(command(target))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("MARKGUARD_HTTP_PORT", "0");
        env.put("MARKGUARD_DB_HOST", System.getProperty("markguard.test.db.host", "127.0.0.1"));
        env.put("MARKGUARD_DB_PORT", System.getProperty("markguard.test.db.port", "5432"));
        env.put("MARKGUARD_DB_NAME", testDatabase());
        env.put("MARKGUARD_DB_USER", "markguard");
        env.put("MARKGUARD_DB_PASSWORD", "markguard");
        env.put("MARKGUARD_OIDC_URL", TestKeycloak.issuer());
        env.put("MARKGUARD_INTEGRATIONS_OIDC_URL", TestKeycloak.realmUrl(TestKeycloak.INTEGRATIONS_REALM));
        env.put("MARKGUARD_OIDC_CLIENT_SECRET", TestKeycloak.demoSecret(service()));
        env.putAll(PackagedService.decisionLogKeys(service()));
        // No peer answers there: this run must not touch services another test started.
        for (String peer : List.of("MARKGUARD_MERCHANT_URL", "MARKGUARD_COMPLAINT_URL", "MARKGUARD_PORTAL_URL",
                "MARKGUARD_PORTAL_INTERNAL_URL")) {
            env.put(peer, "http://127.0.0.1:9");
        }
        env.put("MARKGUARD_SMTP_HOST", "127.0.0.1");
        env.put("MARKGUARD_SMTP_PORT", "9");
        env.putAll(serviceEnvironment());
        service = builder.start();

        Instant deadline = Instant.now().plus(START_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            Matcher m = LISTENING.matcher(Files.readString(log));
            if (m.find()) {
                int port = Integer.parseInt(m.group(1));
                while (Instant.now().isBefore(deadline)) {
                    if (status(port, "/q/health/ready") == 200) {
                        return port;
                    }
                    Thread.sleep(200);
                }
            }
            if (!service.isAlive()) {
                fail(service() + " exited during start: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
        throw new AssertionError(service() + " was not ready within " + START_WITHIN.toSeconds() + " s: " + Files.readString(log));
    }

    /** The native executable when the build made one, else the jar: the artifact Quarkus recorded. */
    private static List<String> command(Path target) throws IOException {
        Properties artifact = new Properties();
        try (InputStream in = Files.newInputStream(target.resolve("quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        Path path = target.resolve(artifact.getProperty("path")).toAbsolutePath();
        if ("native".equals(artifact.getProperty("type"))) {
            return List.of(path.toString());
        }
        return PackagedService.javaCommand(path);
    }

    private int status(int port, String path) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException refused) {
            return -1;
        }
    }
}
