package io.markguard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes one run's figures twice: {@code results.json} for machines and {@code BENCHMARKS.md} for people, with each
 * target beside what was measured. The findings section is {@code findings.md}, written by people, kept as it is.
 */
public final class Report {

    public record Target(String name, String target, String measured, boolean met) {
    }

    private final Settings settings;
    private final JsonNode r;

    public Report(Settings settings, Map<String, Object> results) {
        this.settings = settings;
        this.r = Http.JSON.valueToTree(results);
    }

    public List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        JsonNode steps = r.at("/history/steps");
        if (steps.isArray() && steps.size() > 1) {
            double first = steps.get(0).at("/cpu/cpuMsPerUnit/all").asDouble(Double.NaN);
            double worst = 0;
            StringBuilder measured = new StringBuilder();
            for (JsonNode step : steps) {
                double cpu = step.at("/cpu/cpuMsPerUnit/all").asDouble(Double.NaN);
                worst = Math.max(worst, Math.abs(cpu / first - 1));
                measured.append(measured.isEmpty() ? "" : " → ").append(String.format("%.1f", cpu));
            }
            measured.append(String.format(" ms (at most %+.0f %%)", 100 * worst));
            targets.add(new Target("CPU per standard notice, 0 → 100,000 → 1,000,000 items of the brand's history",
                    "within ±20 %", measured.toString(), worst <= 0.2));
            JsonNode last = steps.get(steps.size() - 1);
            double p99 = last.path("p99Ms").asDouble(Double.NaN);
            targets.add(new Target("Standard intake p99 with 1,000,000 items of history", "under 300 ms", ms(p99), p99 < 300));
        }
        double ratio = r.at("/intake/ratioToPgbench").asDouble(0);
        targets.add(new Target("Standard intake rate against pgbench's single-row inserts", "at least 0.05",
                String.format("%.3f (%s of %s /s)", ratio, num(r.at("/intake/perSecond")), num(r.at("/baseline/insertsPerSecond"))),
                ratio >= 0.05));
        double intakeP99 = r.at("/intake/p99Ms").asDouble(Double.NaN);
        targets.add(new Target("Standard intake p99", "under 300 ms", ms(intakeP99), intakeP99 < 300));
        double p99 = r.at("/fastTrack/endToEnd/p99Ms").asDouble(Double.NaN);
        targets.add(new Target("Fast-track POST to listing removed, p99", "under 300 ms", ms(p99), p99 < 300));
        double bulk = r.at("/bulk/allRemovedSeconds").asDouble(Double.NaN);
        targets.add(new Target("A " + r.at("/bulk/rows").asInt() + "-listing bulk upload, filed and every listing removed",
                "under 15 s", String.format("%.1f s", bulk), bulk < 15));
        for (Iterator<Map.Entry<String, JsonNode>> it = r.path("lists").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> list = it.next();
            JsonNode l = list.getValue();
            if (l.path("status").asInt() != 200) {
                targets.add(new Target("List p99: " + list.getKey() + " (`" + l.path("path").asText() + "`)", "under 100 ms",
                        l.path("status").asInt() == 599 ? "no answer within 60 s"
                                : "not served (" + l.path("status").asInt() + ")", false));
                continue;
            }
            for (String page : List.of("firstPage", "deepPage")) {
                if (l.has(page)) {
                    double p = l.at("/" + page + "/p99Ms").asDouble(Double.NaN);
                    targets.add(new Target("List p99: " + list.getKey() + ", " + (page.equals("firstPage") ? "first page"
                            : "page " + l.path("deepPageNumber").asInt()), "under 100 ms", ms(p) + (page.equals("firstPage")
                                    && !l.has("deepPage") ? " (" + l.path("shape").asText() + ", no cursor)" : ""), p < 100));
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = r.path("transparency").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> range = it.next();
            double p = range.getValue().at("/page/p99Ms").asDouble(Double.NaN);
            targets.add(new Target("Public transparency page, " + range.getKey() + ", p99", "under 200 ms", ms(p), p < 200));
            for (String json : List.of("json", "merchantJson")) {
                if (range.getValue().has(json)) {
                    double j = range.getValue().at("/" + json + "/p99Ms").asDouble(Double.NaN);
                    targets.add(new Target("Public transparency JSON (" + (json.equals("json") ? "complaint-service"
                            : "merchant-service") + "), " + range.getKey() + ", p99", "under 200 ms", ms(j), j < 200));
                }
            }
        }
        JsonNode drift = r.path("driftChecks");
        if (drift.has("brandFiguresRepaired")) {
            double repaired = drift.path("brandFiguresRepaired").asDouble() + drift.path("ledgerRepairs").asDouble();
            targets.add(new Target("Maintained tables as rebuilt after seeding, against the services' drift checks"
                    + " (BrandFiguresCheck, LedgerCheck)", "0 rows repaired",
                    String.format("%.0f brand day rows, %.0f ledger rows repaired (%d of %d brands, ledger round %d)",
                            drift.path("brandFiguresRepaired").asDouble(), drift.path("ledgerRepairs").asDouble(),
                            drift.path("brandsCheckedThisRound").asLong(), drift.path("brands").asLong(),
                            drift.path("ledgerCheckRounds").asLong()), repaired == 0));
        }
        JsonNode replica = r.at("/faults/replicaKilled");
        if (replica.has("jobRunsLost")) {
            int lost = replica.path("jobRunsLost").asInt();
            int doubled = replica.path("jobRunsDoubled").asInt();
            targets.add(new Target("Scheduled job (standing expiry) across two replicas, one killed", "each lapse once",
                    lost + " missed, " + doubled + " applied twice", lost == 0 && doubled == 0));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = r.path("services").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> service = it.next();
            double started = service.getValue().path("startedInSeconds").asDouble(Double.NaN);
            double rss = service.getValue().path("residentMiBAfterLoad").asDouble(Double.NaN);
            targets.add(new Target(service.getKey() + " start", "under 2 s", String.format("%.2f s", started), started < 2));
            targets.add(new Target(service.getKey() + " resident memory after load", "under 250 MB",
                    String.format("%.0f MiB (%.0f MB)", rss, rss * 1.048576), rss * 1.048576 < 250));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = r.path("faults").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> fault = it.next();
            if (fault.getValue().has("lost")) {
                int lost = fault.getValue().get("lost").asInt();
                int doubled = fault.getValue().get("doubled").asInt();
                targets.add(new Target("Fault run: " + fault.getKey(), "0 lost, 0 doubled",
                        lost + " lost, " + doubled + " doubled", lost == 0 && doubled == 0));
            }
        }
        JsonNode keycloak = r.at("/faults/keycloakRestarted");
        if (!keycloak.isMissingNode()) {
            int failed = keycloak.path("failedWhileAway").asInt() + keycloak.path("failedAfter").asInt();
            boolean recovered = keycloak.path("newTokenAcceptedAfterRestart").asBoolean();
            targets.add(new Target("Fault run: keycloakRestarted", "0 failed requests, new tokens accepted after",
                    failed + " failed, new token " + (recovered ? "accepted" : "refused"), failed == 0 && recovered));
        }
        return targets;
    }

    /**
     * BENCHMARKS.md again from the results file of the last run, after findings.md was edited:
     * {@code java -cp ... io.markguard.bench.Report}.
     */
    public static void main(String[] args) throws IOException {
        Settings settings = Settings.fromEnvironment(System.getenv());
        @SuppressWarnings("unchecked")
        Map<String, Object> results = Http.JSON.readValue(settings.out().resolve("results.json").toFile(), Map.class);
        new Report(settings, results).write();
    }

    public void write() throws IOException {
        Files.createDirectories(settings.out());
        Files.writeString(settings.out().resolve("results.json"),
                Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r) + "\n", StandardCharsets.UTF_8);
        Files.writeString(settings.out().resolve("BENCHMARKS.md"), markdown(), StandardCharsets.UTF_8);
    }

