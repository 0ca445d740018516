package io.markguard.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several replicas of a service start at once on Kubernetes and each runs Flyway at start: Flyway's
 * PostgreSQL advisory lock lets exactly one apply the migrations while the others wait and then find
 * nothing left to do. Runs in its own schema of the test database so the service's tables stay apart.
 */
class ConcurrentMigrationTest {

    private static final String SCHEMA = "replica_start_check";

    private final String url = "jdbc:postgresql://" + System.getProperty("markguard.test.db.host", "127.0.0.1") + ":"
            + System.getProperty("markguard.test.db.port", "5432") + "/markguard_complaints_test";

    /** An empty schema, as a freshly bootstrapped database's public schema is on first deploy. */
    @BeforeEach
    void emptySchema() throws SQLException {
        dropSchema();
        execute("CREATE SCHEMA " + SCHEMA);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "markguard", "markguard");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Flyway replica(String name) {
        return Flyway.configure()
                .dataSource(url + "?ApplicationName=" + name, "markguard", "markguard")
                .schemas(SCHEMA)
                .createSchemas(false)
                .locations("classpath:db/concurrent-start")
                .load();
    }

    @Test
    void twoReplicasMigratingAtOnceApplyEachMigrationOnce() throws Exception {
        List<Flyway> replicas = List.of(replica("replica-1"), replica("replica-2"));
        CyclicBarrier start = new CyclicBarrier(replicas.size());
        ExecutorService pool = Executors.newFixedThreadPool(replicas.size());
        List<Future<MigrateResult>> results = new ArrayList<>();
        try {
            for (Flyway flyway : replicas) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return flyway.migrate();
                }));
            }
            int applied = 0;
            for (Future<MigrateResult> result : results) {
                MigrateResult migrate = result.get(60, TimeUnit.SECONDS);
                assertEquals(true, migrate.success);
                applied += migrate.migrationsExecuted;
            }
            assertEquals(2, applied, "V1 and V2 applied once in total, by whichever replica took the lock");
        } finally {
            pool.shutdownNow();
        }

        try (Connection c = DriverManager.getConnection(url, "markguard", "markguard");
                Statement s = c.createStatement()) {
            assertEquals(1, count(s, "SELECT count(*) FROM " + SCHEMA + ".replica_marker"));
            assertEquals(2, count(s, "SELECT count(*) FROM " + SCHEMA + ".flyway_schema_history WHERE success"));
            assertEquals(0, count(s, "SELECT count(*) FROM " + SCHEMA + ".flyway_schema_history WHERE NOT success"));
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
