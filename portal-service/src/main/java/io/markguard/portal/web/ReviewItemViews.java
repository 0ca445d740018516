package io.markguard.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.portal.Brand;
import io.markguard.portal.IpRight;
import io.markguard.portal.VerificationCase;
import io.markguard.portal.client.ComplaintRestClient;
import io.markguard.portal.client.MerchantRestClient;
import io.markguard.portal.registry.RegisterEntry;
import io.markguard.portal.service.ReviewGrounds;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the reviewer's page of one complaint item shows, flattened for its template: the brand and the right relied on
 * with the register's word on it, the notice's explanation and evidence, the test purchases, the listing at filing and
 * now, the merchant's standing, the thread, the claim and the two decision forms. Each part read from a peer carries
 * the peer that could not give it instead ({@code ...Unavailable}).
 */
public final class ReviewItemViews {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How many of the merchant's latest sanctions the page shows; the standing's counts cover the rest. */
    static final int LATEST_SANCTIONS = 5;
    /** Messages of the thread on one page, latest first from complaint-service and shown oldest first. */
    static final int THREAD_PAGE = 20;

    private ReviewItemViews() {
    }

    public record BrandPart(long id, String name, String legalEntity, String country, String websiteDomain,
            String status) {
        static BrandPart of(Brand b) {
            return b == null ? null : new BrandPart(b.id, b.name, b.legalEntity, b.country, b.websiteDomain, b.status.name());
        }
    }

    /**
     * The right as the brand recorded it, its verification (status, latest case), and what the register says now:
     * {@code verdict} is a {@code RegisterStanding.Verdict} name, {@code standingAt} when that was read, and
     * {@code lastChecked} when the portal last compared the right with the register (verification, re-check).
     */
    public record RightPart(Views.RightRow row, String filedOn, String registeredOn, String expiresOn, boolean onRegister,
            String registerMark, String registerOwner, String registerStatus, String registerClasses,
            String registerExpiresOn, String verdict, String verdictDetail, String standingAt, String lastChecked,
            Long caseId, String caseMethod, String caseStatus, String caseReviewReason, String caseClosedAt) {
        static RightPart of(IpRight r, VerificationCase latest, Optional<RegisterEntry> register,
                io.markguard.portal.service.RegisterStanding.Finding standing, Instant standingAt) {
            RegisterEntry e = register.orElse(null);
            return new RightPart(Views.RightRow.of(r), day(r.filedOn), day(r.registeredOn), day(r.expiresOn), e != null,
                    e == null ? null : e.mark(), e == null ? null : e.owner(), e == null ? null : e.status(),
                    e == null ? null : String.join(", ", e.niceClasses().stream().map(String::valueOf).toList()),
                    e == null ? null : day(e.expiresOn()),
                    standing == null ? null : standing.verdict().name(), standing == null ? null : standing.detail(),
                    Views.time(standingAt), Views.time(r.registerCheckedAt),
                    latest == null ? null : latest.id, latest == null ? null : latest.method.name(),
                    latest == null ? null : latest.status.name(),
                    latest == null || latest.reviewReason == null ? null : latest.reviewReason.name(),
                    latest == null ? null : Views.time(latest.closedAt));
        }
    }

    /** One piece of evidence: a link to open in a new tab, or a document to show inline through the portal. */
    public record EvidenceRow(long id, String kind, String reference, String mediaType, Long sizeBytes, String sha256,
            String href, String addedAt) {
        static EvidenceRow of(long complaintId, ComplaintRestClient.Evidence e) {
            return new EvidenceRow(e.id(), e.kind(), e.reference(), e.mediaType(), e.sizeBytes(), e.sha256(),
                    "DOCUMENT".equals(e.kind()) ? documentPath(complaintId, e.id()) : e.reference(), Views.time(e.addedAt()));
        }

        public boolean link() {
            return "URL".equals(kind);
        }

        public boolean image() {
            return "DOCUMENT".equals(kind) && mediaType != null && mediaType.startsWith("image/");
        }

        public boolean pdf() {
            return "DOCUMENT".equals(kind) && "application/pdf".equals(mediaType);
        }
    }

    /** Where the portal serves a notice's document inline, to reviewers and the brand's members. */
    static String documentPath(long complaintId, long evidenceId) {
        return "/complaint-evidence/" + complaintId + "/" + evidenceId;
    }

