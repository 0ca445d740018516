package io.markguard.portal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.portal.Office;
import io.markguard.portal.registry.RegisterEntry;
import io.markguard.portal.service.RegisterStanding.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegisterStandingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final List<String> SHARED = List.of("gmail.com", "outlook.com");

    private static RegisterEntry entry(String status, LocalDate expires, String owner, String correspondent, List<String> domains) {
        return new RegisterEntry(Office.USPTO, "5550010", "TRADEMARK", "TALLOW CREEK", owner, correspondent, List.of(3),
                LocalDate.of(2019, 3, 1), LocalDate.of(2020, 2, 4), expires, status, domains);
    }

    private static final RegisterEntry LIVE = entry("REGISTERED", LocalDate.of(2030, 2, 4), "Tallow Creek Soap Co.",
            "legal@tallowcreek.test", List.of("tallowcreek-shop.test"));

    @Test
    void onlyALiveRegistrationOfTheBrandsLegalEntityMayBeVerifiedAutomatically() {
        assertEquals(Verdict.LIVE, RegisterStanding.forVerification(Optional.of(LIVE), TODAY, "Tallow Creek Soap Company").verdict());
        assertEquals(Verdict.NOT_ON_REGISTER, RegisterStanding.forVerification(Optional.empty(), TODAY, "Tallow Creek Soap Co.").verdict());
        assertEquals(new RegisterStanding.Finding(Verdict.CANCELLED, "CANCELLED"), RegisterStanding.forVerification(
                Optional.of(entry("CANCELLED", LocalDate.of(2030, 2, 4), "Tallow Creek Soap Co.", "legal@tallowcreek.test", List.of())),
                TODAY, "Tallow Creek Soap Co."));
        assertEquals(new RegisterStanding.Finding(Verdict.EXPIRED, "2026-11-30"), RegisterStanding.forVerification(
                Optional.of(entry("REGISTERED", LocalDate.of(2026, 11, 30), "Tallow Creek Soap Co.", "legal@tallowcreek.test", List.of())),
                TODAY, "Tallow Creek Soap Co."));
        // Expiring today still stands today.
        assertEquals(Verdict.LIVE, RegisterStanding.forVerification(
                Optional.of(entry("REGISTERED", TODAY, "Tallow Creek Soap Co.", "legal@tallowcreek.test", List.of())),
                TODAY, "Tallow Creek Soap Co.").verdict());
        assertEquals(new RegisterStanding.Finding(Verdict.OTHER_OWNER, "Tallow Creek Soap Co."),
                RegisterStanding.forVerification(Optional.of(LIVE), TODAY, "Tallow Creek Trading Ltd"));
    }

    @Test
    void theRegisterTiesTheCorrespondentsDomainAndTheOwnerDomainsAndNamesUnderThem() {
        assertTrue(RegisterStanding.ties(LIVE, "tallowcreek.test", SHARED));
        assertTrue(RegisterStanding.ties(LIVE, "TallowCreek-Shop.test.", SHARED));
        assertTrue(RegisterStanding.ties(LIVE, "eu.tallowcreek.test", SHARED));
        assertFalse(RegisterStanding.ties(LIVE, "tallowcreek-soap.test", SHARED));
        assertFalse(RegisterStanding.ties(LIVE, "nottallowcreek.test", SHARED));
        assertFalse(RegisterStanding.ties(LIVE, "tallowcreek.test.evil.test", SHARED));
        assertFalse(RegisterStanding.ties(LIVE, "", SHARED));
    }

    @Test
    void aCorrespondentAtASharedMailProviderTiesNoDomain() {
        RegisterEntry atGmail = entry("REGISTERED", LocalDate.of(2030, 2, 4), "Tallow Creek Soap Co.", "tallow.creek@gmail.com", List.of());
        assertFalse(RegisterStanding.ties(atGmail, "gmail.com", SHARED));
        assertFalse(RegisterStanding.ties(atGmail, "mail.gmail.com", SHARED));
    }

    @Test
    void aRecheckHoldsTheRightToTheOwnerTheRegisterNamedWhenItWasVerified() {
        // Approved by a reviewer although the brand's legal entity differs: the owner then is what counts.
        assertEquals(Verdict.LIVE, RegisterStanding.forRecheck(Optional.of(LIVE), null, "Tallow Creek Soap Co.", TODAY).verdict());
        assertEquals(new RegisterStanding.Finding(Verdict.OTHER_OWNER, "Tallow Creek Soap Co."),
                RegisterStanding.forRecheck(Optional.of(LIVE), null, "Birch Soap Holdings Ltd", TODAY));
        assertEquals(Verdict.LIVE, RegisterStanding.forRecheck(Optional.of(LIVE), null, null, TODAY).verdict());
        assertEquals(Verdict.EXPIRED, RegisterStanding.forRecheck(
                Optional.of(entry("REGISTERED", LocalDate.of(2026, 6, 1), "Tallow Creek Soap Co.", null, List.of())),
                null, "Tallow Creek Soap Co.", TODAY).verdict());
        // Off the register (verified on documents): only its declared expiry can end it.
        assertEquals(Verdict.LIVE, RegisterStanding.forRecheck(Optional.empty(), null, null, TODAY).verdict());
        assertEquals(Verdict.LIVE, RegisterStanding.forRecheck(Optional.empty(), LocalDate.of(2027, 1, 1), null, TODAY).verdict());
        assertEquals(new RegisterStanding.Finding(Verdict.EXPIRED, "2026-01-01"),
                RegisterStanding.forRecheck(Optional.empty(), LocalDate.of(2026, 1, 1), null, TODAY));
    }
}
