package io.markguard.k8s;

import static io.markguard.k8s.Yaml2.at;
import static io.markguard.k8s.Yaml2.labels;
import static io.markguard.k8s.Yaml2.list;
import static io.markguard.k8s.Yaml2.map;
import static io.markguard.k8s.Yaml2.maps;
import static io.markguard.k8s.Yaml2.string;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a rendered overlay fail once applied, found before it is: references to ConfigMaps,
 * Secrets (and their keys) or Services that will not exist, probes a Markguard service does not
 * answer, containers without requests and limits or allowed to run as root, and selectors that pick
 * no pod. Each problem is one line naming the object.
 */
final class DeployCheck {

    /** The three health endpoints every Markguard service serves, by probe. */
    static final Map<String, String> PROBE_PATHS = Map.of(
            "startupProbe", "/q/health/started",
            "readinessProbe", "/q/health/ready",
            "livenessProbe", "/q/health/live");

    /** An in-cluster URL: a bare Service name, optionally a port. */
    private static final Pattern SERVICE_URL = Pattern.compile("^(https?)://([a-z0-9]([-a-z0-9]*[a-z0-9])?)(:(\\d+))?(/.*)?$");

    private final Manifests render;
    private final Inventory inventory;
    private final List<String> problems = new ArrayList<>();

    private DeployCheck(Manifests render, Inventory inventory) {
        this.render = render;
        this.inventory = inventory;
    }

    static List<String> problems(Manifests render, Map<String, Set<String>> operatorSecrets) {
        DeployCheck check = new DeployCheck(render, new Inventory(render, operatorSecrets));
        check.run();
        return check.problems;
    }

    private void run() {
        for (Map<String, Object> o : render.objects()) {
            String id = Manifests.id(o);
            switch (String.valueOf(o.get("kind"))) {
                case "Deployment", "StatefulSet", "DaemonSet" -> workload(id, o);
                case "ConfigMap" -> map(o, "data").forEach((key, value) -> serviceUrl(id + " " + key, String.valueOf(value)));
                case "Service" -> service(id, o);
                case "Ingress" -> ingress(id, o);
                case "PodDisruptionBudget" -> selects(id, labels(o, "spec", "selector", "matchLabels"));
                case "HorizontalPodAutoscaler" -> {
                    String kind = string(o, "spec", "scaleTargetRef", "kind");
                    String name = string(o, "spec", "scaleTargetRef", "name");
                    if (render.find(kind, name).isEmpty()) {
                        problems.add(id + ": scales " + kind + "/" + name + ", which does not exist");
                    }
                }
                case "NetworkPolicy" -> networkPolicy(id, o);
                case "Keycloak" -> {
                    secretKeyRefs(id, map(o, "spec"));
                    String host = string(o, "spec", "db", "host");
                    if (host != null && !inventory.services.containsKey(host)) {
                        problems.add(id + ": database host " + host + " is no Service");
                    }
                }
                case "KeycloakRealmImport" -> {
                    secretKeyRefs(id, map(o, "spec", "placeholders"));
                    String keycloak = string(o, "spec", "keycloakCRName");
                    if (render.find("Keycloak", keycloak).isEmpty()) {
                        problems.add(id + ": imports into Keycloak/" + keycloak + ", which does not exist");
                    }
                }
                case "Cluster" -> secretKeyRefs(id, map(o, "spec"));
                case "ScheduledBackup", "Backup" -> {
                    String cluster = string(o, "spec", "cluster", "name");
                    if (render.find("Cluster", cluster).isEmpty()) {
                        problems.add(id + ": backs up Cluster/" + cluster + ", which does not exist");
                    }
                }
                default -> {
                }
            }
        }
    }

