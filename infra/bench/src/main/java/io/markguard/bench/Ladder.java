package io.markguard.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The penalty policy's account ladder (active points from which each step applies), read from merchant-service's
 * configuration, so a fault run can tell whether a merchant's standing lacks a step its points have reached.
 */
public final class Ladder {

    /** The steps from the least severe, as merchant-service names them in a standing's level. */
    static final List<String> STEPS = List.of("WARNING", "RESTRICTED", "SUSPENDED_7D", "SUSPENDED_14D", "TERMINATED");
    private static final List<String> KEYS = List.of("warning", "restricted", "suspended7d", "suspended14d", "terminated");

    private final Map<String, Integer> thresholds;

    Ladder(Map<String, Integer> thresholds) {
        this.thresholds = thresholds;
    }

    public static Ladder read(Path properties) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(properties)) {
            p.load(in);
        }
        Map<String, Integer> thresholds = new LinkedHashMap<>();
        for (int i = 0; i < STEPS.size(); i++) {
            String value = p.getProperty("markguard.policy.thresholds." + KEYS.get(i));
            if (value == null) {
                throw new IllegalStateException(properties + " has no markguard.policy.thresholds." + KEYS.get(i));
            }
            thresholds.put(STEPS.get(i), Integer.parseInt(value.strip()));
        }
        return new Ladder(thresholds);
    }

    /** The highest step these active points reach, or null below the first. */
    public String stepFor(int activePoints) {
        String reached = null;
        for (String step : STEPS) {
            if (activePoints >= thresholds.get(step)) {
                reached = step;
            }
        }
        return reached;
    }

    /**
     * True when a merchant at {@code level} with these points lacks a step the points have reached. Termination is
     * the ladder's proposal, which a second reviewer decides: points at its threshold are served by a termination
     * waiting for that decision ({@code terminationPending}) on top of the step below it.
     */
    public boolean lacksStep(String level, int activePoints, boolean terminationPending) {
        String due = stepFor(activePoints);
        if (due == null) {
            return false;
        }
        if (due.equals("TERMINATED") && terminationPending) {
            due = STEPS.get(STEPS.size() - 2);
        }
        return level == null || !STEPS.contains(level) || STEPS.indexOf(level) < STEPS.indexOf(due);
    }
}
