package io.markguard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Measures the local suite ({@code infra/markguard up}) under a production-like load and under faults, and writes
 * the figures to {@code results.json} and {@code BENCHMARKS.md}. Run it with {@code infra/markguard bench}.
 */
public final class Bench {

    static final int INTAKE_WORKERS = 16;
    static final int FAST_TRACK_WORKERS = 4;
    static final int BULK_ROWS = 10_000;
    static final int MERCHANTS = 200;

    private final Settings settings;
    private final Http http = new Http();
    private final Tokens tokens;
    private final Suite suite;
    private final Data data;
    private final Cpu cpu;
    private final Seed seed;
    private final Lists lists;
    private final String run = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
    private final AtomicInteger sequence = new AtomicInteger();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<String> standardItems = Collections.synchronizedList(new ArrayList<>());
    private World world;
    /** The bulk phase's notice and the listings of its upload, for the list endpoints read after it. */
    private Long bulkComplaint;
    private double[] repairedAtSeed = { 0, 0 };
    private static final String BRAND_FIGURES_REPAIRED = "markguard_brand_figures_repaired_total";
    private static final String LEDGER_REPAIRS = "markguard_ledger_repairs_total";
    private List<String> bulkUrls;

    /** A fast-track notice: when it was posted and the item it created. */
    record Posted(String itemId, Instant postedAt, String status) {
    }

    Bench(Settings settings) {
        this.settings = settings;
        this.tokens = new Tokens(http, settings.realm());
        this.suite = new Suite(settings, http);
        this.data = new Data(settings);
        this.cpu = new Cpu(suite);
        this.seed = new Seed(settings);
        this.lists = new Lists(settings, http, tokens);
    }

    public static void main(String[] args) {
        Settings settings = Settings.fromEnvironment(System.getenv());
        try {
            new Bench(settings).run();
        } catch (Exception e) {
            log("markguard bench: " + e.getMessage());
            e.printStackTrace(System.err);
            System.exit(1);
        }
    }

    static void log(String line) {
        System.out.println(line);
        System.out.flush();
    }

    void run() throws Exception {
        preflight();
        results.put("run", run);
        results.put("ranAt", Instant.now().toString());
        results.put("scale", settings.scale());
        results.put("machine", Machine.describe(settings, data));

        log("==> Start time of each service (each restarted once; Quarkus' own \"started in\")");
        Map<String, Map<String, Object>> services = new LinkedHashMap<>();
        for (String service : Suite.SERVICES) {
            services.put(service, restartAndTime(service));
        }
        results.put("services", services);

        int listings = settings.count(90_000, 30_000);
        log("==> Preparing: bench brands, " + MERCHANTS + " merchants, " + listings + " listings");
        world = new World(settings, http, tokens, run);
        world.prepare(data, MERCHANTS, listings);
        results.put("world", Map.of("fastTrackBrand", world.fastTrack.id(), "standardBrand", world.standard.id(),
                "merchants", world.merchantIds.size(), "listings", listings));

        long merchantA = http.get(settings.merchants() + "/api/merchants/me", tokens.of("merchant-a"))
                .expectOk("merchant-a's record").json().get("id").asLong();
        // Without the seeded volume nothing after it means what it says: a seed that fails ends the run.
        Map<String, Object> seeded = seed.ensure(settings.fresh(), merchantA, Tokens.subject(tokens.of("brand-owner")));
        results.put("seed", seeded);
        // The drift checks run while the seed writes its base rows and may repair what the rebuild then writes anew:
        // only what they repair after the rebuild counts.
        repairedAtSeed = new double[] { metric("complaint-service", BRAND_FIGURES_REPAIRED),
                metric("merchant-service", LEDGER_REPAIRS) };

        Map<String, Object> baseline = phase("baseline", this::pgbench);
        results.put("baseline", baseline);
        Object pgbenchRate = baseline.get("insertsPerSecond");
        double pgbench = pgbenchRate instanceof Double d ? d : Double.NaN;
        results.put("intake", phase("intake", () -> intake(pgbench)));
        results.put("fastTrack", phase("fast track", this::fastTrack));
        results.put("bulk", phase("bulk", this::bulk));
        results.put("mix", phase("mix", this::mix));
        if (seeded.get("heavyBrand") instanceof Number brand && seeded.get("heavyComplaint") instanceof Number complaint
                && seeded.get("threadItem") instanceof Number thread) {
            log("==> List endpoints at the seeded volume: first page and page " + (Lists.DEEP_PAGES + 1) + ", "
                    + Lists.REQUESTS + " requests each after " + Lists.WARM_UP + " not counted");
            results.put("listRequests", Map.of("measured", Lists.REQUESTS, "warmUp", Lists.WARM_UP, "clients", 2));
            results.put("lists", phase("lists", () -> lists.measure(Lists.endpoints(new Lists.Targets(brand.longValue(),
                    complaint.longValue(), thread.longValue(), merchantA, bulkComplaint, reportJob())))));
            log("==> Public transparency figures over 30, 365 and 1,098 days");
            results.put("transparency", phase("transparency", lists::transparency));
        }
        results.put("history", phase("history", () -> history(pgbench)));
        // Before the fault runs restart the services (their counters start from nothing again).
        results.put("driftChecks", phase("drift checks", this::driftChecks));
        for (String service : Suite.SERVICES) {
            services.get(service).put("residentMiBAfterLoad", Figures.round(suite.residentMiB(service), 1));
            services.get(service).put("memoryAfterLoad", phase(service + " memory", () -> suite.memory(service)));
        }

        Map<String, Object> faults = new LinkedHashMap<>();
        results.put("faults", faults);
        faults.put("merchantServiceKilled", phase("merchant-service fault", this::merchantServiceKilled));
        faults.put("complaintServiceKilledDuringBulk", phase("complaint-service fault", this::complaintServiceKilledDuringBulk));
        faults.put("keycloakRestarted", phase("Keycloak fault", this::keycloakRestarted));
        faults.put("replicaKilled", phase("replica fault", () -> replicaKilled(merchantA)));
        results.put("cleanup", phase("cleanup", this::cleanup));

        Report report = new Report(settings, results);
        report.write();
        log("");
        report.targets().forEach(t -> log(String.format("  %-60s %s", t.name() + ": " + t.measured(), t.met() ? "met" : "MISSED")));
        log("Figures in " + settings.out().resolve("results.json") + " and " + settings.out().resolve("BENCHMARKS.md"));
    }

    @FunctionalInterface
    interface Phase {
        Map<String, Object> run() throws Exception;
    }

