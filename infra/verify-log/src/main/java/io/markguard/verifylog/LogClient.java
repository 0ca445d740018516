package io.markguard.verifylog;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.markguard.decisionlog.CanonicalJson;
import io.markguard.decisionlog.DecisionLogContract;
import io.markguard.decisionlog.DecisionLogContract.ConsistencyProof;
import io.markguard.decisionlog.DecisionLogContract.InclusionProof;
import io.markguard.decisionlog.DecisionLogContract.LeavesPage;
import io.markguard.decisionlog.DecisionLogContract.LogKey;
import io.markguard.decisionlog.SignedTreeHead;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The public contract of one service's decision log, read over HTTP. */
final class LogClient {

    /** Nothing answered: the log could not be audited at all. */
    static final class Unreachable extends Exception {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The log answered, but not as the contract says. */
    static final class BadAnswer extends Exception {
        BadAnswer(String message) {
            super(message);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    LogClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String base() {
        return base;
    }

    LogKey key() throws Unreachable, BadAnswer {
        return get(base + DecisionLogContract.KEY, LogKey.class);
    }

    SignedTreeHead head() throws Unreachable, BadAnswer {
        return get(base + DecisionLogContract.HEAD, SignedTreeHead.class);
    }

    InclusionProof inclusion(long index, long treeSize) throws Unreachable, BadAnswer {
        return get(base + DecisionLogContract.INCLUSION + "?index=" + index + "&treeSize=" + treeSize,
                InclusionProof.class);
    }

    ConsistencyProof consistency(long first, long second) throws Unreachable, BadAnswer {
        return get(base + DecisionLogContract.CONSISTENCY + "?first=" + first + "&second=" + second,
                ConsistencyProof.class);
    }

    LeavesPage leaves(long from, int limit) throws Unreachable, BadAnswer {
        return get(base + DecisionLogContract.LEAVES + "?from=" + from + "&limit=" + limit, LeavesPage.class);
    }

    /** The body of any JSON document at {@code url}. */
    String text(String url) throws Unreachable, BadAnswer {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unreachable(url + " did not answer ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable(url + ": interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new Unreachable(url + " is not a URL: " + e.getMessage(), e);
        }
        if (response.statusCode() != 200) {
            String body = response.body();
            throw new BadAnswer(url + " answered " + response.statusCode()
                    + (body == null || body.isBlank() ? "" : ": " + abbreviated(body)));
        }
        return response.body();
    }

    private <T> T get(String url, Class<T> type) throws Unreachable, BadAnswer {
        String body = text(url);
        try {
            T value = CanonicalJson.mapper().readValue(body, type);
            if (value == null) {
                throw new BadAnswer(url + " answered null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new BadAnswer(url + " answered what is not a " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }

    private static String abbreviated(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
