package io.markguard.decisionlog;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * An Ed25519 key pair as configuration holds it: the private key as base64 PKCS#8, the public key as base64 X.509
 * SubjectPublicKeyInfo (what {@code openssl genpkey -algorithm ed25519} writes, without the PEM armour).
 */
public record LogKeyPair(String privateKey, String publicKey) {

    public static final String ALGORITHM = "Ed25519";

    /** A fresh key pair, for tests and for setting up a log. */
    public static LogKeyPair generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new LogKeyPair(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK since 15 has Ed25519", e);
        }
    }

    @Override
    public String toString() {
        return "LogKeyPair[publicKey=" + publicKey + "]";
    }
}
