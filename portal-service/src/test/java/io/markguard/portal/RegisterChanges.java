package io.markguard.portal;

import io.markguard.portal.registry.LocalTrademarkRegistry;
import io.markguard.portal.registry.RegisterEntry;
import io.markguard.portal.registry.TrademarkRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Stands in for the office changing its register after a right was verified (an outside system the test cannot
 * write to): the shipped data set, with the entries a test has amended. Asked before the local register, as a real
 * office adapter would be.
 */
@ApplicationScoped
public class RegisterChanges implements TrademarkRegistry {

    private static final Map<String, RegisterEntry> AMENDED = new ConcurrentHashMap<>();

    @Inject
    LocalTrademarkRegistry shipped;

    /** The office records a change to the entry; from now on the register answers with it. */
    void amend(io.markguard.portal.Office office, String number, UnaryOperator<RegisterEntry> change) {
        RegisterEntry now = find(office, number).orElseThrow(() -> new AssertionError(office + " " + number + " is not on the register"));
        AMENDED.put(office + ":" + number, change.apply(now));
    }

    static UnaryOperator<RegisterEntry> expiredOn(LocalDate day) {
        return e -> new RegisterEntry(e.office(), e.registrationNumber(), e.type(), e.mark(), e.owner(), e.correspondentEmail(),
                e.niceClasses(), e.filedOn(), e.registeredOn(), day, e.status(), e.ownerDomains());
    }

    static UnaryOperator<RegisterEntry> status(String status) {
        return e -> new RegisterEntry(e.office(), e.registrationNumber(), e.type(), e.mark(), e.owner(), e.correspondentEmail(),
                e.niceClasses(), e.filedOn(), e.registeredOn(), e.expiresOn(), status, e.ownerDomains());
    }

    static UnaryOperator<RegisterEntry> ownedBy(String owner, String correspondent) {
        return e -> new RegisterEntry(e.office(), e.registrationNumber(), e.type(), e.mark(), owner, correspondent,
                e.niceClasses(), e.filedOn(), e.registeredOn(), e.expiresOn(), e.status(), java.util.List.of());
    }

    @Override
    public boolean covers(io.markguard.portal.Office office) {
        return true;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Optional<RegisterEntry> find(io.markguard.portal.Office office, String registrationNumber) {
        RegisterEntry amended = AMENDED.get(office + ":" + registrationNumber);
        return amended != null ? Optional.of(amended) : shipped.find(office, registrationNumber);
    }
}
