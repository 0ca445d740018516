package io.markguard.portal.web;

import io.markguard.portal.Brand;
import io.markguard.portal.CaseEvent;
import io.markguard.portal.EvidenceDocument;
import io.markguard.portal.IpRight;
import io.markguard.portal.VerificationCase;
import io.markguard.portal.registry.RegisterEntry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What the brand and review pages show, already flattened to strings and flags for the templates. */
public final class Views {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Views() {
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /**
     * An error from the last form, by refusal name, with the fields it concerns (comma-separated), or a notice; and,
     * when the page is shown again for a refused form, what was typed into that form.
     */
    public record Flash(String error, String field, String notice, Typed typed) {

        public Flash(String error, String field, String notice) {
            this(error, field, notice, Typed.NONE);
        }

        static final Flash NONE = new Flash(null, null, null);

        /** The page again for a form refused because of these fields, with what was typed kept. */
        static Flash invalid(List<String> fields, Typed typed) {
            return new Flash("INVALID", String.join(", ", fields), null, typed);
        }

        public boolean hasError() {
            return error != null && !error.isBlank();
        }

        public boolean hasNotice() {
            return notice != null && !notice.isBlank();
        }

        /** Missing or invalid fields, which the pages name in the reader's language. */
        public boolean invalid() {
            return "INVALID".equals(error) && !fields().isEmpty();
        }

        public List<String> fields() {
            return field == null ? List.of()
                    : java.util.Arrays.stream(field.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
        }

        /**
         * Whether the refusal concerns this field (missing or invalid, or named by the peer that refused the form), so
         * its page says so next to the field.
         */
        public boolean problem(String name) {
            return hasError() && fields().contains(name);
        }

        /** What was typed into the form with this id; nothing for the page's other forms. */
        public Typed form(String id) {
            return typed.form().equals(id) ? typed : Typed.NONE;
        }
    }

    /** The values a refused form was posted with, by field name, to fill the form in again. */
    public record Typed(String form, java.util.Map<String, List<String>> values) {

        static final Typed NONE = new Typed("", java.util.Map.of());

        /** Starts the values of the form with this id; {@link #with} adds each field as posted, absent ones left out. */
        static Typed of(String form) {
            return new Typed(form, new java.util.LinkedHashMap<>());
        }

        Typed with(String name, String value) {
            if (value != null) {
                values.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
            }
            return this;
        }

        Typed with(String name, List<String> posted) {
            if (posted != null) {
                posted.forEach(value -> with(name, value));
            }
            return this;
        }

        /** Whether anything was posted: a form shown afresh has its defaults, one shown again has what was sent. */
        public boolean posted() {
            return !form.isEmpty();
        }

        /** The text typed into a field, or empty. */
        public String value(String name) {
            List<String> posted = values.get(name);
            return posted == null || posted.isEmpty() ? "" : posted.get(0);
        }

        /** Whether a choice (an option, a radio button, a checkbox) was among those posted. */
        public boolean chose(String name, Object option) {
            List<String> posted = values.get(name);
            return posted != null && option != null && posted.contains(option.toString());
        }
    }

    public record BrandRow(long id, String name, String legalEntity, String status) {
        static BrandRow of(Brand b) {
            return new BrandRow(b.id, b.name, b.legalEntity, b.status.name());
        }
    }

    public record BrandList(List<BrandRow> brands, Pager pager, Flash flash) {
    }

    /** A right as the brand page lists it; a suspended right carries the register's reason, rendered in the page's language. */
    public record RightRow(long id, String type, String office, String number, String mark, String classes,
            String ownerName, String status, boolean verifiable, String suspensionReason, String suspensionDetail,
            String suspendedAt) {
        static RightRow of(IpRight r) {
            return new RightRow(r.id, r.type.name(), r.office.name(), r.registrationNumber, r.mark,
                    r.niceClasses == null ? "" : r.niceClasses.replace(",", ", "), r.ownerName, r.status.name(),
                    r.status != IpRight.Status.VERIFIED,
                    r.status == IpRight.Status.SUSPENDED ? r.suspensionReason : null, r.suspensionDetail,
                    r.status == IpRight.Status.SUSPENDED ? time(r.suspendedAt) : null);
        }

        public String label() {
            return office + " " + number + " · " + mark;
        }
    }

