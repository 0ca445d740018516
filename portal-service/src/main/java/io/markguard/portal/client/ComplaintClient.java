package io.markguard.portal.client;

import io.markguard.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The portal's calls to complaint-service, each with its own breaker and the timeout a page view can afford. A
 * breaker counts only complaint-service's own failures ({@link PeerFault.Unreachable}, {@link PeerFault.Failed}):
 * an answer (403, 404, 409...) is its decision, and a request that timed out is one user's slow answer, so neither
 * opens the breaker for everyone else. Only a call that never reached complaint-service is tried again, and never a
 * creating POST (filing, an upload, a message): a second press of the form, with its Idempotency-Key, is the retry.
 */
@ApplicationScoped
@PeerCall
@Timeout(5_000)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000,
        failOn = { PeerFault.Unreachable.class, PeerFault.Failed.class })
public class ComplaintClient {

    @RestClient
    ComplaintRestClient complaints;

    /** Filing resolves every listing against merchant-service, so it may take longer than a read. */
    @Timeout(30_000)
    public ComplaintRestClient.Complaint file(String idempotencyKey, ComplaintRestClient.NewComplaint notice) {
        return complaints.file(idempotencyKey, notice);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<ComplaintRestClient.ComplaintSummary> complaints(long brandId, ComplaintFilter filter, int limit,
            String cursor) {
        return complaints.complaints(brandId, filter.status(), filter.infringementType(), filter.from(), filter.to(),
                filter.rightId(), limit, cursor);
    }

    /**
     * What a brand's list of complaints is narrowed to; empty values are no filter. {@code rightId} is how an agent
     * authorised on some rights only reads the list: one of its rights at a time.
     */
    public record ComplaintFilter(String status, String infringementType, String from, String to, Long rightId) {
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public ComplaintRestClient.Complaint complaint(long id) {
        return complaints.complaint(id);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<ComplaintRestClient.Item> complaintItems(long id, String status, int limit, String cursor) {
        return complaints.complaintItems(id, status, limit, cursor);
    }

    /** The upload is read once, so it is not retried here; the form's Idempotency-Key makes a second press safe. */
    @Timeout(120_000)
    public ComplaintRestClient.Job upload(boolean csv, long brandId, long rightId, String infringementType,
            String explanation, String idempotencyKey, InputStream body) {
        return csv
                ? complaints.uploadCsv(brandId, rightId, infringementType, explanation, true, true, idempotencyKey, body)
                : complaints.uploadJson(brandId, rightId, infringementType, explanation, true, true, idempotencyKey, body);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public ComplaintRestClient.Job job(long id) {
        return complaints.job(id);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<ComplaintRestClient.ReportRow> report(long jobId, int limit, String cursor) {
        return complaints.report(jobId, limit, cursor);
    }

    /** Every row not filed (at most 20,000), streamed by complaint-service. */
    @Timeout(15_000)
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public String reportCsv(long jobId) {
        return complaints.reportCsv(jobId);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<ComplaintRestClient.Item> myItems(String status, String from, String to, int limit, String cursor) {
        return complaints.myItems(true, status, from, to, limit, cursor);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public ComplaintRestClient.Item item(long id) {
        return complaints.item(id);
    }

    /** complaint-service answers a repeated retraction with the same item. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public ComplaintRestClient.Item retract(long itemId, String reason) {
        return complaints.retract(itemId, new ComplaintRestClient.Retraction(reason));
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<ComplaintRestClient.Message> messages(long itemId, int limit, String cursor) {
        return complaints.messages(itemId, limit, cursor);
    }

    /** The thread latest first, {@code limit} at a time; {@code cursor} reads back to earlier messages. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<ComplaintRestClient.Message> latestMessages(long itemId, int limit, String cursor) {
        return complaints.latestMessages(itemId, "latest", limit, cursor);
    }

    public ComplaintRestClient.Message send(long itemId, String idempotencyKey, String body) {
        return complaints.send(itemId, idempotencyKey, new ComplaintRestClient.NewMessage(body));
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<ComplaintRestClient.Item> queue(int limit, String cursor) {
        return complaints.queue(limit, cursor);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public ComplaintRestClient.ReviewItem reviewItem(long id) {
        return complaints.reviewItem(id);
    }

    /** A notice's evidence document, whole (at most the intake's 5 MB). */
    @Timeout(10_000)
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public jakarta.ws.rs.core.Response evidenceDocument(long complaintId, long evidenceId) {
        return complaints.evidenceDocument(complaintId, evidenceId);
    }

    /** Claiming again what one holds is answered with the same item. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public ComplaintRestClient.Item claim(long itemId) {
        return complaints.claim(itemId);
    }

    /** complaint-service answers the same decision again with 200. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public ComplaintRestClient.Item decide(long itemId, ComplaintRestClient.Decision decision) {
        return complaints.decide(itemId, decision);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public ComplaintRestClient.Breaches breaches() {
        return complaints.breaches();
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public ComplaintRestClient.TrustScore trustScore(long brandId) {
        return complaints.trustScore(brandId);
    }

    /** The platform's figures (anyone), or one brand's (its members, with their token). */
    @Timeout(15_000)
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public ComplaintRestClient.PlatformFigures transparency(String from, String to, Long brandId) {
        return complaints.transparency(from, to, brandId);
    }

    @Timeout(15_000)
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public String transparencyDownload(boolean csv, String from, String to, Long brandId) {
        return csv ? complaints.transparencyCsv(from, to, brandId) : complaints.transparencyJson(from, to, brandId);
    }

    /** Where a decision stands in the service's public log; empty until the log has appended it. */
    @Timeout(1_500)
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public java.util.Optional<ComplaintRestClient.DecisionLogEntry> decisionLogEntry(String key) {
        try {
            return java.util.Optional.of(complaints.decisionLogEntry(key));
        } catch (jakarta.ws.rs.WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return java.util.Optional.empty();
            }
            throw e;
        }
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public java.util.List<ComplaintRestClient.Webhook> webhooks(long brandId) {
        return complaints.webhooks(brandId);
    }

    /** A creating POST: not retried (a second press of the form makes a second subscription, which the list shows). */
    public ComplaintRestClient.CreatedWebhook subscribe(long brandId, String url, java.util.List<String> events) {
        return complaints.subscribe(brandId, new ComplaintRestClient.NewWebhook(url, events));
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public ComplaintRestClient.Webhook webhook(long brandId, String id) {
        return complaints.webhook(brandId, id);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public void deleteWebhook(long brandId, String id) {
        complaints.deleteWebhook(brandId, id);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public ComplaintRestClient.Webhook resumeWebhook(long brandId, String id) {
        return complaints.resumeWebhook(brandId, id);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<ComplaintRestClient.WebhookDelivery> webhookDeliveries(long brandId, String id, String status, int limit,
            String cursor) {
        return complaints.webhookDeliveries(brandId, id, status, limit, cursor);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public ComplaintRestClient.WebhookDelivery redeliver(long brandId, String id, long deliveryId) {
        return complaints.redeliver(brandId, id, deliveryId);
    }
}