    private void workload(String id, Map<String, Object> o) {
        Map<String, Object> template = map(o, "spec", "template");
        Map<String, String> podLabels = labels(template, "metadata", "labels");
        Map<String, String> selector = labels(o, "spec", "selector", "matchLabels");
        if (!podLabels.entrySet().containsAll(selector.entrySet())) {
            problems.add(id + ": selector " + selector + " does not match its own pod labels " + podLabels);
        }
        Map<String, Object> pod = map(template, "spec");
        Map<String, Object> podSecurity = map(pod, "securityContext");
        for (Map<String, Object> volume : maps(pod, "volumes")) {
            String configMap = string(volume, "configMap", "name");
            if (configMap != null && !inventory.configMaps.containsKey(configMap)) {
                problems.add(id + ": volume " + volume.get("name") + " mounts ConfigMap " + configMap + ", which does not exist");
            }
            String secret = string(volume, "secret", "secretName");
            if (secret != null && !inventory.secrets.containsKey(secret)) {
                problems.add(id + ": volume " + volume.get("name") + " mounts Secret " + secret + ", which does not exist");
            }
        }
        List<Map<String, Object>> all = new ArrayList<>(maps(pod, "initContainers"));
        all.addAll(maps(pod, "containers"));
        for (Map<String, Object> container : all) {
            String where = id + " container " + container.get("name");
            environment(where, container);
            resources(where, container);
            security(where, podSecurity, map(container, "securityContext"), container);
            // Values from a ConfigMap are checked with the ConfigMap; these are the ones written in the container.
            maps(container, "env").stream().filter(v -> v.get("value") != null)
                    .forEach(v -> serviceUrl(where + " env " + v.get("name"), String.valueOf(v.get("value"))));
        }
        for (Map<String, Object> container : maps(pod, "containers")) {
            String where = id + " container " + container.get("name");
            probes(where, container, environment(null, container));
        }
    }

