package io.markguard.platform.decisionlog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's decision log: its id, its Ed25519 keys and how much one append takes. */
@ConfigMapping(prefix = "markguard.decision-log")
public interface DecisionLogConfig {

    /** The id every signed head carries, one per service. */
    String logId();

    /** Base64 PKCS#8 Ed25519: a secret, from the environment in production. */
    String privateKey();

    /** Base64 X.509 SubjectPublicKeyInfo, published at /api/decision-log/key. */
    String publicKey();

    /**
     * How often the appender runs ({@code off} in tests, which append when they choose): read by its schedule, named
     * here so the mapping of this prefix knows it.
     */
    @WithDefault("1s")
    String appendEvery();

    /** Intake rows one append takes, so that its transaction stays short. */
    @WithDefault("500")
    int batch();
}
