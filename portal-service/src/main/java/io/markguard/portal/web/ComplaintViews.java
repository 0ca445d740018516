package io.markguard.portal.web;

import io.markguard.portal.client.ComplaintRestClient;
import io.markguard.portal.client.ComplaintRestClient.Complaint;
import io.markguard.portal.client.ComplaintRestClient.ComplaintSummary;
import io.markguard.portal.client.ComplaintRestClient.Figures;
import io.markguard.portal.client.ComplaintRestClient.Item;
import io.markguard.portal.client.ComplaintRestClient.Job;
import io.markguard.portal.client.ComplaintRestClient.Message;
import io.markguard.portal.client.ComplaintRestClient.ReportRow;
import io.markguard.portal.client.ComplaintRestClient.TrustScore;
import io.markguard.portal.client.MerchantRestClient.FoundListing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the complaint pages show: complaint-service's views with their instants as text and live deadlines. */
public final class ComplaintViews {

    public static final List<String> INFRINGEMENT_TYPES = List.of("COUNTERFEIT", "TRADEMARK_MISUSE", "COPYRIGHT", "DESIGN",
            "PATENT");
    public static final List<String> ACCEPT_CODES = List.of("COUNTERFEIT_CONFIRMED", "TRADEMARK_MISUSE_CONFIRMED",
            "RIGHT_INFRINGED");
    public static final List<String> REJECT_CODES = List.of("INSUFFICIENT_EVIDENCE", "RIGHT_NOT_INFRINGED",
            "LISTING_NOT_AS_DESCRIBED", "AUTHORISED_RESELLER", "MANIFESTLY_UNFOUNDED");
    static final List<String> ALL_CODES = java.util.stream.Stream.concat(ACCEPT_CODES.stream(), REJECT_CODES.stream())
            .toList();

    private ComplaintViews() {
    }

    /**
     * Time left until a deadline, counted from complaint-service's {@code asOf} (the portal's {@code now} when it
     * sent none) so the page never trusts the browser's clock; the page's script counts it down further from
     * {@code seconds}.
     */
    public record Deadline(String at, long seconds, long hours, long minutes, boolean past, boolean none) {
        static Deadline of(Instant asOf, Instant until, Instant now) {
            if (until == null) {
                return new Deadline("", 0, 0, 0, false, true);
            }
            long seconds = Math.max(0, Duration.between(asOf == null ? now : asOf, until).getSeconds());
            return new Deadline(Views.time(until), seconds, seconds / 3600, (seconds % 3600) / 60, seconds == 0, false);
        }
    }

    /** One item as a row: its listing, where it stands, and the deadline while it is open. */
    public record ItemRow(Item item, String filedDeadline, Deadline deadline, boolean open, boolean removed,
            String takedownAppliedAt, String decidedAt, String retractedAt, String reversedAt, boolean retractable) {
        static ItemRow of(Item i, Instant now) {
            boolean open = "PENDING".equals(i.status());
            boolean removed = i.takedownAppliedAt() != null && i.retractedAt() == null && i.reversedAt() == null;
            boolean retractable = "ACCEPTED".equals(i.status()) || "PENDING".equals(i.status());
            return new ItemRow(i, Views.time(i.deadline()), Deadline.of(i.asOf(), open ? i.deadline() : null, now), open,
                    removed, Views.time(i.takedownAppliedAt()), Views.time(i.decidedAt()), Views.time(i.retractedAt()),
                    Views.time(i.reversedAt()), retractable);
        }

        /** Whether the last reviewer's claim still holds, as of complaint-service's {@code asOf}. */
        public boolean claimLive() {
            return item.claimedBy() != null && item.claimExpiresAt() != null
                    && (item.asOf() == null || item.claimExpiresAt().isAfter(item.asOf()));
        }

        public String claimUntil() {
            return Views.time(item.claimExpiresAt());
        }

        /** An accepted item whose takedown merchant-service has not confirmed yet. */
        public boolean takedownUnderWay() {
            return "ACCEPTED".equals(item.status()) && item.takedownAppliedAt() == null;
        }
    }

