package io.markguard.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** An intellectual-property right a brand relies on, as registered with an office. */
@Entity
@Table(name = "ip_right")
public class IpRight extends PanacheEntity {

    public enum Type { TRADEMARK, COPYRIGHT, DESIGN, PATENT }

    /** SUSPENDED: it was verified, and the register no longer bears that out (see {@code RegisterRecheck}). */
    public enum Status { UNVERIFIED, PENDING, VERIFIED, REJECTED, SUSPENDED }

    @Column(name = "brand_id", nullable = false, updatable = false)
    public Long brandId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Type type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Office office;

    /** Normalised as the office writes it (no spaces or thousands separators). */
    @Column(name = "registration_number", nullable = false)
    public String registrationNumber;

    @Column(nullable = false)
    public String mark;

    /** Nice classes, comma-separated in ascending order; trademarks only. */
    @Column(name = "nice_classes")
    public String niceClasses;

    @Column(name = "owner_name", nullable = false)
    public String ownerName;

    @Column(name = "filed_on")
    public LocalDate filedOn;

    @Column(name = "registered_on")
    public LocalDate registeredOn;

    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** When the re-check next compares a verified right with the register (index {@code ip_right_recheck}). */
    @Column(name = "next_check_at", nullable = false)
    public Instant nextCheckAt;

    /** The owner the register named when the right was verified: a different owner later suspends it. */
    @Column(name = "register_owner")
    public String registerOwner;

    /** The address tied to the register that the brand proved (or the register's correspondent): told of a suspension. */
    @Column(name = "verified_contact")
    public String verifiedContact;

    /** When the right was last compared with the register (verification, re-check); null: never. */
    @Column(name = "register_checked_at")
    public Instant registerCheckedAt;

    @Column(name = "suspended_at")
    public Instant suspendedAt;

    /** Why the right was suspended: a {@code RegisterStanding.Verdict} name, rendered in the reader's language. */
    @Column(name = "suspension_reason")
    public String suspensionReason;

    /** What the register said: its status, the expiry date, or the owner it now names. */
    @Column(name = "suspension_detail")
    public String suspensionDetail;

    @jakarta.persistence.PrePersist
    void firstCheck() {
        if (nextCheckAt == null) {
            nextCheckAt = createdAt;
        }
    }

    /** Verified now, as the register stands: what the re-check compares against later, and no suspension. */
    public void verified(String ownerOnRegister, String contact, Instant checkedAt, Instant nextCheck) {
        status = Status.VERIFIED;
        registerCheckedAt = checkedAt;
        registerOwner = ownerOnRegister;
        verifiedContact = contact;
        nextCheckAt = nextCheck;
        suspendedAt = null;
        suspensionReason = null;
        suspensionDetail = null;
    }

    public List<Integer> niceClassList() {
        if (niceClasses == null || niceClasses.isBlank()) {
            return List.of();
        }
        return Arrays.stream(niceClasses.split(",")).map(Integer::valueOf).toList();
    }


    /** The same registration claimed by any other brand (a rejected claim no longer counts). */
    public static List<IpRight> claimedElsewhere(IpRight right) {
        return list("office = ?1 and registrationNumber = ?2 and brandId <> ?3 and status <> ?4",
                right.office, right.registrationNumber, right.brandId, Status.REJECTED);
    }
}
