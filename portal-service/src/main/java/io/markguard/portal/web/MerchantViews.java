package io.markguard.portal.web;

import io.markguard.portal.client.MerchantRestClient.Appeal;
import io.markguard.portal.client.MerchantRestClient.Evidence;
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

    /** The standing (counts only) with a page of the sanctions in force and a page of all of them, by status. */
    public record StandingPage(Standing standing, String asOf, String listingBlockedUntil, SanctionsPart active,
            SanctionsPart history, String historyStatus) {

        public List<String> statuses() {
            return SANCTION_STATUSES;
        }

        public boolean hasNextStep() {
            return standing.nextStep() != null && standing.nextStep().level() != null;
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
    }

    public record ReasonsPage(SanctionRow sanction, StatementOfReasons reasons, String takenAt, String endsAt,
            String appealDeadline, Countdown appealWindow, List<AppealPage> appeals) {

        static ReasonsPage of(SanctionDetail d, String appealBase, Instant now) {
            StatementOfReasons r = d.statementOfReasons();
            Instant asOf = r.asOf() != null ? r.asOf() : d.sanction().asOf();
            return new ReasonsPage(SanctionRow.of(d.sanction(), asOf, now), r, Views.time(r.decision().takenAt()),
                    Views.time(r.decision().endsAt()), Views.time(r.redress().appealDeadline()),
                    Countdown.of(asOf, r.redress().appealDeadline(), now),
                    (d.appeals() == null ? List.<Appeal>of() : d.appeals()).stream()
                            .map(a -> AppealPage.of(a, appealBase, now)).toList());
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
