package io.markguard.complaint.service;

import io.markguard.complaint.client.MerchantClient;
import io.markguard.complaint.client.MerchantRestClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/** Whether complaint-service can reach the services it depends on, as itself. */
@ApplicationScoped
public class Connectivity {

    private static final Logger LOG = Logger.getLogger(Connectivity.class);

    /** One peer: whether the call went through, and who the peer saw calling. */
    public record Peer(String name, boolean reachable, String seenAsClient, List<String> seenWithRoles,
            long millis, String error) {
    }

    @Inject
    MerchantClient merchants;

    public List<Peer> peers() {
        // A round trip, not a moment: measured on the monotonic clock.
        long start = System.nanoTime();
        try {
            MerchantRestClient.Caller caller = merchants.whoAmI();
            return List.of(new Peer("merchant-service", true, caller.clientId(), caller.roles(), since(start), null));
        } catch (RuntimeException e) {
            LOG.warnf("merchant-service unreachable: %s", e.toString());
            return List.of(new Peer("merchant-service", false, null, List.of(), since(start), e.getClass().getSimpleName()));
        }
    }

    private static long since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}
