package io.markguard.portal.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A page that needs a peer service while it is away says which one, in the reader's language, with 503; a page
 * whose link the peer refused says so with 400 and links to the list's first page with the same filters.
 */
public class PeerUnavailableMapper {

    @Inject
    PortalPages pages;

    @ServerExceptionMapper
    public Response unavailable(PeerCalls.Unavailable e) {
        Page page = pages.errorPage();
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.unavailable(page, e.peer).setLocale(page.language().locale).render()).build();
    }

    @ServerExceptionMapper
    public Response refused(PeerCalls.Refused e, UriInfo uri) {
        Page page = pages.errorPage();
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.refusedLink(page, e.field, firstPage(uri.getPath(), uri.getQueryParameters()))
                        .setLocale(page.language().locale).render())
                .build();
    }

    /** The same page without its place in any list (every {@code cursor} and {@code back}), its filters kept. */
    static String firstPage(String path, Map<String, List<String>> query) {
        UriBuilder first = UriBuilder.fromPath(path);
        query.forEach((name, values) -> {
            if (!paging(name)) {
                values.forEach(v -> first.queryParam(name, v));
            }
        });
        return first.build().toString();
    }

    private static boolean paging(String name) {
        return name.equals("cursor") || name.equals("back") || name.endsWith(".cursor") || name.endsWith(".back");
    }
}
