package io.markguard.portal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** One attempt to prove that a brand holds one of its rights, by one method. */
@Entity
@Table(name = "verification_case")
public class VerificationCase extends PanacheEntity {

    public enum Method { REGISTER_CODE, DOMAIN_EMAIL, DOMAIN_DNS, DOCUMENTS }

    public enum Status {
        AWAITING_CODE, AWAITING_DNS, AWAITING_DOCUMENTS, IN_REVIEW, MORE_EVIDENCE, VERIFIED, REJECTED, WITHDRAWN;

        public boolean open() {
            return this != VERIFIED && this != REJECTED && this != WITHDRAWN;
        }
    }

    /**
     * Why a person has to look at the case. DOMAIN_NOT_ON_REGISTER: control of a domain the register does not tie to
     * the owner was proven, which is evidence but no proof; REGISTER_CHANGED: the register no longer bore the right
     * out when control was proven.
     */
    public enum ReviewReason { DOCUMENTS, OWNER_MISMATCH, CONFLICT, DOMAIN_NOT_ON_REGISTER, REGISTER_CHANGED }

    public boolean automatic() {
        return method != Method.DOCUMENTS;
    }

    public boolean domainMethod() {
        return method == Method.DOMAIN_EMAIL || method == Method.DOMAIN_DNS;
    }

    @Column(name = "brand_id", nullable = false, updatable = false)
    public Long brandId;

    @Column(name = "right_id", nullable = false, updatable = false)
    public Long rightId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Method method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_reason")
    public ReviewReason reviewReason;

    /** HMAC of the code: the code itself is never stored. */
    @Column(name = "code_hash")
    public String codeHash;

    @Column(name = "code_sent_to")
    public String codeSentTo;

    @Column(name = "code_expires_at")
    public Instant codeExpiresAt;

    @Column(name = "code_used_at")
    public Instant codeUsedAt;

    @Column(nullable = false)
    public int attempts;

    @Column(nullable = false)
    public int sends;

    @Column(name = "dns_token")
    public String dnsToken;

    @Column
    public Instant deadline;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "claimed_by_name")
    public String claimedByName;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "opened_by", nullable = false, updatable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;


    public static List<VerificationCase> openFor(long rightId) {
        return list("rightId = ?1 and status not in ?2 order by id", rightId,
                List.of(Status.VERIFIED, Status.REJECTED, Status.WITHDRAWN));
    }

}
