package io.markguard.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each check of DeployCheck catches the deploy-breaking mistake it exists for, in a small broken render. */
class DeployCheckTest {

    private static final Map<String, Set<String>> OPERATOR_SECRETS = Map.of("shop-secrets", Set.of("oidc-client-secret"));

    private static String valid() throws IOException {
        try (InputStream in = DeployCheckTest.class.getResourceAsStream("/deploy-check/valid.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The problems found once the one occurrence of {@code line} in the valid render reads {@code broken}. */
    private static List<String> problemsWith(String line, String broken) throws IOException {
        String yaml = valid();
        assertEquals(yaml.indexOf(line), yaml.lastIndexOf(line), "the line to break occurs once: " + line);
        assertTrue(yaml.contains(line), "the valid render contains " + line);
        return DeployCheck.problems(Manifests.parse(yaml.replace(line, broken)), OPERATOR_SECRETS);
    }

    /** Every expected symptom is reported, and nothing else is. */
    private static void assertProblems(List<String> problems, String... expected) {
        for (String symptom : expected) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(symptom)), "no problem mentions " + symptom + ": " + problems);
        }
        for (String problem : problems) {
            assertTrue(Arrays.stream(expected).anyMatch(problem::contains), "unexpected problem: " + problem);
        }
    }

    @Test
    void theValidRenderPasses() throws IOException {
        assertEquals(List.of(), DeployCheck.problems(Manifests.parse(valid()), OPERATOR_SECRETS));
    }

    @Test
    void aMissingConfigMapIsCaught() throws IOException {
        assertProblems(problemsWith("            name: shop-config", "            name: shop-settings"),
                "envFrom ConfigMap shop-settings, which does not exist",
                "MARKGUARD_HTTP_PORT is not set");
    }

    @Test
    void aSecretNobodyCreatesIsCaught() throws IOException {
        assertProblems(problemsWith("              name: shop-secrets", "              name: shop-credentials"),
                "Secret shop-credentials, which nothing creates");
    }

    @Test
    void aKeyTheOperatorSecretLacksIsCaught() throws IOException {
        assertProblems(problemsWith("              key: oidc-client-secret", "              key: client-secret"),
                "key client-secret of Secret shop-secrets, which has no such key");
    }

    @Test
    void aDatabaseSecretOfAClusterThatDoesNotExistIsCaught() throws IOException {
        assertProblems(problemsWith("              name: shop-db-app", "              name: shop-database-app"),
                "Secret shop-database-app, which nothing creates");
    }

    @Test
    void aUrlToAServiceThatDoesNotExistIsCaught() throws IOException {
        assertProblems(problemsWith("MARKGUARD_SHOP_URL: http://shop:8080", "MARKGUARD_SHOP_URL: http://shops:8080"),
                "names Service shops, which does not exist");
    }

    @Test
    void anIngressToAServiceThatDoesNotExistIsCaught() throws IOException {
        assertProblems(problemsWith("            name: shop\n            port:", "            name: storefront\n            port:"),
                "routes to Service storefront, which does not exist");
    }

    @Test
    void aTlsSecretNothingIssuesIsCaught() throws IOException {
        assertProblems(problemsWith("    cert-manager.io/cluster-issuer: issuer", "    example.com/owner: shop"),
                "TLS Secret shop-tls is created by nothing");
    }

    @Test
    void aProbeOnAPathTheServiceDoesNotServeIsCaught() throws IOException {
        assertProblems(problemsWith("            path: /q/health/ready", "            path: /health"),
                "readinessProbe asks /health, the service answers /q/health/ready");
    }

    @Test
    void aProbeOnAnotherPortIsCaught() throws IOException {
        assertProblems(problemsWith("            port: 8080\n", "            port: 9000\n"),
                "livenessProbe on port 9000 but the service listens on MARKGUARD_HTTP_PORT 8080");
    }

    @Test
    void aMissingProbeIsCaught() throws IOException {
        assertProblems(problemsWith("        startupProbe:", "        startupProbeDisabled:"),
                "no startupProbe on /q/health/started");
    }

    @Test
    void aServiceListeningOnAnUndeclaredPortIsCaught() throws IOException {
        assertProblems(problemsWith("MARKGUARD_HTTP_PORT: \"8080\"", "MARKGUARD_HTTP_PORT: \"8081\""),
                "listens on MARKGUARD_HTTP_PORT 8081 but declares ports [8080]",
                "startupProbe on port 8080 but the service listens on MARKGUARD_HTTP_PORT 8081",
                "readinessProbe on port 8080 but the service listens on MARKGUARD_HTTP_PORT 8081",
                "livenessProbe on port 8080 but the service listens on MARKGUARD_HTTP_PORT 8081");
    }

    @Test
    void aContainerWithoutLimitsIsCaught() throws IOException {
        assertProblems(problemsWith("          limits:\n            cpu: 500m\n            memory: 256Mi\n", ""),
                "no cpu limits", "no memory limits");
    }

    @Test
    void aContainerAllowedToRunAsRootIsCaught() throws IOException {
        assertProblems(problemsWith("        runAsNonRoot: true", "        runAsNonRoot: false"),
                "may run as root");
    }

    @Test
    void aContainerRunningAsUserZeroIsCaught() throws IOException {
        assertProblems(problemsWith("        runAsNonRoot: true", "        runAsNonRoot: true\n        runAsUser: 0"),
                "runs as root (runAsUser 0)");
    }

    @Test
    void aWritableRootFilesystemIsCaught() throws IOException {
        assertProblems(problemsWith("          readOnlyRootFilesystem: true", "          readOnlyRootFilesystem: false"),
                "root filesystem is writable");
    }

    @Test
    void aServiceSelectorMatchingNoPodIsCaught() throws IOException {
        assertProblems(problemsWith("  selector:\n    app: shop", "  selector:\n    app: shop-web"),
                "Service/shop: selector {app=shop-web} matches no pod");
    }

    @Test
    void aDisruptionBudgetSelectingNoPodIsCaught() throws IOException {
        assertProblems(problemsWith("  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: shop",
                "  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: shopfront"),
                "PodDisruptionBudget/shop: selector {app=shopfront} matches no pod");
    }

    @Test
    void anAutoscalerOfAMissingDeploymentIsCaught() throws IOException {
        assertProblems(problemsWith("    kind: Deployment\n    name: shop", "    kind: Deployment\n    name: shop-v2"),
                "scales Deployment/shop-v2, which does not exist");
    }

    @Test
    void aNetworkPolicyForNoPodIsCaught() throws IOException {
        assertProblems(problemsWith("  podSelector:\n    matchLabels:\n      app: shop",
                "  podSelector:\n    matchLabels:\n      app: shopping"),
                "NetworkPolicy/shop: selector {app=shopping} matches no pod");
    }

    @Test
    void aNetworkPolicyPeerThatIsNoPodIsCaught() throws IOException {
        assertProblems(problemsWith("          cnpg.io/cluster: shop-db", "          cnpg.io/cluster: shop-database"),
                "NetworkPolicy/shop egress peer: selector {cnpg.io/cluster=shop-database} matches no pod");
    }
}
