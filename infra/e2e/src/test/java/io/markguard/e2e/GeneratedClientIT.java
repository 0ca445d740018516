package io.markguard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.markguard.client.complaints.ApiClient;
import io.markguard.client.complaints.ApiException;
import io.markguard.client.complaints.api.ComplaintResourceApi;
import io.markguard.client.complaints.api.JobResourceApi;
import io.markguard.client.complaints.model.ComplaintView;
import io.markguard.client.complaints.model.EvidenceInput;
import io.markguard.client.complaints.model.InfringementType;
import io.markguard.client.complaints.model.Job;
import io.markguard.client.complaints.model.NewComplaint;
import io.markguard.testsupport.TestKeycloak;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A vendor's script as it would be written: the brand's owner makes an API client in the portal's API, and the
 * script, with only the client id and secret, signs in at Keycloak and files through the Java client generated from
 * complaint-service's OpenAPI document (infra/complaint-client): a notice, read back, and a bulk file.
 */
@ExtendWith(RunningSuite.class)
class GeneratedClientIT {

    @Test
    void aScriptWithItsClientsSecretFilesANoticeAndABulkFileThroughTheGeneratedClient() throws Exception {
        Marketplace.VerifiedBrand brand = Marketplace.verifiedBrand("Scripted");
        String merchant = Marketplace.newMerchant("Script", "Target");
        long first = Marketplace.listingOf(merchant, "Wallet (copy) 1");
        long second = Marketplace.listingOf(merchant, "Wallet (copy) 2");
        long third = Marketplace.listingOf(merchant, "Wallet (copy) 3");
        JsonPath client = Marketplace.as("brand-owner").baseUri(RunningSuite.PORTAL).contentType(ContentType.JSON)
                .body(Map.of("name", "Acme Protect crawler", "allRights", false, "rightIds", List.of(brand.rightId()),
                        "actions", List.of("FILE", "READ")))
                .post("/api/brands/" + brand.id() + "/clients").then().statusCode(201).extract().jsonPath();
        String token = TestKeycloak.apiClientToken(client.getString("clientId"), client.getString("secret"));

        ApiClient api = new ApiClient();
        api.updateBaseUri(RunningSuite.COMPLAINTS);
        api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        ComplaintResourceApi complaints = new ComplaintResourceApi(api);
        String key = "crawl-" + UUID.randomUUID();
        NewComplaint notice = new NewComplaint().brandId(brand.id()).rightId(brand.rightId())
                .infringementType(InfringementType.COUNTERFEIT).listings(List.of(String.valueOf(first)))
                .explanation("Test purchase showed a counterfeit: wrong stitching, no hologram, fake serial.")
                .evidence(new EvidenceInput().urls(List.of("https://evidence.acme-protect.test/1")))
                .goodFaith(true).accurate(true);
        ComplaintView filed = complaints.fileNotice(notice, key);
        assertEquals(client.getString("clientId"), filed.getSubmitter().getClient());
        assertEquals(brand.id(), filed.getBrandId());
        // The same key again is the same notice, not a second one.
        assertEquals(filed.getId(), complaints.fileNotice(notice, key).getId());
        assertEquals(filed.getId(), complaints.getNotice(filed.getId()).getId());

        // A right it was not given: refused with a problem naming the field.
        ApiException refused = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> complaints.fileNotice(notice.rightId(brand.rightId() + 100_000), null));
        assertEquals(403, refused.getCode());

        // The bulk file: the generator gives a binary body as a file, which the script sends as it is.
        Path csv = Files.createTempFile("listings", ".csv");
        Files.writeString(csv, "listing;note\n" + second + ";first\n" + third + ";second\n", StandardCharsets.UTF_8);
        ApiClient uploads = new ApiClient();
        uploads.updateBaseUri(RunningSuite.COMPLAINTS);
        HttpRequest.BodyPublisher file = HttpRequest.BodyPublishers.ofFile(csv);
        uploads.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token).method("POST", file));
        Job job = new JobResourceApi(uploads).uploadNotices(csv.toFile(), true, brand.id(),
                "Test purchases showed counterfeits: wrong stitching, no hologram.", true, "COUNTERFEIT", brand.rightId(),
                "bulk-" + UUID.randomUUID());
        assertEquals(2, job.getTotalRows());
        JobResourceApi jobs = new JobResourceApi(api);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Job done = jobs.getBulkJob(job.getId());
        while (!"DONE".equals(done.getState())) {
            assertTrue(Instant.now().isBefore(deadline), "the bulk job did not finish: " + done);
            Thread.sleep(500);
            done = jobs.getBulkJob(job.getId());
        }
        assertEquals(2, done.getFiledRows());
    }
}
