package io.markguard.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.markguard.eutdb.TransparencyDatabaseServer;
import io.markguard.testsupport.PackagedService;
import io.markguard.testsupport.TestKeycloak;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The three packaged services, started as real processes once for all end-to-end tests, wired to
 * each other, to the test Keycloak and to their own end-to-end databases, as the launcher wires them.
 */
public class RunningSuite implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    public static final String PORTAL = "http://localhost:8280";
    public static final String COMPLAINTS = "http://localhost:8281";
    public static final String MERCHANTS = "http://localhost:8282";

    /** The SMTP port of the suite's mail server, started in this JVM. */
    public static final int SMTP_PORT = 3380;
    /** Where the services export their spans in this suite (OTLP/HTTP). */
    public static final int OTLP_PORT = 4390;
    /** Decided items a brand needs for the fast track in this suite (the default policy says 20). */
    public static final int FAST_TRACK_MIN_DECIDED = 3;

    /** How long each suspension of the penalty ladder lasts in this suite (the default policy says 7 and 14 days). */
    public static final Duration SUSPENSION = Duration.ofSeconds(60);

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);

    /** The platform token merchant-service submits statements of reasons to the local EU database with. */
    public static final String EU_TDB_TOKEN = "end-to-end-platform-token";

    /**
     * complaint-service's settings in this suite. The fast track's bar is the default policy's (90 % accepted, at most
     * 5 % reversed) over 3 decided items instead of 20, so a brand earns it in a few steps without piling points on
     * the demo merchants. Nothing portal-service answers is kept, so every notice asks it, as the first notice of a
     * brand does, and its trace runs through all three services.
     */
    private static final Map<String, String> COMPLAINT_SETTINGS = Map.of(
            "MARKGUARD_TRUST_MIN_DECIDED_ITEMS", String.valueOf(FAST_TRACK_MIN_DECIDED),
            "MARKGUARD_INTAKE_AUTHORITY_CACHE_FOR", "PT0S",
            // The tests' webhook receivers listen on this machine.
            "MARKGUARD_WEBHOOKS_LOCAL_TARGETS", "true");

    private static Path root;
    private static Path logs;
    private static GreenMail mail;
    private static TraceCollector traces;
    private static TransparencyDatabaseServer euDatabase;

    /** The spans the three services exported during the run. */
    public static TraceCollector traces() {
        return traces;
    }

    /** The local EU Transparency Database (infra/eu-tdb) merchant-service submits to, and what it holds. */
    public static TransparencyDatabaseServer euDatabase() {
        return euDatabase;
    }

    /** What the suite's mail server has received so far. */
    public static GreenMail mail() {
        return mail;
    }

    private final List<Process> processes = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        // One suite for the whole run: the root store closes it when the last test is done.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningSuite.class, key -> {
                    try {
                        start();
                    } catch (IOException | InterruptedException e) {
                        close();
                        throw new IllegalStateException("The suite did not start: " + e.getMessage(), e);
                    }
                    return this;
                });
    }

    private void start() throws IOException, InterruptedException {
        root = Path.of(System.getProperty("markguard.root", "../.."));
        logs = Path.of("target", "e2e-logs");
        Files.createDirectories(logs);
        mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        traces = new TraceCollector(OTLP_PORT);
        euDatabase = TransparencyDatabaseServer.start("127.0.0.1", 0, Map.of(EU_TDB_TOKEN, "Markguard end-to-end marketplace"));
        // Every run starts from empty databases, so a merchant's standing is not that of an earlier run.
        // Suspensions last a minute, so a test sees one end. Statements of reasons go to the local EU database.
        start(root, logs, "merchant-service", 8282, "markguard_merchants_e2e", Map.of("QUARKUS_FLYWAY_CLEAN_AT_START", "true",
                "MARKGUARD_POLICY_DURATIONS_SUSPENDED7D", SUSPENSION.toString(),
                "MARKGUARD_POLICY_DURATIONS_SUSPENDED14D", SUSPENSION.toString(),
                "MARKGUARD_EU_TDB_URL", euDatabase.baseUrl(), "MARKGUARD_EU_TDB_TOKEN", EU_TDB_TOKEN));
        Map<String, String> complaints = new java.util.HashMap<>(COMPLAINT_SETTINGS);
        complaints.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        start(root, logs, "complaint-service", 8281, "markguard_complaints_e2e", complaints);
        start(root, logs, "portal-service", 8280, "markguard_portal_e2e", Map.of(
                "MARKGUARD_PORTAL_CLIENT_SECRET", TestKeycloak.demoSecret("portal"),
                "MARKGUARD_PORTAL_SESSION_SECRET", "end-to-end-only-portal-session-secret-0123456789",
                "MARKGUARD_SMTP_HOST", "127.0.0.1",
                "MARKGUARD_SMTP_PORT", String.valueOf(SMTP_PORT),
                // The demo registrations are claimed afresh on every run; a leftover claim would be a conflict.
                "QUARKUS_FLYWAY_CLEAN_AT_START", "true"));
        List<String> urls = List.of(MERCHANTS, COMPLAINTS, PORTAL);
        for (int i = 0; i < urls.size(); i++) {
            PackagedService.awaitReady(urls.get(i), processes.get(i), READY_WITHIN, logs);
        }
    }

    /**
     * One more replica of complaint-service, on the suite's database and wired as the first one, listening on
     * {@code port}; ready when this returns. The caller stops it ({@link PackagedService#stop}).
     */
    public static Process complaintReplica(int port) throws IOException, InterruptedException {
        Process replica = launch(root, logs, "complaint-service", port, "markguard_complaints_e2e", COMPLAINT_SETTINGS,
                "complaint-service-" + port + ".log");
        PackagedService.awaitReady("http://localhost:" + port, replica, READY_WITHIN, logs);
        return replica;
    }

    private void start(Path root, Path logs, String service, int port, String database, Map<String, String> extra)
            throws IOException {
        processes.add(launch(root, logs, service, port, database, extra, service + ".log"));
    }

    private static Process launch(Path root, Path logs, String service, int port, String database,
            Map<String, String> extra, String log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(PackagedService.javaCommand(PackagedService.jar(root, service)))
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(log).toFile());
        Map<String, String> env = builder.environment();
        env.putAll(PackagedService.environment(service, port, database));
        env.put("MARKGUARD_PORTAL_URL", PORTAL);
        env.put("MARKGUARD_PORTAL_INTERNAL_URL", PORTAL);
        // The portal's public address, which the links in mails start with.
        env.put("MARKGUARD_PORTAL_PUBLIC_URL", PORTAL);
        env.put("MARKGUARD_COMPLAINT_URL", COMPLAINTS);
        env.put("MARKGUARD_MERCHANT_URL", MERCHANTS);
        // Tracing on, exported to the suite's collector within a fraction of a second.
        env.put("QUARKUS_OTEL_SDK_DISABLED", "false");
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + OTLP_PORT);
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
        env.putAll(extra);
        return builder.start();
    }

    @Override
    public void close() {
        if (mail != null) {
            mail.stop();
        }
        if (traces != null) {
            traces.stop();
        }
        if (euDatabase != null) {
            euDatabase.close();
        }
        processes.forEach(PackagedService::stop);
    }
}
