package io.markguard.portal.web;

import io.markguard.portal.Brand;
import io.markguard.portal.rest.Callers;
import io.markguard.portal.service.BrandDirectory;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The brand switcher on every brand page: the brands the user is a member of now (the {@value #SHOWN} joined last; the
 * brand list pages through the rest), and the switch that opens the same page for another brand.
 */
@Named("switcher")
@RequestScoped
@Path("/brand-switch")
public class BrandSwitcher {

    static final int SHOWN = 20;

    /** The brand pages the switch keeps the user on: the brand, its members, its complaint pages, its appeals to answer. */
    private static final Pattern BRAND_PAGE = Pattern.compile(
            "^/(complaints/)?brands/\\d+(/members|/new|/bulk|/trust|/transparency|/appeals)?$");

    /** A complaint item's or a bulk job's page: it belongs to one brand, so the switch opens the other's complaints. */
    private static final Pattern COMPLAINT_PART = Pattern.compile("^/complaints/(items|jobs)/\\d+$");

    @Inject
    SecurityIdentity identity;

    @Inject
    BrandDirectory brands;

    @Inject
    io.vertx.core.http.HttpServerRequest request;

    private List<OrgViews.SwitchTarget> mine;

    /** The user's brands, read once per request. */
    public List<OrgViews.SwitchTarget> brands() {
        if (mine == null) {
            mine = identity.isAnonymous() ? List.of()
                    : brands.recent(Callers.of(identity), SHOWN).stream()
                            .map(b -> new OrgViews.SwitchTarget(b.id, b.name)).toList();
        }
        return mine;
    }

    /**
     * The name of the brand a page shows by id only (an item, a job): from the brands offered, else the portal's own
     * row, read by key.
     */
    @Transactional
    public String nameOf(long brandId) {
        return brands().stream().filter(b -> b.id() == brandId).map(OrgViews.SwitchTarget::name).findFirst()
                .orElseGet(() -> {
                    Brand brand = Brand.findById(brandId);
                    return brand == null ? "" : brand.name;
                });
    }

    /** The page being shown, which the switch opens for the other brand. */
    public String path() {
        return request.path();
    }

    /**
     * Opens the page {@code from} (a brand page) for brand {@code to}; from an item or a job page, the brand's complaint
     * list; the brand page itself when from is another.
     */
    @GET
    @RolesAllowed({ "brand", "admin" })
    public Response switchTo(@QueryParam("to") Long to, @QueryParam("from") String from) {
        if (to == null) {
            return Response.seeOther(URI.create("/brands")).build();
        }
        brands.readable(Callers.of(identity), to);
        Matcher page = BRAND_PAGE.matcher(from == null ? "" : from);
        String target = from != null && COMPLAINT_PART.matcher(from).matches() ? "/complaints/brands/" + to
                : page.matches()
                ? "/" + (page.group(1) == null ? "" : page.group(1)) + "brands/" + to + (page.group(2) == null ? "" : page.group(2))
                : "/brands/" + to;
        return Response.seeOther(URI.create(target)).build();
    }
}
