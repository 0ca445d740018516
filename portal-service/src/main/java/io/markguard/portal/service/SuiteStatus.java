package io.markguard.portal.service;

import io.markguard.platform.metrics.DeadlineBacklog;
import io.markguard.platform.metrics.QueueFigures;
import io.markguard.platform.outbox.DeadLetters;
import io.markguard.platform.outbox.OutboxMetrics;
import io.markguard.platform.paging.Cursor;
import io.markguard.platform.paging.Page;
import io.markguard.portal.client.OperationsClient;
import io.markguard.portal.client.ServiceHealthClient;
import io.markguard.portal.config.PortalConfig;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * For administrators and reviewers: how each service behind the portal stands, as it says itself: its readiness, its
 * queues of work for people and its outbox, asked with the signed-in caller's token. Every call has a short timeout of its own and no retry: a service that
 * does not answer is shown as such, and holds no page up for long.
 */
@ApplicationScoped
public class SuiteStatus {

    public static final String PORTAL = "portal-service";

    public record Peer(String name, URI url, boolean ready, int status) {
    }

    /** One service's outbox, or {@code state} null where the service did not answer. */
    public record Outbox(String service, OutboxMetrics.State state) {
    }

    @Inject
    PortalConfig config;

    @Inject
    SecurityIdentity identity;

    @Inject
    QueueFigures.Board ownQueues;

    @Inject
    OutboxMetrics ownOutbox;

    @Inject
    DeadLetters ownDeadLetters;

    private final Map<String, ServiceHealthClient> health = new ConcurrentHashMap<>();
    private final Map<String, OperationsClient> operations = new ConcurrentHashMap<>();

    public List<Peer> peers() {
        return config.peers().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(peer -> probe(peer.getKey(), peer.getValue()))
                .toList();
    }

    /**
     * Every service's queues, the portal's own first; a service that did not answer adds none (the caller shows its
     * links without counts).
     */
    public List<DeadlineBacklog.Reading> queues() {
        List<DeadlineBacklog.Reading> all = new ArrayList<>(ownQueues.readings());
        for (Map.Entry<String, URI> peer : sortedPeers()) {
            try {
                all.addAll(operations(peer.getKey(), peer.getValue()).queues(bearer()));
            } catch (RuntimeException unanswered) {
                // Shown without its counts.
            }
        }
        return all;
    }

    /** Each service's outbox, the portal's own first. */
    public List<Outbox> outboxes() {
        List<Outbox> all = new ArrayList<>();
        all.add(new Outbox(PORTAL, ownOutbox.state()));
        for (Map.Entry<String, URI> peer : sortedPeers()) {
            OutboxMetrics.State state;
            try {
                state = operations(peer.getKey(), peer.getValue()).outbox(bearer());
            } catch (RuntimeException unanswered) {
                state = null;
            }
            all.add(new Outbox(peer.getKey(), state));
        }
        return all;
    }

    /** The names of the services whose outboxes an administrator looks after: the portal's own, then its peers'. */
    public List<String> services() {
        List<String> all = new ArrayList<>(List.of(PORTAL));
        sortedPeers().forEach(peer -> all.add(peer.getKey()));
        return all;
    }

    /**
     * A page of a service's dead letters, newest first: the portal's own from its database, a peer's asked with the
     * administrator's token (the peer's refusal or silence is thrown, for the page to say so).
     */
    public Page<DeadLetters.DeadLetter> deadLetters(String service, int limit, String cursor) {
        if (PORTAL.equals(service)) {
            return ownDeadLetters.list(limit, Cursor.read("cursor", cursor, DeadLetters.LIST, 1));
        }
        return operations(service, peerUrl(service)).deadLetters(bearer(), limit, cursor);
    }

    /** Puts a service's dead letter back in line. */
    public DeadLetters.DeadLetter requeue(String service, long id) {
        if (PORTAL.equals(service)) {
            return ownDeadLetters.requeue(id);
        }
        return operations(service, peerUrl(service)).requeue(bearer(), id);
    }

    /** The signed-in caller's own token, as every call to a peer carries it: the peer decides by the caller's roles. */
    private String bearer() {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return token == null ? null : "Bearer " + token.getToken();
    }

    private URI peerUrl(String service) {
        URI url = config.peers().get(service);
        if (url == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return url;
    }

    private List<Map.Entry<String, URI>> sortedPeers() {
        return config.peers().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    private OperationsClient operations(String name, URI url) {
        return operations.computeIfAbsent(name, key -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(url)
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(2, TimeUnit.SECONDS)
                .build(OperationsClient.class));
    }

    private Peer probe(String name, URI url) {
        ServiceHealthClient client = health.computeIfAbsent(name, key -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(url)
                .connectTimeout(1, TimeUnit.SECONDS)
                .readTimeout(2, TimeUnit.SECONDS)
                .build(ServiceHealthClient.class));
        try (Response response = client.ready()) {
            return new Peer(name, url, response.getStatus() == 200, response.getStatus());
        } catch (WebApplicationException notReady) {
            return new Peer(name, url, false, notReady.getResponse().getStatus());
        } catch (RuntimeException unreachable) {
            // A refused connection or a timeout: the peer is down as far as the portal can tell.
            return new Peer(name, url, false, 0);
        }
    }
}
