package io.markguard.portal.web;

import io.markguard.portal.client.MerchantRestClient.Appeal;
import io.markguard.portal.client.MerchantRestClient.Evidence;
import io.markguard.portal.client.MerchantRestClient.ListingRef;
import io.markguard.portal.client.MerchantRestClient.PendingTermination;
import io.markguard.portal.client.MerchantRestClient.Sanction;
import io.markguard.portal.client.MerchantRestClient.SanctionDetail;
import io.markguard.portal.client.MerchantRestClient.Standing;
import io.markguard.portal.client.MerchantRestClient.StatementOfReasons;
import io.markguard.portal.client.MerchantRestClient.TraderIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the merchant and appeal pages show: merchant-service's views with their instants as text and countdowns. */
public final class MerchantViews {

    private MerchantViews() {
    }

    /**
     * Time left until an instant, counted from merchant-service's {@code asOf} (the portal's {@code now} when it
     * sent none) so the page never trusts a browser's clock: whole days, or hours on the last day (singular kinds
     * for one); NONE when there is no such instant.
     */
    public record Countdown(String kind, long amount) {

        static Countdown of(Instant asOf, Instant until, Instant now) {
            if (until == null) {
                return new Countdown("NONE", 0);
            }
            Duration left = Duration.between(asOf == null ? now : asOf, until);
            if (left.isZero() || left.isNegative()) {
                return new Countdown("PAST", 0);
            }
            if (left.toDays() >= 1) {
                return new Countdown(left.toDays() == 1 ? "DAY" : "DAYS", left.toDays());
            }
            long hours = Math.max(1, left.toHours());
            return new Countdown(hours == 1 ? "HOUR" : "HOURS", hours);
        }

        public boolean past() {
            return "PAST".equals(kind);
        }
    }

    public record SanctionRow(Sanction sanction, String decidedAt, String expiresAt, Countdown expiry,
            String appealDeadline, Countdown appealWindow) {

        static SanctionRow of(Sanction s, Instant asOf, Instant now) {
            return new SanctionRow(s, Views.time(s.decidedAt()), Views.time(s.expiresAt()),
                    Countdown.of(asOf, s.expiresAt(), now), Views.time(s.appealDeadline()),
                    Countdown.of(asOf, s.appealDeadline(), now));
        }

        public String listingTitle() {
            return s().listing() == null ? "" : s().listing().title();
        }

        public String listingStatus() {
            return s().listing() == null ? "" : s().listing().status();
        }

        private Sanction s() {
            return sanction;
        }
    }

