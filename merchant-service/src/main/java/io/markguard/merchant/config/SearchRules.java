package io.markguard.merchant.config;

import io.smallrye.config.ConfigMapping;

/** What one listing search may read, whatever its query matches. */
@ConfigMapping(prefix = "markguard.search")
public interface SearchRules {

    /** Listings after the cursor tested one by one in id order, before the search turns to its index. */
    int window();

    /** Matches read from the index at most; when there are as many, the answer asks to refine the query. */
    int candidates();
}
