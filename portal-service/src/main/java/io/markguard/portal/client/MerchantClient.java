package io.markguard.portal.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/**
 * The portal's calls to merchant-service, with the timeouts and retries a page view can afford. An answer
 * of merchant-service (404, 409...) is its decision, not a fault: it is neither retried nor counted by the breaker.
 */
@ApplicationScoped
public class MerchantClient {

    @RestClient
    MerchantRestClient merchants;

    /** How merchant-service sees the signed-in user. */
    @Timeout(1_500)
    @Retry(maxRetries = 1, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000)
    public MerchantRestClient.Me me() {
        return merchants.me();
    }

    /** Appeals, sanctions and repeat infringers over a period: public counts. */
    @Timeout(10_000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, skipOn = WebApplicationException.class)
    public MerchantRestClient.MerchantFigures transparency(String from, String to) {
        return merchants.transparency(from, to);
    }

    /** The marketplace's visible listings matching a shopper's words, for a brand filing a complaint. */
    @Timeout(3_000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, skipOn = WebApplicationException.class)
    public List<MerchantRestClient.FoundListing> searchListings(String q) {
        return merchants.searchListings(q, 20);
    }

    @Timeout(3_000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, skipOn = WebApplicationException.class)
    public MerchantRestClient.Standing standing() {
        return merchants.standing();
    }

    @Timeout(3_000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, skipOn = WebApplicationException.class)
    public List<MerchantRestClient.Sanction> sanctions() {
        return merchants.sanctions();
    }

    @Timeout(3_000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, skipOn = WebApplicationException.class)
    public List<MerchantRestClient.Appeal> myAppeals() {
        return merchants.myAppeals();
    }

    @Timeout(3_000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, skipOn = WebApplicationException.class)
    public MerchantRestClient.TraderIdentity traderIdentity() {
        return merchants.traderIdentity();
    }

    /** A PUT of the whole identity: repeating it leaves the same state, so one retry is safe. */
    @Timeout(3_000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, skipOn = WebApplicationException.class)
    public MerchantRestClient.TraderIdentity updateTraderIdentity(MerchantRestClient.TraderIdentityUpdate update) {
        return merchants.updateTraderIdentity(update);
    }

    @Timeout(3_000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, skipOn = WebApplicationException.class)
    public MerchantRestClient.SanctionDetail sanction(long id) {
        return merchants.sanction(id);
    }

    /** Not retried here: the uploads are read once; the Idempotency-Key makes a second press of the button safe. */
    @Timeout(10_000)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, skipOn = WebApplicationException.class)
    public MerchantRestClient.Appeal fileAppeal(long sanctionId, String idempotencyKey, ClientMultipartForm form) {
        return merchants.fileAppeal(sanctionId, idempotencyKey, form);
    }

    @Timeout(3_000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, skipOn = WebApplicationException.class)
    public List<MerchantRestClient.Appeal> appealQueue() {
        return merchants.appeals("OPEN");
    }

    @Timeout(3_000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, skipOn = WebApplicationException.class)
    public MerchantRestClient.Appeal appeal(long id) {
        return merchants.appeal(id);
    }

    @Timeout(5_000)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, skipOn = WebApplicationException.class)
    public Response evidence(long appealId, long evidenceId) {
        return merchants.evidence(appealId, evidenceId);
    }

    /** merchant-service answers the same decision again with 200, so one retry after a lost answer is safe. */
    @Timeout(3_000)
    @Retry(maxRetries = 1, delay = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, skipOn = WebApplicationException.class)
    public MerchantRestClient.Appeal decide(long appealId, MerchantRestClient.AppealDecision decision) {
        return merchants.decide(appealId, decision);
    }
}
