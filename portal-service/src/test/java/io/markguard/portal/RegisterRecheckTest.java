package io.markguard.portal;

import static io.markguard.portal.BrandApi.OWNER;
import static io.markguard.portal.BrandApi.OWNER_SUBJECT;
import static io.markguard.portal.BrandApi.brand;
import static io.markguard.portal.BrandApi.brandOf;
import static io.markguard.portal.BrandApi.caseOf;
import static io.markguard.portal.BrandApi.enterCode;
import static io.markguard.portal.BrandApi.right;
import static io.markguard.portal.BrandApi.start;
import static io.markguard.portal.BrandApi.verifyByDocuments;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.portal.service.RegisterRecheck;
import io.markguard.testsupport.BrowserSession;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Verified rights stay true: the scheduled re-check (run here as the scheduler runs it) suspends a verified right
 * whose registration expired, was cancelled or changed owner on the register, takes it out of filing, and tells the
 * brand by mail and on its page.
 */
@QuarkusTest
@QuarkusTestResource(Mailbox.class)
class RegisterRecheckTest {

    @Inject
    RegisterRecheck recheck;

    @Inject
    io.markguard.portal.service.VerificationMetrics metrics;

    @Inject
    RegisterChanges register;

    @Test
    void aRightWhoseRegistrationExpiredIsSuspendedAndTheBrandIsToldByMailAndOnItsPage() throws Exception {
        long brandId = brand(OWNER, "Halyard", "Halyard Marine Inc.", "halyard-marine-shop.test");
        long rightId = right(OWNER, brandId, "USPTO", "5550015", "HALYARD", "Halyard Marine Inc.");
        // The code goes to the register's correspondent, not to an address at the domain the brand gave.
        long caseId = start(OWNER, brandId, rightId, "REGISTER_CODE", null).then()
                .statusCode(201)
                .body("codeSentTo", equalTo("legal@halyard.test"))
                .extract().jsonPath().getLong("id");
        enterCode(OWNER, brandId, caseId, Mailbox.latestCode("legal@halyard.test", 1)).then()
                .statusCode(200).body("status", equalTo("VERIFIED"));
        String service = TestKeycloak.serviceToken("complaint-service");
        authority(service, brandId, rightId).body("allowed", equalTo(true));

        // While the register bears it out, a check changes nothing.
        runWhenDue();
        rightOf(brandId, rightId).body("status", equalTo("VERIFIED")).body("suspension", nullValue());

        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        register.amend(Office.USPTO, "5550015", RegisterChanges.expiredOn(LocalDate.parse(yesterday)));
        RegisterRecheck.Run run = runWhenDue();
        assertTrue(run.suspended() >= 1, "suspended: " + run);

        rightOf(brandId, rightId).body("status", equalTo("SUSPENDED"))
                .body("suspension.reason", equalTo("EXPIRED"))
                .body("suspension.detail", equalTo(yesterday));
        brandOf(OWNER, brandId).body("status", equalTo("UNVERIFIED"));
        given().auth().oauth2(service).get("/api/internal/brands/" + brandId).then()
                .body("verified", equalTo(false)).body("verifiedRightIds", empty());
        authority(service, brandId, rightId).body("allowed", equalTo(false));
        caseOf(OWNER, brandId, caseId).body("history.action", hasItem("SUSPENDED"));

        String mail = Mailbox.text(mailNumber("legal@halyard.test", 2));
        assertTrue(mail.contains("HALYARD") && mail.contains("The registration expired on " + yesterday), mail);
        assertTrue(mail.contains("该注册已于 " + yesterday + " 到期"), mail);

        BrowserSession owner = BrowserSession.signIn("brand-owner");
        owner.get("/brands/" + brandId).then().statusCode(200)
                .body(containsString("id=\"right-" + rightId + "-status\">Suspended"))
                .body(containsString("The registration expired on " + yesterday + " according to the register."));
        given().redirects().follow(false).cookies(owner.cookies).cookie("mg_lang", "zh-CN").get("/brands/" + brandId).then()
                .statusCode(200)
                .body(containsString("id=\"right-" + rightId + "-suspension\">根据注册簿，该注册已于 " + yesterday + " 到期。"));

        owner.get("/brands/" + brandId + "/cases/" + caseId).then().statusCode(200)
                .body(not(containsString("id=\"verified\"")))
                .body(containsString("id=\"suspended\">The registration expired on " + yesterday))
                .body(containsString("Suspended after a check against the register"));

        // An expired registration cannot be verified again automatically.
        start(OWNER, brandId, rightId, "REGISTER_CODE", null).then().statusCode(422);
    }

