package io.markguard.complaint.service;

import io.markguard.complaint.config.WebhookRules;
import io.markguard.platform.transaction.Batches;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The webhooks' housekeeping, safe on every replica (each batch skips the rows another holds): held deliveries of
 * resumed subscriptions are queued, a batch per transaction, and the delivery log is kept for its retention.
 */
@ApplicationScoped
public class WebhookJobs {

    private static final Logger LOG = Logger.getLogger(WebhookJobs.class);

    private static final int PURGE_BATCH = 1000;
    private static final int MOST_BATCHES = 20;

    @Inject
    Webhooks webhooks;

    @Inject
    WebhookRules rules;

    @Scheduled(identity = "webhook-resume", every = "${markguard.jobs.webhooks-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void queueHeld() {
        int queued = Batches.untilShort(rules.resumeBatch(), MOST_BATCHES, () -> webhooks.queueHeld(rules.resumeBatch()));
        if (queued > 0) {
            LOG.infof("Webhooks: %d held deliveries of resumed subscriptions queued", queued);
        }
    }

    @Scheduled(identity = "webhook-purge", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int removed = Batches.untilShort(PURGE_BATCH, MOST_BATCHES, () -> webhooks.purge(PURGE_BATCH));
        if (removed > 0) {
            LOG.infof("Webhooks: %d deliveries past their retention removed", removed);
        }
    }
}
