package io.markguard.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An owner's invitation of an e-mail address to join a brand with a role and scope. The link mailed is signed over
 * the invitation's id and expiry; accepting binds the membership to whoever signs in with it.
 */
@Entity
@Table(name = "brand_invitation")
public class BrandInvitation extends PanacheEntity {

    public enum Status { PENDING, ACCEPTED, REVOKED }

    @Column(name = "brand_id", nullable = false, updatable = false)
    public Long brandId;

    @Column(nullable = false, updatable = false)
    public String email;

    /** The language the mail is written in. */
    @Column(nullable = false, updatable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public BrandMember.Role role;

    @Column(name = "all_rights", nullable = false, updatable = false)
    public boolean allRights;

    /** Comma-separated right ids when not all rights. */
    @Column(name = "right_ids", nullable = false, updatable = false)
    public String rightIds;

    @Column(nullable = false, updatable = false)
    public String actions;

    @Column(name = "valid_until", updatable = false)
    public Instant validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "mailed_at")
    public Instant mailedAt;

    public Set<Long> rightIdSet() {
        return rightIds.isBlank() ? new TreeSet<>()
                : Arrays.stream(rightIds.split(",")).map(Long::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    public static String encodeRights(Set<Long> ids) {
        return ids == null ? "" : new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