    /**
     * One phase's figures; a phase that fails is recorded with its error and the run goes on to the next. With
     * MARKGUARD_BENCH_ONLY (names, comma-separated: "history,replica fault") only those phases run, for working on
     * one of them; the seed and the cleanup always run.
     */
    private Map<String, Object> phase(String name, Phase phase) {
        checkpoint();
        String only = System.getenv().getOrDefault("MARKGUARD_BENCH_ONLY", "");
        if (!only.isBlank() && !name.equals("seed") && !name.equals("cleanup")
                && java.util.Arrays.stream(only.split(",")).map(String::strip).noneMatch(name::equals)) {
            Map<String, Object> skipped = new LinkedHashMap<>();
            skipped.put("error", "not run (MARKGUARD_BENCH_ONLY=" + only + ")");
            return skipped;
        }
        try {
            return phase.run();
        } catch (Exception e) {
            log("    " + name + " failed: " + e);
            Map<String, Object> failed = new LinkedHashMap<>();
            failed.put("error", String.valueOf(e.getMessage()));
            return failed;
        }
    }

    /**
     * The figures so far, in target/results-partial.json, before each phase: a run stopped before its end (the
     * fault runs take the longest) keeps what it measured.
     */
    private void checkpoint() {
        try {
            Path partial = settings.out().resolve("target/results-partial.json");
            Files.createDirectories(partial.getParent());
            Files.writeString(partial, Http.JSON.writeValueAsString(results), java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            log("    the figures so far could not be written: " + e);
        }
    }

    private void preflight() {
        for (String service : Suite.SERVICES) {
            if (!suite.ready(service)) {
                throw new IllegalStateException(service + " does not answer ready at " + suite.url(service)
                        + "; start the suite with infra/markguard up");
            }
        }
        for (String user : List.of("brand-owner", "brand-agent", "reviewer", "admin", "merchant-a")) {
            tokens.fresh(user);
        }
    }

    private Map<String, Object> restartAndTime(String service) throws Exception {
        long started = System.nanoTime();
        suite.launcher("restart", service);
        double toReady = (System.nanoTime() - started) / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("startedInSeconds", suite.startedInSeconds(service));
        figures.put("restartToReadySeconds", Figures.round(toReady, 2));
        figures.put("residentMiBAtStart", Figures.round(suite.residentMiB(service), 1));
        figures.put("jvmFlags", suite.jvmFlags(service));
        log("    " + service + ": started in " + figures.get("startedInSeconds") + " s, " + figures.get("residentMiBAtStart") + " MiB");
        return figures;
    }

    private Map<String, Object> pgbench() throws Exception {
        int seconds = settings.seconds(20);
        log("==> Baseline: pgbench, " + INTAKE_WORKERS + " clients inserting single rows for " + seconds + " s");
        Pgbench.Result result = Pgbench.run(settings, INTAKE_WORKERS, seconds);
        log("    " + Math.round(result.insertsPerSecond()) + " inserts/s");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("insertsPerSecond", Figures.round(result.insertsPerSecond(), 1));
        out.put("clients", result.clients());
        out.put("seconds", result.seconds());
        out.put("pgbench", result.version());
        out.put("command", result.command());
        out.put("script", Pgbench.SCRIPT.strip());
        return out;
    }

    /**
     * What the services' own drift checks found in the maintained tables the seed's rebuild wrote and the run then
     * kept: the rows they repaired since the rebuild (their /q/metrics counters; a counter is only registered once
     * it counts; behind HAProxy, one replica's) and how far they have come. Nothing repaired means the rebuild gave
     * what the services' own bookkeeping gives.
     */
    private Map<String, Object> driftChecks() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("brandFiguresRepaired", metric("complaint-service", BRAND_FIGURES_REPAIRED) - repairedAtSeed[0]);
        out.put("ledgerRepairs", metric("merchant-service", LEDGER_REPAIRS) - repairedAtSeed[1]);
        out.put("repairedBeforeTheRebuild", Map.of("brandFigures", repairedAtSeed[0], "ledger", repairedAtSeed[1]));
        out.putAll(data.driftCheckProgress());
        log("    brand figures repaired: " + out.get("brandFiguresRepaired") + ", ledger counters repaired: "
                + out.get("ledgerRepairs") + " (" + out.get("brandsCheckedThisRound") + " of " + out.get("brands")
                + " brands checked this round; ledger round " + out.get("ledgerCheckRounds") + ")");
        return out;
    }

