package io.markguard.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Keycloak's realm of the brands' API clients, where portal-service creates them. */
@ConfigMapping(prefix = "markguard.portal.integrations")
public interface IntegrationsConfig {

    /** The realm as portal-service reaches it (its token and Admin REST clients are configured from it). */
    String realmUrl();

    /** The realm as the clients reach it: their token endpoint is this plus /protocol/openid-connect/token. */
    String publicRealmUrl();

    /** How long an API client's access token lives. */
    @WithDefault("PT5M")
    Duration tokenLifespan();
}
