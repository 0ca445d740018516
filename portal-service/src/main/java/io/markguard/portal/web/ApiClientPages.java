package io.markguard.portal.web;

import io.markguard.platform.paging.Cursor;
import io.markguard.platform.problem.Refusal;
import io.markguard.portal.Brand;
import io.markguard.portal.BrandMember;
import io.markguard.portal.service.Actor;
import io.markguard.portal.service.ApiClients;
import io.markguard.portal.service.BrandDirectory;
import io.markguard.portal.service.Memberships;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A brand's API clients, for its owner and co-owners: the list with when each was last used, a form that creates
 * one with a scope (its secret is on the page that answers, once), and a new secret or a revocation for each.
 */
@Path("/brands/{brandId}/clients")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed({ "brand", "admin" })
public class ApiClientPages {

    @Inject
    PortalPages pages;

    @Inject
    BrandDirectory brands;

    @Inject
    ApiClients clients;

    @GET
    public TemplateInstance list(@PathParam("brandId") long brandId, @QueryParam("error") String error,
            @QueryParam("field") String field, @QueryParam("notice") String notice, @Context UriInfo uri) {
        return page(brandId, new Views.Flash(error, field, notice), uri.getQueryParameters(), null);
    }

    /** Creates the client; the answer is the page with its secret, which is shown this once and never again. */
    @POST
    public Response create(@PathParam("brandId") long brandId, @RestForm String name, @RestForm String allRights,
            @RestForm("rightId") List<String> rightId, @RestForm("action") List<String> action, @RestForm String validUntil) {
        Views.Typed typed = Views.Typed.of("client").with("name", name).with("allRights", allRights).with("rightId", rightId)
                .with("action", action).with("validUntil", validUntil);
        List<String> bad = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            bad.add("name");
        }
        Set<BrandMember.Action> actions = MemberPages.actions(action, bad);
        Set<Long> rights = MemberPages.rights(rightId, bad);
        Instant until = MemberPages.lastDay(validUntil, bad);
        if (!bad.isEmpty()) {
            return PortalPages.refusedForm(page(brandId, Views.Flash.invalid(bad.stream().distinct().toList(), typed),
                    new jakarta.ws.rs.core.MultivaluedHashMap<>(), null));
        }
        try {
            ApiClients.Created created = clients.create(pages.actor(), brandId, name,
                    new Memberships.Scope("on".equals(allRights), rights, actions, until));
            return Response.ok(page(brandId, Views.Flash.NONE, new jakarta.ws.rs.core.MultivaluedHashMap<>(),
                    shown(created))).build();
        } catch (Refusal refused) {
            if (refused.status() == 400) {
                return PortalPages.refusedForm(page(brandId, new Views.Flash(refused.code(), refused.field(), null, typed),
                        new jakarta.ws.rs.core.MultivaluedHashMap<>(), null));
            }
            if (refused.status() == 404) {
                throw refused;
            }
            return BrandPages.back(here(brandId), refused.code(), refused.field());
        }
    }

    /** A new secret for the client, on the page that answers, once; the old one is refused from now on. */
    @POST
    @Path("/{clientId}/secret")
    public Response rotate(@PathParam("brandId") long brandId, @PathParam("clientId") long clientId) {
        try {
            ApiClients.Created rotated = clients.rotate(pages.actor(), brandId, clientId);
            return Response.ok(page(brandId, Views.Flash.NONE, new jakarta.ws.rs.core.MultivaluedHashMap<>(),
                    shown(rotated))).build();
        } catch (Refusal refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            return BrandPages.back(here(brandId), refused.code(), refused.field());
        }
    }

    @POST
    @Path("/{clientId}/revocation")
    public Response revoke(@PathParam("brandId") long brandId, @PathParam("clientId") long clientId) {
        return BrandPages.attempt(here(brandId), () -> {
            clients.revoke(pages.actor(), brandId, clientId);
            return here(brandId) + "?notice=saved";
        });
    }

    private OrgViews.Secret shown(ApiClients.Created created) {
        return new OrgViews.Secret(created.client().name, created.client().clientId, created.secret(), clients.tokenUrl());
    }

    private TemplateInstance page(long brandId, Views.Flash flash, MultivaluedMap<String, String> query,
            OrgViews.Secret secret) {
        Page page = pages.page();
        Actor actor = pages.actor();
        Brand brand = brands.readable(actor, brandId);
        String at = query.getFirst("cursor");
        var listed = clients.of(actor, brandId, BrandPages.PAGE_SIZE, Cursor.read("cursor", at, ApiClients.CLIENTS, 1));
        List<OrgViews.ClientRow> rows = listed.items().stream().map(l -> {
            BrandMember m = l.member();
            boolean all = m.allRights;
            return new OrgViews.ClientRow(l.client().id, l.client().name, l.client().clientId, all,
                    all ? "" : String.join(", ", m.rightIds.stream().sorted().map(String::valueOf).toList()),
                    m.actionSet().stream().map(Enum::name).sorted().toList(), Views.time(m.validUntil),
                    Views.time(l.client().createdAt), Views.time(l.client().lastUsedAt), m.revokedAt != null);
        }).toList();
        var rights = brands.rights(actor, brandId, BrandPages.PAGE_SIZE, null).items().stream().map(Views.RightRow::of).toList();
        var view = new OrgViews.Clients(Views.BrandRow.of(brand), rows, rights, clients.tokenUrl(),
                Pager.of(here(brandId), "", Map.of(), at, query.getFirst("back"), listed.nextCursor()), flash, secret);
        return Templates.apiClients(page, view).setLocale(page.language().locale);
    }


    private static String here(long brandId) {
        return "/brands/" + brandId + "/clients";
    }
}
