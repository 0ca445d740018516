package io.markguard.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a program to completion and returns what it printed; a non-zero exit is an error with that output. */
public final class Processes {

    private Processes() {
    }

    public static String run(List<String> command, String pgPassword, long timeout, TimeUnit unit)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (pgPassword != null) {
            builder.environment().put("PGPASSWORD", pgPassword);
        }
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeout, unit)) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish in " + timeout + " " + unit);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + text);
        }
        return text;
    }
}
