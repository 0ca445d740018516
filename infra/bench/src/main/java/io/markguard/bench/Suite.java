package io.markguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local suite's processes, as {@code infra/markguard up} started them: their pids, logs and memory, and the
 * launcher's own start and stop commands for restarts.
 */
public final class Suite {

    public static final List<String> SERVICES = List.of("merchant-service", "complaint-service", "portal-service");
    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9]+\\.[0-9]+)s");

    private final Settings settings;
    private final Http http;

    public Suite(Settings settings, Http http) {
        this.settings = settings;
        this.http = http;
    }

    public String url(String service) {
        return switch (service) {
            case "merchant-service" -> settings.merchants();
            case "complaint-service" -> settings.complaints();
            case "portal-service" -> settings.portal();
            default -> throw new IllegalArgumentException(service);
        };
    }

    /** How many processes each service runs as ({@code infra/markguard replicas N}); 1 without replicas. */
    public int replicas() {
        try {
            Path file = settings.state().resolve("replicas");
            return Files.exists(file) ? Integer.parseInt(Files.readString(file).strip()) : 1;
        } catch (IOException | NumberFormatException e) {
            return 1;
        }
    }

    /** The processes a service runs as: the service itself, or its replicas (merchant-service-1, ...). */
    public List<String> components(String service) {
        int n = replicas();
        if (!SERVICES.contains(service) || n == 1) {
            return List.of(service);
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            names.add(service + "-" + i);
        }
        return names;
    }

    /** The one process whose start, memory and flags stand for the service: the service, or its first replica. */
    public String primary(String service) {
        return components(service).get(0);
    }

    /** The port of a replica: the service's port + 10000 × its number, as the launcher gives it. */
    public String replicaUrl(String component) {
        String service = component.replaceAll("-[0-9]$", "");
        int port = java.net.URI.create(url(service)).getPort() + 10_000 * Integer.parseInt(component.substring(component.length() - 1));
        return "http://localhost:" + port;
    }

    public long pid(String component) {
        if (SERVICES.contains(component) && replicas() > 1) {
            component = primary(component);
        }
        Path file = settings.state().resolve("run/" + component + ".pid");
        try {
            long pid = Long.parseLong(Files.readString(file).strip());
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return pid;
            }
        } catch (IOException | NumberFormatException e) {
            // falls through to the error below
        }
        throw new IllegalStateException(component + " is not running under infra/markguard (no live pid in " + file + ")");
    }

    /** SIGKILL: the process gets no chance to finish anything. A service's name stands for all its replicas. */
    public void killHard(String component) {
        if (SERVICES.contains(component) && replicas() > 1) {
            components(component).forEach(this::killHard);
            return;
        }
        long pid = pid(component);
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        Instant deadline = Instant.now().plusSeconds(10);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(50));
        }
    }

    /** {@code infra/markguard start|stop|restart COMPONENT}; start and restart return once it is ready. */
    public void launcher(String command, String component) {
        try {
            Processes.run(List.of(settings.launcher().toString(), command, component), null, 5, TimeUnit.MINUTES);
        } catch (IOException e) {
            throw new IllegalStateException("infra/markguard " + command + " " + component + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The "started in" Quarkus logs at the end of its start, from the service's current log. */
    public double startedInSeconds(String service) throws IOException {
        Matcher m = STARTED_IN.matcher(Files.readString(settings.state().resolve("logs/" + primary(service) + ".log")));
        Double last = null;
        while (m.find()) {
            last = Double.parseDouble(m.group(1));
        }
        if (last == null) {
            throw new IllegalStateException(service + "'s log has no \"started in\" line");
        }
        return last;
    }

    /** Resident memory of the process in MiB (VmRSS), which is what a container's memory limit counts. */
    public double residentMiB(String component) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid(component) + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + component);
    }

    /**
     * Where a service's resident memory goes, as its JVM reports it: the heap's committed size and use
     * (jcmd GC.heap_info), metaspace, and the rest (compiled code, threads, the JVM's own allocations).
     */
    public Map<String, Object> memory(String component) throws IOException, InterruptedException {
        String info = Processes.run(List.of(Path.of(settings.javaHome(), "bin", "jcmd").toString(),
                String.valueOf(pid(component)), "GC.heap_info"), null, 30, TimeUnit.SECONDS);
        long heapCommittedK = 0;
        long heapUsedK = 0;
        long metaspaceCommittedK = 0;
        Matcher generation = Pattern.compile("(?m)^\\s*(?:DefNew|Tenured|def new generation|tenured generation|garbage-first heap)"
                + "\\s+total (\\d+)K, used (\\d+)K").matcher(info);
        while (generation.find()) {
            heapCommittedK += Long.parseLong(generation.group(1));
            heapUsedK += Long.parseLong(generation.group(2));
        }
        Matcher metaspace = Pattern.compile("(?m)^\\s*Metaspace\\s+used (\\d+)K, committed (\\d+)K").matcher(info);
        if (metaspace.find()) {
            metaspaceCommittedK = Long.parseLong(metaspace.group(2));
        }
        double resident = residentMiB(component);
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("residentMiB", Figures.round(resident, 1));
        out.put("heapCommittedMiB", Figures.round(heapCommittedK / 1024.0, 1));
        out.put("heapUsedMiB", Figures.round(heapUsedK / 1024.0, 1));
        // The line is there only when the JVM's class space is in use; the rest is then all but the heap.
        out.put("metaspaceCommittedMiB", metaspaceCommittedK == 0 ? null : Figures.round(metaspaceCommittedK / 1024.0, 1));
        out.put("otherMiB", Figures.round(resident - (heapCommittedK + metaspaceCommittedK) / 1024.0, 1));
        return out;
    }

    /** The JVM flags the service runs with, as its command line shows them. */
    public List<String> jvmFlags(String component) {
        List<String> flags = new ArrayList<>();
        ProcessHandle.of(pid(component)).flatMap(p -> p.info().arguments()).ifPresent(args -> {
            for (String arg : args) {
                if (arg.equals("-jar")) {
                    break;
                }
                flags.add(arg);
            }
        });
        return flags;
    }

    public boolean ready(String service) {
        return http.get(url(service) + "/q/health/ready", null).status() == 200;
    }

    public void awaitReady(String service, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (!ready(service)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(service + " is not ready at " + url(service) + "/q/health/ready");
            }
            sleep(Duration.ofMillis(200));
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
