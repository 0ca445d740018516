package io.markguard.merchant.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "markguard.listings")
public interface ImportRules {

    /** Rows accepted in one import. */
    int maxRows();
}
