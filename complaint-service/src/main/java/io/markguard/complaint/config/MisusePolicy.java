package io.markguard.complaint.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** DSA Art. 23: complainants who often submit manifestly unfounded notices are warned, then suspended. */
@ConfigMapping(prefix = "markguard.misuse")
public interface MisusePolicy {

    /** The window the share is computed over, in whole UTC days: from the start of the day of now − window. */
    Duration window();

    /** Decided items in the window before the share is judged. */
    int minDecidedItems();

    /** Share of manifestly unfounded items, 0 to 1, that draws a warning, and after one a suspension. */
    double unfoundedShare();

    /** How long filing stays suspended. */
    Duration suspension();
}