    /** A listing's fields as shown: at filing from the snapshot's text, now from merchant-service. */
    public record ListingPart(String title, String brandClaimed, String price, String currency, String status, String url,
            String sha256, String at) {
        static ListingPart ofSnapshot(ComplaintRestClient.Snapshot s) {
            if (s == null || s.text() == null) {
                return null;
            }
            try {
                JsonNode fields = JSON.readTree(s.text());
                return new ListingPart(fields.path("title").asText(""), fields.path("brandClaimed").asText(""),
                        fields.path("price").asText(""), fields.path("currency").asText(""), fields.path("status").asText(""),
                        fields.path("url").asText(""), s.sha256(), Views.time(s.takenAt()));
            } catch (java.io.IOException | RuntimeException unreadable) {
                // The text is shown as it is below; only its fields are missing.
                return new ListingPart("", "", "", "", "", "", s.sha256(), Views.time(s.takenAt()));
            }
        }

        static ListingPart ofNow(MerchantRestClient.Listing l) {
            return new ListingPart(l.title(), l.brandClaimed() == null ? "" : l.brandClaimed(), plain(l.price()),
                    l.currency() == null ? "" : l.currency(), l.status(), l.url(), l.snapshotSha256(), Views.time(l.asOf()));
        }
    }

    public record SanctionRow(long id, String measure, String status, String decidedAt, String expiresAt, String brandName,
            String listingTitle) {
        static SanctionRow of(MerchantRestClient.Sanction s) {
            return new SanctionRow(s.id(), s.measure(), s.status(), Views.time(s.decidedAt()), Views.time(s.expiresAt()),
                    s.brandName(), s.listing() == null ? "" : s.listing().title());
        }
    }

    /** The merchant's standing (counts kept by merchant-service) and its latest few sanctions, never its whole record. */
    public record StandingPart(MerchantRestClient.Standing standing, String blockedUntil, List<SanctionRow> latest,
            boolean more, String sanctionsUnavailable) {
    }

    /** Who holds the item (subject and name) and until when; {@code mine} when the signed-in reviewer does and the claim has not lapsed. */
    public record ClaimPart(String by, String byName, String at, String until, boolean live, boolean mine,
            boolean lapsedMine) {
        static ClaimPart of(ComplaintRestClient.Claim c, String reviewer, io.markguard.portal.notify.PeopleNames people) {
            if (c == null || c.by() == null) {
                return new ClaimPart(null, null, "", "", false, false, false);
            }
            boolean me = c.by().equals(reviewer);
            return new ClaimPart(c.by(), people.of(c.by()), Views.time(c.at()), Views.time(c.expiresAt()), c.live(),
                    me && c.live(), me && !c.live());
        }

        /** Another reviewer's claim that has not lapsed: the item is theirs for now. */
        public boolean heldByOther() {
            return by != null && live && !mine;
        }
    }

    /** The thread's page: shown oldest first; {@code earlier} is the link to the messages before it. */
    public record ThreadPart(List<ComplaintViews.MessageRow> messages, String unavailable, String earlier, boolean latest) {
    }

    /** The whole page. {@code grounds} is null only when portal-service has no such brand or right. */
    public record ReviewPage(ComplaintViews.ItemRow row, ComplaintRestClient.Grounds complaint, String filedAt,
            BrandPart brand, RightPart right, List<EvidenceRow> evidence, List<EvidenceRow> testPurchases,
            ListingPart atFiling, String snapshotText, ListingPart now, String listingUnavailable,
            StandingPart standing, String standingUnavailable, ThreadPart thread, ClaimPart claim, String backTo,
            Views.Flash flash, List<String> acceptCodes, List<String> rejectCodes, ComplaintViews.SeverityChoice severity) {

        public boolean decidable() {
            return row.open() || (row.item().spotCheck() && row.item().spotCheckedAt() == null);
        }

        /** The listing's text differs from what was kept at filing. */
        public boolean listingChanged() {
            return now != null && atFiling != null && now.sha256() != null && !now.sha256().equals(atFiling.sha256());
        }

        /** The notice names a right of the brand as the brand recorded it when filing; the brand may have changed it since. */
        public boolean rightRecordedAsFiled() {
            return right != null && right.row().office().equals(complaint.right().office())
                    && right.row().number().equals(complaint.right().registrationNumber());
        }
    }

    static String plain(BigDecimal price) {
        return price == null ? "" : price.toPlainString();
    }

    private static String day(java.time.LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static RightPart right(ReviewGrounds.Grounds g) {
        return g.right() == null ? null : RightPart.of(g.right(), g.latestCase(), g.register(), g.standing(), g.standingAt());
    }
}