    /** Checks each reference to a ConfigMap or Secret; returns the variables whose values the render knows. */
    private Map<String, String> environment(String where, Map<String, Object> container) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map<String, Object> from : maps(container, "envFrom")) {
            String configMap = string(from, "configMapRef", "name");
            if (configMap != null) {
                if (inventory.configMaps.containsKey(configMap)) {
                    render.find("ConfigMap", configMap).ifPresent(cm -> map(cm, "data")
                            .forEach((k, v) -> values.put(k, String.valueOf(v))));
                } else if (where != null && !Yaml2.isTrue(from, "configMapRef", "optional")) {
                    problems.add(where + ": envFrom ConfigMap " + configMap + ", which does not exist");
                }
            }
            String secret = string(from, "secretRef", "name");
            if (secret != null && where != null && !inventory.secrets.containsKey(secret)
                    && !Yaml2.isTrue(from, "secretRef", "optional")) {
                problems.add(where + ": envFrom Secret " + secret + ", which does not exist");
            }
        }
        for (Map<String, Object> variable : maps(container, "env")) {
            String name = String.valueOf(variable.get("name"));
            if (variable.containsKey("value")) {
                values.put(name, String.valueOf(variable.get("value")));
            }
            Map<String, Object> cmRef = map(variable, "valueFrom", "configMapKeyRef");
            if (!cmRef.isEmpty()) {
                String cm = string(cmRef, "name");
                String key = string(cmRef, "key");
                if (!inventory.configMaps.containsKey(cm)) {
                    report(where, ": " + name + " reads ConfigMap " + cm + ", which does not exist");
                } else if (!inventory.configMaps.get(cm).contains(key)) {
                    report(where, ": " + name + " reads key " + key + " of ConfigMap " + cm + ", which has no such key");
                } else {
                    render.find("ConfigMap", cm).ifPresent(c -> values.put(name, string(c, "data", key)));
                }
            }
            Map<String, Object> secretRef = map(variable, "valueFrom", "secretKeyRef");
            if (!secretRef.isEmpty()) {
                secretKey(where, name + " reads", string(secretRef, "name"), string(secretRef, "key"));
            }
        }
        return values;
    }

    private void report(String where, String what) {
        if (where != null) {
            problems.add(where + what);
        }
    }

    private void secretKey(String where, String who, String secret, String key) {
        if (where == null) {
            return;
        }
        if (!inventory.secrets.containsKey(secret)) {
            problems.add(where + ": " + who + " Secret " + secret + ", which nothing creates"
                    + " (neither the render, an operator, nor infra/k8s/operator-secrets.yaml)");
        } else if (!inventory.secrets.get(secret).contains(key)) {
            problems.add(where + ": " + who + " key " + key + " of Secret " + secret + ", which has no such key");
        }
    }

    /** In a custom resource, every {name, key} pair is a reference to a key of a Secret. */
    private void secretKeyRefs(String id, Object node) {
        if (node instanceof Map<?, ?> m) {
            if (m.get("name") instanceof String name && m.get("key") instanceof String key) {
                secretKey(id, "uses", name, key);
                return;
            }
            m.values().forEach(v -> secretKeyRefs(id, v));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> secretKeyRefs(id, v));
        }
    }

    private void resources(String where, Map<String, Object> container) {
        for (String kind : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (at(container, "resources", kind, resource) == null) {
                    problems.add(where + ": no " + resource + " " + kind);
                }
            }
        }
    }

    private void security(String where, Map<String, Object> pod, Map<String, Object> container, Map<String, Object> spec) {
        Object nonRoot = container.containsKey("runAsNonRoot") ? container.get("runAsNonRoot") : pod.get("runAsNonRoot");
        Object user = container.containsKey("runAsUser") ? container.get("runAsUser") : pod.get("runAsUser");
        if (!Boolean.TRUE.equals(nonRoot)) {
            problems.add(where + ": may run as root (runAsNonRoot is not true)");
        }
        if (user instanceof Number n && n.longValue() == 0) {
            problems.add(where + ": runs as root (runAsUser 0)");
        }
        if (!Boolean.FALSE.equals(container.get("allowPrivilegeEscalation"))) {
            problems.add(where + ": allowPrivilegeEscalation is not false");
        }
        if (!list(container, "capabilities", "drop").contains("ALL")) {
            problems.add(where + ": does not drop ALL capabilities");
        }
        Object seccomp = container.containsKey("seccompProfile") ? at(container, "seccompProfile", "type")
                : at(pod, "seccompProfile", "type");
        if (!"RuntimeDefault".equals(seccomp) && !"Localhost".equals(seccomp)) {
            problems.add(where + ": no RuntimeDefault seccomp profile");
        }
        if (!Boolean.TRUE.equals(container.get("readOnlyRootFilesystem"))) {
            problems.add(where + ": root filesystem is writable (readOnlyRootFilesystem is not true)");
        } else if (maps(spec, "volumeMounts").stream().noneMatch(m -> "/tmp".equals(m.get("mountPath")))) {
            problems.add(where + ": read-only root filesystem without a volume on /tmp");
        }
    }

    private void probes(String where, Map<String, Object> container, Map<String, String> env) {
        Map<String, Integer> declared = new LinkedHashMap<>();
        for (Map<String, Object> p : maps(container, "ports")) {
            declared.put(String.valueOf(p.getOrDefault("name", "")), ((Number) p.get("containerPort")).intValue());
        }
        String httpPort = env.get("MARKGUARD_HTTP_PORT");
        if (httpPort == null) {
            problems.add(where + ": MARKGUARD_HTTP_PORT is not set, so its port is Quarkus' default, not the one declared");
        } else if (!declared.containsValue(Integer.parseInt(httpPort))) {
            problems.add(where + ": listens on MARKGUARD_HTTP_PORT " + httpPort + " but declares ports " + declared.values());
        }
        PROBE_PATHS.forEach((probe, path) -> {
            Map<String, Object> httpGet = map(container, probe, "httpGet");
            if (httpGet.isEmpty()) {
                problems.add(where + ": no " + probe + " on " + path);
                return;
            }
            if (!path.equals(httpGet.get("path"))) {
                problems.add(where + ": " + probe + " asks " + httpGet.get("path") + ", the service answers " + path);
            }
            Object port = httpGet.get("port");
            Integer number = port instanceof Number n ? Integer.valueOf(n.intValue()) : declared.get(String.valueOf(port));
            if (number == null) {
                problems.add(where + ": " + probe + " port " + port + " is not a declared container port");
            } else if (httpPort != null && number != Integer.parseInt(httpPort)) {
                problems.add(where + ": " + probe + " on port " + number + " but the service listens on MARKGUARD_HTTP_PORT " + httpPort);
            }
        });
    }

    private void service(String id, Map<String, Object> o) {
        Map<String, String> selector = labels(o, "spec", "selector");
        List<Inventory.Pod> pods = inventory.select(selector);
        if (pods.isEmpty()) {
            problems.add(id + ": selector " + selector + " matches no pod");
            return;
        }
        for (Map<String, Object> port : maps(o, "spec", "ports")) {
            Object target = port.getOrDefault("targetPort", port.get("port"));
            boolean served = pods.stream().anyMatch(p -> target instanceof Number n
                    ? p.namedPorts().containsValue(n.intValue())
                    : p.namedPorts().containsKey(String.valueOf(target)));
            if (!served) {
                problems.add(id + ": targetPort " + target + " is declared by none of the pods it selects");
            }
        }
    }

    private void ingress(String id, Map<String, Object> o) {
        for (Map<String, Object> tls : maps(o, "spec", "tls")) {
            String secret = string(tls, "secretName");
            if (!inventory.secrets.containsKey(secret)) {
                problems.add(id + ": TLS Secret " + secret + " is created by nothing (no cert-manager annotation, not in operator-secrets.yaml)");
            }
        }
        for (Map<String, Object> rule : maps(o, "spec", "rules")) {
            for (Map<String, Object> path : maps(rule, "http", "paths")) {
                String name = string(path, "backend", "service", "name");
                Object port = at(path, "backend", "service", "port", "number");
                if (port == null) {
                    port = at(path, "backend", "service", "port", "name");
                }
                Inventory.Service service = inventory.services.get(name);
                if (service == null) {
                    problems.add(id + ": routes to Service " + name + ", which does not exist");
                } else if (!service.serves(port)) {
                    problems.add(id + ": routes to port " + port + " of Service " + name + ", which has ports " + service.ports());
                }
            }
        }
    }

    private void networkPolicy(String id, Map<String, Object> o) {
        selects(id, labels(o, "spec", "podSelector", "matchLabels"));
        for (String direction : List.of("ingress", "egress")) {
            for (Map<String, Object> rule : maps(o, "spec", direction)) {
                for (Map<String, Object> peer : maps(rule, direction.equals("ingress") ? "from" : "to")) {
                    // A peer in another namespace (namespaceSelector) is outside what this render describes.
                    if (peer.containsKey("podSelector") && !peer.containsKey("namespaceSelector")) {
                        selects(id + " " + direction + " peer", labels(peer, "podSelector", "matchLabels"));
                    }
                }
            }
        }
    }

    private void selects(String who, Map<String, String> selector) {
        if (!selector.isEmpty() && inventory.select(selector).isEmpty()) {
            problems.add(who + ": selector " + selector + " matches no pod");
        }
    }

    private void serviceUrl(String where, String value) {
        Matcher m = SERVICE_URL.matcher(value.strip());
        if (!m.matches()) {
            return;
        }
        String host = m.group(2);
        int port = m.group(5) != null ? Integer.parseInt(m.group(5)) : m.group(1).equals("https") ? 443 : 80;
        Inventory.Service service = inventory.services.get(host);
        if (service == null) {
            problems.add(where + ": " + value + " names Service " + host + ", which does not exist");
        } else if (!service.serves(port)) {
            problems.add(where + ": " + value + " uses port " + port + " of Service " + host + ", which has ports " + service.ports());
        }
    }
}
