package io.markguard.portal.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.portal.IpRight;
import io.markguard.portal.Office;
import io.markguard.portal.service.RegistrationNumbers;
import org.junit.jupiter.api.Test;

class LocalTrademarkRegistryTest {

    @Test
    void theShippedRegisterHasThousandsOfEntriesInTheirOfficesRealFormats() {
        LocalTrademarkRegistry registry = new LocalTrademarkRegistry();
        registry.load();
        assertTrue(registry.size() >= 3000, "entries: " + registry.size());
        for (Office office : Office.values()) {
            assertTrue(registry.entries().stream().anyMatch(e -> e.office() == office), "no entry for " + office);
        }
        registry.entries().forEach(e -> assertEquals(e.registrationNumber(),
                RegistrationNumbers.check(IpRight.Type.TRADEMARK, e.office(), e.registrationNumber()), e.toString()));
    }

    @Test
    void theDemoBrandIsOnTheRegisterWithTheDemoOwnersAddress() {
        LocalTrademarkRegistry registry = new LocalTrademarkRegistry();
        registry.load();
        RegisterEntry uspto = registry.find(Office.USPTO, "7123456").orElseThrow();
        assertEquals("Northwind Apparel, Inc.", uspto.owner());
        assertEquals("brand-owner@markguard.test", uspto.correspondentEmail());
        assertEquals("brand-owner@markguard.test", registry.find(Office.EUIPO, "018765432").orElseThrow().correspondentEmail());
    }

    @Test
    void theRegisterHoldsOwnerDomainsStatusesAndExpiryDatesForTheVerificationCases() {
        LocalTrademarkRegistry registry = new LocalTrademarkRegistry();
        registry.load();
        RegisterEntry tallow = registry.find(Office.USPTO, "5550010").orElseThrow();
        assertEquals(java.util.List.of("tallowcreek.test", "tallowcreek-shop.test"), tallow.ownerDomains());
        assertEquals("tallowcreek.test", tallow.correspondentDomain());
        assertEquals("CANCELLED", registry.find(Office.EUIPO, "018550013").orElseThrow().status());
        assertEquals(java.time.LocalDate.of(2024, 1, 14), registry.find(Office.USPTO, "5550012").orElseThrow().expiresOn());
        assertEquals(java.util.List.of(), registry.find(Office.USPTO, "5550011").orElseThrow().ownerDomains());
    }
}
