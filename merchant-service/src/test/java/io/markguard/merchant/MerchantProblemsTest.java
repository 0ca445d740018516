package io.markguard.merchant;

import static io.markguard.merchant.Fixtures.demoMerchant;
import static io.markguard.merchant.Fixtures.listing;
import static io.markguard.merchant.Fixtures.send;
import static io.markguard.merchant.Fixtures.takedown;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.markguard.testsupport.ProblemContract;
import io.markguard.testsupport.TestKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** merchant-service keeps the shared contract of errors and creating requests; an appeal is what it creates. */
@QuarkusTest
class MerchantProblemsTest extends ProblemContract {

    @Inject
    Fixtures fixtures;

    private long sanction;

    @BeforeEach
    void aSanctionToAppeal() {
        // Each case files a takedown: without a reset the merchant's points would soon suspend its imports.
        fixtures.reset();
        long merchant = demoMerchant("merchant-a");
        long listing = listing(merchant, "Contract runner " + UUID.randomUUID());
        sanction = send(takedown(listing, "brand-acme", fixtures.clock().instant())).then().statusCode(201)
                .extract().jsonPath().getLong("sanctions[0].id");
    }

    @Test
    void anErrorNobodyForesawIsA500ProblemThatTellsNothingOfTheInternals() {
        given().auth().oauth2(TestKeycloak.userToken("merchant-a")).get("/api/test-only/failing").then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("status", equalTo(500))
                .body("detail", equalTo("An unexpected error occurred."))
                .body(not(containsString("db-7.internal")))
                .body(not(containsString("IllegalStateException")));
    }

    @Override
    protected String creatingPath() {
        return "/api/sanctions/" + sanction + "/appeals";
    }

    @Override
    protected String creatingToken() {
        return TestKeycloak.userToken("merchant-a");
    }

    @Override
    protected RequestSpecification creating(RequestSpecification request, int variant) {
        return request.multiPart("explanation", variant == 0
                ? "I bought these from the brand's authorised distributor; the invoice is on its way."
                : "These are second-hand goods bought from a private owner who had the original receipt.");
    }

    @Override
    protected String jsonPath() {
        return "/api/internal/takedowns";
    }

    @Override
    protected String jsonToken() {
        return TestKeycloak.serviceToken("complaint-service");
    }

    @Override
    protected String mistypedBody() {
        return "{\"complaintItemId\": \"c-1\", \"listingId\": \"the red one\"}";
    }

    @Override
    protected String mistypedField() {
        return "listingId";
    }
}
