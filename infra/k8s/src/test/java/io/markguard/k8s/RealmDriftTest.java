package io.markguard.k8s;

import static io.markguard.k8s.Yaml2.list;
import static io.markguard.k8s.Yaml2.map;
import static io.markguard.k8s.Yaml2.maps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The drift check fails when the realm import stops matching markguard-realm.json in what the services need. */
class RealmDriftTest {

    private static final String HOST = "markguard.example.com";
    private static String prodImport;
    private static Map<String, Object> realmFile;

    @BeforeAll
    static void renderProd() throws Exception {
        Manifests render = Manifests.render(OverlaysTest.overlay("prod"));
        prodImport = new Yaml().dump(render.find("KeycloakRealmImport", "markguard-realm").orElseThrow());
        realmFile = OverlaysTest.realmFile();
    }

    private static List<String> driftAfter(Consumer<Map<String, Object>> change) {
        Map<String, Object> realmImport = new Yaml().load(prodImport);
        change.accept(map(realmImport, "spec", "realm"));
        return RealmDrift.differences(realmFile, realmImport, HOST, false);
    }

    private static Map<String, Object> client(Map<String, Object> realm, String clientId) {
        return maps(realm, "clients").stream().filter(c -> clientId.equals(c.get("clientId"))).findFirst().orElseThrow();
    }

    private static void assertDrift(List<String> drift, String expected) {
        assertEquals(1, drift.size(), drift.toString());
        assertTrue(drift.get(0).startsWith(expected), drift.get(0) + " should start with " + expected);
    }

    @Test
    void theUnchangedImportHasNoDrift() {
        assertEquals(List.of(), driftAfter(realm -> { }));
    }

    @Test
    void aMissingRoleIsDrift() {
        assertDrift(driftAfter(realm -> list(realm, "roles", "realm").remove(0)), "realm roles");
    }

    @Test
    void aMissingClientIsDrift() {
        assertDrift(driftAfter(realm -> list(realm, "clients").remove(client(realm, "merchant-service"))), "clients");
    }

    @Test
    void aClientWithAnotherFlowIsDrift() {
        assertDrift(driftAfter(realm -> client(realm, "complaint-service").put("serviceAccountsEnabled", false)),
                "client complaint-service serviceAccountsEnabled");
    }

    @Test
    void aMissingAudienceIsDrift() {
        assertDrift(driftAfter(realm -> list(client(realm, "complaint-service"), "protocolMappers").remove(0)),
                "client complaint-service protocol mappers");
    }

    @Test
    void anAudienceInTheIdTokenIsDrift() {
        assertDrift(driftAfter(realm -> map(maps(client(realm, "portal"), "protocolMappers").get(0), "config")
                .put("id.token.claim", "true")), "client portal protocol mappers");
    }

    @Test
    void anotherRedirectPathIsDrift() {
        assertDrift(driftAfter(realm -> client(realm, "portal").put("redirectUris", List.of("https://" + HOST + "/callback"))),
                "client portal redirect URI paths");
    }

    @Test
    void aRedirectToLocalhostIsDrift() {
        assertDrift(driftAfter(realm -> client(realm, "portal").put("redirectUris", List.of("http://localhost:8080/auth/callback"))),
                "client portal sends browsers to http://localhost:8080/auth/callback");
    }

    @Test
    void anotherSignOutPathIsDrift() {
        assertDrift(driftAfter(realm -> map(client(realm, "portal"), "attributes")
                .put("post.logout.redirect.uris", "https://" + HOST + "/bye")), "client portal post-logout URI paths");
    }

    @Test
    void aCommittedSecretIsDrift() {
        assertDrift(driftAfter(realm -> client(realm, "portal-service").put("secret", "portal-service-local-demo-secret")),
                "client portal-service secret is not a placeholder");
    }

    @Test
    void aServiceAccountWithoutItsRoleIsDrift() {
        assertDrift(driftAfter(realm -> maps(realm, "users").stream()
                .filter(u -> "merchant-service".equals(u.get("serviceAccountClientId"))).findFirst().orElseThrow()
                .put("realmRoles", List.of())), "service-account roles");
    }

    @Test
    void signInWithoutTheReviewersOneTimeCodeIsDrift() {
        assertDrift(driftAfter(realm -> {
            Map<String, Object> forms = maps(realm, "authenticationFlows").stream()
                    .filter(f -> "markguard browser forms".equals(f.get("alias"))).findFirst().orElseThrow();
            list(forms, "authenticationExecutions").removeIf(e -> "markguard browser otp for reviewers".equals(((Map<?, ?>) e).get("flowAlias")));
        }), "authentication flows");
    }

    @Test
    void closedSignUpIsDrift() {
        assertDrift(driftAfter(realm -> realm.put("registrationAllowed", false)), "realm registrationAllowed");
    }

    @Test
    void keycloaksOwnSignInPagesAreDrift() {
        assertDrift(driftAfter(realm -> realm.remove("loginTheme")), "realm loginTheme");
    }

    @Test
    void aDemoUserOutsideDevIsDrift() {
        assertDrift(driftAfter(realm -> list(realm, "users").add(Map.of("username", "admin", "realmRoles", List.of("admin")))),
                "users besides service accounts");
    }
}
