package io.markguard.decisionlog;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The log's Ed25519 public key, which checks the signature of a tree head. */
public final class LogPublicKey {

    private final PublicKey key;
    private final String base64;

    private LogPublicKey(PublicKey key, String base64) {
        this.key = key;
        this.base64 = base64;
    }

    /** From base64 X.509 SubjectPublicKeyInfo. */
    public static LogPublicKey fromBase64(String spki) {
        try {
            byte[] encoded = Base64.getDecoder().decode(spki.strip());
            PublicKey key = KeyFactory.getInstance(LogKeyPair.ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
            return new LogPublicKey(key, Base64.getEncoder().encodeToString(key.getEncoded()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 X.509 Ed25519 public key", e);
        }
    }

    /** Whether the head's signature is this key's over the head's four fields. */
    public boolean verifies(SignedTreeHead head) {
        try {
            byte[] signature = Base64.getDecoder().decode(head.signature());
            Signature verifier = Signature.getInstance(LogKeyPair.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(head.signedBytes());
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** The key as base64 X.509 SubjectPublicKeyInfo. */
    public String base64() {
        return base64;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogPublicKey that && that.base64.equals(base64);
    }

    @Override
    public int hashCode() {
        return base64.hashCode();
    }
}
