package io.markguard.k8s;

import static io.markguard.k8s.Yaml2.labels;
import static io.markguard.k8s.Yaml2.list;
import static io.markguard.k8s.Yaml2.maps;

import java.util.List;
import java.util.Map;

/**
 * Whether a rendered set of NetworkPolicies lets one pod open a TCP connection to another, by the
 * rules Kubernetes applies: a pod selected by a policy of a direction accepts only what some such
 * policy allows; a connection needs the sender's egress and the receiver's ingress.
 */
final class NetworkReach {

    /** A pod: its namespace's labels and its own. */
    record Endpoint(Map<String, String> namespaceLabels, Map<String, String> labels) {
    }

    private final List<Map<String, Object>> policies;
    private final Map<String, String> namespaceLabels;

    NetworkReach(Manifests render, String namespace) {
        this.policies = render.ofKind("NetworkPolicy");
        this.namespaceLabels = Map.of("kubernetes.io/metadata.name", namespace);
    }

    Endpoint inNamespace(Map<String, String> labels) {
        return new Endpoint(namespaceLabels, labels);
    }

    boolean allows(Endpoint from, Endpoint to, int port) {
        boolean ingress = allowed(to, from, port, "Ingress", "ingress", "from");
        // Traffic from another namespace is governed there; this render only speaks for its own pods.
        boolean egress = !from.namespaceLabels().equals(namespaceLabels) || allowed(from, to, port, "Egress", "egress", "to");
        return ingress && egress;
    }

    private boolean allowed(Endpoint subject, Endpoint peer, int port, String type, String direction, String peers) {
        boolean isolated = false;
        for (Map<String, Object> policy : policies) {
            if (!subject.namespaceLabels().equals(namespaceLabels)
                    || !matches(labels(policy, "spec", "podSelector", "matchLabels"), subject.labels())
                    || !list(policy, "spec", "policyTypes").contains(type)) {
                continue;
            }
            isolated = true;
            for (Map<String, Object> rule : maps(policy, "spec", direction)) {
                if (portMatches(rule, port) && peerMatches(rule, peers, peer)) {
                    return true;
                }
            }
        }
        return !isolated;
    }

    private static boolean portMatches(Map<String, Object> rule, int port) {
        List<Map<String, Object>> ports = maps(rule, "ports");
        return ports.isEmpty() || ports.stream().anyMatch(p -> !"UDP".equals(p.get("protocol"))
                && (p.get("port") == null || (p.get("port") instanceof Number n && n.intValue() == port)));
    }

    private boolean peerMatches(Map<String, Object> rule, String key, Endpoint peer) {
        if (!rule.containsKey(key)) {
            return true;
        }
        for (Map<String, Object> selector : maps(rule, key)) {
            boolean namespaceOk = selector.containsKey("namespaceSelector")
                    ? matches(labels(selector, "namespaceSelector", "matchLabels"), peer.namespaceLabels())
                    : peer.namespaceLabels().equals(namespaceLabels);
            boolean podOk = !selector.containsKey("podSelector")
                    || matches(labels(selector, "podSelector", "matchLabels"), peer.labels());
            if ((selector.containsKey("namespaceSelector") || selector.containsKey("podSelector")) && namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return labels.entrySet().containsAll(selector.entrySet());
    }
}
