package io.markguard.merchant;

import io.markguard.eutdb.TransparencyDatabaseServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The local EU Transparency Database (infra/eu-tdb) on a free port for the test run; tests read what it took. */
public class EuTransparencyDatabaseResource implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN = "markguard-test-platform-token";

    private static TransparencyDatabaseServer server;

    public static TransparencyDatabaseServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        try {
            server = TransparencyDatabaseServer.start("127.0.0.1", 0, Map.of(TOKEN, "Markguard test marketplace"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("markguard.eu-tdb.url", server.baseUrl(), "markguard.eu-tdb.token", TOKEN);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
