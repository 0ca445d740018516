package io.markguard.k8s;

import static io.markguard.k8s.Yaml2.map;
import static io.markguard.k8s.Yaml2.maps;
import static io.markguard.k8s.Yaml2.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public-api Ingress lets the public read complaint-service's and merchant-service's decision logs and
 * transparency figures, under each service's prefix, and nothing else of them. Requests are matched and rewritten as
 * ingress-nginx does with use-regex: a case-insensitive regular expression anchored at the start of the (normalised)
 * path, the rewrite target's {@code $1} replaced by the first group.
 */
class PublicApiIngressTest {

    /** The reads of the decision log contract (decision-log/README.md) and the transparency figures. */
    private static final List<String> PUBLIC_READS = List.of("/api/decision-log/key", "/api/decision-log/head",
            "/api/decision-log/proofs/inclusion", "/api/decision-log/proofs/consistency", "/api/decision-log/leaves",
            "/api/decision-log/leaves/by-key/item-42-decided", "/api/decision-log/leaves/by-key/sanction-7-taken",
            "/api/transparency");

    /** What the services answer besides: their own APIs, the internal endpoints between them, health and metrics. */
    private static final List<String> NOT_PUBLIC = List.of("/api/complaints", "/api/complaints/1/items",
            "/api/internal/brand-access-changes", "/api/internal/spot-checks", "/api/merchants/me/standing",
            "/api/transparency-database/submissions", "/api/transparency-database/summary", "/api/transparency/x",
            "/api/decision-log", "/api/decision-log/heads", "/api/decision-log/leaves/by-key/a/b",
            "/api/decision-log/leaves/by-key/", "/q/health", "/q/metrics", "/q/openapi", "/");

    private record Route(String service, int port, String path) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void thePublicReadsEachServicesLogAndFiguresAndNothingElse(String overlay) throws Exception {
        Manifests render = Manifests.render(OverlaysTest.overlay(overlay));
        Map<String, Object> ingress = render.find("Ingress", "public-api").orElseThrow();
        Map<String, Object> rule = maps(ingress, "spec", "rules").get(0);
        assertEquals(string(rule, "host"), String.valueOf(Yaml2.list(maps(ingress, "spec", "tls").get(0), "hosts").get(0)),
                "the certificate is for the host");
        assertEquals("true", string(ingress, "metadata", "annotations", "nginx.ingress.kubernetes.io/use-regex"));

        for (String service : List.of("complaint-service", "merchant-service")) {
            int port = servicePort(render, service);
            for (String read : PUBLIC_READS) {
                assertEquals(Optional.of(new Route(service, port, read)), route(render, ingress, "/" + service + read),
                        "/" + service + read + " in overlays/" + overlay);
            }
            for (String other : NOT_PUBLIC) {
                assertEquals(Optional.empty(), route(render, ingress, "/" + service + other),
                        "/" + service + other + " must not be routed, in overlays/" + overlay);
            }
        }
        for (String read : PUBLIC_READS) {
            assertEquals(Optional.empty(), route(render, ingress, read), "a read without a service's prefix");
            assertEquals(Optional.empty(), route(render, ingress, "/portal-service" + read), "the portal has its own host");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void thePortalLinksProofsWhereThePublicApiServesThem(String overlay) throws Exception {
        Manifests render = Manifests.render(OverlaysTest.overlay(overlay));
        Map<String, Object> ingress = render.find("Ingress", "public-api").orElseThrow();
        String host = string(maps(ingress, "spec", "rules").get(0), "host");
        assertTrue(host.endsWith(overlay.equals("dev") ? ".dev.example.com" : ".example.com"), host);
        Map<String, Object> portalConfig = map(render.find("ConfigMap", "portal-service-config").orElseThrow(), "data");
        for (String service : List.of("complaint-service", "merchant-service")) {
            String variable = service.equals("complaint-service") ? "MARKGUARD_COMPLAINT_LOG_URL" : "MARKGUARD_MERCHANT_LOG_URL";
            String base = String.valueOf(portalConfig.get(variable));
            assertEquals("https://" + host + "/" + service, base, variable + " in overlays/" + overlay);
            // The portal's link and the verifier both append the contract's paths to this base.
            String path = base.substring(("https://" + host).length()) + "/api/decision-log/proofs/inclusion";
            assertEquals(service, route(render, ingress, path).map(Route::service).orElse(null), path);
        }
    }

    private static Optional<Route> route(Manifests render, Map<String, Object> ingress, String requestPath) {
        String target = string(ingress, "metadata", "annotations", "nginx.ingress.kubernetes.io/rewrite-target");
        List<Route> routes = new ArrayList<>();
        for (Map<String, Object> path : maps(maps(ingress, "spec", "rules").get(0), "http", "paths")) {
            assertEquals("ImplementationSpecific", string(path, "pathType"), "a regular expression path");
            Matcher m = Pattern.compile("^" + string(path, "path"), Pattern.CASE_INSENSITIVE).matcher(requestPath);
            if (m.lookingAt()) {
                String rewritten = target.replace("$1", m.group(1));
                String service = string(path, "backend", "service", "name");
                routes.add(new Route(service, port(render, service, string(path, "backend", "service", "port", "name")),
                        rewritten));
            }
        }
        assertTrue(routes.size() <= 1, requestPath + " matches more than one path: " + routes);
        return routes.stream().findFirst();
    }

    private static int servicePort(Manifests render, String service) {
        return port(render, service, "http");
    }

    private static int port(Manifests render, String service, String portName) {
        return maps(render.find("Service", service).orElseThrow(), "spec", "ports").stream()
                .filter(p -> portName.equals(p.get("name"))).map(p -> ((Number) p.get("port")).intValue())
                .findFirst().orElseThrow(() -> new AssertionError(service + " has no port " + portName));
    }
}