    String markdown() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Markguard benchmarks\n\n");
        md.append("Measured by `infra/markguard bench` against the local suite (`infra/markguard up`), run ")
                .append(r.path("run").asText()).append(" (scale ").append(r.path("scale").asText())
                .append("). Every figure below comes from that one run; `results.json` beside this file holds them all.")
                .append(" Running the command again rewrites both files.\n\n")
                .append("The machine is shared with other work (builds, test runs) while the bench runs, so absolute figures move")
                .append(" from run to run: read them as ratios within one run (a notice's CPU at 1,000,000 items of history")
                .append(" against the same at none; intake against pgbench measured minutes before on the same server).\n\n");
        md.append("## Machine\n\n| | |\n|---|---|\n");
        r.path("machine").fields().forEachRemaining(e -> md.append("| ").append(e.getKey()).append(" | ")
                .append(e.getValue().asText()).append(" |\n"));

        md.append("\n## Targets\n\n| What | Target | Measured | |\n|---|---|---|---|\n");
        for (Target t : targets()) {
            md.append("| ").append(t.name()).append(" | ").append(t.target()).append(" | ").append(t.measured()).append(" | ")
                    .append(t.met() ? "met" : "**missed**").append(" |\n");
        }

        md.append("\n## Baseline: PostgreSQL on the same server\n\n");
        md.append("pgbench (").append(r.at("/baseline/pgbench").asText()).append("), ").append(r.at("/baseline/clients").asInt())
                .append(" clients for ").append(r.at("/baseline/seconds").asInt()).append(" s, each transaction one `")
                .append(r.at("/baseline/script").asText()).append("`: **").append(num(r.at("/baseline/insertsPerSecond")))
                .append(" inserts/s**.\n\n");

