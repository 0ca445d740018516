package io.markguard.k8s;

import static io.markguard.k8s.Yaml2.maps;
import static io.markguard.k8s.Yaml2.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/** Every overlay renders with kubectl kustomize and would deploy: what the deploy needs exists and fits. */
class OverlaysTest {

    private static final List<String> SERVICES = List.of("portal-service", "complaint-service", "merchant-service");

    private static Manifests render(String overlay) throws IOException, InterruptedException {
        return Manifests.render(Manifests.K8S.resolve("overlays").resolve(overlay));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rendersWithNothingThatBreaksADeploy(String overlay) throws Exception {
        Manifests render = render(overlay);
        List<String> problems = DeployCheck.problems(render,
                Inventory.operatorSecrets(Manifests.K8S.resolve("operator-secrets.yaml")));
        assertEquals(List.of(), problems, "overlays/" + overlay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceIsScaledProtectedAndReachableByName(String overlay) throws Exception {
        Manifests render = render(overlay);
        for (String service : SERVICES) {
            assertTrue(render.find("Deployment", service).isPresent(), service);
            assertTrue(render.find("Service", service).isPresent(), service);
            assertTrue(render.find("ConfigMap", service + "-config").isPresent(), service);
            assertTrue(render.find("NetworkPolicy", service).isPresent(), service);
            assertEquals(service, render.find("HorizontalPodAutoscaler", service)
                    .map(h -> string(h, "spec", "scaleTargetRef", "name")).orElse(null));
            assertEquals(service, render.find("PodDisruptionBudget", service)
                    .map(p -> string(p, "spec", "selector", "matchLabels", "app.kubernetes.io/name")).orElse(null));
        }
        assertEquals(4, render.ofKind("Cluster").size(), "one database per service and Keycloak's");
        assertEquals(Set.of("markguard_portal", "markguard_complaints", "markguard_merchants", "keycloak"),
                Set.copyOf(render.ofKind("Cluster").stream().map(c -> string(c, "spec", "bootstrap", "initdb", "database")).toList()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theRealmImportIsMarkguardRealmJsonOnTheSitesHost(String overlay) throws Exception {
        Manifests render = render(overlay);
        Map<String, Object> realmFile = realmFile();
        Map<String, Object> realmImport = render.find("KeycloakRealmImport", "markguard-realm").orElseThrow();
        String portalHost = host(render, "portal");
        assertEquals(List.of(), RealmDrift.differences(realmFile, realmImport, portalHost, overlay.equals("dev")),
                "overlays/" + overlay);
        assertEquals("https://" + host(render, "keycloak"),
                render.find("Keycloak", "markguard-keycloak").map(k -> string(k, "spec", "hostname", "hostname")).orElse(null),
                "Keycloak's hostname is its Ingress host");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theIngressReachesThePortalAndThePublicReadsAndEachServiceOnlyItsCallers(String overlay) throws Exception {
        Manifests render = render(overlay);
        String namespace = string(render.ofKind("Namespace").get(0), "metadata", "name");
        NetworkReach reach = new NetworkReach(render, namespace);
        NetworkReach.Endpoint ingressController = new NetworkReach.Endpoint(
                Map.of("kubernetes.io/metadata.name", "ingress-nginx"), Map.of("app.kubernetes.io/name", "ingress-nginx"));
        NetworkReach.Endpoint stranger = reach.inNamespace(Map.of("app", "debug-shell"));
        NetworkReach.Endpoint portal = pod(reach, "portal-service");
        NetworkReach.Endpoint complaint = pod(reach, "complaint-service");
        NetworkReach.Endpoint merchant = pod(reach, "merchant-service");
        NetworkReach.Endpoint keycloak = reach.inNamespace(Map.of("app", "keycloak",
                "app.kubernetes.io/managed-by", "keycloak-operator", "app.kubernetes.io/instance", "markguard-keycloak"));
        NetworkReach.Endpoint dns = new NetworkReach.Endpoint(Map.of("kubernetes.io/metadata.name", "kube-system"),
                Map.of("k8s-app", "kube-dns"));

        assertTrue(reach.allows(ingressController, portal, 8080));
        assertTrue(reach.allows(ingressController, keycloak, 8080));
        // For the public-api Ingress only, which routes nothing but the public reads (PublicApiIngressTest).
        assertTrue(reach.allows(ingressController, complaint, 8081));
        assertTrue(reach.allows(ingressController, merchant, 8082));
        assertFalse(reach.allows(ingressController, complaint, 8082));
        assertFalse(reach.allows(ingressController, merchant, 8081));

        assertTrue(reach.allows(portal, complaint, 8081));
        assertTrue(reach.allows(merchant, complaint, 8081));
        assertTrue(reach.allows(portal, merchant, 8082));
        assertTrue(reach.allows(complaint, merchant, 8082));
        // complaint-service asks portal-service's internal API who may act for a brand; both hand it notifications.
        assertTrue(reach.allows(complaint, portal, 8080));
        assertTrue(reach.allows(merchant, portal, 8080));
        for (NetworkReach.Endpoint service : List.of(portal, complaint, merchant)) {
            assertFalse(reach.allows(stranger, service, 8080));
            assertFalse(reach.allows(stranger, service, 8081));
            assertFalse(reach.allows(stranger, service, 8082));
            assertTrue(reach.allows(service, keycloak, 8080));
            assertTrue(reach.allows(service, dns, 53));
        }

        Map<String, NetworkReach.Endpoint> databases = Map.of("portal-service", database(reach, "portal-db"),
                "complaint-service", database(reach, "complaint-db"), "merchant-service", database(reach, "merchant-db"));
        for (String service : SERVICES) {
            databases.forEach((owner, db) -> assertEquals(owner.equals(service), reach.allows(pod(reach, service), db, 5432),
                    service + " to the database of " + owner));
        }
        // Webhooks leave complaint-service for public HTTPS addresses only: no pod of the cluster is such a receiver.
        assertFalse(reach.allows(complaint, merchant, 443));
        assertFalse(reach.allows(complaint, keycloak, 443));
        @SuppressWarnings("unchecked")
        List<String> except = render.ofKind("NetworkPolicy").stream()
                .filter(p -> "complaint-service".equals(string(p, "metadata", "name")))
                .flatMap(p -> Yaml2.maps(p, "spec", "egress").stream())
                .flatMap(rule -> Yaml2.maps(rule, "to").stream())
                .filter(to -> to.containsKey("ipBlock"))
                .flatMap(to -> ((List<String>) ((Map<String, Object>) to.get("ipBlock")).get("except")).stream()).toList();
        assertTrue(except.containsAll(List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16")), except.toString());
        assertTrue(reach.allows(keycloak, database(reach, "keycloak-db"), 5432));
        assertFalse(reach.allows(portal, database(reach, "keycloak-db"), 5432));
        assertFalse(reach.allows(stranger, keycloak, 8080));
    }

    private static NetworkReach.Endpoint pod(NetworkReach reach, String service) {
        return reach.inNamespace(Map.of("app.kubernetes.io/name", service, "app.kubernetes.io/component", "service",
                "app.kubernetes.io/part-of", "markguard"));
    }

    private static NetworkReach.Endpoint database(NetworkReach reach, String cluster) {
        return reach.inNamespace(Map.of("cnpg.io/cluster", cluster, "cnpg.io/podRole", "instance"));
    }

    private static String host(Manifests render, String ingress) {
        Map<String, Object> rule = maps(render.find("Ingress", ingress).orElseThrow(), "spec", "rules").get(0);
        return string(rule, "host");
    }

    static Map<String, Object> realmFile() throws IOException {
        try (InputStream in = Files.newInputStream(Manifests.K8S.resolveSibling("keycloak").resolve("markguard-realm.json"))) {
            return new Yaml().load(in);
        }
    }

    static Path overlay(String name) {
        return Manifests.K8S.resolve("overlays").resolve(name);
    }
}
