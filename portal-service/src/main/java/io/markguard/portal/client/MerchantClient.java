package io.markguard.portal.client;

import io.markguard.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/**
 * The portal's calls to merchant-service, each with its own breaker and the timeout a page view can afford. A
 * breaker counts only merchant-service's own failures ({@link PeerFault.Unreachable}, {@link PeerFault.Failed}): an
 * answer (404, 409...) is its decision, and a request that timed out is one user's slow answer, so neither opens
 * the breaker for everyone else. Only a call that never reached merchant-service is tried again, and never a
 * creating POST.
 */
@ApplicationScoped
@PeerCall
@Timeout(3_000)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000,
        failOn = { PeerFault.Unreachable.class, PeerFault.Failed.class })
public class MerchantClient {

    @RestClient
    MerchantRestClient merchants;

    /** Appeals, sanctions and repeat infringers over a period: public counts. */
    @Timeout(10_000)
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MerchantRestClient.MerchantFigures transparency(String from, String to) {
        return merchants.transparency(from, to);
    }

    /** The penalty policy in force: the reviewer's decision form preselects its default severities. */
    @Timeout(5_000)
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MerchantRestClient.Policy policy() {
        return merchants.policy();
    }

    /** The marketplace's visible listings matching a shopper's words, for a brand filing a complaint. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<MerchantRestClient.FoundListing> searchListings(String q, int limit, String cursor) {
        return merchants.searchListings(q, limit, cursor);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MerchantRestClient.Standing standing() {
        return merchants.standing();
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<MerchantRestClient.Sanction> sanctions(String status, int limit, String cursor) {
        return merchants.sanctions(status, limit, cursor);
    }

    /** The merchant's own listings by id, each off sale one with why. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<MerchantRestClient.ListingRef> myListings(String status, int limit, String cursor) {
        return merchants.myListings(status, limit, cursor);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<MerchantRestClient.Violation> violations(int limit, String cursor) {
        return merchants.violations(limit, cursor);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<MerchantRestClient.Appeal> myAppeals(int limit, String cursor) {
        return merchants.myAppeals(limit, cursor);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MerchantRestClient.TraderIdentity traderIdentity() {
        return merchants.traderIdentity();
    }

    /** A PUT of the whole identity: repeating it leaves the same state. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MerchantRestClient.TraderIdentity updateTraderIdentity(MerchantRestClient.TraderIdentityUpdate update) {
        return merchants.updateTraderIdentity(update);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MerchantRestClient.SanctionDetail sanction(long id) {
        return merchants.sanction(id);
    }

    /** Not retried: the uploads are read once; the Idempotency-Key makes a second press of the button safe. */
    @Timeout(10_000)
    public MerchantRestClient.Appeal fileAppeal(long sanctionId, String idempotencyKey, ClientMultipartForm form) {
        return merchants.fileAppeal(sanctionId, idempotencyKey, form);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<MerchantRestClient.Appeal> appeals(String status, int limit, String cursor) {
        return merchants.appeals(status, limit, cursor);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MerchantRestClient.Appeal appeal(long id) {
        return merchants.appeal(id);
    }

    /** A merchant's standing, for a reviewer: a summary of bounded size, whatever the merchant's history. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MerchantRestClient.Standing standingOf(long merchantId) {
        return merchants.standingOf(merchantId);
    }

    /** A merchant's latest {@code limit} sanctions, latest decided first: one page, never the whole history. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<MerchantRestClient.Sanction> latestSanctionsOf(long merchantId, int limit) {
        return merchants.sanctionsOf(merchantId, limit);
    }

    /** A listing as it is now. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MerchantRestClient.Listing listing(long id) {
        return merchants.listing(id);
    }

    @Timeout(5_000)
    public Response evidence(long appealId, long evidenceId) {
        return merchants.evidence(appealId, evidenceId);
    }

    /** A brand's appeals awaiting its answer, soonest answer deadline first. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<MerchantRestClient.Appeal> brandAppeals(long brandId, int limit, String cursor) {
        return merchants.brandAppeals(brandId, limit, cursor);
    }

    /** The statement of reasons of the sanction an appeal is against, for whoever may see the appeal. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MerchantRestClient.StatementOfReasons appealStatement(long appealId) {
        return merchants.appealStatement(appealId);
    }

    /** merchant-service answers the same answer again with 200. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MerchantRestClient.Appeal answer(long appealId, MerchantRestClient.BrandAnswer answer) {
        return merchants.answer(appealId, answer);
    }

    /** merchant-service answers the same decision again with 200. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MerchantRestClient.Appeal decide(long appealId, MerchantRestClient.AppealDecision decision) {
        return merchants.decide(appealId, decision);
    }

    /** Terminations waiting for a second reviewer, the soonest deadline first (overdue ones lead). */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<MerchantRestClient.Termination> terminations(int limit, String cursor) {
        return merchants.terminations(limit, cursor);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MerchantRestClient.Termination termination(long id) {
        return merchants.termination(id);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MerchantRestClient.SubmissionSummary submissionSummary() {
        return merchants.submissionSummary();
    }

    /** The statements' submissions to the EU Transparency Database, the latest sanction first, of one state or all. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<MerchantRestClient.Submission> submissions(String state, int limit, String cursor) {
        return merchants.submissions(state, limit, cursor);
    }

    /** A refused statement back in the queue; merchant-service refuses one in any other state (409). */
    public MerchantRestClient.Submission requeueSubmission(String puid) {
        return merchants.requeueSubmission(puid);
    }

    /** merchant-service answers the same decision by the same reviewer again with 200. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MerchantRestClient.Termination decideTermination(long id, MerchantRestClient.TerminationDecision decision) {
        return merchants.decideTermination(id, decision);
    }

    /** Where a decision stands in the service's public log; empty until the log has appended it. */
    @Timeout(1_500)
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public java.util.Optional<MerchantRestClient.DecisionLogEntry> decisionLogEntry(String key) {
        try {
            return java.util.Optional.of(merchants.decisionLogEntry(key));
        } catch (jakarta.ws.rs.WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return java.util.Optional.empty();
            }
            throw e;
        }
    }
}
