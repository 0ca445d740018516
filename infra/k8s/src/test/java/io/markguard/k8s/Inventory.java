package io.markguard.k8s;

import static io.markguard.k8s.Yaml2.at;
import static io.markguard.k8s.Yaml2.isTrue;
import static io.markguard.k8s.Yaml2.labels;
import static io.markguard.k8s.Yaml2.list;
import static io.markguard.k8s.Yaml2.map;
import static io.markguard.k8s.Yaml2.maps;
import static io.markguard.k8s.Yaml2.string;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * What will exist in the namespace once a render is applied and its operators have acted: the objects
 * in the render, plus the Secrets, Services and pods that CloudNativePG, the Keycloak Operator and
 * cert-manager create from it, plus the Secrets the person deploying creates (operator-secrets.yaml).
 */
final class Inventory {

    /** Keys of the Secret CloudNativePG writes for a cluster's application owner. */
    static final Set<String> CNPG_APP_KEYS = Set.of("username", "user", "password", "host", "port", "dbname",
            "uri", "jdbc-uri", "fqdn-uri", "fqdn-jdbc-uri", "pgpass");

    /** A pod that will run: who describes it, and its labels and declared container ports by name. */
    record Pod(String owner, Map<String, String> labels, Map<String, Integer> namedPorts) {
    }

    /** A Service that will exist, with its port numbers and names. */
    record Service(String name, Map<String, Integer> ports) {
        boolean serves(Object port) {
            return port instanceof Number n ? ports.containsValue(n.intValue()) : ports.containsKey(String.valueOf(port));
        }
    }

    final Map<String, Set<String>> configMaps = new LinkedHashMap<>();
    final Map<String, Set<String>> secrets = new LinkedHashMap<>();
    final Map<String, Service> services = new LinkedHashMap<>();
    final List<Pod> pods = new ArrayList<>();

    static Map<String, Set<String>> operatorSecrets(Path file) throws IOException {
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            Map<String, Object> doc = new Yaml().load(in);
            doc.forEach((name, keys) -> secrets.put(name, new LinkedHashSet<>(list(Map.of("k", keys), "k")
                    .stream().map(String::valueOf).toList())));
        }
        return secrets;
    }

    Inventory(Manifests render, Map<String, Set<String>> operatorSecrets) {
        secrets.putAll(operatorSecrets);
        for (Map<String, Object> o : render.objects()) {
            String name = Manifests.name(o);
            switch (String.valueOf(o.get("kind"))) {
                case "ConfigMap" -> {
                    Set<String> keys = new LinkedHashSet<>(map(o, "data").keySet());
                    keys.addAll(map(o, "binaryData").keySet());
                    configMaps.put(name, keys);
                }
                case "Secret" -> {
                    Set<String> keys = new LinkedHashSet<>(map(o, "data").keySet());
                    keys.addAll(map(o, "stringData").keySet());
                    secrets.put(name, keys);
                }
                case "Service" -> {
                    Map<String, Integer> ports = new LinkedHashMap<>();
                    for (Map<String, Object> p : maps(o, "spec", "ports")) {
                        ports.put(String.valueOf(p.getOrDefault("name", "")), ((Number) p.get("port")).intValue());
                    }
                    services.put(name, new Service(name, ports));
                }
                case "Deployment", "StatefulSet", "DaemonSet" -> {
                    Map<String, Integer> named = new LinkedHashMap<>();
                    for (Map<String, Object> c : maps(o, "spec", "template", "spec", "containers")) {
                        for (Map<String, Object> p : maps(c, "ports")) {
                            named.put(String.valueOf(p.getOrDefault("name", p.get("containerPort"))),
                                    ((Number) p.get("containerPort")).intValue());
                        }
                    }
                    pods.add(new Pod(Manifests.id(o), labels(o, "spec", "template", "metadata", "labels"), named));
                }
                case "Cluster" -> cloudNativePg(o, name);
                case "Keycloak" -> keycloak(o, name);
                case "Ingress" -> {
                    // cert-manager's ingress-shim issues a certificate into each TLS Secret of an annotated Ingress.
                    Map<String, Object> annotations = map(o, "metadata", "annotations");
                    if (annotations.containsKey("cert-manager.io/cluster-issuer")
                            || annotations.containsKey("cert-manager.io/issuer")) {
                        for (Map<String, Object> tls : maps(o, "spec", "tls")) {
                            secrets.put(string(tls, "secretName"), Set.of("tls.crt", "tls.key", "ca.crt"));
                        }
                    }
                }
                default -> {
                }
            }
        }
    }

    private void cloudNativePg(Map<String, Object> o, String name) {
        if (!String.valueOf(o.get("apiVersion")).startsWith("postgresql.cnpg.io/")) {
            return;
        }
        secrets.put(name + "-app", CNPG_APP_KEYS);
        if (isTrue(o, "spec", "enableSuperuserAccess")) {
            secrets.put(name + "-superuser", CNPG_APP_KEYS);
        }
        for (String suffix : List.of("-rw", "-ro", "-r")) {
            services.put(name + suffix, new Service(name + suffix, Map.of("postgres", 5432)));
        }
        Map<String, String> podLabels = new LinkedHashMap<>(labels(o, "spec", "inheritedMetadata", "labels"));
        podLabels.put("cnpg.io/cluster", name);
        podLabels.put("cnpg.io/podRole", "instance");
        pods.add(new Pod(Manifests.id(o), podLabels, Map.of("postgresql", 5432, "metrics", 9187, "status", 8000)));
    }

    private void keycloak(Map<String, Object> o, String name) {
        if (!String.valueOf(o.get("apiVersion")).startsWith("k8s.keycloak.org/")) {
            return;
        }
        secrets.put(name + "-initial-admin", Set.of("username", "password"));
        Map<String, Integer> ports = new LinkedHashMap<>();
        if (isTrue(o, "spec", "http", "httpEnabled")) {
            ports.put("http", 8080);
        }
        if (at(o, "spec", "http", "tlsSecret") != null) {
            ports.put("https", 8443);
        }
        ports.put("management", 9000);
        services.put(name + "-service", new Service(name + "-service", ports));
        services.put(name + "-discovery", new Service(name + "-discovery", Map.of("tcp", 7800)));
        Map<String, String> podLabels = new LinkedHashMap<>();
        podLabels.put("app", "keycloak");
        podLabels.put("app.kubernetes.io/managed-by", "keycloak-operator");
        podLabels.put("app.kubernetes.io/instance", name);
        podLabels.put("app.kubernetes.io/component", "server");
        pods.add(new Pod(Manifests.id(o), podLabels, ports));
    }

    /** Pods a label selector (matchLabels, or a plain map as a Service uses) picks. */
    List<Pod> select(Map<String, String> selector) {
        return pods.stream().filter(p -> p.labels().entrySet().containsAll(selector.entrySet())).toList();
    }
}