        seedSection(md);
        historySection(md);

        md.append("## Intake\n\n").append(r.at("/intake/workers").asInt())
                .append(" brand users file standard notices of one listing each, each sending the next when the last is answered.\n\n");
        latencyTable(md, List.of(Map.entry("standard notice (POST /api/complaints)", r.path("intake"))));
        md.append("\nIntake rate ÷ pgbench rate: **").append(r.at("/intake/ratioToPgbench").asText()).append("**.\n");
        cpuTable(md, "notice", List.of(Map.entry("intake (standard notice)", r.at("/intake/cpu")),
                Map.entry("fast track (notice to removal)", r.at("/fastTrack/cpu")),
                Map.entry("bulk (per listing, to all removed)", r.at("/bulk/cpu"))));

        md.append("\n## Fast track\n\n").append(r.at("/fastTrack/workers").asInt())
                .append(" workers file fast-track notices of one listing. End to end runs from the moment the POST is sent")
                .append(" to the moment merchant-service records the removal (the violation's `recorded_at`, written in the")
                .append(" transaction that removes the listing). ").append(r.at("/fastTrack/accepted").asInt())
                .append(" removed at once; ").append(r.at("/fastTrack/spotChecked").asInt())
                .append(" sampled into the review queue as spot checks (not counted below).\n\n");
        latencyTable(md, List.of(Map.entry("POST answered", r.at("/fastTrack/post")),
                Map.entry("POST to listing removed", r.at("/fastTrack/endToEnd"))));

