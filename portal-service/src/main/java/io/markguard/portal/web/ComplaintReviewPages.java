package io.markguard.portal.web;

import io.markguard.portal.client.ComplaintClient;
import io.markguard.portal.client.ComplaintRestClient;
import io.markguard.portal.client.MerchantClient;
import io.markguard.portal.service.ReviewGrounds;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The reviewer's complaint queue, soonest deadline first with the breach counts, and each item's page with everything
 * to decide it on: claim it first, then accept or reject it with a reason code of that outcome and a reason.
 * complaint-service decides, with the reviewer's token.
 */
@Path("/review/complaints")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed("reviewer")
public class ComplaintReviewPages {

    @CheckedTemplate(basePath = "complaints")
    static class Pages {
        static native TemplateInstance queue(Page page, ComplaintViews.QueuePage view);

        static native TemplateInstance review(Page page, ReviewItemViews.ReviewPage view, DecisionLogLine logEntry);
    }

    @Inject
    PortalPages pages;

    @Inject
    SecurityIdentity identity;

    @Inject
    ComplaintClient complaints;

    @Inject
    MerchantClient merchants;

    @Inject
    ReviewGrounds reviewGrounds;

    @Inject
    io.markguard.portal.client.PeerReads reads;

    @Inject
    Clock clock;

    @Inject
    DecisionLogLinks logLinks;

    @Inject
    io.markguard.portal.notify.PeopleNames people;

    @GET
    public TemplateInstance queue(@QueryParam("cursor") String cursor, @QueryParam("back") String back) {
        Page page = pages.page();
        Instant now = clock.instant();
        var breachesRead = reads.start(complaints::breaches);
        var queued = PeerCalls.COMPLAINT.read(() -> complaints.queue(ComplaintPages.ITEMS_PAGE, cursor));
        var items = queued.items().stream().map(i -> ComplaintViews.ItemRow.of(i, now)).toList();
        // The queue is the page; the breach figures above it are a part it does without.
        var breaches = PeerCalls.COMPLAINT.part(breachesRead);
        Pager pager = Pager.of("/review/complaints", java.util.Map.of(), cursor, back, queued.nextCursor());
        var claimants = people.of(items.stream().filter(ComplaintViews.ItemRow::claimLive).map(r -> r.item().claimedBy()).toList());
        return Pages.queue(page, new ComplaintViews.QueuePage(items, breaches.value(), breaches.unavailable(), pager, claimants))
                .setLocale(page.language().locale);
    }

    @GET
    @Path("/items/{itemId}")
    public TemplateInstance item(@PathParam("itemId") long itemId, @QueryParam("error") String error,
            @QueryParam("field") String field, @QueryParam("notice") String notice, @QueryParam("thread") String thread) {
        return reviewPage(itemId, new Views.Flash(error, field, notice), thread);
    }

    /**
     * One item with everything a reviewer decides on. complaint-service's view of the item is the page; the thread
     * (read beside it), the brand and right (portal-service's own), and the merchant's standing, its latest sanctions
     * and the listing now (read side by side once the item names the merchant and listing) are parts, each replaced
     * by a note when its peer does not answer.
     */
    TemplateInstance reviewPage(long itemId, Views.Flash flash, String thread) {
        Page page = pages.page();
        String reviewer = ((JsonWebToken) identity.getPrincipal()).getSubject();
        var threadRead = reads.start(() -> complaints.latestMessages(itemId, ReviewItemViews.THREAD_PAGE, thread));
        ComplaintRestClient.ReviewItem review = PeerCalls.COMPLAINT.read(() -> complaints.reviewItem(itemId));
        ComplaintRestClient.Item item = review.item();
        long merchantId = item.seller().merchantId();
        var standingRead = reads.start(() -> merchants.standingOf(merchantId));
        var sanctionsRead = reads.start(() -> merchants.latestSanctionsOf(merchantId, ReviewItemViews.LATEST_SANCTIONS));
        var listingRead = reads.start(() -> merchants.listing(item.listing().id()));
        var policyRead = reads.start(merchants::policy);
        ReviewGrounds.Grounds grounds = reviewGrounds.of(review.complaint().brandId(), review.complaint().right().id());

        var messages = PeerCalls.COMPLAINT.part(threadRead);
        var standing = merchantPart(standingRead);
        var sanctions = merchantPart(sanctionsRead);
        var listing = merchantPart(listingRead);

        long complaintId = review.complaint().id();
        List<ComplaintViews.MessageRow> rows = new ArrayList<>();
        if (messages.shown()) {
            messages.value().items().forEach(m -> rows.addFirst(new ComplaintViews.MessageRow(m, Views.time(m.sentAt()))));
        }
        String earlier = messages.shown() && messages.value().nextCursor() != null
                ? here(itemId) + "?thread=" + messages.value().nextCursor() + "#messages" : null;
        ReviewItemViews.StandingPart standingPart = standing.shown() ? new ReviewItemViews.StandingPart(standing.value(),
                Views.time(standing.value().listingBlockedUntil()),
                sanctions.shown() ? sanctions.value().items().stream().map(ReviewItemViews.SanctionRow::of).toList() : List.of(),
                sanctions.shown() && sanctions.value().nextCursor() != null, sanctions.unavailable()) : null;
        var view = new ReviewItemViews.ReviewPage(ComplaintViews.ItemRow.of(item, clock.instant()), review.complaint(),
                Views.time(review.complaint().filedAt()), ReviewItemViews.BrandPart.of(grounds.brand()),
                ReviewItemViews.right(grounds),
                review.evidence().stream().map(e -> ReviewItemViews.EvidenceRow.of(complaintId, e)).toList(),
                review.testPurchases().stream().map(e -> ReviewItemViews.EvidenceRow.of(complaintId, e)).toList(),
                ReviewItemViews.ListingPart.ofSnapshot(review.snapshot()),
                review.snapshot() == null ? null : review.snapshot().text(),
                listing.shown() ? ReviewItemViews.ListingPart.ofNow(listing.value()) : null, listing.unavailable(),
                standingPart, standing.unavailable(),
                new ReviewItemViews.ThreadPart(rows, messages.unavailable(), earlier, thread == null || thread.isBlank()),
                ReviewItemViews.ClaimPart.of(review.claim(), reviewer, people), here(itemId), flash, ComplaintViews.ACCEPT_CODES,
                ComplaintViews.REJECT_CODES, ComplaintViews.SeverityChoice.of(item, merchantPart(policyRead), flash));
        // Only an accepted or rejected item has a decision in the log; a pending one shows no line.
        DecisionLogLine logEntry = "ACCEPTED".equals(item.status()) || "REJECTED".equals(item.status())
                ? DecisionLogLine.from(PeerCalls.COMPLAINT.part(() -> complaints.decisionLogEntry("item-" + itemId + "-decided")
                        .map(e -> new long[] { e.index(), e.treeSize() })), logLinks.complaintService())
                : null;
        return Pages.review(page, view, logEntry).setLocale(page.language().locale);
    }