    public record SummaryRow(ComplaintSummary complaint, String filedAt, Deadline next) {
        static SummaryRow of(ComplaintSummary c, Instant now) {
            return new SummaryRow(c, Views.time(c.filedAt()), Deadline.of(c.asOf(), c.nextDeadline(), now));
        }
    }

    public record BrandChoice(long id, String name, String status) {
    }

    public record Hub(List<BrandChoice> brands, Pager pager) {
    }

    public record ListPage(BrandChoice brand, List<SummaryRow> complaints, Filter filter, Pager pager, Views.Flash flash) {
        public String here() {
            return "/complaints/brands/" + brand.id();
        }
    }

    /** The item statuses a list can be narrowed to. */
    public static final List<String> ITEM_STATUSES = List.of("PENDING", "ACCEPTED", "REJECTED", "DUPLICATE", "RETRACTED",
            "REVERSED_ON_APPEAL");

    /**
     * A list's filters as the user set them: an item status, an infringement type, and UTC days from and to (both
     * included). Empty values are no filter.
     */
    public record Filter(String status, String infringementType, String from, String to, boolean merchant) {

        /** A brand's complaints: by item status or infringement type, and days filed. */
        static Filter of(String status, String infringementType, String from, String to) {
            return new Filter(blankless(status), blankless(infringementType), blankless(from), blankless(to), false);
        }

        /** A merchant's items: by status (duplicates are not shown to merchants) and days filed. */
        static Filter ofMerchant(String status, String from, String to) {
            return new Filter(blankless(status), null, blankless(from), blankless(to), true);
        }

        public List<String> statuses() {
            return merchant ? ITEM_STATUSES.stream().filter(s -> !"DUPLICATE".equals(s)).toList() : ITEM_STATUSES;
        }

        public boolean filtered() {
            return status != null || infringementType != null || from != null || to != null;
        }

        public List<String> types() {
            return INFRINGEMENT_TYPES;
        }

        /** The fields the list's service would refuse, so the page says so without asking it. */
        List<String> invalid() {
            List<String> bad = new java.util.ArrayList<>();
            if (status != null && !statuses().contains(status)) {
                bad.add("status");
            }
            if (infringementType != null && !INFRINGEMENT_TYPES.contains(infringementType)) {
                bad.add("infringementType");
            }
            // complaint-service has no index for both at once, so it answers one or the other.
            if (status != null && infringementType != null && !bad.contains("status")) {
                bad.add("status");
            }
            java.time.LocalDate start = day(from, "from", bad);
            java.time.LocalDate end = day(to, "to", bad);
            if (start != null && end != null && end.isBefore(start)) {
                bad.add("to");
            }
            return bad;
        }

        /** The query parameters that keep this filter on a pager's links. */
        Map<String, String> query() {
            Map<String, String> query = new java.util.LinkedHashMap<>();
            query.put("status", status);
            query.put("infringementType", infringementType);
            query.put("from", from);
            query.put("to", to);
            return query;
        }

        private static java.time.LocalDate day(String value, String field, List<String> bad) {
            if (value == null) {
                return null;
            }
            try {
                return java.time.LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                bad.add(field);
                return null;
            }
        }

