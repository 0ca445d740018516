package io.markguard.complaint.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "markguard.intake")
public interface IntakeRules {

    /** Listings one single notice may name; more go through a bulk upload. */
    int maxListingsPerNotice();

    /** Listings one bulk upload may hold. */
    int maxRowsPerUpload();

    /** How long the standard queue has to decide an item. */
    Duration reviewDeadline();

    /** Uploaded evidence documents per notice. */
    int maxDocuments();

    /** Size limit of one evidence document. */
    long maxDocumentBytes();

    /** Media types accepted for evidence documents, judged on content. */
    List<String> documentTypes();

    /** Takedowns one outbox message carries to merchant-service, which applies them in one transaction. */
    int takedownsPerMessage();

    /**
     * Lanes a complaint's takedown messages go in, by seller: one lane's messages one after another, the lanes side
     * by side (each lane's merchants are its own, so merchant-service applies them without waiting on each other).
     */
    int takedownLanes();

    /** How long portal-service's answer on who may act for a brand is reused. */
    Duration authorityCacheFor();
}
