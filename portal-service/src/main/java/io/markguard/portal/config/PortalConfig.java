package io.markguard.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

@ConfigMapping(prefix = "markguard.portal")
public interface PortalConfig {

    /** Base URL of each Markguard service the portal talks to, by service name. */
    Map<String, URI> peers();

    Verification verification();

    Documents documents();

    Review review();

    Forms forms();

    RegisterRecheck registerRecheck();

    Transparency transparency();

    /** The yearly transparency report's identification and the font its Chinese PDF embeds. */
    interface Transparency {

        /** "Name of the service provider" in the EU template's report identification. */
        @WithDefault("Markguard")
        String providerName();

        /** "Name of the service" in the EU template's report identification. */
        @WithDefault("Markguard marketplace")
        String serviceName();

        /**
         * A TrueType collection or font with CJK glyphs, embedded (as a subset) in the Chinese PDF; without one that
         * can be read the PDF is in English.
         */
        @WithDefault("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
        String cjkFont();
    }

    /** How one-time codes and DNS tokens prove control of a registration or a domain. */
    interface Verification {

        /** How long a mailed code stays valid. */
        @WithDefault("PT15M")
        Duration codeTtl();

        @WithDefault("8")
        int codeDigits();

        /** Wrong entries allowed per code before the case needs a new code. */
        @WithDefault("5")
        int maxAttempts();

        /** Codes mailed per case, the first one included. */
        @WithDefault("3")
        int maxSends();

        /** Keys the HMAC under which codes are stored, so a database dump does not reveal them. */
        String codeKey();

        @WithDefault("verification@markguard.test")
        String mailFrom();

        /** The DNS name under the brand's domain that carries the TXT token. */
        @WithDefault("_markguard")
        String dnsLabel();

        @WithDefault("markguard-verification=")
        String dnsValuePrefix();

        @WithDefault("PT5S")
        Duration dnsTimeout();

        /**
         * Mail providers whose domain anyone can have an address at: a correspondent there ties no domain to the owner,
         * so domain control there proves nothing.
         */
        @WithDefault("gmail.com,googlemail.com,outlook.com,hotmail.com,live.com,msn.com,yahoo.com,icloud.com,me.com,"
                + "aol.com,proton.me,protonmail.com,gmx.com,gmx.de,web.de,mail.ru,yandex.ru,qq.com,163.com,126.com")
        List<String> sharedMailDomains();
    }

    /** The scheduled re-check of verified rights against the register. */
    interface RegisterRecheck {

        /** How long after a check a verified right is checked again. */
        @WithDefault("P1D")
        Duration interval();

        /** Rights claimed and checked per transaction. */
        @WithDefault("100")
        int batchSize();

        /** Batches one run takes at most; what is left is due at the next run (or on another replica). */
        @WithDefault("50")
        int maxBatches();
    }

    /** Limits on uploaded evidence. */
    interface Documents {

        @WithDefault("5242880")
        long maxBytes();

        /** Content types accepted, as detected from the file's first bytes. */
        @WithDefault("application/pdf,image/png,image/jpeg")
        List<String> allowedTypes();
    }

    /** The reviewers' service level. */
    interface Review {

        @WithDefault("1")
        int workingDays();

        @WithDefault("UTC")
        ZoneId zone();
    }

    /** The CSRF token every page form carries (a signed double-submit cookie bound to the sign-in session). */
    interface Forms {

        /** Signs the tokens: the session secret, at least 32 characters, the same on every replica. */
        String tokenKey();

        @WithDefault("csrf-token")
        String cookieName();

        @WithDefault("csrf-token")
        String fieldName();

        /** Marks the cookie Secure even on plain HTTP, behind a proxy that ends TLS. */
        @WithDefault("false")
        boolean cookieForceSecure();
    }
}