        private static String blankless(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public record RightChoice(long id, String label) {
    }

    /** The filing form, as typed so far: a refused form comes back with everything the user entered. */
    public record Form(Long rightId, String infringementType, List<String> listings, String otherListings,
            String explanation, String evidenceUrls, String testPurchaseOrders, boolean goodFaith, boolean accurate,
            String idempotencyKey) {
        public boolean chosen(long listingId) {
            return listings.contains(String.valueOf(listingId));
        }
    }

    /** The reasons portal-service's authority gives for refusing a filing user (its {@code Authority.mayAct}). */
    static final List<String> AUTHORITY_REASONS = List.of("NOT_A_MEMBER", "MEMBERSHIP_REVOKED", "MEMBERSHIP_ENDED",
            "BRAND_NOT_VERIFIED", "RIGHT_NOT_OF_BRAND", "RIGHT_NOT_VERIFIED", "NOT_AUTHORISED_FOR_RIGHT",
            "ACTION_NOT_ALLOWED", "AUTHORISATION_EXPIRED");

    public record FilePage(BrandChoice brand, List<RightChoice> rights, List<String> types, String query,
            List<FoundListing> found, Pager.Steps paging, Form form, Views.Flash flash, String refusalDetail) {

        /** How many listings are ticked, on this page and on the pages seen before. */
        public int chosenCount() {
            return form.listings().size();
        }

        /** Whether more matches follow the page shown. */
        public boolean more() {
            return paging.nextCursor() != null;
        }

        /** How many of the listings shown are ticked. */
        public long chosenHere() {
            return found.stream().filter(l -> form.chosen(l.id())).count();
        }
        public boolean searched() {
            return query != null && !query.isBlank();
        }

        /**
         * The reason code of portal-service's authority answer that complaint-service's refusal names (NOT_A_MEMBER,
         * AUTHORISATION_EXPIRED, ...), shown in the reader's language; empty when the refusal names none, and
         * complaint-service's English detail is then shown to English readers only.
         */
        public String refusalReason() {
            if (refusalDetail == null) {
                return "";
            }
            java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\b[A-Z][A-Z_]{3,}\\b").matcher(refusalDetail);
            while (code.find()) {
                if (AUTHORITY_REASONS.contains(code.group())) {
                    return code.group();
                }
            }
            return "";
        }

        /** Listings ticked before that the current results do not show: kept in the form, unseen. */
        public List<String> carried() {
            List<String> shown = found.stream().map(l -> String.valueOf(l.id())).toList();
            return form.listings().stream().filter(id -> !shown.contains(id)).toList();
        }
    }

    /** A complaint with one page of its items: the first comes with the complaint, the others from its item list. */
    /** A complaint with a page of its items, or the peer that could not give that page ({@code itemsUnavailable}). */
    public record DetailPage(Complaint complaint, String filedAt, List<ItemRow> items, String itemsUnavailable, boolean live,
            Pager pager) {
        static DetailPage of(Complaint c, List<Item> items, String itemsUnavailable, Pager pager, Instant now) {
            List<ItemRow> rows = items.stream().map(i -> ItemRow.of(i, now)).toList();
            return new DetailPage(c, Views.time(c.filedAt()), rows, itemsUnavailable,
                    rows.stream().anyMatch(ItemRow::takedownUnderWay), pager);
        }
    }

    public record MessageRow(Message message, String sentAt) {
    }

    /** One item with its thread, as the brand, the listing's merchant or a reviewer sees it. */
    /** One severity of the decision form, with the points the penalty policy gives it for the item's type. */
    public record SeverityOption(String severity, Integer points) {
    }

    /**
     * The severity part of the reviewer's decision form, for an item in the standard queue: the severities with their
     * points, the one preselected (the policy's default for the item's type and the reason code chosen, or what was
     * typed before a refusal) and each accept code's default ({@code defaults}, which the page's script follows when
     * the reviewer picks another code). {@code unavailable} names merchant-service when the policy could not be read:
     * the reviewer chooses without the points and without a default.
     */
    public record SeverityChoice(String infringementType, List<SeverityOption> options, String preselected,
            java.util.Map<String, String> defaults, String unavailable) {

        static final List<String> SEVERITIES = List.of("LOW", "MEDIUM", "HIGH");

        static SeverityChoice of(Item item, PeerCalls.Part<io.markguard.portal.client.MerchantRestClient.Policy> policy, Views.Flash flash) {
            var type = policy.shown() ? policy.value().type(item.infringementType()) : java.util.Optional.<io.markguard.portal.client.MerchantRestClient.PolicyType>empty();
            java.util.Map<String, String> defaults = new java.util.LinkedHashMap<>();
            type.ifPresent(t -> ACCEPT_CODES.forEach(code -> defaults.put(code,
                    t.reasonDefaults() == null ? t.defaultSeverity() : t.reasonDefaults().getOrDefault(code, t.defaultSeverity()))));
            List<SeverityOption> options = SEVERITIES.stream().map(s -> new SeverityOption(s,
                    type.map(t -> t.points() == null ? null : t.points().get(s)).orElse(null))).toList();
            Views.Typed typed = flash == null ? null : flash.form("accept");
            String typedSeverity = typed == null ? null : typed.value("severity");
            String typedCode = typed == null ? null : typed.value("reasonCode");
            String preselected = typedSeverity != null && SEVERITIES.contains(typedSeverity) ? typedSeverity
                    : defaults.getOrDefault(typedCode != null && defaults.containsKey(typedCode) ? typedCode
                            : ACCEPT_CODES.getFirst(), "");
            return new SeverityChoice(item.infringementType(), options, preselected, defaults, policy.unavailable());
        }

        /** The policy's default for an accept code; empty when the policy could not be read. */
        public String defaultFor(String reasonCode) {
            return defaults.getOrDefault(reasonCode, "");
        }
    }

    public record ItemPage(String side, ItemRow row, List<MessageRow> messages, String messagesUnavailable,
            Pager messagesPager, String backTo, Views.Flash flash, String idempotencyKey, List<String> acceptCodes,
            List<String> rejectCodes, String reviewer) {
        /** {@code messagesUnavailable} names the peer that could not give the thread, which is then shown without it. */
        static ItemPage of(String side, Item item, List<Message> messages, String messagesUnavailable, Pager messagesPager,
                String backTo, Views.Flash flash, String reviewer, Instant now) {
            return new ItemPage(side, ItemRow.of(item, now),
                    messages.stream().map(m -> new MessageRow(m, Views.time(m.sentAt()))).toList(), messagesUnavailable,
                    messagesPager, backTo,
                    flash, java.util.UUID.randomUUID().toString(), ACCEPT_CODES, REJECT_CODES, reviewer);
        }

        public boolean claimedByMe() {
            return reviewer != null && reviewer.equals(row.item().claimedBy());
        }

        public boolean decidable() {
            return row.open() || (row.item().spotCheck() && row.item().spotCheckedAt() == null);
        }

        /**
         * A spot check is the reviewers' until it is decided: the brand and the merchant are not shown the flag, nor
         * who claimed it, even should complaint-service send them.
         */
        public boolean spotCheckShown() {
            return row.item().spotCheck() && ("REVIEWER".equals(side) || row.item().spotCheckedAt() != null);
        }

        /** Who claimed an item is the reviewers' to know: the parties are not told which reviewer handles their case. */
        public boolean claimedByShown() {
            return row.item().claimedBy() != null && "REVIEWER".equals(side);
        }
    }

    public record BulkPage(BrandChoice brand, List<RightChoice> rights, List<String> types, Views.Flash flash,
            String idempotencyKey) {
    }

    /** A bulk job with a page of its report, or the peer that could not give that page ({@code reportUnavailable}). */
    public record JobPage(Job job, String createdAt, String finishedAt, boolean running, List<ReportRow> report,
            String reportUnavailable, Pager pager) {
        static JobPage of(Job job, List<ReportRow> report, String reportUnavailable, Pager pager) {
            boolean running = "QUEUED".equals(job.state()) || "RUNNING".equals(job.state());
            return new JobPage(job, Views.time(job.createdAt()), Views.time(job.finishedAt()), running, report,
                    reportUnavailable, pager);
        }
    }

    /** A share as a whole percentage with one decimal, or a dash while nothing is decided. */
    static String percent(BigDecimal share) {
        return share == null ? "–" : share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    public record FiguresRow(String type, Figures figures, String acceptedShare, String reversedShare) {
        static FiguresRow of(String type, Figures f) {
            return new FiguresRow(type, f, percent(f.acceptedShare()), percent(f.reversedShare()));
        }
    }

    /**
     * One infringement type's fast track: on (a notice of the type is removed at once), or off because the type is
     * below the bar, locked out after leaving it, or waiting for the overall fast track.
     */
    public record TypeRow(String type, String state, String since, String revokedAt, String lockedUntil,
            String acceptedShare, long decided) {
        static TypeRow of(ComplaintRestClient.TypeFastTrack t, boolean overall, Figures f, Instant asOf) {
            boolean locked = t.lockedUntil() != null && asOf != null && t.lockedUntil().isAfter(asOf);
            String state = t.active() ? "ON" : locked ? "LOCKED" : !t.meetsBar() ? "BELOW_BAR" : !overall ? "OVERALL_OFF" : "NEXT_NOTICE";
            return new TypeRow(t.infringementType(), state, Views.time(t.since()), Views.time(t.revokedAt()),
                    Views.time(t.lockedUntil()), percent(f == null ? null : f.acceptedShare()), f == null ? 0 : f.decided());
        }
    }

    public record TrustPage(BrandChoice brand, TrustScore trust, FiguresRow overall, List<FiguresRow> byType,
            List<TypeRow> types,
            String minAccepted, String maxReversed, String spotCheck, String windowStart, String since, String revokedAt,
            String lockedUntil, String unfoundedShare, String unfoundedBar, String warnedAt, String suspendedUntil,
            long windowDays, long lockoutDays, long misuseDays, long suspensionDays) {
        /** The brand's overall figures first, then one row per infringement type it has filed. */
        public List<FiguresRow> allRows() {
            List<FiguresRow> rows = new java.util.ArrayList<>(List.of(overall));
            rows.addAll(byType);
            return rows;
        }

        static TrustPage of(BrandChoice brand, TrustScore t) {
            var misuse = t.misuse().figures();
            Map<String, Figures> byType = t.score().byInfringementType() == null ? Map.of() : t.score().byInfringementType();
            List<ComplaintRestClient.TypeFastTrack> tracks = t.fastTrack().byInfringementType() == null ? List.of()
                    : t.fastTrack().byInfringementType();
            return new TrustPage(brand, t, FiguresRow.of("ALL", t.score().overall()),
                    INFRINGEMENT_TYPES.stream().filter(byType::containsKey).map(k -> FiguresRow.of(k, byType.get(k))).toList(),
                    tracks.stream().map(k -> TypeRow.of(k, t.fastTrack().active(), byType.get(k.infringementType()), t.asOf()))
                            .toList(),
                    percent(t.policy().minAcceptedShare()), percent(t.policy().maxReversedShare()),
                    percent(t.policy().spotCheckShare()), Views.time(t.score().windowStart()),
                    Views.time(t.fastTrack().since()), Views.time(t.fastTrack().revokedAt()),
                    Views.time(t.fastTrack().lockedUntil()), percent(misuse.unfoundedShare()),
                    percent(t.misuse().policy().unfoundedShare()), Views.time(misuse.warnedAt()),
                    Views.time(misuse.suspendedUntil()), days(t.policy().window()), days(t.policy().lockout()),
                    days(t.misuse().policy().window()), days(t.misuse().policy().suspension()));
        }

        /** An ISO-8601 duration (P90D, PT2160H) in whole days; 0 when complaint-service sent none. */
        private static long days(String duration) {
            try {
                return duration == null ? 0 : Duration.parse(duration).toDays();
            } catch (java.time.format.DateTimeParseException e) {
                return 0;
            }
        }
    }

    /** The queue, with the breach figures, or the peer that could not give them ({@code breachesUnavailable}). */
    public record QueuePage(List<ItemRow> items, io.markguard.portal.client.ComplaintRestClient.Breaches breaches,
            String breachesUnavailable, Pager pager, java.util.Map<String, String> claimants) {

        /** The name of the reviewer who claimed the row's item. */
        public String claimant(ItemRow row) {
            return claimants.getOrDefault(row.item().claimedBy(), row.item().claimedBy());
        }
    }

    public record MinePage(List<ItemRow> items, Filter filter, Pager pager, Views.Flash flash) {
    }
}
