package io.markguard.k8s;

import static io.markguard.k8s.Yaml2.maps;
import static io.markguard.k8s.Yaml2.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The realm of the brands' API clients as the overlays import it: the same role and the same account as
 * infra/keycloak/markguard-integrations-realm.json, that account with the rights to manage this realm's clients and
 * no more, its secret from the Secret portal-service reads it from; and portal-service pointed at that realm, with
 * the sign-in host its page shows vendors.
 */
class IntegrationsRealmTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    @SuppressWarnings("unchecked")
    void theApiClientsRealmIsTheFilesWithItsAccountsSecretFromTheOperatorsSecret(String overlay) throws Exception {
        Manifests render = Manifests.render(Manifests.K8S.resolve("overlays").resolve(overlay));
        Map<String, Object> file = realmFile();
        Map<String, Object> imported = (Map<String, Object>) render.find("KeycloakRealmImport", "markguard-integrations-realm")
                .orElseThrow().get("spec");
        Map<String, Object> realm = (Map<String, Object>) imported.get("realm");
        assertEquals(file.get("realm"), realm.get("realm"));
        assertEquals(file.get("accessTokenLifespan"), realm.get("accessTokenLifespan"));
        assertEquals(names(maps(file, "roles", "realm")), names(maps(realm, "roles", "realm")));
        Map<String, Object> fileAccount = maps(file, "users").get(0);
        Map<String, Object> account = maps(realm, "users").get(0);
        assertEquals(fileAccount.get("serviceAccountClientId"), account.get("serviceAccountClientId"));
        assertEquals(((Map<String, Object>) fileAccount.get("clientRoles")).get("realm-management"),
                ((Map<String, Object>) account.get("clientRoles")).get("realm-management"));
        assertEquals(List.of("manage-clients", "view-clients"),
                ((Map<String, Object>) account.get("clientRoles")).get("realm-management"));
        Map<String, Object> client = maps(realm, "clients").get(0);
        assertEquals("${CLIENT_ADMIN_SECRET}", client.get("secret"));
        Map<String, Object> placeholder = (Map<String, Object>) ((Map<String, Object>) imported.get("placeholders"))
                .get("CLIENT_ADMIN_SECRET");
        assertEquals(Map.of("name", "portal-service-secrets", "key", "client-admin-secret"), placeholder.get("secret"));

        Map<String, Object> portal = render.find("ConfigMap", "portal-service-config").orElseThrow();
        String keycloakHost = string(maps(render.find("Ingress", "keycloak").orElseThrow(), "spec", "rules").get(0), "host");
        assertEquals("https://" + keycloakHost + "/realms/markguard-integrations",
                string(portal, "data", "MARKGUARD_INTEGRATIONS_PUBLIC_URL"));
        for (String service : List.of("portal-service", "complaint-service", "merchant-service")) {
            assertEquals("http://markguard-keycloak-service:8080/realms/markguard-integrations",
                    string(render.find("ConfigMap", service + "-config").orElseThrow(), "data", "MARKGUARD_INTEGRATIONS_OIDC_URL"),
                    service);
        }
    }

    private static List<Object> names(List<Map<String, Object>> roles) {
        return roles.stream().map(r -> r.get("name")).toList();
    }

    private static Map<String, Object> realmFile() throws IOException {
        try (InputStream in = Files.newInputStream(Manifests.K8S.resolveSibling("keycloak")
                .resolve("markguard-integrations-realm.json"))) {
            return new Yaml().load(in);
        }
    }
}
