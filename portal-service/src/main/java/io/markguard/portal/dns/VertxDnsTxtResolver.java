package io.markguard.portal.dns;

import io.markguard.portal.config.PortalConfig;
import io.vertx.core.Vertx;
import io.vertx.core.dns.DnsClient;
import io.vertx.core.dns.DnsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/** Asks the system's DNS servers through Vert.x's own DNS client: no JNDI, so it also runs in a native image. */
@ApplicationScoped
public class VertxDnsTxtResolver implements DnsTxtResolver {

    private static final Logger LOG = Logger.getLogger(VertxDnsTxtResolver.class);

    @Inject
    Vertx vertx;

    @Inject
    PortalConfig config;

    @Override
    public List<String> txt(String name) {
        DnsClient client = vertx.createDnsClient();
        long timeout = config.verification().dnsTimeout().toMillis();
        try {
            return client.resolveTXT(name).toCompletionStage().toCompletableFuture().get(timeout, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof DnsException)) {
                LOG.warnf("TXT lookup of %s failed: %s", name, e.getCause());
            }
            return List.of();
        } catch (TimeoutException e) {
            LOG.warnf("TXT lookup of %s timed out", name);
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            client.close();
        }
    }
}
