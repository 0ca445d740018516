package io.markguard.platform.decisionlog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.markguard.decisionlog.DecisionLogContract;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * A transparency report with its {@code log} member: the signed head and the counts by kind of the period, so that
 * a regulator's {@code verify-log --report} can recount the figures from the log's leaves.
 */
@ApplicationScoped
public class ReportsBoundToLog {

    @Inject
    ObjectMapper mapper;

    @Inject
    PublicDecisionLog log;

    /** The report's JSON, with {@code log} over [from, to) added. */
    public ObjectNode withLog(Object report, Instant from, Instant to) {
        return withLog(report, log(from, to));
    }

    /** The signed head now and the counts by kind of [from, to): what a report in any form names. */
    public DecisionLogContract.ReportedLog log(Instant from, Instant to) {
        return log.report(from, to);
    }

    /** The report's JSON with the {@code log} already read. */
    public ObjectNode withLog(Object report, DecisionLogContract.ReportedLog reported) {
        ObjectNode node = mapper.valueToTree(report);
        node.set("log", mapper.valueToTree(reported));
        return node;
    }
}
