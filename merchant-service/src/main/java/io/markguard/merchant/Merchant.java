package io.markguard.merchant;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A seller on the marketplace, tied to the Keycloak subject it signs in with, with its DSA Art. 30 trader identity. */
@Entity
public class Merchant extends PanacheEntity {

    @Column(name = "keycloak_subject", nullable = false, unique = true, updatable = false)
    public String subject;

    @Column(nullable = false)
    public String username;

    @Column(name = "enrolled_at", nullable = false, updatable = false)
    public Instant enrolledAt;

    @Column(name = "legal_name")
    public String legalName;

    public String address;

    public String phone;

    public String email;

    @Column(name = "identity_document_ref")
    public String identityDocumentRef;

    @Column(name = "trade_register_number")
    public String tradeRegisterNumber;

    /** When the merchant certified it offers only products that comply with EU law (Art. 30(1)(e)); empty if not. */
    @Column(name = "self_certified_at")
    public Instant selfCertifiedAt;

    @Column(name = "identity_updated_at")
    public Instant identityUpdatedAt;

    public static Optional<Merchant> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    /** The name shown to others: the registered legal name once given, else the sign-in name. */
    public String displayName() {
        return legalName == null || legalName.isBlank() ? username : legalName;
    }

    /** The Art. 30 items still missing, in the order a form shows them. */
    public List<String> missingIdentityFields() {
        List<String> missing = new ArrayList<>();
        if (blank(legalName)) {
            missing.add("legalName");
        }
        if (blank(address)) {
            missing.add("address");
        }
        if (blank(phone)) {
            missing.add("phone");
        }
        if (blank(email)) {
            missing.add("email");
        }
        if (blank(identityDocumentRef)) {
            missing.add("identityDocumentRef");
        }
        if (blank(tradeRegisterNumber)) {
            missing.add("tradeRegisterNumber");
        }
        if (selfCertifiedAt == null) {
            missing.add("selfCertification");
        }
        return missing;
    }

    public static final int IDENTITY_FIELDS = 7;

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