    @POST
    @Path("/items/{itemId}/claim")
    public Response claim(@PathParam("itemId") long itemId) {
        return PeerCalls.COMPLAINT.submit(here(itemId), () -> {
            complaints.claim(itemId);
            return here(itemId) + "#review";
        });
    }

    /**
     * The accept form and the reject form post here, each with its outcome. A reason code of the other outcome, or a
     * missing field, is the page again with 400 and what was typed; so is complaint-service's refusal of the decision.
     */
    @POST
    @Path("/items/{itemId}/decision")
    public Response decide(@PathParam("itemId") long itemId, @RestForm String outcome, @RestForm String reasonCode,
            @RestForm String reason, @RestForm String severity, @RestForm String infringementType) {
        String here = here(itemId);
        List<String> missing = new ArrayList<>();
        boolean accept = "ACCEPT".equals(outcome);
        boolean reject = "REJECT".equals(outcome);
        if (!accept && !reject) {
            missing.add("outcome");
        }
        List<String> codes = accept ? ComplaintViews.ACCEPT_CODES : reject ? ComplaintViews.REJECT_CODES : List.of();
        if (reasonCode == null || !codes.contains(reasonCode)) {
            missing.add("reasonCode");
        }
        if (reason == null || reason.isBlank()) {
            missing.add("reason");
        }
        boolean chose = accept && severity != null && !severity.isBlank();
        if (chose && !ComplaintViews.SeverityChoice.SEVERITIES.contains(severity)) {
            missing.add("severity");
        }
        Views.Typed typed = Views.Typed.of(reject ? "reject" : "accept").with("outcome", outcome)
                .with("reasonCode", reasonCode).with("reason", reason).with("severity", severity);
        if (!missing.isEmpty()) {
            return PortalPages.refusedForm(reviewPage(itemId, Views.Flash.invalid(missing, typed), null));
        }
        String chosen = chose ? chosenSeverity(severity, infringementType, reasonCode) : null;
        var attempt = PeerCalls.COMPLAINT.attempt(() -> complaints.decide(itemId,
                new ComplaintRestClient.Decision(outcome, reasonCode, reason.strip(), chosen)));
        if (attempt.refused()) {
            PeerCalls.PeerRefusal refusal = attempt.refusal();
            int status = "CONFLICT".equals(refusal.code()) ? 409 : "FORBIDDEN".equals(refusal.code()) ? 403 : 400;
            Views.Flash flash = "INVALID".equals(refusal.code()) && refusal.field() != null
                    ? Views.Flash.invalid(List.of(refusal.field().split(",\\s*")), typed)
                    : new Views.Flash(refusal.code(), refusal.field(), null, typed);
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(reviewPage(itemId, flash, null)).build();
        }
        return Response.seeOther(java.net.URI.create(here + "?notice=decided")).build();
    }

    /**
     * A part of the page merchant-service gives: one it cannot give, for whatever reason (down, slow, or refusing), is a
     * note in its place, since the item is decided on complaint-service's view of it.
     */
    private static <T> PeerCalls.Part<T> merchantPart(java.util.function.Supplier<T> read) {
        try {
            return PeerCalls.MERCHANT.part(read);
        } catch (jakarta.ws.rs.WebApplicationException | PeerCalls.Refused refused) {
            return new PeerCalls.Part<>(null, "merchant-service");
        }
    }

    /**
     * The severity to send as the reviewer's choice: none when it is the policy's default for the item's type and the
     * reason code (so the statement of reasons says it is the policy's), else the one chosen. Without the policy
     * (merchant-service not answering) what was chosen is sent.
     */
    private String chosenSeverity(String severity, String infringementType, String reasonCode) {
        var policy = PeerCalls.MERCHANT.part(() -> {
            try {
                return merchants.policy();
            } catch (jakarta.ws.rs.WebApplicationException refused) {
                throw new jakarta.ws.rs.ProcessingException(refused);
            }
        });
        if (!policy.shown() || infringementType == null) {
            return severity;
        }
        String byDefault = policy.value().type(infringementType)
                .map(t -> t.reasonDefaults() == null ? t.defaultSeverity()
                        : t.reasonDefaults().getOrDefault(reasonCode, t.defaultSeverity()))
                .orElse(null);
        return severity.equals(byDefault) ? null : severity;
    }

    private static String here(long itemId) {
        return "/review/complaints/items/" + itemId;
    }
}
