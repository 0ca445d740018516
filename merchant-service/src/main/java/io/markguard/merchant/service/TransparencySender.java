package io.markguard.merchant.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.markguard.merchant.client.TransparencyDatabaseClient;
import io.markguard.merchant.client.TransparencyDatabaseClient.Reply;
import io.markguard.merchant.config.TransparencyDatabaseConfig;
import io.markguard.merchant.service.TransparencySubmissions.Again;
import io.markguard.merchant.service.TransparencySubmissions.Claimed;
import io.markguard.merchant.service.TransparencySubmissions.Outcome;
import io.markguard.merchant.service.TransparencySubmissions.Refused;
import io.markguard.merchant.service.TransparencySubmissions.Submitted;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Sends the statements of reasons of the submission ledger to the EU Transparency Database, safe on every replica:
 * each round claims due rows ({@code FOR UPDATE SKIP LOCKED}, under a lease), sends them outside any transaction as
 * one {@code POST /api/v1/statements} of at most 100, and settles each row with what the database answered.
 *
 * <p>How an answer maps to statements follows the database's contract: 201 lists the statements stored in the order
 * sent, each with its uuid. A 422 refuses the whole batch, storing none: {@code errors.statement_<i>} names the
 * i-th statement sent and its fields at fault (that one is REFUSED, the others are sent again at once, without it);
 * {@code errors.existing_puids} names puids the platform has used before (those are in the database: SUBMITTED, the
 * others sent again at once). A transport failure or a 5xx may or may not have stored the batch: its rows retry after
 * a doubling wait and are looked up by puid first ({@code GET /api/v1/statement/existing-puid/{puid}}, 302 found),
 * as are rows whose sender stopped before it wrote their outcome. Any other answer (401 for a wrong token, say)
 * retries after the wait: it is not the statements' fault.
 */
@ApplicationScoped
public class TransparencySender {

    private static final Logger LOG = Logger.getLogger(TransparencySender.class);

    /** One run: batches sent, and rows submitted, refused and left for another attempt. */
    public record Run(int batches, int submitted, int refused, int again) {
    }

    @Inject
    TransparencyDatabaseConfig config;

    @Inject
    TransparencySubmissions submissions;

    @Inject
    TransparencyExport export;

    @Inject
    TransparencyDatabaseClient client;

    @Inject
    ObjectMapper json;

    @Scheduled(identity = "eu-tdb-submission", every = "${markguard.jobs.eu-tdb-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (!config.sending()) {
            return;
        }
        Run run = run();
        if (run.batches() > 0) {
            LOG.debugf("EU Transparency Database: %s", run);
        }
    }

    /** Claims, sends and settles batches until none is due or the run's batches are used up. */
    public Run run() {
        int batches = 0;
        int submitted = 0;
        int refused = 0;
        int again = 0;
        int size = Math.min(config.batchSize(), 100);
        for (int round = 0; round < config.batchesPerRun(); round++) {
            UUID token = UUID.randomUUID();
            List<Claimed> claimed = submissions.claim(token, size);
            if (claimed.isEmpty()) {
                break;
            }
            List<Outcome> outcomes = send(claimed);
            submissions.settle(token, outcomes);
            batches++;
            for (Outcome outcome : outcomes) {
                switch (outcome) {
                    case Submitted s -> submitted++;
                    case Refused r -> refused++;
                    case Again a -> again++;
                }
            }
        }
        return new Run(batches, submitted, refused, again);
    }

    /** The outcome of every claimed row: in-doubt rows looked up first, then the rest sent as one batch. */
    List<Outcome> send(List<Claimed> claimed) {
        List<Outcome> outcomes = new ArrayList<>();
        List<Claimed> sending = new ArrayList<>();
        for (Claimed row : claimed) {
            if (!row.inDoubt()) {
                sending.add(row);
                continue;
            }
            try {
                Reply found = client.existingPuid(row.puid());
                if (found.status() == 302) {
                    outcomes.add(new Submitted(row.sanctionId(), null));
                } else if (found.status() == 404) {
                    sending.add(row);
                } else {
                    outcomes.add(new Again(row.sanctionId(), true, true, "existing-puid answered " + found.status()));
                }
            } catch (IOException | InterruptedException e) {
                interrupted(e);
                outcomes.add(new Again(row.sanctionId(), true, true, "existing-puid: " + e));
            }
        }
        if (sending.isEmpty()) {
            return outcomes;
        }
        Map<Long, Map<String, Object>> statements = export.statements(sending.stream().map(Claimed::sanctionId).toList());
        List<Map<String, Object>> batch = sending.stream().map(row -> statements.get(row.sanctionId())).toList();
        Reply reply;
        try {
            reply = client.storeAll(batch);
        } catch (IOException | InterruptedException e) {
            interrupted(e);
            LOG.warnf("EU Transparency Database unreachable, %d statements wait: %s", sending.size(), e.toString());
            sending.forEach(row -> outcomes.add(new Again(row.sanctionId(), true, true, "transport: " + e)));
            return outcomes;
        }
        outcomes.addAll(read(sending, reply));
        return outcomes;
    }

    /** What the answer to one batch means for each statement sent, in the order sent. */
    List<Outcome> read(List<Claimed> sent, Reply reply) {
        List<Outcome> outcomes = new ArrayList<>();
        int status = reply.status();
        JsonNode body = reply.body();
        if (status == 201) {
            Map<String, String> uuids = new HashMap<>();
            body.path("statements").forEach(s -> uuids.put(s.path("puid").asText(), s.path("uuid").asText(null)));
            for (Claimed row : sent) {
                outcomes.add(uuids.containsKey(row.puid()) ? new Submitted(row.sanctionId(), uuids.get(row.puid()))
                        : new Again(row.sanctionId(), true, true, "201 without the statement"));
            }
            return outcomes;
        }
        JsonNode errors = body.path("errors");
        if (status == 422 && hasStatementErrors(errors)) {
            for (int i = 0; i < sent.size(); i++) {
                JsonNode own = errors.path("statement_" + i);
                outcomes.add(own.isObject()
                        ? new Refused(sent.get(i).sanctionId(), json.convertValue(own, Map.class))
                        : new Again(sent.get(i).sanctionId(), false, false, null));
            }
            LOG.warnf("EU Transparency Database refused %d statements of a batch of %d",
                    outcomes.stream().filter(o -> o instanceof Refused).count(), sent.size());
            return outcomes;
        }
        if (status == 422 && errors.path("existing_puids").isArray()) {
            Set<String> existing = new HashSet<>();
            errors.path("existing_puids").forEach(p -> existing.add(p.asText()));
            for (Claimed row : sent) {
                outcomes.add(existing.contains(row.puid()) ? new Submitted(row.sanctionId(), null)
                        : new Again(row.sanctionId(), false, false, null));
            }
            return outcomes;
        }
        // A 5xx may have stored the batch; any other answer stored nothing.
        boolean inDoubt = status >= 500;
        String failure = status + " " + body.path("message").asText("");
        LOG.warnf("EU Transparency Database answered %s to a batch of %d", failure, sent.size());
        sent.forEach(row -> outcomes.add(new Again(row.sanctionId(), true, inDoubt, failure.strip())));
        return outcomes;
    }

    private static boolean hasStatementErrors(JsonNode errors) {
        for (var names = errors.fieldNames(); names.hasNext();) {
            if (names.next().startsWith("statement_")) {
                return true;
            }
        }
        return false;
    }

    private static void interrupted(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
    }
}
