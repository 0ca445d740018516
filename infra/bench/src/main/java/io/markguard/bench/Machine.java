package io.markguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the figures were measured on. */
public final class Machine {

    private Machine() {
    }

    public static Map<String, Object> describe(Settings settings, Data data) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        out.put("cores", Runtime.getRuntime().availableProcessors());
        String memTotal = firstValue(Path.of("/proc/meminfo"), "MemTotal");
        out.put("memoryGiB", memTotal == null ? null
                : Figures.round(Long.parseLong(memTotal.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0, 1));
        out.put("os", osName());
        out.put("kernel", System.getProperty("os.version"));
        out.put("java", javaVersion(settings));
        try {
            out.put("postgresql", data.postgresVersion());
        } catch (Exception e) {
            out.put("postgresql", "unknown: " + e.getMessage());
        }
        return out;
    }

    private static String javaVersion(Settings settings) {
        try {
            String text = Processes.run(List.of(Path.of(settings.javaHome(), "bin", "java").toString(), "-version"), null, 30,
                    TimeUnit.SECONDS);
            return text.lines().filter(l -> l.contains("Runtime Environment")).findFirst().orElse(text.lines().findFirst().orElse("")).strip();
        } catch (IOException | InterruptedException e) {
            return System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
        }
    }

    private static String osName() {
        String pretty = firstValue(Path.of("/etc/os-release"), "PRETTY_NAME");
        return pretty == null ? System.getProperty("os.name") : pretty.replace("\"", "");
    }

    /** The value after the first "key:" or "key=" line of a /proc or /etc file, or null. */
    static String firstValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(key)) {
                    int split = line.indexOf(':') >= 0 ? line.indexOf(':') : line.indexOf('=');
                    return split < 0 ? null : line.substring(split + 1).strip();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
