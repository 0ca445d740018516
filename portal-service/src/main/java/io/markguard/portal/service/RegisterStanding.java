package io.markguard.portal.service;

import io.markguard.portal.registry.RegisterEntry;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * What the register says of a registration, the one home of that rule: whether it may be verified automatically
 * (on the register, REGISTERED, not expired, owned by the brand), whether a domain is one the register ties to its
 * owner, and whether a verified right still stands at a re-check.
 */
public final class RegisterStanding {

    /** The register's answer; every verdict but LIVE keeps a right from being verified automatically. */
    public enum Verdict {
        LIVE, NOT_ON_REGISTER, CANCELLED, EXPIRED, OTHER_OWNER
    }

    /** A verdict and what the register said (its status, the expiry date, the owner it names). */
    public record Finding(Verdict verdict, String detail) {

        public boolean live() {
            return verdict == Verdict.LIVE;
        }
    }

    private static final Finding LIVE = new Finding(Verdict.LIVE, null);

    private RegisterStanding() {
    }

    /** For a verification: the entry must be live on {@code today} and name {@code owner} (the brand's legal entity). */
    public static Finding forVerification(Optional<RegisterEntry> entry, LocalDate today, String owner) {
        if (entry.isEmpty()) {
            return new Finding(Verdict.NOT_ON_REGISTER, null);
        }
        Finding state = state(entry.get(), today);
        if (!state.live()) {
            return state;
        }
        if (!OwnerNames.match(entry.get().owner(), owner)) {
            return new Finding(Verdict.OTHER_OWNER, entry.get().owner());
        }
        return LIVE;
    }

    /**
     * For a re-check of a verified right: the entry must still be live and name the owner it named when the right was
     * verified ({@code ownerWhenVerified}; null: not known, so not compared). A right the register does not hold (a
     * reviewer verified it on documents) can only run out on its own declared expiry.
     */
    public static Finding forRecheck(Optional<RegisterEntry> entry, LocalDate declaredExpiry, String ownerWhenVerified,
            LocalDate today) {
        if (entry.isEmpty()) {
            return declaredExpiry != null && declaredExpiry.isBefore(today)
                    ? new Finding(Verdict.EXPIRED, declaredExpiry.toString()) : LIVE;
        }
        Finding state = state(entry.get(), today);
        if (!state.live()) {
            return state;
        }
        if (ownerWhenVerified != null && !OwnerNames.match(entry.get().owner(), ownerWhenVerified)) {
            return new Finding(Verdict.OTHER_OWNER, entry.get().owner());
        }
        return LIVE;
    }

    /**
     * Whether the register ties {@code domain} to the entry's owner: it is the correspondent's mail domain or an owner
     * domain on the entry, or a name under one of them. A shared mail provider's domain ties no one to anything.
     */
    public static boolean ties(RegisterEntry entry, String domain, Collection<String> sharedMailDomains) {
        if (domain == null || domain.isBlank()) {
            return false;
        }
        String asked = normalise(domain);
        java.util.List<String> tied = new java.util.ArrayList<>(entry.ownerDomains());
        if (entry.correspondentDomain() != null) {
            tied.add(entry.correspondentDomain());
        }
        return tied.stream().map(RegisterStanding::normalise)
                .filter(d -> !d.isEmpty())
                .filter(d -> sharedMailDomains.stream().map(RegisterStanding::normalise).noneMatch(d::equals))
                .anyMatch(d -> asked.equals(d) || asked.endsWith("." + d));
    }

    private static Finding state(RegisterEntry entry, LocalDate today) {
        if (!RegisterEntry.REGISTERED.equals(entry.status())) {
            return new Finding(Verdict.CANCELLED, entry.status());
        }
        if (entry.expiresOn() != null && entry.expiresOn().isBefore(today)) {
            return new Finding(Verdict.EXPIRED, entry.expiresOn().toString());
        }
        return LIVE;
    }

    private static String normalise(String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT);
        return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }
}