        md.append("\n## Bulk upload\n\n| Rows | State | Filed | Duplicates | Refused | Upload answered | All filed | Removed at once | All removed |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        JsonNode b = r.path("bulk");
        md.append("| ").append(b.path("rows").asInt()).append(" | ").append(b.path("state").asText()).append(" | ")
                .append(b.path("filedRows").asInt()).append(" | ").append(b.path("duplicateRows").asInt()).append(" | ")
                .append(b.path("refusedRows").asInt()).append(" | ").append(b.path("uploadAnsweredSeconds").asText()).append(" s | ")
                .append(b.path("allFiledSeconds").asText()).append(" s | ").append(b.path("removedAtOnce").asInt()).append(" | ")
                .append(b.path("allRemovedSeconds").asText()).append(" s |\n");

        md.append("\n## Production-like mix\n\nAll at once: fast-track and standard notices (2 workers each), one worker")
                .append(" uploading 1,000-listing files and waiting for each to be filed, 4 workers reading standings (merchant-a")
                .append(" its own, the admin the bench merchants'), 2 workers viewing portal pages (a signed-in brand's complaint")
                .append(" list, the public transparency page).\n\n");
        List<Map.Entry<String, JsonNode>> mix = new ArrayList<>();
        r.path("mix").fields().forEachRemaining(mix::add);
        latencyTable(md, mix);

        listsSection(md);

        md.append("\n## Services\n\n| Service | Started in (Quarkus) | Restart to ready | Resident at start | Resident after load | JVM flags |\n")
                .append("|---|---|---|---|---|---|\n");
        r.path("services").fields().forEachRemaining(e -> {
            JsonNode s = e.getValue();
            List<String> flags = new ArrayList<>();
            s.path("jvmFlags").forEach(f -> flags.add(f.asText()));
            md.append("| ").append(e.getKey()).append(" | ").append(s.path("startedInSeconds").asText()).append(" s | ")
                    .append(s.path("restartToReadySeconds").asText()).append(" s | ")
                    .append(s.path("residentMiBAtStart").asText()).append(" MiB | ")
                    .append(s.path("residentMiBAfterLoad").asText()).append(" MiB | `")
                    .append(String.join(" ", flags)).append("` |\n");
        });

        md.append("\nWhere the resident memory after the load goes (the JVM's own account; the rest is compiled code,")
                .append(" threads and the JVM's native allocations):\n\n| Service | Resident | Heap committed | Heap used |")
                .append(" Metaspace | Rest |\n|---|---|---|---|---|---|\n");
        r.path("services").fields().forEachRemaining(e -> {
            JsonNode m = e.getValue().path("memoryAfterLoad");
            md.append("| ").append(e.getKey()).append(" | ").append(m.path("residentMiB").asText()).append(" MiB | ")
                    .append(m.path("heapCommittedMiB").asText()).append(" MiB | ").append(m.path("heapUsedMiB").asText())
                    .append(" MiB | ").append(m.path("metaspaceCommittedMiB").isNumber()
                            ? m.path("metaspaceCommittedMiB").asText() + " MiB" : "not reported").append(" | ")
                    .append(m.path("otherMiB").asText()).append(" MiB |\n");
        });

        md.append("\n## Fault runs\n\n");
        JsonNode m = r.at("/faults/merchantServiceKilled");
        md.append("**merchant-service killed** (`kill -9`) ").append(m.path("killedAfterSeconds").asInt())
                .append(" s into fast-track load, started again 30 s later (ready ").append(m.path("restartToReadySeconds").asText())
                .append(" s after the start command). Notices filed while it was away were refused with a problem answer, not")
                .append(" accepted and dropped: ").append(failures(m.path("posts"))).append(". ")
                .append(m.path("takedownsOrdered").asInt()).append(" takedowns were ordered; all were applied ")
                .append(m.path("secondsUntilAllApplied").asText()).append(" s after the load ended.\n\n");
        countTable(md, m);
        JsonNode c = r.at("/faults/complaintServiceKilledDuringBulk");
        md.append("\n**complaint-service killed** (`kill -9`) at row ").append(c.path("processedRowsWhenKilled").asInt())
                .append(" of a ").append(c.path("rows").asInt()).append("-listing bulk job and started again at once. The job ended ")
                .append(c.path("state").asText()).append(' ').append(c.path("secondsFromRestartToJobEnd").asText())
                .append(" s after the restart (the job's lease has to run out before another worker takes it over). Rows by outcome: ")
                .append(c.path("rowsByOutcome").toString()).append("; items by status: ").append(c.path("itemsByStatus").toString())
                .append("; rows and items that disagree (half-applied): ").append(c.path("halfApplied").asInt()).append(".\n\n");
        countTable(md, c);
        JsonNode k = r.at("/faults/keycloakRestarted");
        md.append("\n**Keycloak restarted** (stopped, then started; away ").append(k.path("keycloakAwaySeconds").asText())
                .append(" s) while 4 workers read standings and one files standard notices with tokens obtained before.\n\n");
        latencyTable(md, List.of(Map.entry("before", k.path("before")), Map.entry("while Keycloak was away", k.path("keycloakAway")),
                Map.entry("after it was back", k.path("after"))));
        md.append("\nA token issued by the restarted Keycloak was ").append(k.path("newTokenAcceptedAfterRestart").asBoolean()
                ? "accepted" : "**refused**").append(".\n");

        replicaSection(md);

        JsonNode historyProfile = r.at("/history/steps/2/profile");
        if (historyProfile.has("executionSamples")) {
            md.append("\n## Profile: complaint-service during intake with 1,000,000 items of history\n\n")
                    .append(historyProfile.path("executionSamples").asInt()).append(" execution samples.\n\n")
                    .append("| Markguard code on the CPU (innermost Markguard frame) | Share |\n|---|---|\n");
            historyProfile.path("markguardCodeOnCpu").forEach(h -> md.append("| `").append(h.path("method").asText())
                    .append("` | ").append(h.path("share").asText()).append(" % |\n"));
            md.append("\n| Waiting under Markguard code | Total |\n|---|---|\n");
            historyProfile.path("waits").forEach(h -> md.append("| `").append(h.path("where").asText()).append("` | ")
                    .append(h.path("totalMs").asText()).append(" ms |\n"));
        }

        md.append("\n## Profile: complaint-service during the intake run\n\nJava Flight Recorder (`jcmd JFR.start settings=profile`), ")
                .append(r.at("/intake/profile/executionSamples").asInt()).append(" execution samples.\n\n");
        md.append("| Hottest methods (top frame) | Share |\n|---|---|\n");
        r.at("/intake/profile/hottestMethods").forEach(h -> md.append("| `").append(h.path("method").asText()).append("` | ")
                .append(h.path("share").asText()).append(" % |\n"));
        md.append("\n| Markguard code on the CPU (innermost Markguard frame) | Share |\n|---|---|\n");
        r.at("/intake/profile/markguardCodeOnCpu").forEach(h -> md.append("| `").append(h.path("method").asText()).append("` | ")
                .append(h.path("share").asText()).append(" % |\n"));
        md.append("\n| Waiting (socket reads, monitors, parks) under Markguard code | Total |\n|---|---|\n");
        r.at("/intake/profile/waits").forEach(h -> md.append("| `").append(h.path("where").asText()).append("` | ")
                .append(h.path("totalMs").asText()).append(" ms |\n"));

        Path findings = settings.root().resolve("infra/bench/findings.md");
        if (Files.exists(findings)) {
            md.append("\n").append(Files.readString(findings, StandardCharsets.UTF_8).strip()).append("\n");
        }
        return md.toString();
    }

