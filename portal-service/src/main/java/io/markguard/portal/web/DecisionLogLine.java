package io.markguard.portal.web;

import java.util.Optional;

/**
 * A decision's entry in the public log of the service that took it, with the link to its inclusion proof at that
 * service; or that the log has not appended it yet, or could not be asked.
 */
public record DecisionLogLine(Long index, String proofUrl, boolean unavailable) {

    /** From a peer's {@code by-key} answer as {index, treeSize}, and the public address of that peer. */
    static DecisionLogLine from(PeerCalls.Part<Optional<long[]>> part, String publicBase) {
        if (!part.shown()) {
            return new DecisionLogLine(null, null, true);
        }
        return part.value().map(e -> new DecisionLogLine(e[0], publicBase + "/api/decision-log/proofs/inclusion?index="
                + e[0] + "&treeSize=" + e[1], false)).orElse(new DecisionLogLine(null, null, false));
    }

    public boolean pending() {
        return !unavailable && index == null;
    }
}
