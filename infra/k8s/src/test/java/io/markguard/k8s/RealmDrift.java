package io.markguard.k8s;

import static io.markguard.k8s.Yaml2.list;
import static io.markguard.k8s.Yaml2.map;
import static io.markguard.k8s.Yaml2.maps;
import static io.markguard.k8s.Yaml2.string;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where a KeycloakRealmImport differs from infra/keycloak/markguard-realm.json in what the services
 * rely on: realm roles, clients and their flows, the audiences each client's tokens carry (its
 * protocol mappers), the portal's redirect and sign-out paths (on the site's host instead of
 * localhost), service-account roles, the demo users (dev only), accounts: sign-up, reset, the default group, the
 * OTP policy and the sign-in flows that ask for one-time codes, and the sign-in pages' theme. Client secrets must
 * differ: each is a placeholder bound to a Secret.
 */
final class RealmDrift {

    private static final List<String> CLIENT_SETTINGS = List.of("enabled", "protocol", "publicClient",
            "clientAuthenticatorType", "standardFlowEnabled", "implicitFlowEnabled", "directAccessGrantsEnabled",
            "serviceAccountsEnabled");
    private static final List<String> ACCOUNT_SETTINGS = List.of("registrationAllowed", "registrationEmailAsUsername",
            "resetPasswordAllowed", "verifyEmail", "defaultGroups", "browserFlow", "directGrantFlow", "otpPolicyType",
            "otpPolicyAlgorithm", "otpPolicyDigits", "otpPolicyPeriod", "otpPolicyLookAheadWindow", "otpPolicyCodeReusable");
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Za-z0-9_]+)}$");

    private RealmDrift() {
    }

    static List<String> differences(Map<String, Object> realmFile, Map<String, Object> realmImport, String portalHost,
            boolean demoUsers) {
        List<String> drift = new ArrayList<>();
        Map<String, Object> realm = map(realmImport, "spec", "realm");
        same(drift, "realm name", realmFile.get("realm"), realm.get("realm"));
        same(drift, "realm roles", names(maps(realmFile, "roles", "realm"), "name"), names(maps(realm, "roles", "realm"), "name"));

        Map<String, Map<String, Object>> fileClients = byKey(maps(realmFile, "clients"), "clientId");
        Map<String, Map<String, Object>> importClients = byKey(maps(realm, "clients"), "clientId");
        same(drift, "clients", fileClients.keySet(), importClients.keySet());
        Map<String, Object> placeholders = map(realmImport, "spec", "placeholders");
        fileClients.forEach((clientId, file) -> {
            Map<String, Object> imported = importClients.get(clientId);
            if (imported == null) {
                return;
            }
            for (String setting : CLIENT_SETTINGS) {
                same(drift, "client " + clientId + " " + setting, file.get(setting), imported.get(setting));
            }
            same(drift, "client " + clientId + " client roles", map(file, "roles"), map(imported, "roles"));
            same(drift, "client " + clientId + " protocol mappers", mappers(file), mappers(imported));
            same(drift, "client " + clientId + " PKCE method", string(file, "attributes", "pkce.code.challenge.method"),
                    string(imported, "attributes", "pkce.code.challenge.method"));
            same(drift, "client " + clientId + " redirect URI paths", paths(list(file, "redirectUris")),
                    paths(list(imported, "redirectUris")));
            same(drift, "client " + clientId + " post-logout URI paths", paths(logoutUris(file)), paths(logoutUris(imported)));
            List<Object> uris = new ArrayList<>(list(imported, "redirectUris"));
            uris.addAll(logoutUris(imported));
            for (Object uri : uris) {
                String host = URI.create(String.valueOf(uri)).getHost();
                if (!Objects.equals(portalHost, host) || !String.valueOf(uri).startsWith("https://")) {
                    drift.add("client " + clientId + " sends browsers to " + uri + ", not to https://" + portalHost);
                }
            }
            if (file.containsKey("secret")) {
                Matcher m = PLACEHOLDER.matcher(String.valueOf(imported.get("secret")));
                if (!m.matches()) {
                    drift.add("client " + clientId + " secret is not a placeholder bound to a Secret");
                } else if (!placeholders.containsKey(m.group(1))) {
                    drift.add("client " + clientId + " secret placeholder " + m.group(1) + " is bound to no Secret");
                }
            }
        });

        for (String setting : ACCOUNT_SETTINGS) {
            same(drift, "realm " + setting, text(realmFile.get(setting)), text(realm.get(setting)));
        }
        same(drift, "realm loginTheme", realmFile.get("loginTheme"), realm.get("loginTheme"));
        same(drift, "groups and their roles", groups(realmFile), groups(realm));
        same(drift, "authentication flows", flows(realmFile), flows(realm));
        same(drift, "authenticator configs", configs(realmFile), configs(realm));
        same(drift, "service-account roles", serviceAccountRoles(realmFile), serviceAccountRoles(realm));
        Map<String, Object> expectedPeople = demoUsers ? people(realmFile) : Map.of();
        same(drift, demoUsers ? "demo users" : "users besides service accounts", expectedPeople, people(realm));
        return drift;
    }

    /** Each mapper by name, with its kind and settings; settings read as text, as Keycloak stores them. */
    private static Map<String, Object> mappers(Map<String, Object> client) {
        Map<String, Object> mappers = new TreeMap<>();
        for (Map<String, Object> mapper : maps(client, "protocolMappers")) {
            Map<String, String> config = new TreeMap<>();
            map(mapper, "config").forEach((key, value) -> config.put(key, String.valueOf(value)));
            mappers.put(String.valueOf(mapper.get("name")), List.of(String.valueOf(mapper.get("protocol")),
                    String.valueOf(mapper.get("protocolMapper")), config));
        }
        return mappers;
    }

    /** Values as text: the JSON file and the YAML import may spell a number or a flag differently. */
    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static Map<String, Object> groups(Map<String, Object> realm) {
        Map<String, Object> groups = new TreeMap<>();
        for (Map<String, Object> group : maps(realm, "groups")) {
            groups.put(String.valueOf(group.get("path")), new TreeSet<>(list(group, "realmRoles").stream().map(String::valueOf).toList()));
        }
        return groups;
    }

    /** Each flow by alias, with its executions in order: what runs, how required, with which settings. */
    private static Map<String, Object> flows(Map<String, Object> realm) {
        Map<String, Object> flows = new TreeMap<>();
        for (Map<String, Object> flow : maps(realm, "authenticationFlows")) {
            List<String> executions = maps(flow, "authenticationExecutions").stream()
                    .sorted((a, b) -> Integer.compare(Integer.parseInt(text(a.get("priority"))), Integer.parseInt(text(b.get("priority")))))
                    .map(e -> e.get("authenticatorFlow") != null && Boolean.parseBoolean(text(e.get("authenticatorFlow")))
                            ? "flow " + e.get("flowAlias") + " " + e.get("requirement")
                            : e.get("authenticator") + " " + e.get("requirement") + " " + e.get("authenticatorConfig"))
                    .toList();
            flows.put(String.valueOf(flow.get("alias")), List.of(text(flow.get("topLevel")), executions));
        }
        return flows;
    }

    private static Map<String, Object> configs(Map<String, Object> realm) {
        Map<String, Object> configs = new TreeMap<>();
        for (Map<String, Object> config : maps(realm, "authenticatorConfig")) {
            Map<String, String> settings = new TreeMap<>();
            map(config, "config").forEach((key, value) -> settings.put(key, String.valueOf(value)));
            configs.put(String.valueOf(config.get("alias")), settings);
        }
        return configs;
    }

    private static List<Object> logoutUris(Map<String, Object> client) {
        String uris = string(client, "attributes", "post.logout.redirect.uris");
        return uris == null ? List.of() : Arrays.stream(uris.split("##")).map(Object.class::cast).toList();
    }

    private static Set<String> paths(List<Object> uris) {
        return uris.stream().map(u -> URI.create(String.valueOf(u)).getPath()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(List<Map<String, Object>> items, String key) {
        return items.stream().map(i -> String.valueOf(i.get(key))).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Map<String, Object>> byKey(List<Map<String, Object>> items, String key) {
        return items.stream().collect(Collectors.toMap(i -> String.valueOf(i.get(key)), Function.identity(),
                (a, b) -> a, TreeMap::new));
    }

    private static Map<String, Object> serviceAccountRoles(Map<String, Object> realm) {
        Map<String, Object> roles = new TreeMap<>();
        for (Map<String, Object> user : maps(realm, "users")) {
            if (user.containsKey("serviceAccountClientId")) {
                roles.put(String.valueOf(user.get("serviceAccountClientId")),
                        List.of(new TreeSet<>(list(user, "realmRoles").stream().map(String::valueOf).toList()), map(user, "clientRoles")));
            }
        }
        return roles;
    }

    private static Map<String, Object> people(Map<String, Object> realm) {
        Map<String, Object> people = new TreeMap<>();
        for (Map<String, Object> user : maps(realm, "users")) {
            if (!user.containsKey("serviceAccountClientId")) {
                people.put(String.valueOf(user.get("username")),
                        new TreeSet<>(list(user, "realmRoles").stream().map(String::valueOf).toList()));
            }
        }
        return people;
    }

    private static void same(List<String> drift, String what, Object inFile, Object inImport) {
        if (!Objects.equals(inFile, inImport)) {
            drift.add(what + ": markguard-realm.json has " + inFile + ", the import has " + inImport);
        }
    }
}