    private void seedSection(StringBuilder md) {
        JsonNode seed = r.path("seed");
        if (!seed.has("volumes")) {
            return;
        }
        md.append("## Seeded volume\n\nWritten into the services' databases by SQL before anything is measured (`infra/bench/seed`,")
                .append(" then `seed/derived/*.sql` for the tables the services maintain from them), ")
                .append(seed.path("reused").asBoolean() ? "reused from the seed of " + seed.path("seededAt").asText()
                        + " (`infra/markguard bench --fresh` seeds again)"
                        : "seeded by this run in " + seed.at("/seconds/all").asText() + " s " + seed.path("seconds").toString())
                .append(". Counted after seeding:\n\n| | Rows |\n|---|---|\n");
        seed.path("counts").fields().forEachRemaining(e -> md.append("| ").append(e.getKey()).append(" | ")
                .append(num(e.getValue())).append(" |\n"));
        md.append("\n");
    }

    private void historySection(StringBuilder md) {
        JsonNode steps = r.at("/history/steps");
        if (!steps.isArray()) {
            return;
        }
        md.append("## History: standard intake as a brand's history grows\n\nOne brand (on the standard channel) files")
                .append(" standard notices of one listing, ").append(r.at("/history/workers").asInt())
                .append(" workers, with no items of history, then 100,000, then 1,000,000 (seeded between the steps:")
                .append(" complaints of ten items decided over the past year), beside pgbench's ")
                .append(num(r.at("/history/pgbenchInsertsPerSecond"))).append(" single-row inserts/s of the same run.")
                .append(" CPU in milliseconds per notice answered, from /proc.\n\n");
        List<String> parts = new ArrayList<>();
        steps.get(0).at("/cpu/cpuMsPerUnit").fieldNames().forEachRemaining(parts::add);
        md.append("| Items of history | Notices/s | ÷ pgbench | p50 | p99 |");
        parts.forEach(p -> md.append(" CPU ").append(p).append(" |"));
        md.append(" Seeded in |\n|---|---|---|---|---|");
        parts.forEach(p -> md.append("---|"));
        md.append("---|\n");
        for (JsonNode step : steps) {
            md.append("| ").append(num(step.path("historyItems"))).append(" | ").append(num(step.path("perSecond"))).append(" | ")
                    .append(step.path("ratioToPgbench").asText()).append(" | ").append(ms(step.path("p50Ms"))).append(" | ")
                    .append(ms(step.path("p99Ms"))).append(" |");
            parts.forEach(p -> md.append(' ').append(step.at("/cpu/cpuMsPerUnit").path(p).asText()).append(" |"));
            md.append(' ').append(step.path("seedSeconds").asText()).append(" s |\n");
        }
        md.append("\n");
    }

