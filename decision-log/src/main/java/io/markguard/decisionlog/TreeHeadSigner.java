package io.markguard.decisionlog;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/** Signs a log's tree heads with its Ed25519 private key. */
public final class TreeHeadSigner {

    private final String logId;
    private final PrivateKey privateKey;
    private final LogPublicKey publicKey;

    private TreeHeadSigner(String logId, PrivateKey privateKey, LogPublicKey publicKey) {
        this.logId = logId;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /**
     * The signer of the log {@code logId} from its key pair as configured; refuses a public key that is not the
     * private key's, which would publish heads nobody can check.
     */
    public static TreeHeadSigner of(String logId, LogKeyPair keys) {
        if (logId == null || logId.isBlank()) {
            throw new IllegalArgumentException("a log needs an id");
        }
        PrivateKey privateKey;
        try {
            byte[] encoded = Base64.getDecoder().decode(keys.privateKey().strip());
            privateKey = KeyFactory.getInstance(LogKeyPair.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 PKCS#8 Ed25519 private key", e);
        }
        TreeHeadSigner signer = new TreeHeadSigner(logId, privateKey, LogPublicKey.fromBase64(keys.publicKey()));
        if (!signer.publicKey.verifies(signer.sign(0, TreeHash.emptyRoot(), Instant.EPOCH))) {
            throw new IllegalArgumentException("the public key of log " + logId + " is not its private key's");
        }
        return signer;
    }

    /** The head of the tree of {@code treeSize} leaves with {@code rootHash}, signed at {@code at} (to the millisecond). */
    public SignedTreeHead sign(long treeSize, byte[] rootHash, Instant at) {
        if (rootHash.length != TreeHash.SIZE) {
            throw new IllegalArgumentException("a root hash is " + TreeHash.SIZE + " bytes");
        }
        String root = Base64.getEncoder().encodeToString(rootHash);
        String timestamp = at.truncatedTo(ChronoUnit.MILLIS).toString();
        try {
            Signature signer = Signature.getInstance(LogKeyPair.ALGORITHM);
            signer.initSign(privateKey);
            signer.update(SignedTreeHead.signedBytes(logId, treeSize, root, timestamp));
            return new SignedTreeHead(logId, treeSize, root, timestamp,
                    Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public String logId() {
        return logId;
    }

    public LogPublicKey publicKey() {
        return publicKey;
    }
}