    /** A counter's value in a service's /q/metrics, summed over its tags; 0 when not registered. */
    private double metric(String service, String name) {
        String body = http.text(suite.url(service) + "/q/metrics").expectOk(service + " metrics").body();
        double sum = 0;
        for (String line : body.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private String key() {
        return "bench-" + run + "-" + sequence.incrementAndGet();
    }

    /** Standard notices of one listing each, as fast as INTAKE_WORKERS brand users can file them; profiled. */
    private Map<String, Object> intake(double pgbenchRate) throws Exception {
        int seconds = settings.seconds(30);
        log("==> Intake: " + INTAKE_WORKERS + " workers filing standard notices for " + seconds + " s (complaint-service profiled)");
        Latencies warmUp = new Latencies();
        Load.run(Duration.ofSeconds(settings.seconds(15)), List.of(new Load.Lane("warm-up", INTAKE_WORKERS,
                () -> fileStandard(warmUp))));
        Latencies posts = new Latencies();
        Path jfr = settings.out().resolve("target/intake.jfr");
        Profiler.start(settings, suite.pid("complaint-service"), seconds, jfr);
        Cpu.Reading before = cpu.read();
        double ran = Load.run(Duration.ofSeconds(seconds), List.of(new Load.Lane("standard notice", INTAKE_WORKERS,
                () -> fileStandard(posts))));
        Cpu.Reading after = cpu.read();
        Map<String, Object> out = posts.summary(ran);
        out.put("warmUpNotices", warmUp.okCount());
        out.put("cpu", Cpu.between(before, after, posts.okCount()));
        double rate = posts.okCount() / ran;
        out.put("ratioToPgbench", Figures.round(rate / pgbenchRate, 3));
        out.put("workers", INTAKE_WORKERS);
        out.put("profile", Profiler.summarise(jfr, 12));
        log("    " + Math.round(rate) + " notices/s, p99 " + out.get("p99Ms") + " ms, " + out.get("ratioToPgbench") + " of pgbench");
        return out;
    }

    private boolean fileStandard(Latencies posts) {
        return fileStandard(posts, world.standard);
    }

    private boolean fileStandard(Latencies posts, World.Brand brand) {
        String url = world.nextListing();
        if (url == null) {
            return false;
        }
        long t0 = System.nanoTime();
        Http.Reply reply = world.file(brand, List.of(url), key());
        long took = System.nanoTime() - t0;
        if (reply.status() == 201) {
            posts.ok(took);
            if (brand == world.standard) {
                standardItems.add(reply.json().get("items").get(0).get("id").asText());
            }
        } else {
            posts.failed(String.valueOf(reply.status()));
        }
        return true;
    }

    private boolean fileFastTrack(Latencies posts, List<Posted> posted) {
        String url = world.nextListing();
        if (url == null) {
            return false;
        }
        Instant at = Instant.now();
        long t0 = System.nanoTime();
        Http.Reply reply = world.file(world.fastTrack, List.of(url), key());
        long took = System.nanoTime() - t0;
        if (reply.status() == 201) {
            posts.ok(took);
            JsonNode item = reply.json().get("items").get(0);
            posted.add(new Posted(item.get("id").asText(), at, item.get("status").asText()));
        } else {
            posts.failed(String.valueOf(reply.status()));
        }
        return true;
    }

    /** Fast-track notices; each one's time from the POST to merchant-service recording the listing's removal. */
    private Map<String, Object> fastTrack() throws Exception {
        int seconds = settings.seconds(30);
        log("==> Fast track: " + FAST_TRACK_WORKERS + " workers for " + seconds + " s; POST to listing removed");
        Load.run(Duration.ofSeconds(settings.seconds(10)), List.of(new Load.Lane("warm-up", FAST_TRACK_WORKERS,
                () -> fileFastTrack(new Latencies(), Collections.synchronizedList(new ArrayList<>())))));
        Latencies posts = new Latencies();
        List<Posted> posted = Collections.synchronizedList(new ArrayList<>());
        Cpu.Reading before = cpu.read();
        double ran = Load.run(Duration.ofSeconds(seconds), List.of(new Load.Lane("fast-track notice", FAST_TRACK_WORKERS,
                () -> fileFastTrack(posts, posted))));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("post", posts.summary(ran));
        List<Posted> accepted = posted.stream().filter(p -> p.status().equals("ACCEPTED")).toList();
        out.put("accepted", accepted.size());
        out.put("spotChecked", posted.stream().filter(p -> p.status().equals("PENDING")).count());
        if (posted.size() > 0 && accepted.isEmpty()) {
            throw new IllegalStateException("no fast-track notice was accepted at once: is " + world.fastTrack.name()
                    + " on the fast track? (its first item: " + posted.get(0).status() + ")");
        }
        List<Data.Takedown> takedowns = awaitTakedowns(ids(accepted), Duration.ofMinutes(2));
        Map<String, Instant> postedAt = new HashMap<>();
        accepted.forEach(p -> postedAt.put(p.itemId(), p.postedAt()));
        out.put("cpu", Cpu.between(before, cpu.read(), takedowns.size()));
        Latencies endToEnd = new Latencies();
        for (Data.Takedown t : takedowns) {
            endToEnd.ok(Duration.between(postedAt.get(t.itemId()), t.recordedAt()).toNanos());
        }
        Map<String, Object> e2e = endToEnd.summary(ran);
        e2e.remove("perSecond");
        e2e.remove("seconds");
        out.put("endToEnd", e2e);
        out.put("workers", FAST_TRACK_WORKERS);
        log("    " + accepted.size() + " removed at once; POST to removed p50 " + e2e.get("p50Ms") + " ms, p99 " + e2e.get("p99Ms") + " ms");
        return out;
    }

    private static List<String> ids(List<Posted> posted) {
        return posted.stream().map(Posted::itemId).toList();
    }

    /** Waits until merchant-service has a takedown for every item (or the time is up) and returns them. */
    private List<Data.Takedown> awaitTakedowns(List<String> itemIds, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (data.countTakedowns(itemIds) < itemIds.size() && Instant.now().isBefore(deadline)) {
            Suite.sleep(Duration.ofMillis(250));
        }
        return data.takedowns(itemIds);
    }

    /** One 10,000-listing CSV upload by the fast-track brand: filed, then every listing removed. */
    private Map<String, Object> bulk() throws Exception {
        int rows = settings.count(BULK_ROWS, 1000);
        log("==> Bulk: one upload of " + rows + " listings");
        List<String> urls = world.takeListings(rows);
        Cpu.Reading before = cpu.read();
        long t0 = System.nanoTime();
        JsonNode job = world.upload(world.fastTrack, urls, key()).expectOk("the bulk upload").json();
        double accepted = (System.nanoTime() - t0) / 1e9;
        job = awaitJob(job.get("id").asLong(), Duration.ofMinutes(5), null);
        double filed = (System.nanoTime() - t0) / 1e9;
        bulkComplaint = job.get("complaintId").asLong();
        bulkUrls = urls;
        List<String> taken = data.acceptedItems(job.get("complaintId").asLong());
        awaitTakedowns(taken, Duration.ofMinutes(5));
        double removed = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", rows);
        out.put("state", job.get("state").asText());
        out.put("filedRows", job.get("filedRows").asInt());
        out.put("duplicateRows", job.get("duplicateRows").asInt());
        out.put("refusedRows", job.get("refusedRows").asInt());
        out.put("uploadAnsweredSeconds", Figures.round(accepted, 2));
        out.put("allFiledSeconds", Figures.round(filed, 2));
        out.put("removedAtOnce", taken.size());
        out.put("allRemovedSeconds", Figures.round(removed, 2));
        out.put("cpu", Cpu.between(before, cpu.read(), rows));
        log("    job " + job.get("state").asText() + ": all filed in " + out.get("allFiledSeconds") + " s, " + taken.size()
                + " listings removed after " + out.get("allRemovedSeconds") + " s");
        return out;
    }

    /**
     * The bulk phase's upload sent again: every row names a listing the brand has a notice for already, so the job's
     * report (its rows not filed) is as long as the upload. Null when the bulk phase did not run.
     */
    private Long reportJob() {
        if (bulkUrls == null) {
            return null;
        }
        Http.Reply reply = world.upload(world.fastTrack, bulkUrls, key());
        if (!reply.ok()) {
            log("    the upload for the job report was refused: " + reply.status());
            return null;
        }
        JsonNode job = awaitJob(reply.json().get("id").asLong(), Duration.ofMinutes(5), null);
        log("    job " + job.get("id").asLong() + " for the report: " + job.get("filedRows").asInt() + " filed, "
                + job.get("duplicateRows").asInt() + " duplicate, " + job.get("refusedRows").asInt() + " refused");
        return job.get("id").asLong();
    }

    /** Polls a bulk job until it is DONE or FAILED; {@code whileRunning} sees each answer until then. */
    private JsonNode awaitJob(long id, Duration within, java.util.function.Predicate<JsonNode> whileRunning) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            Http.Reply reply = http.get(settings.complaints() + "/api/complaint-jobs/" + id, tokens.of(world.fastTrack.owner()));
            if (reply.ok()) {
                JsonNode job = reply.json();
                String state = job.get("state").asText();
                if (state.equals("DONE") || state.equals("FAILED")) {
                    return job;
                }
                if (whileRunning != null && !whileRunning.test(job)) {
                    return job;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("bulk job " + id + " did not finish within " + within);
            }
            Suite.sleep(Duration.ofMillis(50));
        }
    }

    /** Everyone at once: both kinds of notice, bulk uploads, merchants reading their standing, portal page views. */
    private Map<String, Object> mix() throws Exception {
        int seconds = settings.seconds(60);
        log("==> Mixed load for " + seconds + " s: notices, bulk uploads, standing reads, portal pages");
        Map<String, Latencies> lanes = new LinkedHashMap<>();
        for (String lane : List.of("fast-track notice", "standard notice", "bulk upload of 1,000 (to all filed)",
                "standing read", "portal page (signed in)", "transparency page (public)")) {
            lanes.put(lane, new Latencies());
        }
        List<Posted> posted = Collections.synchronizedList(new ArrayList<>());
        PortalSession session = PortalSession.signIn(settings.portal(), world.fastTrack.owner(), "/complaints");
        AtomicInteger page = new AtomicInteger();
        List<Load.Lane> load = List.of(
                new Load.Lane("fast-track notice", 2, () -> fileFastTrack(lanes.get("fast-track notice"), posted)),
                new Load.Lane("standard notice", 2, () -> fileStandard(lanes.get("standard notice"))),
                new Load.Lane("bulk upload", 1, () -> bulkOfThousand(lanes.get("bulk upload of 1,000 (to all filed)"))),
                new Load.Lane("standing read", 4, () -> readStanding(lanes.get("standing read"))),
                new Load.Lane("portal page", 2, () -> {
                    boolean signedIn = page.incrementAndGet() % 2 == 0;
                    long t0 = System.nanoTime();
                    int status = signedIn ? session.view("/complaints") : http.page(settings.portal() + "/transparency").status();
                    Latencies l = lanes.get(signedIn ? "portal page (signed in)" : "transparency page (public)");
                    if (status == 200) {
                        l.ok(System.nanoTime() - t0);
                    } else {
                        l.failed(String.valueOf(status));
                    }
                    return true;
                }));
        double ran = Load.run(Duration.ofSeconds(seconds), load);
        Map<String, Object> out = new LinkedHashMap<>();
        lanes.forEach((name, l) -> out.put(name, l.summary(ran)));
        log("    " + lanes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().okCount()).toList());
        return out;
    }

