package io.markguard.eutdb;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local EU DSA Transparency Database: the statements API of version 1 as the database publishes it, for tests
 * and the local suite. Every call needs {@code Authorization: Bearer <token>} of a platform's user (401
 * {@code Unauthenticated.} otherwise).
 * <ul>
 * <li>{@code POST /api/v1/statement}: one statement; 201 with it as stored (id, uuid), 422 with {@code errors}
 * per field, or 422 naming the puid when the platform has used it before.</li>
 * <li>{@code POST /api/v1/statements}: {@code {"statements": [...]}}, 1 to 100; all are stored or none. 201
 * {@code {"statements": [...]}} in the order sent, each with its uuid; 422 {@code {"errors": {"statement_<i>":
 * {field: [message]}}}} naming every statement at fault by its index; 422 {@code errors.existing_puids} when a
 * puid is repeated in the call or used before.</li>
 * <li>{@code GET /api/v1/statement/existing-puid/{puid}}: 302 with a JSON body when the platform has the puid,
 * 404 when not.</li>
 * <li>{@code GET /api/v1/statement/{uuid}}: the statement.</li>
 * </ul>
 * Run as {@code java -jar markguard-eu-tdb.jar --port 8290 --token TOKEN[=platform name] [--token ...]
 * [--data statements.jsonl]}; each token is a platform of its own.
 */
public final class TransparencyDatabaseServer implements AutoCloseable {

    /** One call as received, for a reader checking what was sent: method, path, statements in it, status. */
    public record Call(String method, String path, int statements, int status) {
    }

    static final int MAX_BATCH = 100;
    private static final String NOT_UNIQUE_SINGLE = "The identifier given is not unique within this platform.";
    private static final String NOT_UNIQUE_MULTIPLE = "The platform identifier(s) are not all unique within this call.";

    private final HttpServer http;
    private final ExecutorService threads;
    private final Map<String, TransparencyDatabase.Platform> tokens;
    private final TransparencyDatabase database;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int failureStatus = 503;

    private TransparencyDatabaseServer(String host, int port, Map<String, TransparencyDatabase.Platform> tokens,
            Path data) throws IOException {
        this.tokens = Map.copyOf(tokens);
        this.http = HttpServer.create(new InetSocketAddress(host, port), 0);
        this.database = new TransparencyDatabase(data, Clock.systemUTC(),
                "http://" + host + ":" + http.getAddress().getPort());
        this.threads = Executors.newFixedThreadPool(4);
        http.setExecutor(threads);
        http.createContext("/", this::handle);
    }

    /** Starts a server on {@code host:port} (0 picks a free port) for platforms by token, nothing kept on disk. */
    public static TransparencyDatabaseServer start(String host, int port, Map<String, String> platformByToken)
            throws IOException {
        return start(host, port, platformByToken, null);
    }

    public static TransparencyDatabaseServer start(String host, int port, Map<String, String> platformByToken,
            Path data) throws IOException {
        Map<String, TransparencyDatabase.Platform> platforms = new LinkedHashMap<>();
        long id = 0;
        for (Map.Entry<String, String> token : platformByToken.entrySet()) {
            platforms.put(token.getKey(), new TransparencyDatabase.Platform(++id, token.getValue()));
        }
        TransparencyDatabaseServer server = new TransparencyDatabaseServer(host, port, platforms, data);
        server.http.start();
        return server;
    }

