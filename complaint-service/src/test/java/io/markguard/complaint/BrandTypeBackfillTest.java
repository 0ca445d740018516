package io.markguard.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.markguard.complaint.config.MigrationLock;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V11 on a database that has history: brands then on the fast track keep it for each infringement type whose day
 * rows over the window meet the bar as configured, and for no other. Runs the service's migrations in a schema of
 * its own of the test database.
 */
class BrandTypeBackfillTest {

    private static final String SCHEMA = "brand_type_backfill_check";

    private final String url = "jdbc:postgresql://" + System.getProperty("markguard.test.db.host", "127.0.0.1") + ":"
            + System.getProperty("markguard.test.db.port", "5432") + "/markguard_complaints_test";

    @BeforeEach
    void emptySchema() throws SQLException {
        dropSchema();
        execute("CREATE SCHEMA " + SCHEMA);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    /** The service's migrations up to {@code target}, with the bar of policy 2026.1 as the placeholders. */
    private Flyway flyway(String target) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(url, "markguard", "markguard")
                .schemas(SCHEMA)
                .createSchemas(false)
                .locations("classpath:db/migration", "classpath:db/platform")
                .placeholders(Map.of("trust_window", "P90D", "trust_min_decided_items", "20",
                        "trust_min_accepted_share", "0.90", "trust_max_reversed_share", "0.05"))
                .target(target);
        new MigrationLock().customize(configuration);
        return configuration.load();
    }

    @Test
    void brandsOnTheFastTrackKeepItForTheTypesMeetingTheBarOverTheWindowOnly() throws SQLException {
        flyway("9").migrate();
        execute("""
                INSERT INTO %1$s.brand_record (brand_id, fast_track, fast_track_since, fast_track_items) VALUES
                    (1, true, TIMESTAMPTZ '2026-06-01 10:00:00+00', 0), (2, false, NULL, 0);
                INSERT INTO %1$s.brand_day_figures VALUES
                    -- Brand 1: counterfeits 25 of 25, over two days of the window.
                    (1, CURRENT_DATE - 1, 'COUNTERFEIT', 15, 15, 0, 15, 0, 0, 15, 0, 15, 0),
                    (1, CURRENT_DATE - 30, 'COUNTERFEIT', 10, 10, 0, 10, 0, 0, 10, 0, 10, 0),
                    -- Design claims 15 of 20: below the share.
                    (1, CURRENT_DATE - 2, 'DESIGN', 20, 15, 5, 15, 0, 0, 20, 0, 20, 0),
                    -- Copyright 10 of 10: too few.
                    (1, CURRENT_DATE - 2, 'COPYRIGHT', 10, 10, 0, 10, 0, 0, 10, 0, 10, 0),
                    -- Trademark misuse 20 of 21, 1 of 21 takedowns retracted, under the limit: meets the bar.
                    (1, CURRENT_DATE - 3, 'TRADEMARK_MISUSE', 21, 20, 0, 21, 0, 1, 21, 0, 21, 0),
                    -- Patents 30 of 30, but 200 days ago: outside the window.
                    (1, CURRENT_DATE - 200, 'PATENT', 30, 30, 0, 30, 0, 0, 30, 0, 30, 0),
                    -- Brand 2 meets the bar for counterfeits but is not on the fast track.
                    (2, CURRENT_DATE - 1, 'COUNTERFEIT', 25, 25, 0, 25, 0, 0, 25, 0, 25, 0);
                """.formatted(SCHEMA));

        flyway("latest").migrate();

        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "markguard", "markguard");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT brand_id, infringement_type, fast_track, fast_track_since,"
                        + " fast_track_locked_until FROM " + SCHEMA + ".brand_type_record ORDER BY 1, 2")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getBoolean(3) + " "
                        + rs.getTimestamp(4).toInstant() + " " + rs.getTimestamp(5));
            }
        }
        assertEquals(List.of("1 COUNTERFEIT true 2026-06-01T10:00:00Z null", "1 TRADEMARK_MISUSE true 2026-06-01T10:00:00Z null"),
                rows);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "markguard", "markguard");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
