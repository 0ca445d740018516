package io.markguard.portal.service;

import io.markguard.portal.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** One-time codes and DNS tokens: random, and stored only as an HMAC bound to their case. */
@ApplicationScoped
public class VerificationCodes {

    private final SecureRandom random = new SecureRandom();

    @Inject
    PortalConfig config;

    public String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < config.verification().codeDigits(); i++) {
            code.append(random.nextInt(10));
        }
        return code.toString();
    }

    public String newToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public String hash(long caseId, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.verification().codeKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((caseId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time, so timing does not tell how much of a guess was right. */
    public boolean matches(long caseId, String code, String storedHash) {
        if (code == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(caseId, code.strip()).getBytes(StandardCharsets.UTF_8),
                storedHash.getBytes(StandardCharsets.UTF_8));
    }
}
