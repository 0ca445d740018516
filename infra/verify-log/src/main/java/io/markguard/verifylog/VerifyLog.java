package io.markguard.verifylog;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A regulator's check of a Markguard service's public decision log:
 * {@code java -jar verify-log.jar URL [--state FILE] [--leaf INDEX ...] [--report FILE-OR-URL]}. Prints one line per
 * check; exits 0 when every check passes, 1 when one fails, 2 on a usage error or when the log cannot be reached.
 */
public final class VerifyLog {

    static final String USAGE = "usage: java -jar verify-log.jar URL [--state FILE] [--leaf INDEX ...] [--report FILE-OR-URL]";

    private VerifyLog() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String url = null;
        Path state = null;
        String report = null;
        List<Long> leaves = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--state" -> {
                    if (++i == args.length) {
                        return usage(err, "--state needs a file");
                    }
                    state = Path.of(args[i]);
                }
                case "--report" -> {
                    if (++i == args.length) {
                        return usage(err, "--report needs a file or URL");
                    }
                    report = args[i];
                }
                case "--leaf" -> {
                    int before = leaves.size();
                    while (i + 1 < args.length && args[i + 1].matches("\\d{1,18}")) {
                        leaves.add(Long.parseLong(args[++i]));
                    }
                    if (leaves.size() == before) {
                        return usage(err, "--leaf needs one or more leaf indexes");
                    }
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (args[i].startsWith("--") || url != null) {
                        return usage(err, "unexpected " + args[i]);
                    }
                    url = args[i];
                }
            }
        }
        if (url == null) {
            return usage(err, "the log's URL is missing");
        }
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            return usage(err, url + " is not an http(s) URL");
        }
        try {
            return new Audit(new LogClient(url), out).run(state, leaves, report) ? 0 : 1;
        } catch (LogClient.Unreachable | Audit.Unusable e) {
            err.println("verify-log: " + e.getMessage());
            return 2;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("verify-log: " + problem);
        err.println(USAGE);
        return 2;
    }
}
