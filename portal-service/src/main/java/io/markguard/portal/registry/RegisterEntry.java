package io.markguard.portal.registry;

import io.markguard.portal.Office;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A registration as the office's register records it: its owner, the correspondent the office writes to, and the
 * web domains the register names for the owner (often none).
 */
public record RegisterEntry(Office office, String registrationNumber, String type, String mark, String owner,
        String correspondentEmail, List<Integer> niceClasses, LocalDate filedOn, LocalDate registeredOn,
        LocalDate expiresOn, String status, List<String> ownerDomains) {

    public static final String REGISTERED = "REGISTERED";

    public RegisterEntry {
        ownerDomains = ownerDomains == null ? List.of() : List.copyOf(ownerDomains);
    }

    /** The domain of the correspondent's address, lower case; null when the register has no address. */
    public String correspondentDomain() {
        if (correspondentEmail == null) {
            return null;
        }
        int at = correspondentEmail.lastIndexOf('@');
        return at < 0 ? null : correspondentEmail.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }
}
