package io.markguard.portal.web;

import io.markguard.portal.client.MisuseRestClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the misuse pages show: events and proposals flattened to strings for the templates. */
public final class MisuseViews {

    /** The reviewer's reasons, as complaint-service takes them. */
    static final List<String> CONFIRM_CODES = List.of("FREQUENT_UNFOUNDED_NOTICES_CONFIRMED");
    static final List<String> DECLINE_CODES = List.of("CONTEST_PERSUASIVE", "UNFOUNDED_DECISIONS_IN_DOUBT", "NOT_FREQUENT_ENOUGH");

    private MisuseViews() {
    }

    /** One event: its reason's parameters already shown (times in UTC, shares as percentages). */
    public record EventRow(MisuseRestClient.Event event, Map<String, String> p, String when, String share, String bar,
            String windowStart) {

        static EventRow of(MisuseRestClient.Event e) {
            return new EventRow(e, shown(e.reasonParams()), Views.time(e.occurredAt()),
                    ComplaintViews.percent(e.figures().unfoundedShare()), ComplaintViews.percent(e.figures().unfoundedShareBar()),
                    Views.time(e.figures().windowStart()));
        }
    }

    /** A page of the brand's history, or the peer that could not give it. */
    public record History(List<EventRow> events, String unavailable, Pager pager) {
    }

    /** The misuse part of the trust page: the history and whether the brand has something to contest. */
    public record TrustPart(History history, boolean contestable) {
    }

    public record ReviewRow(MisuseRestClient.Review review, String brand, String proposedAt, String deadline, String share,
            String windowStart, String warnedAt, String lastContestedAt, String decidedAt, String suspendedFrom,
            String suspendedUntil) {

        static ReviewRow of(MisuseRestClient.Review r) {
            return new ReviewRow(r, r.brandName() == null ? "#" + r.brandId() : r.brandName(), Views.time(r.proposedAt()), Views.time(r.deadline()),
                    ComplaintViews.percent(r.figures().unfoundedShare()), Views.time(r.figures().windowStart()),
                    Views.time(r.warnedAt()), r.lastContest() == null ? "" : Views.time(r.lastContest().at()),
                    Views.time(r.decidedAt()), Views.time(r.suspendedFrom()), Views.time(r.suspendedUntil()));
        }
    }

    public record QueuePage(List<ReviewRow> reviews, Pager pager) {
    }

    public record ReviewPage(ReviewRow row, History history, List<String> confirmCodes, List<String> declineCodes,
            Views.Flash flash) {
    }

    public record ContestPage(ComplaintViews.BrandChoice brand, EventRow latest, Views.Flash flash, String idempotencyKey) {
    }

    /** The parameters of a reason as the reader sees them. */
    static Map<String, String> shown(Map<String, String> params) {
        Map<String, String> shown = new LinkedHashMap<>();
        if (params == null) {
            return shown;
        }
        params.forEach((name, value) -> shown.put(name, show(name, value)));
        return shown;
    }

    private static String show(String name, String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        if (name.equals("share") || name.equals("bar")) {
            try {
                return ComplaintViews.percent(new BigDecimal(value));
            } catch (NumberFormatException e) {
                return value;
            }
        }
        if (value.length() > 18 && value.endsWith("Z")) {
            try {
                return Views.time(Instant.parse(value));
            } catch (java.time.format.DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }
}
