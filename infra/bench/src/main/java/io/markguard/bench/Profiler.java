package io.markguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder profile of a running service (started with jcmd, so the service needs no flag), reduced to
 * where its threads spent their samples: the hottest methods, and the Markguard code the samples ran under.
 */
public final class Profiler {

    private Profiler() {
    }

    /** Summarises a recording made earlier: {@code java -cp ... io.markguard.bench.Profiler FILE.jfr}. */
    public static void main(String[] args) throws IOException {
        System.out.println(Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summarise(Path.of(args[0]), 25)));
    }

    public static Path start(Settings settings, long pid, int seconds, Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Processes.run(List.of(Path.of(settings.javaHome(), "bin", "jcmd").toString(), String.valueOf(pid), "JFR.start",
                "name=markguard-bench", "settings=profile", "duration=" + seconds + "s", "filename=" + file), null, 30,
                TimeUnit.SECONDS);
        return file;
    }

    /** Waits for the recording to be written, then summarises it. */
    public static Map<String, Object> summarise(Path file, int top) throws IOException {
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            Suite.sleep(java.time.Duration.ofMillis(200));
        }
        Suite.sleep(java.time.Duration.ofSeconds(1));
        Map<String, Integer> leaf = new HashMap<>();
        Map<String, Integer> markguard = new HashMap<>();
        Map<String, Long> blockedMillis = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                leaf.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
                String ours = firstMarkguardFrame(stack);
                if (ours != null) {
                    markguard.merge(ours, 1, Integer::sum);
                }
            } else if (type.equals("jdk.SocketRead") || type.equals("jdk.JavaMonitorEnter") || type.equals("jdk.ThreadPark")) {
                String ours = firstMarkguardFrame(stack);
                if (ours != null) {
                    blockedMillis.merge(type.substring(4) + " in " + ours, event.getDuration().toMillis(), Long::sum);
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("executionSamples", samples);
        out.put("hottestMethods", topShares(leaf, samples, top));
        out.put("markguardCodeOnCpu", topShares(markguard, samples, top));
        List<Map<String, Object>> waits = new ArrayList<>();
        blockedMillis.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("where", e.getKey());
                    row.put("totalMs", e.getValue());
                    waits.add(row);
                });
        out.put("waits", waits);
        return out;
    }

    private static List<Map<String, Object>> topShares(Map<String, Integer> counts, int total, int top) {
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("method", e.getKey());
                    row.put("samples", e.getValue());
                    row.put("share", Figures.round(total == 0 ? 0 : 100.0 * e.getValue() / total, 1));
                    rows.add(row);
                });
        return rows;
    }

    private static String firstMarkguardFrame(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("io.markguard.") && !type.contains("_Subclass") && !type.contains("_ClientProxy")) {
                return name(frame);
            }
        }
        return null;
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }
}