    private boolean bulkOfThousand(Latencies latencies) {
        List<String> urls = world.takeListings(1000);
        if (urls.size() < 1000) {
            return false;
        }
        long t0 = System.nanoTime();
        Http.Reply reply = world.upload(world.fastTrack, urls, key());
        if (!reply.ok()) {
            latencies.failed(String.valueOf(reply.status()));
            return true;
        }
        JsonNode job = awaitJob(reply.json().get("id").asLong(), Duration.ofMinutes(5), null);
        if (job.get("state").asText().equals("DONE")) {
            latencies.ok(System.nanoTime() - t0);
        } else {
            latencies.failed(job.get("state").asText());
        }
        return true;
    }

    private boolean readStanding(Latencies latencies) {
        boolean own = ThreadLocalRandom.current().nextBoolean();
        String url = own ? settings.merchants() + "/api/merchants/me/standing"
                : settings.merchants() + "/api/merchants/"
                        + world.merchantIds.get(ThreadLocalRandom.current().nextInt(world.merchantIds.size())) + "/standing";
        long t0 = System.nanoTime();
        Http.Reply reply = http.get(url, tokens.of(own ? "merchant-a" : "admin"));
        if (reply.status() == 200) {
            latencies.ok(System.nanoTime() - t0);
        } else {
            latencies.failed(String.valueOf(reply.status()));
        }
        return true;
    }

    /** merchant-service killed (SIGKILL) for 30 s under fast-track load, then started again; then the count. */
    private Map<String, Object> merchantServiceKilled() throws Exception {
        int seconds = Math.max(60, settings.seconds(70));
        log("==> Fault: merchant-service killed for 30 s during " + seconds + " s of fast-track load");
        Instant since = Instant.now();
        Latencies posts = new Latencies();
        List<Posted> posted = Collections.synchronizedList(new ArrayList<>());
        Map<String, Object> out = new LinkedHashMap<>();
        Thread fault = Thread.ofVirtual().start(() -> {
            Suite.sleep(Duration.ofSeconds(10));
            suite.killHard("merchant-service");
            out.put("killedAfterSeconds", 10);
            log("    merchant-service killed");
            Suite.sleep(Duration.ofSeconds(30));
            long t0 = System.nanoTime();
            suite.launcher("start", "merchant-service");
            out.put("restartToReadySeconds", Figures.round((System.nanoTime() - t0) / 1e9, 1));
            log("    merchant-service started again");
        });
        double ran = Load.run(Duration.ofSeconds(seconds), List.of(new Load.Lane("fast-track notice", FAST_TRACK_WORKERS,
                () -> fileFastTrack(posts, posted))));
        fault.join();
        out.put("posts", posts.summary(ran));
        List<Posted> accepted = posted.stream().filter(p -> p.status().equals("ACCEPTED")).toList();
        long drainStarted = System.nanoTime();
        List<Data.Takedown> takedowns = awaitTakedowns(ids(accepted), Duration.ofMinutes(6));
        out.put("secondsUntilAllApplied", Figures.round((System.nanoTime() - drainStarted) / 1e9, 1));
        out.putAll(count(ids(accepted), takedowns, since));
        log("    " + out.get("takedownsOrdered") + " takedowns ordered: " + out.get("lost") + " lost, " + out.get("doubled") + " doubled");
        return out;
    }

