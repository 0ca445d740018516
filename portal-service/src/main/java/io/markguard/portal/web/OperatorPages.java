package io.markguard.portal.web;

import io.markguard.platform.outbox.OutboxMetrics;
import io.markguard.portal.client.MerchantClient;
import io.markguard.portal.client.MerchantRestClient;
import io.markguard.portal.service.SuiteStatus;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The administrators' pages beside the EU submissions: each service's readiness and outbox, and the penalty policy
 * in force.
 */
@Path("/operator")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class OperatorPages {

    /** One service's outbox as the page shows it: {@code state} null when the service did not answer. */
    public record OutboxRow(String service, OutboxMetrics.State state, String ageUnit, long ageAmount) {

        static OutboxRow of(SuiteStatus.Outbox outbox) {
            if (outbox.state() == null) {
                return new OutboxRow(outbox.service(), null, "s", 0);
            }
            long seconds = outbox.state().oldestSeconds();
            return seconds < 60 ? new OutboxRow(outbox.service(), outbox.state(), "s", seconds)
                    : seconds < 3_600 ? new OutboxRow(outbox.service(), outbox.state(), "min", seconds / 60)
                    : new OutboxRow(outbox.service(), outbox.state(), "h", seconds / 3_600);
        }

        public boolean answered() {
            return state != null;
        }
    }

    @CheckedTemplate(basePath = "operator")
    static class Pages {
        static native TemplateInstance health(Page page, List<SuiteStatus.Peer> peers, List<OutboxRow> outboxes);

        static native TemplateInstance policy(Page page, MerchantRestClient.Policy policy);
    }

    @Inject
    PortalPages pages;

    @Inject
    SuiteStatus suite;

    @Inject
    SecurityIdentity identity;

    @Inject
    MerchantClient merchants;

    @GET
    @Path("/health")
    public TemplateInstance health() {
        Page page = pages.page();
        return Pages.health(page, suite.peers(), outboxRows()).setLocale(page.language().locale);
    }

    @GET
    @Path("/policy")
    public TemplateInstance policy() {
        Page page = pages.page();
        MerchantRestClient.Policy policy = PeerCalls.MERCHANT.read(merchants::policy);
        return Pages.policy(page, policy).setLocale(page.language().locale);
    }

    /** Every service's outbox, asked with the signed-in administrator's token. */
    List<OutboxRow> outboxRows() {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return token == null ? List.of()
                : suite.outboxes(token.getToken()).stream().map(OutboxRow::of).toList();
    }
}
