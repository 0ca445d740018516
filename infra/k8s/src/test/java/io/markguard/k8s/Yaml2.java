package io.markguard.k8s;

import java.util.List;
import java.util.Map;

/** Walking SnakeYAML's maps and lists without a cast at every step. */
final class Yaml2 {

    private Yaml2() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    /** The value at a path of map keys, or null where the path ends early. */
    static Object at(Object root, String... path) {
        Object node = root;
        for (String key : path) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }

    static Map<String, Object> map(Object root, String... path) {
        return at(root, path) instanceof Map<?, ?> m ? cast(m) : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object root, String... path) {
        return at(root, path) instanceof List<?> l ? (List<Object>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object root, String... path) {
        return list(root, path).stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
    }

    static String string(Object root, String... path) {
        Object value = at(root, path);
        return value == null ? null : value.toString();
    }

    static boolean isTrue(Object root, String... path) {
        return Boolean.TRUE.equals(at(root, path));
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> labels(Object root, String... path) {
        Object value = at(root, path);
        if (!(value instanceof Map<?, ?> m)) {
            return Map.of();
        }
        java.util.Map<String, String> labels = new java.util.TreeMap<>();
        ((Map<String, Object>) m).forEach((k, v) -> labels.put(k, String.valueOf(v)));
        return labels;
    }
}
