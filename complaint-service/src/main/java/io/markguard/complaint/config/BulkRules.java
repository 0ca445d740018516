package io.markguard.complaint.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

@ConfigMapping(prefix = "markguard.bulk")
public interface BulkRules {

    /** Rows applied per transaction: a crash loses at most one chunk of work, never applies one twice. */
    int chunkSize();

    /** How long a replica holds a job before another may resume it. */
    Duration lease();

    /** Claims of one job before it is failed for good. */
    int maxAttempts();
}
