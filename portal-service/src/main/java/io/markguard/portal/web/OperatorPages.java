package io.markguard.portal.web;

import io.markguard.platform.outbox.OutboxMetrics;
import io.markguard.portal.client.MerchantClient;
import io.markguard.portal.client.MerchantRestClient;
import io.markguard.portal.service.SuiteStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import io.markguard.platform.outbox.DeadLetters;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Map;

/**
 * The administrators' pages beside the EU submissions: each service's readiness and outbox, its dead letters with
 * their requeue, and the penalty policy in force.
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

        static native TemplateInstance deadLetters(Page page, String service, List<String> services,
                List<DeadLetterRow> letters, boolean unanswered, Pager pager, Views.Flash flash);
    }

    /** A dead letter as its row shows it: its times written out. */
    public record DeadLetterRow(DeadLetters.DeadLetter letter, String createdAt, String lastAttemptAt) {
    }

    /** Dead letters a page at a time. */
    static final int DEAD_LETTERS_PAGE = 25;

    @Inject
    PortalPages pages;

    @Inject
    SuiteStatus suite;

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

    /**
     * A service's dead letters, newest first, each with its last error and a button that puts it back in line; a
     * service that does not answer is said so on the page.
     */
    @GET
    @Path("/dead-letters/{service}")
    public TemplateInstance deadLetters(@PathParam("service") String service, @QueryParam("cursor") String cursor,
            @QueryParam("back") String back, @QueryParam("notice") String notice, @QueryParam("error") String error) {
        if (!suite.services().contains(service)) {
            throw new NotFoundException();
        }
        Page page = pages.page();
        String at = cursor == null || cursor.isBlank() ? null : cursor;
        List<DeadLetterRow> rows = List.of();
        String next = null;
        boolean unanswered = false;
        try {
            var listed = suite.deadLetters(service, DEAD_LETTERS_PAGE, at);
            rows = listed.items().stream().map(d -> new DeadLetterRow(d, Views.time(d.createdAt()),
                    Views.time(d.lastAttemptAt()))).toList();
            next = listed.nextCursor();
        } catch (jakarta.ws.rs.WebApplicationException | jakarta.ws.rs.ProcessingException silent) {
            unanswered = true;
        }
        return Pages.deadLetters(page, service, suite.services(), rows, unanswered,
                Pager.of("/operator/dead-letters/" + service, Map.of(), at, back, next),
                new Views.Flash(error, null, notice)).setLocale(page.language().locale);
    }

    @POST
    @Path("/dead-letters/{service}/{id}/requeue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requeue(@PathParam("service") String service, @PathParam("id") long id) {
        if (!suite.services().contains(service)) {
            throw new NotFoundException();
        }
        String base = "/operator/dead-letters/" + service;
        try {
            suite.requeue(service, id);
        } catch (jakarta.ws.rs.WebApplicationException | jakarta.ws.rs.ProcessingException | io.markguard.platform.problem.Refusal refused) {
            // Put back already, delivered meanwhile, or the service did not answer: the page says it was not done.
            return Response.seeOther(UriBuilder.fromPath(base).queryParam("error", "NOT_REQUEUED").build()).build();
        }
        return Response.seeOther(UriBuilder.fromPath(base).queryParam("notice", "requeued").build()).build();
    }

    /** Every service's outbox, asked with the signed-in administrator's token. */
    List<OutboxRow> outboxRows() {
        return suite.outboxes().stream().map(OutboxRow::of).toList();
    }
}
