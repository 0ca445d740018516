package io.markguard.portal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A page that needs a peer service while it is away says which one, in the reader's language, with 503. */
public class PeerUnavailableMapper {

    @Inject
    PortalPages pages;

    @ServerExceptionMapper
    public Response unavailable(PeerCalls.Unavailable e) {
        Page page = pages.errorPage();
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.unavailable(page, e.peer).setLocale(page.language().locale).render()).build();
    }
}
