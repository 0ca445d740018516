package io.markguard.k8s;

import static io.markguard.k8s.Yaml2.map;
import static io.markguard.k8s.Yaml2.maps;
import static io.markguard.k8s.Yaml2.string;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each Deployment sets exactly the MARKGUARD_* variables its service reads in production: one the
 * service reads but the pod lacks makes it stop at start (or fall back to a local default); one the
 * pod sets but the service never reads is a misspelling.
 */
class EnvironmentContractTest {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(MARKGUARD_[A-Z0-9_]+)");

    /** The MARKGUARD_* variables a service's application.properties reads outside the dev and test profiles. */
    static Set<String> readByService(String service) throws IOException {
        Path properties = Manifests.K8S.resolve("../..").normalize()
                .resolve(service).resolve("src/main/resources/application.properties");
        Set<String> variables = new TreeSet<>();
        for (String line : Files.readAllLines(properties)) {
            String setting = line.strip();
            if (setting.startsWith("#") || setting.startsWith("%dev.") || setting.startsWith("%test.")) {
                continue;
            }
            Matcher m = VARIABLE.matcher(setting);
            while (m.find()) {
                variables.add(m.group(1));
            }
        }
        return variables;
    }

    private static Set<String> setByDeployment(Manifests render, String service) {
        Map<String, Object> container = maps(render.find("Deployment", service).orElseThrow(),
                "spec", "template", "spec", "containers").get(0);
        Set<String> variables = new TreeSet<>();
        for (Map<String, Object> from : maps(container, "envFrom")) {
            String configMap = string(from, "configMapRef", "name");
            render.find("ConfigMap", configMap).ifPresent(cm -> variables.addAll(map(cm, "data").keySet()));
        }
        maps(container, "env").forEach(v -> variables.add(String.valueOf(v.get("name"))));
        variables.removeIf(v -> !v.startsWith("MARKGUARD_"));
        return variables;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceGetsExactlyTheVariablesItReads(String overlay) throws Exception {
        Manifests render = Manifests.render(OverlaysTest.overlay(overlay));
        for (String service : List.of("portal-service", "complaint-service", "merchant-service")) {
            assertEquals(readByService(service), setByDeployment(render, service), service + " in overlays/" + overlay);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void linksInMailPointAtThePortalsPublicAddress(String overlay) throws Exception {
        Manifests render = Manifests.render(OverlaysTest.overlay(overlay));
        String portalHost = string(maps(render.find("Ingress", "portal").orElseThrow(), "spec", "rules").get(0), "host");
        assertEquals("https://" + portalHost, render.find("ConfigMap", "merchant-service-config")
                .map(cm -> string(cm, "data", "MARKGUARD_PORTAL_URL")).orElse(null), "merchant-service");
        assertEquals("https://" + portalHost, render.find("ConfigMap", "portal-service-config")
                .map(cm -> string(cm, "data", "MARKGUARD_PORTAL_PUBLIC_URL")).orElse(null), "portal-service");
    }
}
