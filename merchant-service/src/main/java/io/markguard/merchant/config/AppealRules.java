package io.markguard.merchant.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.List;

/** Windows and limits of the appeal procedure (DSA Art. 20). */
@ConfigMapping(prefix = "markguard.appeals")
public interface AppealRules {

    /** How long after the statement of reasons a sanction may be appealed (at least six months). */
    Duration window();

    /** How long the complaining brand has to answer an appeal. */
    Duration brandAnswerWindow();

    /** By when a reviewer is to decide, counted from the filing. */
    Duration decisionWindow();

    Evidence evidence();

    /** Where the brand's mail points for answering (the portal). */
    String portalUrl();

    /** The sender of the mail to brands. */
    String mailFrom();

    interface Evidence {
        /** Largest single document, in bytes. */
        long maxBytes();

        int maxFiles();

        /** Media types accepted, as recognised from the content. */
        List<String> types();
    }
}
