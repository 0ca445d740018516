package io.markguard.portal.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The portal's calls to complaint-service, with the timeouts a page view can afford. Reads are retried once;
 * writes are not, except where complaint-service makes a repeat harmless (an Idempotency-Key, the same
 * decision again). An answer of complaint-service (403, 404, 409...) is its decision, not a fault: it is
 * neither retried nor counted by the breaker.
 */
@ApplicationScoped
@Timeout(5_000)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, skipOn = WebApplicationException.class)
public class ComplaintClient {

    @RestClient
    ComplaintRestClient complaints;

    /** Filing resolves every listing against merchant-service, so it may take longer than a read; the key makes a retry safe. */
    @Timeout(30_000)
    @Retry(maxRetries = 1, delay = 200, abortOn = WebApplicationException.class)
    public ComplaintRestClient.Complaint file(String idempotencyKey, ComplaintRestClient.NewComplaint notice) {
        return complaints.file(idempotencyKey, notice);
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public List<ComplaintRestClient.ComplaintSummary> complaints(long brandId) {
        return complaints.complaints(brandId);
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public ComplaintRestClient.Complaint complaint(long id) {
        return complaints.complaint(id);
    }

    /** The upload is read once, so it is not retried here; the form's Idempotency-Key makes a second press safe. */
    @Timeout(120_000)
    public ComplaintRestClient.Job upload(boolean csv, long brandId, long rightId, String infringementType,
            String explanation, String idempotencyKey, InputStream body) {
        return csv
                ? complaints.uploadCsv(brandId, rightId, infringementType, explanation, true, true, idempotencyKey, body)
                : complaints.uploadJson(brandId, rightId, infringementType, explanation, true, true, idempotencyKey, body);
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public ComplaintRestClient.Job job(long id) {
        return complaints.job(id);
    }

    @Timeout(15_000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public List<ComplaintRestClient.ReportRow> report(long jobId) {
        return complaints.report(jobId);
    }

    @Timeout(15_000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public String reportCsv(long jobId) {
        return complaints.reportCsv(jobId);
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public List<ComplaintRestClient.Item> myItems() {
        return complaints.myItems(true);
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public ComplaintRestClient.Item item(long id) {
        return complaints.item(id);
    }

    /** complaint-service answers a repeated retraction with the same item, so one retry is safe. */
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public ComplaintRestClient.Item retract(long itemId, String reason) {
        return complaints.retract(itemId, new ComplaintRestClient.Retraction(reason));
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public List<ComplaintRestClient.Message> messages(long itemId) {
        return complaints.messages(itemId);
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public ComplaintRestClient.Message send(long itemId, String idempotencyKey, String body) {
        return complaints.send(itemId, idempotencyKey, new ComplaintRestClient.NewMessage(body));
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public List<ComplaintRestClient.Item> queue() {
        return complaints.queue(100);
    }

    /** Claiming again what one holds is answered with the same item, so one retry is safe. */
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public ComplaintRestClient.Item claim(long itemId) {
        return complaints.claim(itemId);
    }

    /** complaint-service answers the same decision again with 200, so one retry after a lost answer is safe. */
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public ComplaintRestClient.Item decide(long itemId, ComplaintRestClient.Decision decision) {
        return complaints.decide(itemId, decision);
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public ComplaintRestClient.Breaches breaches() {
        return complaints.breaches();
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public ComplaintRestClient.TrustScore trustScore(long brandId) {
        return complaints.trustScore(brandId);
    }

    /** The platform's figures (anyone), or one brand's (its members, with their token). */
    @Timeout(15_000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public ComplaintRestClient.PlatformFigures transparency(String from, String to, Long brandId) {
        return complaints.transparency(from, to, brandId);
    }

    @Timeout(15_000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    public String transparencyDownload(boolean csv, String from, String to, Long brandId) {
        return csv ? complaints.transparencyCsv(from, to, brandId) : complaints.transparencyJson(from, to, brandId);
    }
}
