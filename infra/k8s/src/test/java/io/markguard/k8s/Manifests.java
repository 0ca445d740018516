package io.markguard.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** A rendered set of Kubernetes objects, as plain maps, with the few look-ups the checks need. */
record Manifests(List<Map<String, Object>> objects) {

    /** infra/k8s, where the overlays live; tests run with the module directory as working directory. */
    static final Path K8S = Path.of("").toAbsolutePath();

    static Manifests parse(String yaml) {
        List<Map<String, Object>> objects = new ArrayList<>();
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(16 * 1024 * 1024);
        for (Object doc : new Yaml(options).loadAll(yaml)) {
            if (doc instanceof Map<?, ?> map) {
                objects.add(Yaml2.cast(map));
            }
        }
        return new Manifests(objects);
    }

    /** What `kubectl kustomize` makes of an overlay: exactly what `kubectl apply -k` would send. */
    static Manifests render(Path kustomization) throws IOException, InterruptedException {
        Path kubectl = kubectl();
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", kustomization.toString())
                .redirectErrorStream(false)
                .start();
        byte[] out;
        byte[] err;
        try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
            out = stdout.readAllBytes();
            err = stderr.readAllBytes();
        }
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + K8S.relativize(kustomization) + " failed: "
                    + new String(err, StandardCharsets.UTF_8).strip());
        }
        return parse(new String(out, StandardCharsets.UTF_8));
    }

    /** kubectl with a kustomize that reads these overlays (components, replacements, labels need v5). */
    static Path kubectl() {
        Path kubectl = installedKubectl();
        String version;
        try {
            Process process = new ProcessBuilder(kubectl.toString(), "version", "--client").redirectErrorStream(true).start();
            try (InputStream out = process.getInputStream()) {
                version = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new AssertionError(kubectl + " does not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while asking " + kubectl + " its version");
        }
        Matcher m = Pattern.compile("Kustomize Version: v(\\d+)").matcher(version);
        if (!m.find() || Integer.parseInt(m.group(1)) < 5) {
            throw new AssertionError(kubectl + " bundles no kustomize v5 (" + version.strip().replace('\n', ' ')
                    + "): the overlays need kubectl 1.27 or newer");
        }
        return kubectl;
    }

    /** kubectl from the PATH, else Debian's /usr/bin/kubectl; the test cannot judge manifests without it. */
    private static Path installedKubectl() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        Path debian = Path.of("/usr/bin/kubectl");
        if (Files.isExecutable(debian)) {
            return debian;
        }
        throw new AssertionError("kubectl is not installed, so the Kubernetes overlays cannot be rendered:"
                + " install it (Debian: apt-get install kubernetes-client) or run infra/markguard test, which does");
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(name(o))).findFirst();
    }

    static String name(Map<String, Object> object) {
        return Yaml2.string(object, "metadata", "name");
    }

    static String id(Map<String, Object> object) {
        return object.get("kind") + "/" + name(object);
    }
}
