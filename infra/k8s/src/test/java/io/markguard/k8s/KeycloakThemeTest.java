package io.markguard.k8s;

import static io.markguard.k8s.Yaml2.map;
import static io.markguard.k8s.Yaml2.maps;
import static io.markguard.k8s.Yaml2.string;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keycloak in the cluster shows the sign-in pages in the repository's theme: the Keycloak resource mounts every file of
 * infra/keycloak/themes/markguard at its place under /opt/keycloak/themes/markguard, from a ConfigMap whose content is
 * those files (kustomize builds it from the copy in base/keycloak/themes, which this keeps equal), the realm import
 * picks the theme, and the server keeps caching themes. The theme's English and Chinese titles cover the same keys.
 */
class KeycloakThemeTest {

    private static final String THEME = "markguard";
    private static final String THEMES_DIR = "/opt/keycloak/themes/";
    private static final String COPY_AGAIN = "copy the theme to the manifests again (rm -rf infra/k8s/base/keycloak/themes/"
            + THEME + " && cp -R infra/keycloak/themes/" + THEME + " infra/k8s/base/keycloak/themes/)";

    /** The theme's files by their path below the theme's directory (login/theme.properties, ...). */
    private static Map<String, byte[]> themeFiles(Path themeDir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(themeDir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(themeDir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static Map<String, byte[]> repositoryTheme() throws IOException {
        return themeFiles(Manifests.K8S.resolveSibling("keycloak").resolve("themes").resolve(THEME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void keycloakMountsEveryThemeFileWithTheRepositorysContent(String overlay) throws Exception {
        Manifests render = Manifests.render(OverlaysTest.overlay(overlay));
        Map<String, Object> keycloak = render.find("Keycloak", "markguard-keycloak").orElseThrow();
        Map<String, Object> pod = map(keycloak, "spec", "unsupported", "podTemplate", "spec");

        Map<String, Object> mount = maps(pod, "containers").stream().flatMap(c -> maps(c, "volumeMounts").stream())
                .filter(m -> (THEMES_DIR + THEME).equals(m.get("mountPath"))).findFirst()
                .orElseThrow(() -> new AssertionError("overlays/" + overlay + ": no volume is mounted at " + THEMES_DIR + THEME));
        assertEquals(Boolean.TRUE, mount.get("readOnly"), "the theme is mounted read-only");
        Map<String, Object> volume = maps(pod, "volumes").stream().filter(v -> mount.get("name").equals(v.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no volume named " + mount.get("name")));
        String configMapName = string(volume, "configMap", "name");
        Map<String, Object> configMap = render.find("ConfigMap", configMapName)
                .orElseThrow(() -> new AssertionError("the theme volume mounts ConfigMap " + configMapName
                        + ", which the render does not hold (is the generated name's suffix carried into the Keycloak resource?)"));

        Map<String, String> keyByPath = new TreeMap<>();
        for (Map<String, Object> item : maps(volume, "configMap", "items")) {
            assertEquals(null, keyByPath.put(string(item, "path"), string(item, "key")), "one item per path: " + item);
        }
        Map<String, byte[]> files = repositoryTheme();
        assertEquals(files.keySet(), keyByPath.keySet(), "the volume's items are the files of infra/keycloak/themes/"
                + THEME + ", each at its path (a new file needs its line in base/keycloak/kustomization.yaml and its"
                + " item in base/keycloak/keycloak.yaml)");
        files.forEach((path, content) -> assertArrayEquals(content, mounted(configMap, keyByPath.get(path)),
                path + " in ConfigMap " + configMapName + " differs from infra/keycloak/themes/" + THEME + "/" + path
                        + ": " + COPY_AGAIN));

        Map<String, Object> realmImport = render.find("KeycloakRealmImport", "markguard-realm").orElseThrow();
        assertEquals(THEME, string(realmImport, "spec", "realm", "loginTheme"));
    }

    /** A ConfigMap key's bytes: text under data, anything else base64 under binaryData, as kustomize writes them. */
    private static byte[] mounted(Map<String, Object> configMap, String key) {
        assertNotNull(key);
        String text = string(configMap, "data", key);
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        String binary = string(configMap, "binaryData", key);
        assertNotNull(binary, "ConfigMap " + Manifests.name(configMap) + " has no key " + key);
        return Base64.getMimeDecoder().decode(binary);
    }

    /** The copy kustomize reads holds the repository's files and no others, so nothing stale is left to mount later. */
    @Test
    void theManifestsCopyIsTheRepositorysTheme() throws IOException {
        Map<String, byte[]> copy = themeFiles(Manifests.K8S.resolve("base/keycloak/themes").resolve(THEME));
        Map<String, byte[]> files = repositoryTheme();
        assertEquals(files.keySet(), copy.keySet(), "the files of infra/k8s/base/keycloak/themes/" + THEME + ": " + COPY_AGAIN);
        files.forEach((path, content) -> assertArrayEquals(content, copy.get(path), path + ": " + COPY_AGAIN));
    }

    /** Every title the theme sets in English it sets in Simplified Chinese too, and no other. */
    @Test
    void theThemesEnglishAndChineseMessagesHaveTheSameKeys() throws IOException {
        Path messages = Manifests.K8S.resolveSibling("keycloak").resolve("themes").resolve(THEME).resolve("login/messages");
        assertEquals(keys(messages.resolve("messages_en.properties")), keys(messages.resolve("messages_zh_CN.properties")));
    }

    private static Set<String> keys(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void keycloakKeepsCachingThemesAndLetsBrowsersSeeAChangeWithinAnHour(String overlay) throws Exception {
        Map<String, Object> keycloak = Manifests.render(OverlaysTest.overlay(overlay))
                .find("Keycloak", "markguard-keycloak").orElseThrow();
        Map<String, String> options = new TreeMap<>();
        maps(keycloak, "spec", "additionalOptions").forEach(o -> options.put(string(o, "name"), string(o, "value")));
        for (String cache : List.of("spi-theme--cache-themes", "spi-theme--cache-templates")) {
            assertFalse("false".equals(options.get(cache)), cache + " stays on in the cluster");
        }
        String maxAge = options.get("spi-theme--static-max-age");
        assertNotNull(maxAge, "the browsers' cache of theme files is bounded");
        assertTrue(Integer.parseInt(maxAge) > 0 && Integer.parseInt(maxAge) <= 3600, maxAge);
    }
}
