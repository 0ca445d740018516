package io.markguard.merchant.service;

import io.agroal.api.AgroalDataSource;
import io.markguard.merchant.config.DemoConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * Seeds the demo merchants and thousands of listings for the local suite. A runtime switch rather than a
 * Flyway location, because Flyway's locations are fixed when the jar is built and the same jar runs tests.
 */
@ApplicationScoped
public class DemoCatalogue {

    private static final Logger LOG = Logger.getLogger(DemoCatalogue.class);

    @Inject
    DemoConfig config;

    @Inject
    AgroalDataSource dataSource;

    void onStart(@Observes StartupEvent event) throws IOException, SQLException {
        if (!config.catalogue()) {
            return;
        }
        String script;
        try (InputStream in = DemoCatalogue.class.getResourceAsStream("/demo/catalogue.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(script);
        }
        LOG.info("Demo catalogue in place");
    }
}
