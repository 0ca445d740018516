package io.markguard.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every Markguard service promises about its errors and its creating requests, run against the service under
 * test: every error is an RFC 9457 problem detail (404, 405, 415, unreadable, too deeply nested and mistyped JSON,
 * 401 with its challenge), fields are named as the client wrote them, and a creating POST repeated with the same
 * {@code Idempotency-Key} answers what the first one made, while the same key with another body is 422 and an
 * over-long key 400.
 */
public abstract class ProblemContract {

    /** A POST of this service that creates something. */
    protected abstract String creatingPath();

    /** A token of a caller allowed to make {@link #creatingPath()}'s request. */
    protected abstract String creatingToken();

    /** One of two different valid requests to {@link #creatingPath()} (variant 0 or 1), body and content type. */
    protected abstract RequestSpecification creating(RequestSpecification request, int variant);

    /** What names the thing a creating request made, in its answer. */
    protected String createdId(Response answer) {
        return answer.jsonPath().getString("id");
    }

    /** A POST of this service that reads a JSON body, and a token allowed to call it. */
    protected abstract String jsonPath();

    protected abstract String jsonToken();

    /** A body for {@link #jsonPath()} in which one field has a value of the wrong type... */
    protected abstract String mistypedBody();

    /** ...and that field's name as the client wrote it. */
    protected abstract String mistypedField();

    private RequestSpecification json() {
        return given().auth().oauth2(jsonToken()).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static void isProblem(Response answer, int status) {
        answer.then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("detail", not(containsString("Exception")))
                .body("instance", notNullValue());
    }

    @Test
    void anUnknownAddressIsA404Problem() {
        Response answer = given().auth().oauth2(jsonToken()).accept(ContentType.JSON).get("/api/no-such-thing");
        isProblem(answer, 404);
        answer.then().body("instance", equalTo("/api/no-such-thing"));
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsA405Problem() {
        isProblem(given().auth().oauth2(jsonToken()).accept(ContentType.JSON).delete(jsonPath()), 405);
    }

    @Test
    void aContentTypeTheAddressDoesNotTakeIsA415Problem() {
        isProblem(given().auth().oauth2(jsonToken()).contentType("application/xml").body("<notice/>").post(jsonPath()),
                415);
    }

    @Test
    void aBodyThatIsNotJsonIsA400Problem() {
        isProblem(json().body("{\"listings\": [").post(jsonPath()), 400);
    }

    @Test
    void jsonNestedThousandsOfLevelsDeepIsA400Problem() {
        String deep = "[".repeat(1_001) + "]".repeat(1_001);
        isProblem(json().body("{\"x\": " + deep + "}").post(jsonPath()), 400);
        isProblem(json().body(deep).post(jsonPath()), 400);
    }

    @Test
    void aValueOfTheWrongTypeIsA400ProblemNamingTheField() {
        Response answer = json().body(mistypedBody()).post(jsonPath());
        isProblem(answer, 400);
        answer.then().body("violations.field", hasItem(mistypedField()));
    }

    @Test
    void noTokenIsA401ProblemWithTheBearerChallenge() {
        Response answer = creating(given().accept(ContentType.JSON), 0).post(creatingPath());
        isProblem(answer, 401);
        answer.then().header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void theSameKeyAndBodyReplaysTheSameKeyWithAnotherBodyIs422() {
        String key = "contract-" + UUID.randomUUID();
        Response first = creating(given().auth().oauth2(creatingToken()).header("Idempotency-Key", key), 0)
                .post(creatingPath());
        assertTrue(first.statusCode() >= 200 && first.statusCode() < 300,
                () -> "the creating request failed: " + first.statusCode() + " " + first.asString());
        Response again = creating(given().auth().oauth2(creatingToken()).header("Idempotency-Key", key), 0)
                .post(creatingPath());
        assertTrue(again.statusCode() >= 200 && again.statusCode() < 300, () -> "the repeat failed: " + again.asString());
        assertEquals(createdId(first), createdId(again), "a repeat answers what the first request made");

        Response other = creating(given().auth().oauth2(creatingToken()).header("Idempotency-Key", key), 1)
                .post(creatingPath());
        isProblem(other, 422);
        other.then().body("violations.field", hasItem("Idempotency-Key"));
    }

    @Test
    void anOverLongIdempotencyKeyIsA400Problem() {
        Response answer = creating(given().auth().oauth2(creatingToken()).header("Idempotency-Key", "k".repeat(256)), 1)
                .post(creatingPath());
        isProblem(answer, 400);
        answer.then().body("violations.field", hasItem("Idempotency-Key"));
    }
}
