package io.markguard.complaint.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The calls complaint-service makes to portal-service. */
@ApplicationScoped
public class PortalClient {

    @RestClient
    PortalRestClient portal;

    /** Empty when portal-service knows no such brand. */
    @Timeout(3_000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5_000, skipOn = WebApplicationException.class)
    public Optional<PortalRestClient.Authorisation> authority(long brandId, String subject, Long rightId) {
        try {
            return Optional.of(portal.authority(brandId, subject, rightId));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Empty when the right is not the brand's. */
    @Timeout(3_000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = WebApplicationException.class)
    public Optional<PortalRestClient.Grounds> grounds(long brandId, long rightId) {
        try {
            return Optional.of(portal.grounds(brandId, rightId));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