    public record CaseRow(long id, String right, String method, String status, String reviewReason, String deadline,
            String openedAt) {
        static CaseRow of(io.markguard.portal.service.Verifications.CaseLine c) {
            return new CaseRow(c.id(), c.office() + " " + c.registrationNumber(), c.method().name(), c.status().name(),
                    c.reviewReason() == null ? "" : c.reviewReason().name(), time(c.deadline()), time(c.openedAt()));
        }
    }

    public record AgentRow(String agentSubject, String rights, String validUntil, boolean expired) {
    }

    /** A brand's page: each of its three lists is paged on its own ({@code rights.}, {@code cases.}, {@code agents.}). */
    public record BrandDetail(Brand brandEntity, boolean owner, List<RightRow> rights, List<CaseRow> cases,
            List<AgentRow> agents, Pager rightsPager, Pager casesPager, Pager agentsPager, Flash flash) {
        public BrandRow brand() {
            return BrandRow.of(brandEntity);
        }

        public String country() {
            return brandEntity.country;
        }

        public String domain() {
            return brandEntity.websiteDomain;
        }

        public List<String> types() {
            return java.util.Arrays.stream(IpRight.Type.values()).map(Enum::name).toList();
        }

        public List<String> offices() {
            return java.util.Arrays.stream(io.markguard.portal.Office.values()).map(Enum::name).toList();
        }

        public List<String> methods() {
            return java.util.Arrays.stream(VerificationCase.Method.values()).map(Enum::name).toList();
        }

        public List<RightRow> verifiable() {
            return rights.stream().filter(RightRow::verifiable).toList();
        }
    }

    public record DocumentRow(long id, String kind, String filename, String contentType, long sizeBytes, String sha256,
            String uploadedAt) {
        static DocumentRow of(EvidenceDocument d) {
            return new DocumentRow(d.id, d.kind.name(), d.filename, d.contentType, d.sizeBytes, d.sha256, time(d.uploadedAt));
        }
    }

    public record EventRow(String at, String actor, String action, String reason) {
        static EventRow of(CaseEvent e) {
            return new EventRow(time(e.happenedAt), e.actorName, e.action, e.reason == null ? "" : e.reason);
        }
    }

    public record CaseDetail(long brandId, String brandName, long id, RightRow right, String method, String status,
            String reviewReason, String codeSentTo, String codeExpiresAt, String dnsName, String dnsValue, String deadline,
            List<DocumentRow> documents, List<EventRow> history, Flash flash) {

        public boolean awaitingCode() {
            return VerificationCase.Status.AWAITING_CODE.name().equals(status);
        }

        public boolean awaitingDns() {
            return VerificationCase.Status.AWAITING_DNS.name().equals(status);
        }

        public boolean takesDocuments() {
            return VerificationCase.Status.AWAITING_DOCUMENTS.name().equals(status)
                    || VerificationCase.Status.MORE_EVIDENCE.name().equals(status);
        }

        public boolean inReview() {
            return VerificationCase.Status.IN_REVIEW.name().equals(status);
        }

        /** Verified by this case, and not suspended since by the register re-check. */
        public boolean verified() {
            return VerificationCase.Status.VERIFIED.name().equals(status) && right.suspensionReason() == null;
        }

        public List<String> kinds() {
            return List.of(EvidenceDocument.Kind.CERTIFICATE.name(), EvidenceDocument.Kind.POWER_OF_ATTORNEY.name());
        }
    }

    public record QueueRow(long id, String brandName, String legalEntity, String right, String method, String reviewReason,
            String deadline, String claimedBy) {
    }

    public record Queue(List<QueueRow> cases, Pager pager, Flash flash) {
    }

    public record ReviewCase(CaseDetail verification, BrandRow brand, String domain, String country, RegisterEntry register,
            String claimedBy, boolean claimedByMe) {

        public List<String> outcomes() {
            return List.of("APPROVE", "REJECT", "MORE_EVIDENCE");
        }

        public String registerClasses() {
            return register == null ? "" : String.join(", ", register.niceClasses().stream().map(String::valueOf).toList());
        }
    }
}
