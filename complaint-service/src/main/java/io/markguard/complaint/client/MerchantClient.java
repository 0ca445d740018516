package io.markguard.complaint.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The calls complaint-service makes to merchant-service, with the timeouts and retries they need. */
@ApplicationScoped
public class MerchantClient {

    @RestClient
    MerchantRestClient merchants;

    @RestClient
    MerchantUserRestClient users;

    @Timeout(2_000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000)
    public MerchantRestClient.Caller whoAmI() {
        return merchants.caller();
    }

    /** The listing as merchant-service holds it now, by id or by URL; empty when it does not exist. */
    @Timeout(3_000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    public Optional<MerchantRestClient.ListingSnapshot> listing(String reference) {
        try {
            String ref = reference.strip();
            return Optional.of(ref.chars().allMatch(Character::isDigit) && !ref.isEmpty() && ref.length() < 18
                    ? merchants.listing(Long.parseLong(ref))
                    : merchants.listingByUrl(ref));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 400) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Many listings in one call (a bulk job's chunk): one entry per reference, empty where there is none. */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    public List<Optional<MerchantRestClient.ListingSnapshot>> listings(List<String> references) {
        return merchants.lookup(new MerchantRestClient.Lookup(references)).stream().map(Optional::ofNullable).toList();
    }

    /** Which merchant the signed-in user is, asked with the user's own token. */
    @Timeout(3_000)
    @Retry(maxRetries = 1, delay = 200)
    public MerchantUserRestClient.MerchantMe merchantOf(String bearer) {
        return users.me(bearer);
    }

    /** Outbox delivery: no retry here, the outbox owns retries. */
    @Timeout(5_000)
    public Map<String, Object> takeDown(String payload) {
        return merchants.takeDown(payload);
    }

    /** Outbox delivery of several takedowns, applied in one transaction there: a longer time than one takes. */
    @Timeout(30_000)
    public Map<String, Object> takeDownAll(String payload) {
        return merchants.takeDownAll(payload);
    }

    @Timeout(5_000)
    public Map<String, Object> retract(String payload) {
        return merchants.retract(payload);
    }

    @Timeout(5_000)
    public Map<String, Object> spotChecked(String payload) {
        return merchants.spotChecked(payload);
    }
}
