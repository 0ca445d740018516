package io.markguard.portal.client;

import io.markguard.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The portal's calls to complaint-service's misuse measures, with the same timeout, breaker and retry rules as
 * {@link ComplaintClient}: reads are tried again once when they never reached the peer; a contest (a creating POST)
 * never is, its form's Idempotency-Key makes a second press safe.
 */
@ApplicationScoped
@PeerCall
@Timeout(5_000)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000,
        failOn = { PeerFault.Unreachable.class, PeerFault.Failed.class })
public class MisuseClient {

    @RestClient
    MisuseRestClient misuse;

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<MisuseRestClient.Event> events(long brandId, int limit, String cursor) {
        return misuse.events(brandId, limit, cursor);
    }

    public MisuseRestClient.Event contest(long brandId, String idempotencyKey, String statement) {
        return misuse.contest(brandId, idempotencyKey, new MisuseRestClient.NewContest(statement));
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public Page<MisuseRestClient.Review> queue(int limit, String cursor) {
        return misuse.queue(limit, cursor);
    }

    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MisuseRestClient.Review review(long id) {
        return misuse.review(id);
    }

    /** complaint-service answers the same decision again with 200. */
    @Retry(maxRetries = 1, delay = 100, retryOn = PeerFault.Unreachable.class)
    public MisuseRestClient.Review decide(long id, MisuseRestClient.Decision decision) {
        return misuse.decide(id, decision);
    }
}