    private void listsSection(StringBuilder md) {
        if (r.path("lists").isObject()) {
            md.append("\n## List endpoints at the seeded volume\n\nEach list read by the user it is for (the heavy brand's owner,")
                    .append(" merchant-a with its 2,000+ sanctions, a reviewer over the 50,000 queued items), ")
                    .append(r.path("listRequests").path("measured").asInt(60)).append(" requests by two workers")
                    .append(r.path("listRequests").has("warmUp") ? " after " + r.path("listRequests").path("warmUp").asInt()
                            + " not counted (the code still running in the interpreter after a start)" : "")
                    .append(": the first page, and the page reached by following")
                    .append(" `nextCursor` ").append(Lists.DEEP_PAGES).append(" times where the list has one.\n\n")
                    .append("| List | Endpoint | Answer | First page p50 | p99 | Deep page p50 | p99 |\n|---|---|---|---|---|---|---|\n");
            r.path("lists").fields().forEachRemaining(e -> {
                JsonNode l = e.getValue();
                md.append("| ").append(e.getKey()).append(" | `").append(l.path("service").asText()).append(' ')
                        .append(l.path("path").asText()).append("` | ").append(l.path("shape").asText()).append(" | ")
                        .append(ms(l.at("/firstPage/p50Ms"))).append(" | ").append(ms(l.at("/firstPage/p99Ms"))).append(" | ")
                        .append(ms(l.at("/deepPage/p50Ms"))).append(" | ").append(ms(l.at("/deepPage/p99Ms"))).append(" |\n");
            });
        }
        if (r.path("transparency").isObject()) {
            md.append("\n## Public transparency figures\n\n| Range | Portal page p50 | p99 | complaint-service JSON p50 | p99 |"
                    + " merchant-service JSON p50 | p99 |\n").append("|---|---|---|---|---|---|---|\n");
            r.path("transparency").fields().forEachRemaining(e -> md.append("| ").append(e.getKey()).append(" | ")
                    .append(ms(e.getValue().at("/page/p50Ms"))).append(" | ").append(ms(e.getValue().at("/page/p99Ms")))
                    .append(" | ").append(ms(e.getValue().at("/json/p50Ms"))).append(" | ")
                    .append(ms(e.getValue().at("/json/p99Ms"))).append(" | ")
                    .append(ms(e.getValue().at("/merchantJson/p50Ms"))).append(" | ")
                    .append(ms(e.getValue().at("/merchantJson/p99Ms"))).append(" |\n"));
        }
    }

    private void replicaSection(StringBuilder md) {
        JsonNode f = r.at("/faults/replicaKilled");
        if (f.isMissingNode() || f.has("error") && !f.has("lost")) {
            if (f.has("error")) {
                md.append("\n**Replica fault run** failed: ").append(f.path("error").asText()).append("\n");
            }
            return;
        }
        md.append("\n**One replica of each service killed** (`kill -9`): ").append(f.path("replicas").asInt())
                .append(" replicas of each service behind HAProxy (`infra/markguard replicas 2`");
        if (f.has("switchSeconds")) {
            md.append(", switched to in ").append(f.path("switchSeconds").asText()).append(" s");
        }
        md.append("); ").append(f.path("killed").toString().replace("\"", "")).append(" killed 15 s into the load and started")
                .append(" again 30 s later (ready after ").append(f.path("restartToReadySeconds").asText()).append(" s). Notices")
                .append(" are sent again under the same Idempotency-Key while no answer comes; merchant-a appeals seeded")
                .append(" sanctions and a reviewer upholds them (reversals through merchant-service's outbox to complaint-service);")
                .append(" 200 violations lapse during the run for the replicas' standing-expiry jobs.\n\n");
        latencyTable(md, List.of(Map.entry("fast-track notice (to answered, resends included)", f.path("fastTrackPosts")),
                Map.entry("standard notice (to answered, resends included)", f.path("standardPosts")),
                Map.entry("appeal filed and upheld", f.path("appeals"))));
        md.append("\n| Notices answered | Items lost | Items doubled | Upload | Reversals (upheld appeals) | Reversal notices |")
                .append(" Items reversed | Lapses (markers) | Lapsed | Lapses in the database | Reported by the replicas' jobs |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|\n| ")
                .append(f.path("noticesAnswered").asInt()).append(" | ").append(f.path("noticesLost").asInt()).append(" | ")
                .append(f.path("noticesDoubled").asInt()).append(" | ").append(f.path("uploadState").asText()).append(' ')
                .append(f.path("uploadRowsByOutcome").toString().replace("\"", "")).append(" | ")
                .append(f.path("appealsUpheld").asInt()).append(" | ").append(f.path("reversalNotices").asInt()).append(" | ")
                .append(f.path("itemsReversed").asInt()).append(" | ").append(f.path("expiryMarkers").asInt()).append(" | ")
                .append(f.path("expiryMarkersLapsed").asInt()).append(" | ").append(f.path("lapsesInDatabase").asInt())
                .append(" | ").append(f.path("lapsesReportedByReplicas").toString().replace("\"", "")).append(" |\n\n");
        countTable(md, f);
        md.append("\nOutbox messages written during the run: complaint-service ")
                .append(f.path("outboxComplaintService").toString().replace("\"", "")).append(", merchant-service ")
                .append(f.path("outboxMerchantService").toString().replace("\"", "")).append(".\n");
    }