    @Test
    void aRightVerifiedByDnsWhoseRegistrationWasCancelledIsSuspendedAndItsCorrespondentTold() throws Exception {
        long brandId = brand(OWNER, "Cormorant", "Cormorant Outdoor GmbH", "cormorant.test");
        long rightId = right(OWNER, brandId, "EUIPO", "018550016", "CORMORANT", "Cormorant Outdoor GmbH");
        JsonPath opened = start(OWNER, brandId, rightId, "DOMAIN_DNS", null).then().statusCode(201).extract().jsonPath();
        PublishedDnsRecords.publish("_markguard.cormorant.test", opened.getString("dnsValue"));
        given().auth().oauth2(BrandApi.token(OWNER)).contentType(ContentType.JSON)
                .post("/api/brands/" + brandId + "/cases/" + opened.getLong("id") + "/dns-check").then()
                .statusCode(200).body("status", equalTo("VERIFIED"));

        register.amend(Office.EUIPO, "018550016", RegisterChanges.status("CANCELLED"));
        runWhenDue();

        rightOf(brandId, rightId).body("status", equalTo("SUSPENDED"))
                .body("suspension.reason", equalTo("CANCELLED"))
                .body("suspension.detail", equalTo("CANCELLED"));
        brandOf(OWNER, brandId).body("status", not(equalTo("VERIFIED")));
        String mail = Mailbox.text(mailNumber("marken@cormorant.test", 1));
        assertTrue(mail.contains("The register now records the registration as CANCELLED."), mail);
        assertTrue(mail.contains("注册簿现将该注册记录为 CANCELLED。"), mail);
    }

    @Test
    void aRightWhoseRegisterOwnerChangedIsSuspendedWhileTheBrandsOtherRightsStand() throws Exception {
        long brandId = brand(OWNER, "Petrel", "Petrel Optics Ltd", "petrel.test");
        long petrel = right(OWNER, brandId, "UKIPO", "UK00003550017", "PETREL", "Petrel Optics Ltd");
        long other = right(OWNER, brandId, "USPTO", "7999997", "PETREL OPTICS", "Petrel Optics Ltd");
        verifyByDocuments(OWNER, brandId, petrel);
        verifyByDocuments(OWNER, brandId, other);
        String service = TestKeycloak.serviceToken("complaint-service");

        register.amend(Office.UKIPO, "UK00003550017",
                RegisterChanges.ownedBy("Storm Petrel Holdings plc", "ip@stormpetrel.test"));
        runWhenDue();

        rightOf(brandId, petrel).body("status", equalTo("SUSPENDED"))
                .body("suspension.reason", equalTo("OTHER_OWNER"))
                .body("suspension.detail", equalTo("Storm Petrel Holdings plc"));
        rightOf(brandId, other).body("status", equalTo("VERIFIED"));
        brandOf(OWNER, brandId).body("status", equalTo("VERIFIED"));
        // No more notices on the suspended right; the other one still files.
        authority(service, brandId, petrel).body("allowed", equalTo(false)).body("reason", equalTo("RIGHT_NOT_VERIFIED"));
        authority(service, brandId, other).body("allowed", equalTo(true));

        // The owner on the register when the right was approved is told; the new owner's address is not written to.
        String mail = Mailbox.text(mailNumber("trademarks@petrel.test", 1));
        assertTrue(mail.contains("The register now names Storm Petrel Holdings plc as its owner."), mail);
        assertTrue(Mailbox.to("ip@stormpetrel.test").isEmpty());
        BrowserSession.signIn("brand-owner").get("/brands/" + brandId).then()
                .body(containsString("id=\"right-" + petrel + "-suspension\">The register now names Storm Petrel Holdings plc as its owner."));
    }

