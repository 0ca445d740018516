package io.markguard.complaint.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * DSA Art. 23: complainants who often submit manifestly unfounded notices are warned, then a suspension of filing is
 * proposed to a reviewer, who confirms or declines it.
 */
@ConfigMapping(prefix = "markguard.misuse")
public interface MisusePolicy {

    /** The window the share is computed over, in whole UTC days: from the start of the day of now − window. */
    Duration window();

    /** Decided items in the window before the share is judged. */
    int minDecidedItems();

    /** Share of manifestly unfounded items, 0 to 1, that draws a warning, and after one a suspension. */
    double unfoundedShare();

    /** How long filing stays suspended once a reviewer confirms a proposed suspension. */
    Duration suspension();

    /** The version kept with every measure, so a measure can be read against the policy it applied. */
    @WithDefault("2026.1")
    String version();

    /** How soon a reviewer should decide a proposed suspension: its deadline in the reviewers' queue. */
    @WithDefault("P2D")
    Duration reviewWithin();
}
