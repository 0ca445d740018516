package io.markguard.portal.web;

import io.markguard.platform.problem.ErrorPages;
import io.markguard.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Errors on portal pages are a readable page in the visitor's language; under /api they stay problem details.
 * Missing or refused sign-in is left to OIDC: pages redirect to Keycloak, the API answers 401.
 */
@ApplicationScoped
public class PortalErrorPages implements ErrorPages {

    @Inject
    PortalPages pages;

    @Override
    public Optional<Response> page(String path, int status, Problem problem) {
        Page page = pages.errorPage();
        return Optional.of(Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(page, status).setLocale(page.language().locale).render())
                .build());
    }
}