    /**
     * The exactly-once check: each ordered takedown is one violation with one LISTING_REMOVED sanction, its listing is
     * removed, no account step was issued twice and none that the points reached is missing.
     */
    private Map<String, Object> count(List<String> ordered, List<Data.Takedown> takedowns, Instant since) throws Exception {
        Set<String> applied = new HashSet<>();
        Set<Long> merchants = new HashSet<>();
        List<Long> listings = new ArrayList<>();
        List<Long> violations = new ArrayList<>();
        for (Data.Takedown t : takedowns) {
            applied.add(t.itemId());
            merchants.add(t.merchantId());
            listings.add(t.listingId());
            violations.add(t.violationId());
        }
        int lostTakedowns = (int) ordered.stream().filter(id -> !applied.contains(id)).count();
        int doubledTakedowns = takedowns.size() - applied.size();
        Map<Long, Integer> removals = data.removalSanctions(violations);
        int lostRemovals = (int) violations.stream().filter(v -> !removals.containsKey(v)).count();
        int doubledRemovals = removals.values().stream().mapToInt(n -> n - 1).sum();
        int removedListings = data.removedListings(listings);
        int doubledSteps = data.doubledEscalations(merchants, since);
        Ladder ladder = Ladder.read(settings.root().resolve("merchant-service/src/main/resources/application.properties"));
        int missingSteps = 0;
        for (long merchant : merchants) {
            JsonNode standing = http.get(settings.merchants() + "/api/merchants/" + merchant + "/standing", tokens.of("admin"))
                    .expectOk("merchant " + merchant + "'s standing").json();
            if (ladder.lacksStep(standing.get("level").asText(), standing.get("activePoints").asInt(),
                    standing.hasNonNull("pendingTermination"))) {
                missingSteps++;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("takedownsOrdered", ordered.size());
        out.put("takedownsApplied", applied.size());
        out.put("listingsRemoved", removedListings);
        out.put("removalSanctions", removals.values().stream().mapToInt(Integer::intValue).sum());
        out.put("merchantsChecked", merchants.size());
        out.put("missingAccountSteps", missingSteps);
        out.put("doubledAccountSteps", doubledSteps);
        out.put("lost", lostTakedowns + lostRemovals + (applied.size() - removedListings) + missingSteps);
        out.put("doubled", doubledTakedowns + doubledRemovals + doubledSteps);
        return out;
    }

    /** complaint-service killed while it works through a 10,000-listing upload, started again at once. */
    private Map<String, Object> complaintServiceKilledDuringBulk() throws Exception {
        int rows = settings.count(BULK_ROWS, 1000);
        log("==> Fault: complaint-service killed in the middle of a " + rows + "-listing bulk job");
        Instant since = Instant.now();
        List<String> urls = world.takeListings(rows);
        JsonNode job = world.upload(world.fastTrack, urls, key()).expectOk("the bulk upload").json();
        long id = job.get("id").asLong();
        long complaintId = job.get("complaintId").asLong();
        AtomicReference<JsonNode> last = new AtomicReference<>(job);
        job = awaitJob(id, Duration.ofMinutes(5), j -> {
            last.set(j);
            return j.get("processedRows").asInt() < rows / 5;
        });
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", rows);
        if (job.get("state").asText().equals("DONE")) {
            out.put("note", "the job finished before it could be interrupted");
        }
        suite.killHard("complaint-service");
        log("    killed at " + job.get("processedRows").asInt() + " of " + rows + " rows");
        out.put("processedRowsWhenKilled", job.get("processedRows").asInt());
        long t0 = System.nanoTime();
        suite.launcher("start", "complaint-service");
        out.put("restartToReadySeconds", Figures.round((System.nanoTime() - t0) / 1e9, 1));
        job = awaitJob(id, Duration.ofMinutes(8), null);
        out.put("secondsFromRestartToJobEnd", Figures.round((System.nanoTime() - t0) / 1e9, 1));
        out.put("state", job.get("state").asText());
        Map<String, Integer> rowOutcomes = data.jobRows(id);
        Map<String, Integer> items = data.complaintItems(complaintId);
        out.put("rowsByOutcome", rowOutcomes);
        out.put("itemsByStatus", items);
        int itemCount = items.entrySet().stream().filter(e -> !e.getKey().equals("listingsFiledTwice"))
                .mapToInt(Map.Entry::getValue).sum();
        int rowsWithItems = rowOutcomes.getOrDefault("FILED", 0) + rowOutcomes.getOrDefault("DUPLICATE", 0);
        int unfinished = rowOutcomes.getOrDefault("PENDING", 0) + rowOutcomes.getOrDefault("APPLYING", 0);
        List<String> accepted = data.acceptedItems(complaintId);
        List<Data.Takedown> takedowns = awaitTakedowns(accepted, Duration.ofMinutes(5));
        Map<String, Object> counted = count(accepted, takedowns, since);
        out.putAll(counted);
        // Half-applied: an item without its row marked, a row marked without its item, or a DONE job with rows left.
        int halfApplied = Math.abs(itemCount - rowsWithItems) + (job.get("state").asText().equals("DONE") ? unfinished : 0);
        out.put("halfApplied", halfApplied);
        out.put("lost", (Integer) counted.get("lost") + halfApplied);
        out.put("doubled", (Integer) counted.get("doubled") + items.get("listingsFiledTwice"));
        log("    job " + job.get("state").asText() + " " + out.get("secondsFromRestartToJobEnd") + " s after the restart: "
                + out.get("lost") + " lost, " + out.get("doubled") + " doubled");
        return out;
    }

    /**
     * Keycloak stopped and started while merchants read their standing and a brand files notices, with tokens
     * obtained before; the load goes on for 20 s after Keycloak answers again.
     */
    private Map<String, Object> keycloakRestarted() throws Exception {
        log("==> Fault: Keycloak restarted under load (10 s before, while it is away, 20 s after)");
        for (String user : List.of("merchant-a", "admin", world.standard.owner())) {
            tokens.fresh(user);
        }
        AtomicReference<String> window = new AtomicReference<>("before");
        Map<String, Latencies> byWindow = new LinkedHashMap<>();
        for (String w : List.of("before", "keycloakAway", "after")) {
            byWindow.put(w, new Latencies());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        java.util.concurrent.atomic.AtomicLong endAt = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        Thread fault = Thread.ofVirtual().start(() -> {
            Suite.sleep(Duration.ofSeconds(10));
            long t0 = System.nanoTime();
            window.set("keycloakAway");
            suite.launcher("stop", "keycloak");
            log("    Keycloak stopped");
            suite.launcher("start", "keycloak");
            window.set("after");
            out.put("keycloakAwaySeconds", Figures.round((System.nanoTime() - t0) / 1e9, 1));
            endAt.set(System.nanoTime() + Duration.ofSeconds(20).toNanos());
            log("    Keycloak answers again");
        });
        Load.Step standing = () -> System.nanoTime() < endAt.get() && readStanding(byWindow.get(window.get()));
        Load.Step notice = () -> System.nanoTime() < endAt.get() && fileStandard(byWindow.get(window.get()));
        double ran = Load.run(Duration.ofMinutes(5), List.of(new Load.Lane("standing read", 4, standing),
                new Load.Lane("standard notice", 1, notice)));
        fault.join();
        byWindow.forEach((w, l) -> {
            Map<String, Object> summary = l.summary(ran);
            summary.remove("perSecond");
            summary.remove("seconds");
            out.put(w, summary);
        });
        boolean recovered;
        try {
            String fresh = tokens.fresh("merchant-a");
            recovered = http.get(settings.merchants() + "/api/merchants/me/standing", fresh).status() == 200;
        } catch (RuntimeException e) {
            recovered = false;
        }
        out.put("newTokenAcceptedAfterRestart", recovered);
        Latencies away = byWindow.get("keycloakAway");
        out.put("failedWhileAway", away.failures());
        out.put("failedAfter", byWindow.get("after").failures());
        log("    while Keycloak was away: " + away.okCount() + " requests answered, " + away.failures()
                + " failed; after: " + byWindow.get("after").okCount() + " answered; new token accepted: " + recovered);
        return out;
    }

    /**
     * Standard intake for one brand while its history grows: measured with no items, then with 100,000, then with
     * 1,000,000 (seeded between the steps, derived tables rebuilt), in the same run as pgbench's baseline. What a
     * notice costs in CPU must not grow with the brand's history.
     */
    private Map<String, Object> history(double pgbenchRate) throws Exception {
        World.Brand brand = world.historyBrand();
        long[] sizes = { 0, 100_000, 1_000_000 };
        int seconds = settings.seconds(20);
        log("==> History: standard intake (" + INTAKE_WORKERS + " workers, " + seconds + " s) for a brand with "
                + "0, 100,000 and 1,000,000 items of history");
        Seed.History h = seed.startHistory(brand.id(), brand.rightId(), brand.name(), "019990003", "BENCH HISTORY",
                sizes[sizes.length - 1]);
        List<Map<String, Object>> steps = new ArrayList<>();
        long size = 0;
        for (long target : sizes) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("historyItems", target);
            step.put("seedSeconds", Figures.round(seed.growHistory(h, size, target), 1));
            size = target;
            Load.run(Duration.ofSeconds(settings.seconds(5)), List.of(new Load.Lane("warm-up", INTAKE_WORKERS,
                    () -> fileStandard(new Latencies(), brand))));
            Latencies posts = new Latencies();
            Path jfr = settings.out().resolve("target/history-" + target + ".jfr");
            boolean profiled = target == sizes[sizes.length - 1];
            if (profiled) {
                Profiler.start(settings, suite.pid("complaint-service"), seconds, jfr);
            }
            Cpu.Reading before = cpu.read();
            double ran = Load.run(Duration.ofSeconds(seconds), List.of(new Load.Lane("standard notice", INTAKE_WORKERS,
                    () -> fileStandard(posts, brand))));
            Cpu.Reading after = cpu.read();
            step.putAll(posts.summary(ran));
            step.put("cpu", Cpu.between(before, after, posts.okCount()));
            step.put("ratioToPgbench", Figures.round(posts.okCount() / ran / pgbenchRate, 3));
            if (profiled) {
                step.put("profile", Profiler.summarise(jfr, 12));
            }
            log("    " + target + " items: " + Math.round(posts.okCount() / ran) + " notices/s, p99 " + step.get("p99Ms")
                    + " ms, CPU " + ((Map<?, ?>) ((Map<?, ?>) step.get("cpu")).get("cpuMsPerUnit")).get("all") + " ms per notice");
            steps.add(step);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("brand", brand.id());
        out.put("workers", INTAKE_WORKERS);
        out.put("pgbenchInsertsPerSecond", pgbenchRate);
        out.put("steps", steps);
        return out;
    }

    /**
     * Two replicas of each service behind HAProxy; one replica of each killed (SIGKILL) 15 s into the load and
     * started again 30 s later. The load: fast-track and standard notices (each resent with its Idempotency-Key
     * until answered), a bulk upload, and appeals upheld by a reviewer (reversals through both outboxes); meanwhile
     * violations lapse for every replica's expiry job to find. Then the count: every takedown, sanction, reversal,
     * notice and lapse once.
     */
    private Map<String, Object> replicaKilled(long merchantA) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean switched = suite.replicas() == 1;
        if (switched) {
            log("==> Replicas: switching the suite to two replicas of each service behind HAProxy");
            long t0 = System.nanoTime();
            suite.launcher("replicas", "2");
            out.put("switchSeconds", Figures.round((System.nanoTime() - t0) / 1e9, 1));
        }
        try {
            return replicaRun(merchantA, out);
        } finally {
            if (switched) {
                log("    back to one process per service");
                suite.launcher("replicas", "1");
            }
        }
    }

    private Map<String, Object> replicaRun(long merchantA, Map<String, Object> out) throws Exception {
        int seconds = Math.max(60, settings.seconds(75));
        int rows = settings.count(2_000, 500);
        log("==> Fault: one replica of each service killed during " + seconds + " s of notices, a " + rows
                + "-listing upload and upheld appeals");
        out.put("replicas", suite.replicas());
        Instant since = Instant.now();
        int markers = data.expiryMarkers(run, 200, Duration.ofSeconds(20), Duration.ofSeconds(50));
        Map<String, Long> logStart = new LinkedHashMap<>();
        for (String component : suite.components("merchant-service")) {
            logStart.put(component, Files.size(settings.state().resolve("logs/" + component + ".log")));
        }
        Map<Long, String> appealable = data.appealableSanctions(merchantA, 40);
        List<Long> sanctions = new ArrayList<>(appealable.keySet());
        AtomicInteger nextAppeal = new AtomicInteger();
        List<Long> upheld = Collections.synchronizedList(new ArrayList<>());
        Latencies fastPosts = new Latencies();
        Latencies standardPosts = new Latencies();
        Latencies appeals = new Latencies();
        List<Posted> posted = Collections.synchronizedList(new ArrayList<>());
        List<String> answered = Collections.synchronizedList(new ArrayList<>());
        List<String> unanswered = Collections.synchronizedList(new ArrayList<>());
        List<String> killed = new ArrayList<>();
        Thread fault = Thread.ofVirtual().start(() -> {
            Suite.sleep(Duration.ofSeconds(15));
            for (String service : Suite.SERVICES) {
                String victim = suite.components(service).get(0);
                suite.killHard(victim);
                killed.add(victim);
            }
            log("    killed " + killed);
            Suite.sleep(Duration.ofSeconds(30));
            long t0 = System.nanoTime();
            for (String victim : killed) {
                suite.launcher("start", victim);
            }
            out.put("restartToReadySeconds", Figures.round((System.nanoTime() - t0) / 1e9, 1));
            log("    started again");
        });
        List<String> uploadUrls = world.takeListings(rows);
        AtomicReference<JsonNode> job = new AtomicReference<>();
        Thread upload = Thread.ofVirtual().start(() -> {
            Suite.sleep(Duration.ofSeconds(10));
            String key = key();
            for (int attempt = 0; attempt < 20 && job.get() == null; attempt++) {
                Http.Reply reply = world.upload(world.fastTrack, uploadUrls, key);
                if (reply.ok()) {
                    job.set(reply.json());
                } else {
                    Suite.sleep(Duration.ofSeconds(1));
                }
            }
        });
        double ran = Load.run(Duration.ofSeconds(seconds), List.of(
                new Load.Lane("fast-track notice", 3, () -> fileResending(world.fastTrack, fastPosts, posted, answered, unanswered)),
                new Load.Lane("standard notice", 2, () -> fileResending(world.standard, standardPosts, null, answered, unanswered)),
                new Load.Lane("appeal upheld", 1, () -> {
                    int i = nextAppeal.getAndIncrement();
                    if (i >= sanctions.size()) {
                        return false;
                    }
                    long t0 = System.nanoTime();
                    if (appealAndUphold(sanctions.get(i))) {
                        appeals.ok(System.nanoTime() - t0);
                        upheld.add(sanctions.get(i));
                    } else {
                        appeals.failed("not upheld");
                    }
                    Suite.sleep(Duration.ofSeconds(1));
                    return true;
                })));
        fault.join();
        upload.join();
        out.put("killed", killed);
        out.put("fastTrackPosts", fastPosts.summary(ran));
        out.put("standardPosts", standardPosts.summary(ran));
        out.put("appeals", appeals.summary(ran));

        // Notices: one item per listing answered 201 (the resends under the same key made none), none for the others.
        Map<String, Integer> perListing = data.itemsPerListing(answered);
        int noticesLost = (int) answered.stream().filter(u -> !perListing.containsKey(u)).count();
        int noticesDoubled = perListing.values().stream().mapToInt(n -> n - 1).sum();
        out.put("noticesAnswered", answered.size());
        out.put("noticesNeverAnswered", unanswered.size());
        out.put("noticesLost", noticesLost);
        out.put("noticesDoubled", noticesDoubled);

        // Takedowns of the fast-track notices and of the upload.
        List<String> ordered = new ArrayList<>(ids(posted.stream().filter(p -> p.status().equals("ACCEPTED")).toList()));
        int halfApplied = 0;
        if (job.get() != null) {
            JsonNode done = awaitJob(job.get().get("id").asLong(), Duration.ofMinutes(5), null);
            out.put("uploadState", done.get("state").asText());
            long complaintId = done.get("complaintId").asLong();
            Map<String, Integer> rowOutcomes = data.jobRows(done.get("id").asLong());
            Map<String, Integer> items = data.complaintItems(complaintId);
            out.put("uploadRowsByOutcome", rowOutcomes);
            int itemCount = items.entrySet().stream().filter(e -> !e.getKey().equals("listingsFiledTwice"))
                    .mapToInt(Map.Entry::getValue).sum();
            halfApplied = Math.abs(itemCount - rowOutcomes.getOrDefault("FILED", 0) - rowOutcomes.getOrDefault("DUPLICATE", 0));
            noticesDoubled += items.get("listingsFiledTwice");
            ordered.addAll(data.acceptedItems(complaintId));
        } else {
            out.put("uploadState", "never accepted");
        }
        long drain = System.nanoTime();
        List<Data.Takedown> takedowns = awaitTakedowns(ordered, Duration.ofMinutes(4));
        out.put("secondsUntilAllApplied", Figures.round((System.nanoTime() - drain) / 1e9, 1));
        Map<String, Object> counted = count(ordered, takedowns, since);
        out.putAll(counted);

        // Reversals: one appeal per sanction, one reversal notice per upheld appeal's item, the item reversed.
        List<String> reversedItems = upheld.stream().map(appealable::get).toList();
        Instant deadline = Instant.now().plusSeconds(90);
        Map<String, Integer> reversals = data.reversalsPerItem(reversedItems);
        while (reversals.size() < reversedItems.size() && Instant.now().isBefore(deadline)) {
            Suite.sleep(Duration.ofSeconds(1));
            reversals = data.reversalsPerItem(reversedItems);
        }
        Map<Long, Integer> appealCounts = data.appealsPerSanction(sanctions.subList(0, Math.min(nextAppeal.get(), sanctions.size())));
        int appealsDoubled = appealCounts.values().stream().mapToInt(n -> n - 1).sum();
        int reversalsLost = reversedItems.size() - reversals.size();
        int reversalsDoubled = reversals.values().stream().mapToInt(n -> n - 1).sum();
        int itemsReversed = data.itemsWithStatus(reversedItems, "REVERSED_ON_APPEAL");
        out.put("appealsUpheld", upheld.size());
        out.put("appealsDoubled", appealsDoubled);
        out.put("reversalNotices", reversals.values().stream().mapToInt(Integer::intValue).sum());
        out.put("itemsReversed", itemsReversed);
        out.put("reversalsLost", reversalsLost + (reversedItems.size() - itemsReversed - reversalsLost));
        out.put("reversalsDoubled", reversalsDoubled);

        // Scheduled job: every marker lapsed once, and the replicas' expiry jobs together report each lapse once.
        Instant lapseBy = Instant.now().plusSeconds(150);
        Map<String, Object> states = data.expiryMarkerStates(run);
        while (((Number) states.getOrDefault("EXPIRED", 0)).intValue() < markers && Instant.now().isBefore(lapseBy)) {
            Suite.sleep(Duration.ofSeconds(2));
            states = data.expiryMarkerStates(run);
        }
        Suite.sleep(Duration.ofSeconds(2));
        int reported = 0;
        Map<String, Integer> reportedBy = new LinkedHashMap<>();
        java.util.regex.Pattern expired = java.util.regex.Pattern.compile("Expired (\\d+) violations");
        for (Map.Entry<String, Long> log : logStart.entrySet()) {
            // A replica started again writes a new log; the launcher keeps the one before as .log.1.
            boolean restarted = killed.contains(log.getKey());
            Path file = settings.state().resolve("logs/" + log.getKey() + (restarted ? ".log.1" : ".log"));
            String text = Files.readString(file);
            text = text.substring((int) Math.min(log.getValue(), text.length()));
            if (restarted) {
                text += Files.readString(settings.state().resolve("logs/" + log.getKey() + ".log"));
            }
            java.util.regex.Matcher m = expired.matcher(text);
            int n = 0;
            while (m.find()) {
                n += Integer.parseInt(m.group(1));
            }
            reportedBy.put(log.getKey(), n);
            reported += n;
        }
        int lapsed = data.lapsedBetween(since, Instant.now());
        int markersLapsed = ((Number) states.getOrDefault("EXPIRED", 0)).intValue();
        out.put("expiryMarkers", markers);
        out.put("expiryMarkersLapsed", markersLapsed);
        out.put("lapsesInDatabase", lapsed);
        out.put("lapsesReportedByReplicas", reportedBy);
        out.put("jobRunsDoubled", Math.max(0, reported - lapsed));
        out.put("jobRunsLost", markers - markersLapsed);

        out.put("outboxComplaintService", data.outboxSince("complaint-service", since));
        out.put("outboxMerchantService", data.outboxSince("merchant-service", since));
        out.put("halfApplied", halfApplied);
        int lost = (Integer) counted.get("lost") + noticesLost + halfApplied + (Integer) out.get("reversalsLost")
                + (Integer) out.get("jobRunsLost");
        int doubled = (Integer) counted.get("doubled") + noticesDoubled + appealsDoubled + reversalsDoubled
                + (Integer) out.get("jobRunsDoubled");
        out.put("lost", lost);
        out.put("doubled", doubled);
        log("    " + answered.size() + " notices answered, " + ordered.size() + " takedowns, " + upheld.size()
                + " appeals upheld, " + markersLapsed + " of " + markers + " lapses: " + lost + " lost, " + doubled + " doubled");
        return out;
    }

    /**
     * One notice of one listing, sent again under the same Idempotency-Key while no answer comes (a replica killed
     * mid-request, HAProxy's 502/503) for up to 30 s, as a client that must not file twice does.
     */
    private boolean fileResending(World.Brand brand, Latencies posts, List<Posted> posted, List<String> answered,
            List<String> unanswered) {
        String url = world.nextListing();
        if (url == null) {
            return false;
        }
        String key = key();
        Instant at = Instant.now();
        long t0 = System.nanoTime();
        Instant giveUp = at.plusSeconds(30);
        while (true) {
            Http.Reply reply = world.file(brand, List.of(url), key);
            if (reply.status() == 201 || reply.status() == 200) {
                posts.ok(System.nanoTime() - t0);
                answered.add(url);
                JsonNode item = reply.json().get("items").get(0);
                if (posted != null) {
                    posted.add(new Posted(item.get("id").asText(), at, item.get("status").asText()));
                }
                if (brand == world.standard) {
                    standardItems.add(item.get("id").asText());
                }
                return true;
            }
            boolean retry = reply.status() == 0 || reply.status() == 502 || reply.status() == 503 || reply.status() == 504
                    || reply.status() == 599;
            if (!retry || Instant.now().isAfter(giveUp)) {
                posts.failed(String.valueOf(reply.status()));
                unanswered.add(url);
                return true;
            }
            Suite.sleep(Duration.ofMillis(200));
        }
    }

    /** merchant-a appeals a sanction (resent under its key until answered); a reviewer upholds it (resent likewise). */
    private boolean appealAndUphold(long sanctionId) {
        String boundary = "markguard-bench-" + sanctionId;
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"explanation\"\r\n\r\n"
                + "The listing was a genuine product bought from the brand's distributor.\r\n--" + boundary + "--\r\n";
        String key = key();
        Long appealId = null;
        Instant giveUp = Instant.now().plusSeconds(40);
        while (appealId == null && Instant.now().isBefore(giveUp)) {
            Http.Reply reply = http.post(settings.merchants() + "/api/sanctions/" + sanctionId + "/appeals", tokens.of("merchant-a"),
                    "multipart/form-data; boundary=" + boundary, body, key);
            if (reply.ok()) {
                appealId = reply.json().get("id").asLong();
            } else if (reply.status() >= 400 && reply.status() < 500) {
                log("    appeal against sanction " + sanctionId + " refused: " + reply.status() + " " + reply.body());
                return false;
            } else {
                Suite.sleep(Duration.ofMillis(300));
            }
        }
        if (appealId == null) {
            return false;
        }
        String decision = Http.json(Map.of("outcome", "UPHELD", "reason", "The seller showed the distributor's invoice."));
        while (Instant.now().isBefore(giveUp.plusSeconds(20))) {
            Http.Reply reply = http.post(settings.merchants() + "/api/appeals/" + appealId + "/decision", tokens.of("reviewer"),
                    "application/json", decision);
            if (reply.ok()) {
                return true;
            }
            if (reply.status() >= 400 && reply.status() < 500) {
                log("    decision on appeal " + appealId + " refused: " + reply.status() + " " + reply.body());
                return false;
            }
            Suite.sleep(Duration.ofMillis(300));
        }
        return false;
    }

    /** The bench's standard notices leave the review queue: the brand takes them back. */
    private Map<String, Object> cleanup() throws Exception {
        List<String> items = new ArrayList<>(standardItems);
        log("==> Taking back the " + items.size() + " standard notices, so reviewers' queues hold no bench items");
        AtomicInteger next = new AtomicInteger();
        AtomicInteger retracted = new AtomicInteger();
        Load.run(Duration.ofMinutes(10), List.of(new Load.Lane("retraction", 8, () -> {
            int i = next.getAndIncrement();
            if (i >= items.size()) {
                return false;
            }
            Http.Reply reply = http.post(settings.complaints() + "/api/complaint-items/" + items.get(i) + "/retraction",
                    tokens.of(world.standard.owner()), "application/json",
                    Http.json(Map.of("reason", "Filed by the load benchmark; taken back after the run.")));
            if (reply.ok()) {
                retracted.incrementAndGet();
            }
            return true;
        })));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("standardNoticesRetracted", retracted.get());
        out.put("of", items.size());
        if (world != null) {
            // The history brand's million items go, so that the next run measures on the seeded volume again.
            long t0 = System.nanoTime();
            seed.clearHistory(world.historyBrand().id());
            out.put("historyClearedSeconds", Figures.round((System.nanoTime() - t0) / 1e9, 1));
        }
        return out;
    }
}
