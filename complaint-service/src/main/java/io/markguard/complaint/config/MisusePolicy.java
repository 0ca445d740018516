package io.markguard.complaint.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** DSA Art. 23: complainants who often submit manifestly unfounded notices are warned, then suspended. */
@ConfigMapping(prefix = "markguard.misuse")
public interface MisusePolicy {

    Duration window();

    /** Decided items in the window before the share is judged. */
    int minDecidedItems();

    /** Share of manifestly unfounded items, 0 to 1, that draws a warning, and after one a suspension. */
    double unfoundedShare();

    /** How long filing stays suspended. */
    Duration suspension();
}
