package io.markguard.portal.web;

import io.markguard.portal.client.MerchantClient;
import io.markguard.portal.client.MerchantRestClient;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operators' page of the statements of reasons submitted to the EU Transparency Database (DSA Art. 24(5)), as
 * merchant-service's ledger has them: the count in each state, the statements a page at a time (all, or of one
 * state), a refused one with the database's errors and the button that queues it again.
 */
@Path(TransparencyDatabasePages.BASE)
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("admin")
public class TransparencyDatabasePages {

    static final String BASE = "/operator/transparency-database";
    static final List<String> STATES = List.of("QUEUED", "RETRYING", "SUBMITTED", "REFUSED", "WITHDRAWN");

    /** A submission as a row shows it: its times written out and the database's errors one per line. */
    public record Row(MerchantRestClient.Submission submission, String submittedAt, String nextAttemptAt,
            String reversedAt, List<String> errors) {

        static Row of(MerchantRestClient.Submission s) {
            List<String> errors = new ArrayList<>();
            if (s.errors() != null) {
                s.errors().forEach((field, messages) -> messages.forEach(m -> errors.add(field + ": " + m)));
            }
            return new Row(s, Views.time(s.submittedAt()), Views.time(s.nextAttemptAt()), Views.time(s.reversedAt()),
                    errors);
        }

        public boolean refused() {
            return "REFUSED".equals(submission.state());
        }
    }

    /** A state with its count, as the summary lists it; {@code chosen} when the list shows that state only. */
    public record StateCount(String state, long count, boolean chosen) {
    }

    @CheckedTemplate(basePath = "operator")
    static class Pages {
        static native TemplateInstance ledger(Page page, List<StateCount> states, long total, boolean sending,
                String state, List<Row> submissions, Pager pager, Views.Flash flash);
    }

    @Inject
    PortalPages pages;

    @Inject
    MerchantClient merchants;

    @GET
    public TemplateInstance ledger(@QueryParam("state") String state, @QueryParam("cursor") String cursor,
            @QueryParam("back") String back, @QueryParam("notice") String notice, @QueryParam("error") String error,
            @QueryParam("field") String field) {
        Page page = pages.page();
        // An unknown state in the address lists every state, as the unfiltered page does.
        String chosen = state != null && STATES.contains(state) ? state : null;
        MerchantRestClient.SubmissionSummary summary = PeerCalls.MERCHANT.read(merchants::submissionSummary);
        var listed = PeerCalls.MERCHANT.read(() -> merchants.submissions(chosen, MerchantPages.PAGE_SIZE, cursor));
        List<StateCount> states = STATES.stream()
                .map(s -> new StateCount(s, summary.counts().getOrDefault(s, 0L), s.equals(chosen))).toList();
        return Pages.ledger(page, states, summary.total(), summary.sending(), chosen,
                listed.items().stream().map(Row::of).toList(),
                Pager.of(BASE, chosen == null ? Map.of() : Map.of("state", chosen), cursor, back, listed.nextCursor()),
                new Views.Flash(error, field, notice)).setLocale(page.language().locale);
    }

    @POST
    @Path("/{puid}/requeue")
    public Response requeue(@PathParam("puid") String puid) {
        var attempt = PeerCalls.MERCHANT.attempt(() -> merchants.requeueSubmission(puid));
        if (attempt.refused()) {
            // Queued again or submitted meanwhile (409), or no such statement (404): the page says so.
            return PeerCalls.back(BASE, attempt.refusal().code(), puid);
        }
        return Response.seeOther(UriBuilder.fromPath(BASE).queryParam("state", "QUEUED")
                .queryParam("notice", "requeued").build()).build();
    }
}
