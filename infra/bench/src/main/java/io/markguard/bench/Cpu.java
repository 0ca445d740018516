package io.markguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time spent by each part of the suite between two readings of /proc, and the share of the machine's time the
 * hypervisor took away (steal): what a notice costs, and what the machine really had to give.
 */
public final class Cpu {

    /** Clock ticks per second of /proc's counters (USER_HZ), 100 on Linux. */
    static final double TICKS = 100.0;

    public record Reading(Map<String, Long> ticksByPart, long[] machine) {
    }

    private final Suite suite;

    public Cpu(Suite suite) {
        this.suite = suite;
    }

    public Reading read() throws IOException {
        Map<String, Long> parts = new LinkedHashMap<>();
        for (String service : Suite.SERVICES) {
            long ticks = 0;
            for (String component : suite.components(service)) {
                ticks += ticks(suite.pid(component));
            }
            parts.put(service, ticks);
        }
        parts.put("keycloak", ticks(suite.pid("keycloak")));
        long postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .mapToLong(p -> ticks(p.pid())).sum();
        parts.put("postgresql", postgres);
        parts.put("load driver", ticks(ProcessHandle.current().pid()));
        return new Reading(parts, machine());
    }

    /** CPU milliseconds per unit of work for each part between two readings, and the machine's shares. */
    public static Map<String, Object> between(Reading before, Reading after, int units) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> perUnit = new LinkedHashMap<>();
        double total = 0;
        for (Map.Entry<String, Long> part : after.ticksByPart().entrySet()) {
            double ms = (part.getValue() - before.ticksByPart().getOrDefault(part.getKey(), 0L)) * 1000 / TICKS;
            total += ms;
            perUnit.put(part.getKey(), Figures.round(units == 0 ? 0 : ms / units, 2));
        }
        perUnit.put("all", Figures.round(units == 0 ? 0 : total / units, 2));
        out.put("cpuMsPerUnit", perUnit);
        long[] d = new long[after.machine().length];
        long sum = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] = after.machine()[i] - before.machine()[i];
            sum += d[i];
        }
        // /proc/stat's cpu line: user nice system idle iowait irq softirq steal ...
        out.put("machineBusyShare", Figures.round(sum == 0 ? 0 : 100.0 * (sum - d[3] - d[4] - (d.length > 7 ? d[7] : 0)) / sum, 1));
        out.put("machineIdleShare", Figures.round(sum == 0 ? 0 : 100.0 * (d[3] + d[4]) / sum, 1));
        out.put("stealShare", Figures.round(sum == 0 || d.length <= 7 ? 0 : 100.0 * d[7] / sum, 1));
        return out;
    }

    static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the command: state is field 3, so utime (14) and stime (15) are at 11 and 12 here.
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static long[] machine() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
        String[] f = lines.get(0).trim().split("\\s+");
        long[] values = new long[Math.min(f.length - 1, 8)];
        for (int i = 0; i < values.length; i++) {
            values[i] = Long.parseLong(f[i + 1]);
        }
        return values;
    }
}
