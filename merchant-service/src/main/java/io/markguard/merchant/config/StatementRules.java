package io.markguard.merchant.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/** What the statements of reasons say about where decisions apply and how to seek redress. */
@ConfigMapping(prefix = "markguard.statements")
public interface StatementRules {

    /** EU/EEA country codes the marketplace serves: the territorial scope of every decision. */
    List<String> territorialScope();

    /** Largest batch of the EU Transparency Database export. */
    int maxBatch();

    /** Redress beyond the internal appeal: out-of-court settlement (Art. 21) and the courts. */
    String externalRedress();
}
