package io.markguard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own single-row insert rate on the same server, measured with pgbench in a scratch database: the
 * baseline Markguard's intake rate is set against.
 */
public final class Pgbench {

    static final String DATABASE = "markguard_bench_pgbench";
    static final String SCRIPT = "INSERT INTO bench_row (payload, created_at) VALUES ('a notice of one listing', now());\n";
    private static final Pattern TPS = Pattern.compile("(?m)^tps = ([0-9.]+) \\(without initial connection time\\)");

    public record Result(double insertsPerSecond, int clients, int seconds, String version, String command) {
    }

    private Pgbench() {
    }

    /** The transactions per second pgbench reports, excluding connection set-up. */
    static double tps(String output) {
        Matcher m = TPS.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("pgbench printed no tps line:\n" + output);
        }
        return Double.parseDouble(m.group(1));
    }

    public static Result run(Settings settings, int clients, int seconds) throws IOException, InterruptedException, SQLException {
        String pgbench = settings.pgbench();
        try (Connection admin = DriverManager.getConnection(settings.jdbcUrl("postgres"), settings.dbAdminUser(),
                settings.dbAdminPassword()); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        }
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(DATABASE), settings.dbAdminUser(),
                settings.dbAdminPassword()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_row (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL,"
                    + " created_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        Path script = Files.createTempFile("markguard-pgbench", ".sql");
        try {
            Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of(pgbench, "-n", "-h", settings.dbHost(), "-p",
                    String.valueOf(settings.dbPort()), "-U", settings.dbAdminUser(), "-c", String.valueOf(clients), "-j",
                    String.valueOf(Math.min(clients, Runtime.getRuntime().availableProcessors())), "-T",
                    String.valueOf(seconds), "-f", script.toString(), DATABASE));
            String output = Processes.run(command, settings.dbAdminPassword().isEmpty() ? null : settings.dbAdminPassword(),
                    seconds + 60L, TimeUnit.SECONDS);
            String version = Processes.run(List.of(pgbench, "--version"), null, 10, TimeUnit.SECONDS).strip();
            return new Result(tps(output), clients, seconds, version, String.join(" ", command).replace(script.toString(), "insert.sql"));
        } finally {
            Files.deleteIfExists(script);
            try (Connection admin = DriverManager.getConnection(settings.jdbcUrl("postgres"), settings.dbAdminUser(),
                    settings.dbAdminPassword()); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            }
        }
    }
}
