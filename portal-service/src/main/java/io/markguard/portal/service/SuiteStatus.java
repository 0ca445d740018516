package io.markguard.portal.service;

import io.markguard.portal.client.ServiceHealthClient;
import io.markguard.portal.config.PortalConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** For administrators: is each service behind the portal ready, as its own readiness check says? */
@ApplicationScoped
public class SuiteStatus {

    public record Peer(String name, URI url, boolean ready, int status) {
    }

    @Inject
    PortalConfig config;

    private final Map<String, ServiceHealthClient> clients = new ConcurrentHashMap<>();

    public List<Peer> peers() {
        return config.peers().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(peer -> probe(peer.getKey(), peer.getValue()))
                .toList();
    }

    private Peer probe(String name, URI url) {
        ServiceHealthClient client = clients.computeIfAbsent(name, key -> QuarkusRestClientBuilder.newBuilder()
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
