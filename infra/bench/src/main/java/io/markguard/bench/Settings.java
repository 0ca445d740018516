package io.markguard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local suite is and how long each phase runs. {@code infra/markguard bench} sets the environment; every
 * value has the local suite's default.
 */
public record Settings(Path root, Path out, String realm, String portal, String complaints, String merchants,
        String dbHost, int dbPort, String dbUser, String dbPassword, String dbAdminUser, String dbAdminPassword,
        String portalDb, String complaintDb, String merchantDb, String javaHome, double scale, boolean fresh) {

    public static Settings fromEnvironment(Map<String, String> env) {
        Path root = Path.of(env.getOrDefault("MARKGUARD_ROOT", ".")).toAbsolutePath().normalize();
        return new Settings(root,
                Path.of(env.getOrDefault("MARKGUARD_BENCH_OUT", root.resolve("infra/bench").toString())),
                env.getOrDefault("MARKGUARD_OIDC_URL", "http://localhost:8180/realms/markguard"),
                env.getOrDefault("MARKGUARD_PORTAL_URL", "http://localhost:8080"),
                env.getOrDefault("MARKGUARD_COMPLAINT_URL", "http://localhost:8081"),
                env.getOrDefault("MARKGUARD_MERCHANT_URL", "http://localhost:8082"),
                env.getOrDefault("MARKGUARD_DB_HOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("MARKGUARD_DB_PORT", "5432")),
                env.getOrDefault("MARKGUARD_DB_USER", "markguard"),
                env.getOrDefault("MARKGUARD_DB_PASSWORD", "markguard"),
                env.getOrDefault("MARKGUARD_DB_ADMIN_USER", "postgres"),
                env.getOrDefault("MARKGUARD_DB_ADMIN_PASSWORD", ""),
                env.getOrDefault("MARKGUARD_PORTAL_DB_NAME", "markguard_portal"),
                env.getOrDefault("MARKGUARD_COMPLAINT_DB_NAME", "markguard_complaints"),
                env.getOrDefault("MARKGUARD_MERCHANT_DB_NAME", "markguard_merchants"),
                env.getOrDefault("JAVA_HOME", System.getProperty("java.home")),
                Double.parseDouble(env.getOrDefault("MARKGUARD_BENCH_SCALE", "1")),
                Boolean.parseBoolean(env.getOrDefault("MARKGUARD_BENCH_FRESH", "false")));
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + database;
    }

    /** A phase's length, scaled: MARKGUARD_BENCH_SCALE=0.2 gives a quick run with the same shape. */
    public int seconds(int full) {
        return Math.max(5, (int) Math.round(full * scale));
    }

    /** A count (of listings, rows) scaled the same way, but never below the given floor. */
    public int count(int full, int floor) {
        return Math.max(floor, (int) Math.round(full * scale));
    }

    public Path launcher() {
        return root.resolve("infra/markguard");
    }

    public Path state() {
        return root.resolve(".markguard");
    }

    public String pgbench() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "pgbench"))) {
                return Path.of(dir, "pgbench").toString();
            }
        }
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable).map(Path::toString)
                    .sorted().reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("pgbench is missing: install postgresql-client or postgresql"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("pgbench is missing: install postgresql-client or postgresql", e);
        }
    }
}