    /**
     * A page of sanctions on the standing page, or the peer that could not give it: the standing is shown either
     * way, with a readable note in place of the part that is missing.
     */
    public record SanctionsPart(List<SanctionRow> rows, Pager pager, String unavailable) {
        static SanctionsPart of(PeerCalls.Part<io.markguard.platform.paging.Page<Sanction>> part,
                java.util.function.Function<String, Pager> pager, Instant asOf, Instant now) {
            if (!part.shown()) {
                return new SanctionsPart(List.of(), Pager.NONE, part.unavailable());
            }
            return new SanctionsPart(part.value().items().stream().map(x -> SanctionRow.of(x, asOf, now)).toList(),
                    pager.apply(part.value().nextCursor()), null);
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    /** The sanction statuses the history can be narrowed to. */
    public static final List<String> SANCTION_STATUSES = List.of("ACTIVE", "EXPIRED", "REVERSED");

    /**
     * The standing (counts only) with a page of the sanctions in force and a page of all of them, by status, and
     * a termination waiting for a second reviewer when one is ({@code null} otherwise).
     */
    public record StandingPage(Standing standing, String asOf, String listingBlockedUntil, SanctionsPart active,
            SanctionsPart history, String historyStatus, PendingTerminationPart pendingTermination) {

        public List<String> statuses() {
            return SANCTION_STATUSES;
        }

        public boolean hasNextStep() {
            return standing.nextStep() != null && standing.nextStep().level() != null;
        }
    }

    /** A proposed termination as its merchant reads it: when it was proposed, and the second reviewer's deadline. */
    public record PendingTerminationPart(PendingTermination termination, String proposedAt, String deadline,
            Countdown left) {

        static PendingTerminationPart of(PendingTermination t, Instant asOf, Instant now) {
            return t == null ? null
                    : new PendingTerminationPart(t, Views.time(t.proposedAt()), Views.time(t.deadline()),
                            Countdown.of(asOf, t.deadline(), now));
        }
    }

    /** The listing statuses the merchant's own list can be narrowed to (merchant-service's {@code ListingStatus}). */
    public static final List<String> LISTING_STATUSES = List.of("ACTIVE", "HELD", "SUSPENDED", "REMOVED", "RESTORED");

    /** Why a HELD listing waits for the trader identity: completing it is what releases the listing. */
    private static final List<String> HELD_FOR_IDENTITY = List.of("IDENTITY_INCOMPLETE", "RESTRICTED_AND_IDENTITY_INCOMPLETE");

    /** One of the merchant's listings; {@code offSaleBecause} is rendered from its code by the page. */
    public record ListingRow(ListingRef listing) {

        public boolean offSale() {
            return listing.offSaleBecause() != null && !listing.offSaleBecause().isBlank();
        }

        /** The listing's address as a link: a web address only, so no other scheme reaches an {@code href}. */
        public String href() {
            String url = listing.url();
            return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
        }

        /** Whether completing the trader identity releases the listing, so the page links to the identity form. */
        public boolean heldForIdentity() {
            return offSale() && HELD_FOR_IDENTITY.contains(listing.offSaleBecause());
        }
    }

    /**
     * A page of the merchant's listings narrowed by {@code status} (null for all), with the filter's refusal when
     * the status is none merchant-service knows ({@code flash}).
     */
    public record ListingsPage(List<ListingRow> rows, String status, Pager pager, Views.Flash flash) {

        static ListingsPage of(List<ListingRef> listings, String status, Pager pager) {
            return new ListingsPage(listings.stream().map(ListingRow::new).toList(), status, pager, Views.Flash.NONE);
        }

        /** The page again for a status merchant-service would refuse, what was asked kept in the filter. */
        static ListingsPage refused(String status) {
            return new ListingsPage(List.of(), status, Pager.NONE, Views.Flash.invalid(List.of("status"),
                    Views.Typed.of("listings-filter").with("status", status)));
        }

        public List<String> statuses() {
            return LISTING_STATUSES;
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        /** A status asked for that is none of the list's: shown as asked, beside the known ones. */
        public boolean unknownStatus() {
            return status != null && !LISTING_STATUSES.contains(status);
        }
    }

    public record EvidenceRow(Evidence evidence, String uploadedAt, String href) {
    }

    public record AppealPage(Appeal appeal, String filedAt, String brandAnswerDeadline, Countdown brandAnswerWindow,
            String decisionDeadline, Countdown decisionWindow, String brandAnsweredAt, String decidedAt,
            List<EvidenceRow> evidence) {

        /** {@code base} is where this page's evidence downloads live: the merchant's or the reviewer's path. */
        static AppealPage of(Appeal a, String base, Instant now) {
            return new AppealPage(a, Views.time(a.filedAt()), Views.time(a.brandAnswerDeadline()),
                    Countdown.of(a.asOf(), a.brandAnswerDeadline(), now), Views.time(a.decisionDeadline()),
                    Countdown.of(a.asOf(), a.decisionDeadline(), now), Views.time(a.brandAnsweredAt()),
                    Views.time(a.decidedAt()),
                    (a.evidence() == null ? List.<Evidence>of() : a.evidence()).stream()
                            .map(e -> new EvidenceRow(e, Views.time(e.uploadedAt()), base + "/" + a.id() + "/evidence/" + e.id()))
                            .toList());
        }

        public boolean open() {
            return "OPEN".equals(appeal.status());
        }

        public boolean answered() {
            return appeal.brandAnswer() != null && !appeal.brandAnswer().isBlank();
        }

        /** The links to evidence the brand gave with its answer. */
        public List<String> brandEvidence() {
            return appeal.brandAnswerEvidence() == null ? List.of() : appeal.brandAnswerEvidence();
        }

        /**
         * The four-eyes state for the reviewer reading the page: {@code ORIGINAL_DECIDER} when they decided the
         * takedown (the form is not offered), else how the takedown was decided; empty for anyone else.
         */
        public String fourEyes() {
            var eyes = appeal.fourEyes();
            if (eyes == null) {
                return "";
            }
            return eyes.mayDecide() ? eyes.originalDecision() : eyes.barredBecause();
        }

        /** Whether the reader may decide the appeal as far as four-eyes goes. */
        public boolean mayDecide() {
            return appeal.fourEyes() == null || appeal.fourEyes().mayDecide();
        }
    }

    public record ReasonsPage(SanctionRow sanction, StatementOfReasons reasons, String takenAt, String endsAt,
            String appealDeadline, Countdown appealWindow, List<AppealPage> appeals, Statement text) {

        static ReasonsPage of(SanctionDetail d, String appealBase, Instant now, ReasonTexts.In texts) {
            StatementOfReasons r = d.statementOfReasons();
            Instant asOf = r.asOf() != null ? r.asOf() : d.sanction().asOf();
            return new ReasonsPage(SanctionRow.of(d.sanction(), asOf, now), r, Views.time(r.decision().takenAt()),
                    Views.time(r.decision().endsAt()), Views.time(r.redress().appealDeadline()),
                    Countdown.of(asOf, r.redress().appealDeadline(), now),
                    (d.appeals() == null ? List.<Appeal>of() : d.appeals()).stream()
                            .map(a -> AppealPage.of(a, appealBase, now)).toList(),
                    Statement.of(d, texts));
        }

        /** The form is offered while merchant-service would take an appeal: in the window, none open, not reversed. */
        public boolean mayAppeal() {
            return r().redress().appealable() && r().redress().openAppealId() == null;
        }

        public String ipRight() {
            var right = r().ground().ipRight();
            return right == null ? "" : right.office() + " " + right.registrationNumber() + " · " + right.mark();
        }

        private StatementOfReasons r() {
            return reasons;
        }
    }

    /**
     * What a statement of reasons says, in the reader's language, rendered from merchant-service's codes: the
     * decision's summary, the facts, the legal ground, the policy clause, the severity and why (empty when the
     * statement has none), and why the sanction ended (empty while it has not).
     */
    public record Statement(String summary, String facts, String legalGround, String clause, String severity,
            String endReason) {

        static Statement of(SanctionDetail d, ReasonTexts.In texts) {
            StatementOfReasons r = d.statementOfReasons();
            var coded = r.coded();
            var ground = r.ground();
            return new Statement(texts.summary(r.decision().measure()),
                    texts.facts(coded == null ? null : coded.facts(), r.facts()),
                    texts.legalGround(ground.type(), ground.infringementType(), ground.policyVersion()),
                    texts.clause(coded == null ? null : coded.clause(), ground.policyClause()),
                    "LISTING_REMOVED".equals(r.decision().measure()) ? texts.severity(r.severity(), ground.infringementType()) : "",
                    d.sanction().endedAt() == null ? ""
                            : texts.endReason(coded == null ? null : coded.endReason(), d.sanction().endReason()));
        }
    }

    public record AppealRow(Appeal appeal, String filedAt, String decisionDeadline, Countdown decisionWindow,
            String brandAnswerDeadline, Countdown brandAnswerWindow) {

        static AppealRow of(Appeal a, Instant now) {
            return new AppealRow(a, Views.time(a.filedAt()), Views.time(a.decisionDeadline()),
                    Countdown.of(a.asOf(), a.decisionDeadline(), now), Views.time(a.brandAnswerDeadline()),
                    Countdown.of(a.asOf(), a.brandAnswerDeadline(), now));
        }
    }

    public record IdentityPage(TraderIdentity identity, String updatedAt, String selfCertifiedAt, Views.Flash flash) {

        public boolean certified() {
            return Boolean.TRUE.equals(identity.selfCertified());
        }

        public List<String> missing() {
            return identity.completeness() == null ? List.of() : identity.completeness().missing();
        }
    }
}