    private static void latencyTable(StringBuilder md, List<Map.Entry<String, JsonNode>> rows) {
        md.append("| | OK | Failed | Per second | p50 | p95 | p99 | Max |\n|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, JsonNode> row : rows) {
            JsonNode l = row.getValue();
            md.append("| ").append(row.getKey()).append(" | ").append(l.path("ok").asInt()).append(" | ").append(failures(l))
                    .append(" | ").append(l.has("perSecond") ? num(l.get("perSecond")) : "").append(" | ")
                    .append(ms(l.path("p50Ms"))).append(" | ").append(ms(l.path("p95Ms"))).append(" | ")
                    .append(ms(l.path("p99Ms"))).append(" | ").append(ms(l.path("maxMs"))).append(" |\n");
        }
    }

    /** CPU milliseconds per unit of work for each part of the suite, and how busy the machine was. */
    private static void cpuTable(StringBuilder md, String unit, List<Map.Entry<String, JsonNode>> rows) {
        List<String> parts = new ArrayList<>();
        rows.stream().map(Map.Entry::getValue).filter(n -> n.has("cpuMsPerUnit")).findFirst()
                .ifPresent(n -> n.get("cpuMsPerUnit").fieldNames().forEachRemaining(parts::add));
        if (parts.isEmpty()) {
            return;
        }
        md.append("\nCPU time per ").append(unit).append(", in milliseconds, from /proc over the same interval (the machine has ")
                .append("its cores shared by every part; steal is time the hypervisor gave to others):\n\n| |");
        parts.forEach(p -> md.append(' ').append(p).append(" |"));
        md.append(" machine busy | steal |\n|---|");
        parts.forEach(p -> md.append("---|"));
        md.append("---|---|\n");
        for (Map.Entry<String, JsonNode> row : rows) {
            JsonNode c = row.getValue();
            if (!c.has("cpuMsPerUnit")) {
                continue;
            }
            md.append("| ").append(row.getKey()).append(" |");
            parts.forEach(p -> md.append(' ').append(c.get("cpuMsPerUnit").path(p).asText()).append(" |"));
            md.append(' ').append(c.path("machineBusyShare").asText()).append(" % | ").append(c.path("stealShare").asText())
                    .append(" % |\n");
        }
    }

    private static void countTable(StringBuilder md, JsonNode f) {
        md.append("| Takedowns ordered | Applied | Listings removed | LISTING_REMOVED sanctions | Merchants checked |")
                .append(" Account steps missing | Account steps doubled | Lost | Doubled |\n|---|---|---|---|---|---|---|---|---|\n");
        md.append("| ").append(f.path("takedownsOrdered").asInt()).append(" | ").append(f.path("takedownsApplied").asInt()).append(" | ")
                .append(f.path("listingsRemoved").asInt()).append(" | ").append(f.path("removalSanctions").asInt()).append(" | ")
                .append(f.path("merchantsChecked").asInt()).append(" | ").append(f.path("missingAccountSteps").asInt()).append(" | ")
                .append(f.path("doubledAccountSteps").asInt()).append(" | **").append(f.path("lost").asInt()).append("** | **")
                .append(f.path("doubled").asInt()).append("** |\n");
    }

    private static String failures(JsonNode l) {
        int failed = l.path("failed").asInt();
        return failed == 0 ? "0" : failed + " " + l.path("failures").toString().replace("\"", "");
    }

    private static String ms(JsonNode node) {
        return node.isNumber() ? ms(node.asDouble()) : "–";
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "–" : value >= 100 ? String.format("%.0f ms", value) : String.format("%.1f ms", value);
    }

    private static String num(JsonNode node) {
        return node.isNumber() ? String.format("%,.0f", node.asDouble()) : "–";
    }
}