    public static void main(String[] args) throws IOException {
        int port = 8290;
        String host = "127.0.0.1";
        Path data = null;
        Map<String, String> platforms = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(require(args[i], value));
                case "--host" -> host = require(args[i], value);
                case "--data" -> data = Path.of(require(args[i], value));
                case "--token" -> {
                    String token = require(args[i], value);
                    int eq = token.indexOf('=');
                    platforms.put(eq < 0 ? token : token.substring(0, eq),
                            eq < 0 ? "Platform " + (platforms.size() + 1) : token.substring(eq + 1));
                }
                default -> {
                    System.err.println("usage: java -jar markguard-eu-tdb.jar --port PORT --token TOKEN[=PLATFORM]"
                            + " [--token ...] [--host HOST] [--data FILE]");
                    System.exit(2);
                }
            }
            i++;
        }
        if (platforms.isEmpty()) {
            System.err.println("eu-tdb: at least one --token is needed");
            System.exit(2);
        }
        TransparencyDatabaseServer server = start(host, port, platforms, data);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("eu-tdb: EU Transparency Database statements API on " + server.baseUrl() + " for "
                + platforms.size() + " platform(s)" + (data == null ? "" : ", statements kept in " + data));
    }

    private static String require(String option, String value) {
        if (value == null) {
            System.err.println("eu-tdb: " + option + " needs a value");
            System.exit(2);
        }
        return value;
    }

    public String baseUrl() {
        return "http://" + http.getAddress().getHostString() + ":" + http.getAddress().getPort();
    }

    public TransparencyDatabase database() {
        return database;
    }

    /** The platform a token stands for. */
    public TransparencyDatabase.Platform platform(String token) {
        return tokens.get(token);
    }

    /** Every call received, in order. */
    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public void forgetCalls() {
        calls.clear();
    }

    /** The next {@code count} calls answer {@code status} with nothing stored, as a database in trouble does. */
    public void failNext(int count, int status) {
        failureStatus = status;
        failuresLeft.set(count);
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            Answer answer;
            int statements = 0;
            TransparencyDatabase.Platform platform = authenticated(exchange);
            if (platform == null) {
                answer = new Answer(401, Map.of("message", "Unauthenticated."));
            } else if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                answer = new Answer(failureStatus, Map.of("message", "Server Error"));
            } else {
                Object input = read(body);
                if ("POST".equals(method) && "/api/v1/statements".equals(path)
                        && input instanceof Map<?, ?> m && m.get("statements") instanceof List<?> list) {
                    statements = list.size();
                } else if ("POST".equals(method) && "/api/v1/statement".equals(path)) {
                    statements = 1;
                }
                answer = route(method, path, platform, input);
            }
            calls.add(new Call(method, path, statements, answer.status()));
            byte[] out = Json.write(answer.body()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), out.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(out);
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private record Answer(int status, Object body) {
    }

    private TransparencyDatabase.Platform authenticated(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return tokens.get(header.substring(7).strip());
    }

    /** A body that is not JSON reads as no input at all, as the database's framework reads it. */
    private static Object read(byte[] body) {
        if (body.length == 0) {
            return Map.of();
        }
        try {
            return Json.parse(new String(body, StandardCharsets.UTF_8));
        } catch (Json.Malformed e) {
            return Map.of();
        }
    }

    @SuppressWarnings("unchecked")
    private Answer route(String method, String path, TransparencyDatabase.Platform platform, Object input) {
        Map<String, Object> fields = input instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        String existing = "/api/v1/statement/existing-puid/";
        if (path.startsWith(existing) && path.length() > existing.length()) {
            if (!"GET".equals(method)) {
                return notAllowed(method, path);
            }
            String puid = URLDecoder.decode(path.substring(existing.length()), StandardCharsets.UTF_8);
            return database.hasPuid(platform, puid)
                    ? new Answer(302, ordered("message", "statement of reason found", "puid", puid))
                    : new Answer(404, ordered("message", "statement of reason not found", "puid", puid));
        }
        if (path.startsWith("/api/v1/statement/") && path.indexOf('/', "/api/v1/statement/".length()) < 0) {
            if (!"GET".equals(method)) {
                return notAllowed(method, path);
            }
            String uuid = path.substring("/api/v1/statement/".length());
            Optional<Map<String, Object>> statement = database.byUuid(uuid)
                    .filter(s -> ((Number) s.get("platform_id")).longValue() == platform.id());
            return statement.<Answer>map(s -> new Answer(200, s)).orElseGet(() -> new Answer(404,
                    Map.of("message", "No query results for model [App\\Models\\Statement].")));
        }
        return switch (path) {
            case "/api/v1/statement" -> "POST".equals(method) ? storeOne(platform, fields) : notAllowed(method, path);
            case "/api/v1/statements" -> "POST".equals(method) ? storeAll(platform, fields) : notAllowed(method, path);
            case "/api/ping" -> new Answer(200, ordered("you_say", "ping", "i_say", "pong"));
            default -> new Answer(404, Map.of("message", "The route " + path.substring(1) + " could not be found."));
        };
    }

    private Answer storeOne(TransparencyDatabase.Platform platform, Map<String, Object> statement) {
        StatementRules.Outcome outcome = StatementRules.check(statement, true);
        if (!outcome.passed()) {
            return new Answer(422, ordered("message", summary(outcome.errors()), "errors", outcome.errors()));
        }
        try {
            return new Answer(201, database.storeOne(platform, outcome.validated()));
        } catch (TransparencyDatabase.PuidsTaken taken) {
            return new Answer(422, ordered("message", NOT_UNIQUE_SINGLE, "errors",
                    Map.of("puid", List.of(NOT_UNIQUE_SINGLE)), "existing", Map.of("puid", taken.puids().get(0))));
        }
    }

    @SuppressWarnings("unchecked")
    private Answer storeAll(TransparencyDatabase.Platform platform, Map<String, Object> input) {
        Object given = input.get("statements");
        String refusal = null;
        if (given == null || given instanceof List<?> none && none.isEmpty()) {
            refusal = "The statements field is required.";
        } else if (!(given instanceof List<?> list)) {
            refusal = "The statements field must be an array.";
        } else if (list.size() > MAX_BATCH) {
            refusal = "The statements field must have between 1 and " + MAX_BATCH + " items.";
        }
        if (refusal != null) {
            return new Answer(422, ordered("message", refusal, "errors", Map.of("statements", List.of(refusal))));
        }
        List<?> statements = (List<?>) given;
        Map<String, Object> errors = new LinkedHashMap<>();
        List<Map<String, Object>> validated = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Map<String, Object> statement = statements.get(i) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            StatementRules.Outcome outcome = StatementRules.check(statement, false);
            if (!outcome.passed()) {
                errors.put("statement_" + i, outcome.errors());
            }
            validated.add(outcome.validated());
        }
        if (!errors.isEmpty()) {
            return new Answer(422, Map.of("errors", errors));
        }
        try {
            List<Map<String, Object>> stored = database.storeAll(platform, validated);
            List<Map<String, Object>> out = new ArrayList<>();
            for (Map<String, Object> statement : stored) {
                Map<String, Object> shown = new LinkedHashMap<>(statement);
                // The batch answer names each statement by its uuid only, without the database's numeric id.
                shown.remove("id");
                shown.remove("platform_id");
                shown.remove("method");
                out.add(shown);
            }
            return new Answer(201, Map.of("statements", out));
        } catch (TransparencyDatabase.PuidsTaken taken) {
            return new Answer(422, ordered("message", NOT_UNIQUE_MULTIPLE, "errors",
                    ordered("puid", List.of(NOT_UNIQUE_MULTIPLE), "existing_puids", taken.puids())));
        }
    }

    /** The framework's summary: the first message, and how many more there are. */
    private static String summary(Map<String, List<String>> errors) {
        int count = errors.values().stream().mapToInt(List::size).sum();
        String first = errors.values().iterator().next().get(0);
        return count == 1 ? first : first + " (and " + (count - 1) + " more error" + (count == 2 ? "" : "s") + ")";
    }

    private static Answer notAllowed(String method, String path) {
        return new Answer(405, Map.of("message", "The " + method + " method is not supported for route "
                + path.substring(1) + "."));
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
