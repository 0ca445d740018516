package io.markguard.portal.web;

import io.markguard.portal.config.PortalConfig;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The hidden field of every form: {@code {inject:csrf.parameterName}} and {@code {inject:csrf.token}} in templates. */
@Named("csrf")
@RequestScoped
public class CsrfField {

    @Inject
    RoutingContext routing;

    @Inject
    PortalConfig config;

    public String getParameterName() {
        return config.forms().fieldName();
    }

    /** The token {@link CsrfProtection} settled on for this request. */
    public String getToken() {
        String token = routing.get(CsrfProtection.TOKEN);
        if (token == null) {
            throw new IllegalStateException("A form was rendered outside the CSRF filter: " + routing.normalizedPath());
        }
        return token;
    }
}
