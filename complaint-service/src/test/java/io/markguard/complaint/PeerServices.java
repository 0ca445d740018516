package io.markguard.complaint;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.markguard.testsupport.PackagedService;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * merchant-service and portal-service as the packaged jars they ship as, started as real processes on their
 * end-to-end databases (recreated at start), wired to the test Keycloak, to a real SMTP server and to this
 * complaint-service under test. merchant-service can be stopped and started again to prove nothing is lost.
 *
 * <p>The test classes that declare them share one start ({@code TestResourceScope.MATCHING_RESOURCES}): one
 * complaint-service, one pair of peers and one SMTP server for them all, so each test works on brands, listings
 * and addresses of its own and never counts what another test left.
 */
public class PeerServices implements QuarkusTestResourceLifecycleManager {

    /** Where the peers listen and which databases they use: the end-to-end ones unless a run says otherwise. */
    public static final String MERCHANTS = System.getProperty("markguard.test.merchant.url", "http://localhost:8282");
    private static final String MERCHANT_DB = System.getProperty("markguard.test.peer.merchant-db", "markguard_merchants_e2e");
    private static final String PORTAL_DB = System.getProperty("markguard.test.peer.portal-db", "markguard_portal_e2e");
    private static final String SELF = "http://localhost:" + System.getProperty("quarkus.http.test-port", "8281");
    private static final int SMTP_PORT = Integer.getInteger("markguard.test.peer.smtp-port", 3390);
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private static String portalUrl;
    private static Process merchant;
    private static Process portal;
    private static GreenMail mail;
    private static Path root;
    private static Path logs;

    public static String portal() {
        return portalUrl;
    }

    /** The SMTP server the peers and this service send to; tests read what it received. */
    public static GreenMail mail() {
        return mail;
    }

    @Override
    public Map<String, String> start() {
        root = Path.of(System.getProperty("markguard.root", ".."));
        if (!Files.isDirectory(root.resolve("merchant-service"))) {
            root = Path.of("..");
        }
        logs = Path.of("target", "peer-logs");
        portalUrl = System.getProperty("markguard.test.portal.url", "http://localhost:8280");
        try {
            Files.createDirectories(logs);
            mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            merchant = launch("merchant-service", URI.create(MERCHANTS).getPort(), MERCHANT_DB, true);
            portal = launch("portal-service", URI.create(portalUrl).getPort(), PORTAL_DB, true);
            awaitReady(MERCHANTS, merchant);
            awaitReady(portalUrl, portal);
        } catch (IOException | InterruptedException e) {
            stop();
            throw new IllegalStateException("The peer services did not start: " + e.getMessage(), e);
        }
        return Map.of("markguard.test.portal.url", portalUrl, "markguard.test.merchant.url", MERCHANTS);
    }

    /** merchant-service goes away as a crashed pod would. */
    public static void stopMerchant() {
        merchant.destroyForcibly();
        try {
            merchant.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** merchant-service back on its same database, nothing recreated. */
    public static void startMerchant() {
        try {
            merchant = launch("merchant-service", URI.create(MERCHANTS).getPort(), MERCHANT_DB, false);
            awaitReady(MERCHANTS, merchant);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("merchant-service did not start again: " + e.getMessage(), e);
        }
    }

    private static Process launch(String service, int port, String database, boolean fresh) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(PackagedService.javaCommand(PackagedService.jar(root, service)))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.putAll(PackagedService.environment(service, port, database));
        env.put("MARKGUARD_PORTAL_URL", portalUrl);
        env.put("MARKGUARD_PORTAL_INTERNAL_URL", portalUrl);
        env.put("MARKGUARD_COMPLAINT_URL", SELF);
        env.put("MARKGUARD_MERCHANT_URL", MERCHANTS);
        env.put("MARKGUARD_SMTP_HOST", "127.0.0.1");
        env.put("MARKGUARD_SMTP_PORT", String.valueOf(SMTP_PORT));
        env.put("MARKGUARD_PORTAL_CLIENT_SECRET", TestKeycloak.demoSecret("portal"));
        env.put("MARKGUARD_PORTAL_SESSION_SECRET", "complaint-tests-only-portal-session-secret-0123456789");
        if (fresh) {
            // Each run starts from empty peer databases, as the end-to-end suite does.
            env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        }
        return builder.start();
    }

    private static void awaitReady(String url, Process process) throws IOException, InterruptedException {
        PackagedService.awaitReady(url, process, READY_WITHIN, logs);
    }

    @Override
    public void stop() {
        stopProcesses();
        // The end-to-end suite starts its services on these databases as it finds them: leave them empty.
        for (String database : new String[] { MERCHANT_DB, PORTAL_DB }) {
            String host = System.getProperty("markguard.test.db.host", "127.0.0.1");
            String port = System.getProperty("markguard.test.db.port", "5432");
            try {
                org.flywaydb.core.Flyway.configure().cleanDisabled(false)
                        .dataSource("jdbc:postgresql://" + host + ":" + port + "/" + database, "markguard", "markguard")
                        .load().clean();
            } catch (RuntimeException e) {
                System.err.println("Could not empty " + database + ": " + e.getMessage());
            }
        }
    }

    private static void stopProcesses() {
        PackagedService.stop(merchant);
        PackagedService.stop(portal);
        if (mail != null) {
            mail.stop();
        }
    }
}
