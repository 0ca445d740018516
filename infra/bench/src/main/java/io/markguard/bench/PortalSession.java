package io.markguard.bench;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in portal session, as a browser gets one: the portal sends it to Keycloak's login form, the form is
 * filled in, Keycloak sends it back with a code, and the portal's session cookie comes with the redirect.
 */
public final class PortalSession {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient client;
    private final String portal;

    private PortalSession(HttpClient client, String portal) {
        this.client = client;
        this.portal = portal;
    }

    public static PortalSession signIn(String portal, String user, String startPage) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new LocalCookies()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        PortalSession session = new PortalSession(client, portal);
        HttpResponse<String> page = session.follow(URI.create(portal + startPage));
        Matcher action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("no Keycloak login form on the way to " + startPage + " (" + page.statusCode() + ")");
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo&credentialId=";
        HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> landed = session.followFrom(after);
        if (landed.statusCode() != 200 || !landed.uri().toString().startsWith(portal)) {
            throw new IllegalStateException(user + " could not sign in to the portal: " + landed.statusCode() + " at " + landed.uri());
        }
        return session;
    }

    /** A page of the signed-in portal; the status code, after redirects. */
    public int view(String page) throws Exception {
        return follow(URI.create(portal + page)).statusCode();
    }

    /** A page as read: its status code after redirects, and its HTML. */
    public record Viewed(int status, String body) {
    }

    /** A page of the signed-in portal, with its HTML. */
    public Viewed read(String page) throws Exception {
        HttpResponse<String> response = follow(URI.create(portal + page));
        return new Viewed(response.statusCode(), response.body());
    }

    private HttpResponse<String> follow(URI uri) throws Exception {
        return followFrom(client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private HttpResponse<String> followFrom(HttpResponse<String> response) throws Exception {
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = client.send(HttpRequest.newBuilder(next).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    /**
     * Cookies for one local host, whatever the port: Keycloak marks its login cookies Secure, which a browser still
     * sends to http://localhost but Java's CookieManager would not.
     */
    static final class LocalCookies extends CookieHandler {
        private final Map<String, HttpCookie> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            List<String> matching = cookies.values().stream()
                    .filter(c -> c.getPath() == null || path.startsWith(c.getPath()))
                    .map(c -> c.getName() + "=" + c.getValue()).toList();
            return matching.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", matching)));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            responseHeaders.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    for (String value : values) {
                        for (HttpCookie cookie : HttpCookie.parse(value)) {
                            if (cookie.getMaxAge() == 0) {
                                cookies.remove(cookie.getName());
                            } else {
                                cookies.put(cookie.getName(), cookie);
                            }
                        }
                    }
                }
            });
        }
    }
}
