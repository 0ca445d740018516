package io.markguard.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marketplace's volume, written straight into the services' databases before anything is measured: a year of
 * complaints, the listings and sanctions of thousands of merchants, a full review queue. The SQL lives in
 * {@code infra/bench/seed}: one file per service for the base tables, one in {@code seed/derived} per service that
 * rebuilds what the service maintains from them (counters, rollups), run after every seeding step.
 *
 * <p>Seeded once and kept: a later run finds the seed (table {@code bench_seed} in the complaint database) and reuses
 * it; {@code infra/markguard bench --fresh} removes it and seeds again.
 */
public final class Seed {

    /** The volumes of the scale target; a seed of other volumes is replaced. */
    public static final Map<String, Long> VOLUMES;

    static {
        Map<String, Long> v = new LinkedHashMap<>();
        v.put("brands", 1_000L);
        v.put("items", 1_000_000L);
        v.put("heavy_items", 200_000L);
        v.put("pending", 50_000L);
        v.put("merchants", 5_000L);
        v.put("listings", 500_000L);
        v.put("sanctions", 100_000L);
        v.put("heavy_merchant_sanctions", 2_000L);
        v.put("sanctioned_merchants", 980L);
        VOLUMES = Map.copyOf(v);
    }

    /** Messages on the one seeded thread (item 0 of the heavy brand). */
    static final long MESSAGES = 1_000;

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([a-z_0-9]+)}");
    private static final String[] ORDER = { "brands", "items", "heavy_items", "pending", "merchants", "listings", "sanctions",
            "heavy_merchant_sanctions", "sanctioned_merchants" };

    private final Settings settings;

    public Seed(Settings settings) {
        this.settings = settings;
    }

    private Path dir() {
        return settings.root().resolve("infra/bench/seed");
    }

    private Connection connect(String service) throws SQLException {
        String db = switch (service) {
            case "complaint-service" -> settings.complaintDb();
            case "merchant-service" -> settings.merchantDb();
            case "portal-service" -> settings.portalDb();
            default -> throw new IllegalArgumentException(service);
        };
        return DriverManager.getConnection(settings.jdbcUrl(db), settings.dbUser(), settings.dbPassword());
    }

    /** A seed file with its variables filled in; a variable without a value is an error, not an empty string. */
    static String fill(String sql, Map<String, ?> values, String file) {
        Matcher m = VARIABLE.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(file + " uses ${" + m.group(1) + "}, which the bench does not set");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Runs one seed file against a service's database in one transaction; returns the seconds it took. */
    double run(String service, String file, Map<String, ?> values) throws IOException, SQLException {
        Path path = dir().resolve(file);
        String sql = fill(Files.readString(path, StandardCharsets.UTF_8), values, file);
        long t0 = System.nanoTime();
        try (Connection c = connect(service)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL synchronous_commit = off");
                s.execute(sql);
            }
            c.commit();
        }
        double took = (System.nanoTime() - t0) / 1e9;
        Bench.log(String.format("    %-40s %6.1f s", "seed/" + file, took));
        return took;
    }

    /**
     * Rebuilds every service's derived tables from its base tables (seed/derived/SERVICE.sql), with the policy the
     * services run with where a rebuild needs it (merchant-service's repeat-infringer rule).
     */
    public Map<String, Object> derive() throws IOException, SQLException {
        Map<String, Object> took = new LinkedHashMap<>();
        for (String service : Suite.SERVICES) {
            took.put(service, Figures.round(run(service, "derived/" + service + ".sql", derivedValues(service)), 1));
        }
        return took;
    }

    private Map<String, String> derivedValues(String service) throws IOException {
        if (!service.equals("merchant-service")) {
            return Map.of();
        }
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(settings.root().resolve("merchant-service/src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return Map.of("repeat_brands", p.getProperty("markguard.policy.repeat-infringer.distinct-brands"),
                "repeat_window", p.getProperty("markguard.policy.repeat-infringer.window"));
    }

    /** The seed as it stands, or seeded now: {@code fresh} removes a seed already there first. */
    public Map<String, Object> ensure(boolean fresh, long merchantA, String ownerSubject) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, String> recorded = recorded();
        boolean same = !recorded.isEmpty();
        for (String name : ORDER) {
            same &= String.valueOf(VOLUMES.get(name)).equals(recorded.get(name));
        }
        same &= String.valueOf(merchantA).equals(recorded.get("merchant_a"));
        Map<String, Object> volumes = new LinkedHashMap<>();
        for (String name : ORDER) {
            volumes.put(name, VOLUMES.get(name));
        }
        out.put("volumes", volumes);
        if (same && !fresh) {
            Bench.log("==> Seed: reusing the seed of " + recorded.get("seeded_at") + " (infra/markguard bench --fresh seeds again)");
            out.put("reused", true);
            out.put("seededAt", recorded.get("seeded_at"));
            out.put("heavyBrand", Long.parseLong(recorded.get("brand_base")));
            out.put("heavyComplaint", Long.parseLong(recorded.get("complaint_base")));
            out.put("threadItem", Long.parseLong(recorded.get("items_base")));
            // The run's own merchants and listings were written by SQL too: what the services derive from them, again.
            out.put("derivedSeconds", derive());
            out.put("counts", counts());
            out.put("seconds", Map.of());
            return out;
        }
        Bench.log("==> Seed: " + volumes);
        long t0 = System.nanoTime();
        Map<String, Object> seconds = new LinkedHashMap<>();
        if (!recorded.isEmpty()) {
            seconds.put("complaint-service reset", Figures.round(run("complaint-service", "complaint-service-reset.sql", recorded), 1));
            seconds.put("merchant-service reset", Figures.round(run("merchant-service", "merchant-service-reset.sql", recorded), 1));
            seconds.put("portal-service reset", Figures.round(run("portal-service", "portal-service-reset.sql", recorded), 1));
            try (Connection c = connect("complaint-service"); Statement s = c.createStatement()) {
                s.execute("DELETE FROM bench_seed");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>(VOLUMES);
        values.put("now", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        values.put("merchant_a", merchantA);
        values.put("owner_subject", ownerSubject.replace("'", "''"));
        values.putAll(policy());
        values.put("brand_base", base("portal-service", "brand_seq"));
        values.put("right_base", base("portal-service", "ip_right_seq"));
        values.put("member_base", base("portal-service", "brand_member_seq"));
        values.put("complaint_base", base("complaint-service", "complaint_seq"));
        values.put("items_base", base("complaint-service", "complaint_item_seq"));
        values.put("message_base", base("complaint-service", "item_message_seq"));
        values.put("messages", MESSAGES);
        values.put("merchant_base", base("merchant-service", "merchant_seq"));
        values.put("listing_base", base("merchant-service", "listing_seq"));
        values.put("violation_base", base("merchant-service", "violation_seq"));
        values.put("sanction_base", base("merchant-service", "sanction_seq"));
        seconds.put("portal-service", Figures.round(run("portal-service", "portal-service.sql", values), 1));
        seconds.put("complaint-service", Figures.round(run("complaint-service", "complaint-service.sql", values), 1));
        seconds.put("merchant-service", Figures.round(run("merchant-service", "merchant-service.sql", values), 1));
        seconds.put("derived", derive());
        values.put("seeded_at", values.get("now"));
        record(values);
        double all = (System.nanoTime() - t0) / 1e9;
        seconds.put("all", Figures.round(all, 1));
        Bench.log(String.format("    seeded in %.0f s", all));
        out.put("reused", false);
        out.put("seededAt", values.get("now"));
        out.put("heavyBrand", values.get("brand_base"));
        out.put("heavyComplaint", values.get("complaint_base"));
        out.put("threadItem", values.get("items_base"));
        out.put("seconds", seconds);
        out.put("counts", counts());
        return out;
    }

    /** Rows in the seeded tables, counted after seeding (what BENCHMARKS.md reports as the volume measured on). */
    public Map<String, Object> counts() throws SQLException {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("complaint items (seeded)", count("complaint-service", "SELECT count(*) FROM complaint_item i JOIN complaint c"
                + " ON c.id = i.complaint_id WHERE c.submitter_subject = 'markguard-seed'"));
        counts.put("pending in the review queue", count("complaint-service", "SELECT count(*) FROM complaint_item WHERE status = 'PENDING'"));
        counts.put("heavy brand, decided in the last 90 days", count("complaint-service", "SELECT count(*) FROM complaint_item"
                + " WHERE brand_id = (SELECT value::bigint FROM bench_seed WHERE name = 'brand_base')"
                + " AND decided_at >= now() - interval '90 days'"));
        counts.put("listings", count("merchant-service", "SELECT count(*) FROM listing"));
        counts.put("merchants", count("merchant-service", "SELECT count(*) FROM merchant"));
        counts.put("sanctions", count("merchant-service", "SELECT count(*) FROM sanction"));
        counts.put("sanctions LISTING_REMOVED (seeded)", count("merchant-service",
                "SELECT count(*) FROM sanction WHERE puid LIKE 'seed-%' AND measure = 'LISTING_REMOVED'"));
        counts.put("sanctions on the account ladder (seeded)", count("merchant-service",
                "SELECT count(*) FROM sanction WHERE puid LIKE 'seed-step-%'"));
        counts.put("most sanctions on one merchant", count("merchant-service",
                "SELECT max(n) FROM (SELECT count(*) AS n FROM sanction GROUP BY merchant_id) m"));
        return counts;
    }

    private long count(String service, String sql) throws SQLException {
        try (Connection c = connect(service); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Reserves {@code size} ids of a sequence for rows the bench writes itself: a first id past whatever a running
     * service may hold in its pool of 50, and the sequence moved past the range at once.
     */
    long reserve(String service, String sequence, long size) throws SQLException {
        try (Connection c = connect(service); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT nextval('" + sequence + "')")) {
            rs.next();
            long first = rs.getLong(1) + 1_000;
            s.execute("SELECT setval('" + sequence + "', " + (first + size + 100) + ")");
            return first;
        }
    }

    private long base(String service, String sequence) throws SQLException {
        try (Connection c = connect(service); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT nextval('" + sequence + "')")) {
            rs.next();
            return rs.getLong(1) + 1_000;
        }
    }

    private Map<String, String> recorded() throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = connect("complaint-service"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_seed (name VARCHAR(64) PRIMARY KEY, value VARCHAR(255) NOT NULL)");
            try (ResultSet rs = s.executeQuery("SELECT name, value FROM bench_seed")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private void record(Map<String, Object> values) throws SQLException {
        try (Connection c = connect("complaint-service");
                var insert = c.prepareStatement("INSERT INTO bench_seed (name, value) VALUES (?, ?)")) {
            for (Map.Entry<String, Object> e : values.entrySet()) {
                if (!e.getKey().equals("owner_subject")) {
                    insert.setString(1, e.getKey());
                    insert.setString(2, e.getValue().toString());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** The penalty policy's numbers the seeded violations and account steps follow, from merchant-service's configuration. */
    Map<String, Object> policy() throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(settings.root().resolve("merchant-service/src/main/resources/application.properties"))) {
            p.load(in);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policy_version", p.getProperty("markguard.policy.version", "seed").strip());
        out.put("points", Integer.parseInt(p.getProperty("markguard.policy.points.counterfeit.high", "12").strip()));
        out.put("expire_days", Period.parse(p.getProperty("markguard.policy.points-expire-after", "P365D").strip()).getDays());
        out.put("appeal_days", Period.parse(p.getProperty("markguard.appeals.window", "P180D").strip()).getDays());
        for (String step : new String[] { "warning", "restricted", "suspended7d", "suspended14d", "terminated" }) {
            out.put(step, Integer.parseInt(p.getProperty("markguard.policy.thresholds." + step).strip()));
        }
        return out;
    }

    /** The id ranges of one brand's seeded history, reserved once for its largest size. */
    public record History(long brand, long right, String name, String registration, String mark, long complaintBase,
            long itemsBase, long listingBase) {
    }

    /** Removes every item and complaint of the brand (seeded or filed), so its history starts from nothing. */
    public History startHistory(long brand, long right, String name, String registration, String mark, long largest)
            throws IOException, SQLException {
        Map<String, Object> values = Map.of("brand", brand);
        run("complaint-service", "complaint-history-reset.sql", values);
        return new History(brand, right, name, registration, mark,
                reserve("complaint-service", "complaint_seq", largest / 10 + 10),
                reserve("complaint-service", "complaint_item_seq", largest + 10), 1_000_000_000_000L);
    }

    /** Takes the brand's history back to nothing, and the derived tables with it. */
    public void clearHistory(long brand) throws IOException, SQLException {
        run("complaint-service", "complaint-history-reset.sql", Map.of("brand", brand));
        derive();
    }

    /** Seeds the brand's history from {@code from} to {@code to} items, then rebuilds the derived tables; seconds taken. */
    public double growHistory(History h, long from, long to) throws IOException, SQLException {
        if (to <= from) {
            return 0;
        }
        long t0 = System.nanoTime();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("brand", h.brand());
        values.put("right", h.right());
        values.put("brand_name", h.name().replace("'", "''"));
        values.put("registration", h.registration().replace("'", "''"));
        values.put("mark", h.mark().replace("'", "''"));
        values.put("complaint_base", h.complaintBase());
        values.put("items_base", h.itemsBase());
        values.put("listing_base", h.listingBase());
        values.put("from", from);
        values.put("to", to);
        values.put("now", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        run("complaint-service", "complaint-history.sql", values);
        derive();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** {@code java -cp ... io.markguard.bench.Seed [--fresh]}: the seed alone, without a bench run. */
    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromEnvironment(System.getenv());
        Http http = new Http();
        Tokens tokens = new Tokens(http, settings.realm());
        long merchantA = http.get(settings.merchants() + "/api/merchants/me", tokens.of("merchant-a"))
                .expectOk("merchant-a's record").json().get("id").asLong();
        Map<String, Object> out = new Seed(settings).ensure(args.length > 0 && args[0].equals("--fresh"), merchantA,
                Tokens.subject(tokens.of("brand-owner")));
        Bench.log(Http.JSON.writeValueAsString(out));
    }
}
