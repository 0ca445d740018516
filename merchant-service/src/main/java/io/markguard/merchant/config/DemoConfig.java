package io.markguard.merchant.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "markguard.demo")
public interface DemoConfig {

    /** Seed the demo merchants and their catalogue at startup (the local suite only). */
    boolean catalogue();
}
