package io.markguard.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The portal's language carries over to Keycloak's sign-in page. */
@QuarkusTest
class LoginPageLanguageTest {

    @Test
    void theChosenLanguageIsAskedOfKeycloak() {
        given().cookie("mg_lang", "zh-CN").redirects().follow(false).get("/login").then()
                .statusCode(302)
                .header("Location", containsString("ui_locales=zh-CN"));
    }

    @Test
    void withoutAChoiceTheBrowserLanguageIsAsked() {
        given().header("Accept-Language", "zh-TW,zh;q=0.8").redirects().follow(false).get("/login").then()
                .statusCode(302)
                .header("Location", containsString("ui_locales=zh-CN"));
        given().header("Accept-Language", "de-DE,en;q=0.5").redirects().follow(false).get("/login").then()
                .statusCode(302)
                .header("Location", containsString("ui_locales=en"));
    }
}