    @Test
    void twoReplicasRunningTheRecheckAtOnceSuspendTheRightAndTellTheBrandOnce() throws Exception {
        long brandId = brand(OWNER, "Sandpiper", "Sandpiper Rope Inc.", "sandpiper.test");
        long rightId = right(OWNER, brandId, "USPTO", "5550019", "SANDPIPER", "Sandpiper Rope Inc.");
        long caseId = start(OWNER, brandId, rightId, "REGISTER_CODE", null).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        enterCode(OWNER, brandId, caseId, Mailbox.latestCode("legal@sandpiper.test", 1)).then()
                .body("status", equalTo("VERIFIED"));
        register.amend(Office.USPTO, "5550019", RegisterChanges.status("CANCELLED"));
        Thread.sleep(1_200);

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<RegisterRecheck.Run>> runs = replicas.invokeAll(
                    List.<Callable<RegisterRecheck.Run>>of(recheck::runDue, recheck::runDue));
            int suspended = 0;
            for (Future<RegisterRecheck.Run> run : runs) {
                suspended += run.get().suspended();
            }
            assertEquals(1, suspended);
        } finally {
            replicas.shutdown();
        }
        rightOf(brandId, rightId).body("status", equalTo("SUSPENDED")).body("suspension.reason", equalTo("CANCELLED"));
        caseOf(OWNER, brandId, caseId).body("history.findAll { it.action == 'SUSPENDED' }.size()", equalTo(1));
        mailNumber("legal@sandpiper.test", 2);
        Thread.sleep(2_000);
        assertEquals(2, Mailbox.to("legal@sandpiper.test").size(), "one code, one notice");
    }

    @Test
    void operatorsSeeHowFarTheRecheckIsBehindAndTheFigureFallsOnceItHasRun() throws Exception {
        long brandId = brand(OWNER, "Turnstone", "Turnstone Nets Inc.", "turnstone.test");
        long rightId = right(OWNER, brandId, "USPTO", "5550020", "TURNSTONE", "Turnstone Nets Inc.");
        long caseId = start(OWNER, brandId, rightId, "REGISTER_CODE", null).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        enterCode(OWNER, brandId, caseId, Mailbox.latestCode("legal@turnstone.test", 1)).then()
                .body("status", equalTo("VERIFIED"));
        // Due after the test profile's second; nothing runs the re-check here but the test.
        Thread.sleep(4_500);
        metrics.refresh();
        assertTrue(recheckOverdueSeconds() >= 3, "overdue: " + recheckOverdueSeconds());

        recheck.runDue();
        metrics.refresh();
        assertTrue(recheckOverdueSeconds() <= 2, "overdue after the run: " + recheckOverdueSeconds());
    }

    private static double recheckOverdueSeconds() {
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return scrape.lines().filter(line -> line.startsWith("markguard_register_recheck_overdue_seconds "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no markguard_register_recheck_overdue_seconds in /q/metrics"));
    }

    /** Waits until rights verified or checked just now are due (the test profile's interval), then runs the re-check. */
    private RegisterRecheck.Run runWhenDue() throws InterruptedException {
        Thread.sleep(1_200);
        return recheck.runDue();
    }

    private static ValidatableResponse rightOf(long brandId, long rightId) {
        return given().auth().oauth2(BrandApi.token(OWNER)).get("/api/brands/" + brandId + "/rights/" + rightId).then()
                .statusCode(200);
    }

    private static ValidatableResponse authority(String token, long brandId, long rightId) {
        return given().auth().oauth2(token).queryParam("subject", OWNER_SUBJECT).queryParam("rightId", rightId)
                .get("/api/internal/brands/" + brandId + "/authority").then().statusCode(200);
    }

    /**
     * The n-th mail to the address, waiting for the outbox to send it: at once after commit, or, should that attempt
     * fail, by the sweeper (every 15 s) after the retry wait; a minute leaves room for both on a busy machine.
     */
    private static MimeMessage mailNumber(String address, int n) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mail = Mailbox.to(address);
            if (mail.size() >= n) {
                return mail.get(n - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail number " + n + " to " + address);
    }
}
