package io.markguard.portal.web;

import io.markguard.platform.paging.Cursor;
import io.markguard.portal.Brand;
import io.markguard.portal.BrandMember;
import io.markguard.portal.service.Actor;
import io.markguard.portal.service.BrandDirectory;
import io.markguard.portal.service.Invitations;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** A brand's members and invitations: owners and co-owners invite, revoke and hand the brand on here. */
@Path("/brands/{brandId}/members")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@RolesAllowed({ "brand", "admin" })
public class MemberPages {

    @Inject
    PortalPages pages;

    @Inject
    io.markguard.portal.notify.PeopleNames people;

    @Inject
    BrandDirectory brands;

    @Inject
    Memberships memberships;

    @Inject
    Invitations invitations;

    @Inject
    Clock clock;

    @GET
    public TemplateInstance members(@PathParam("brandId") long brandId, @QueryParam("error") String error,
            @QueryParam("field") String field, @QueryParam("notice") String notice, @Context UriInfo uri) {
        return page(brandId, new Views.Flash(error, field, notice), uri.getQueryParameters());
    }

    private TemplateInstance page(long brandId, Views.Flash flash, MultivaluedMap<String, String> query) {
        Page page = pages.page();
        Actor actor = pages.actor();
        Brand brand = brands.readable(actor, brandId);
        BrandMember.Role role = brands.roleOf(actor, brandId);
        boolean manager = role == BrandMember.Role.OWNER || role == BrandMember.Role.CO_OWNER;
        boolean owner = role == BrandMember.Role.OWNER;
        String here = "/brands/" + brandId + "/members";
        Instant now = clock.instant();
        String membersAt = query.getFirst("members.cursor");
        var members = brands.members(actor, brandId, BrandPages.PAGE_SIZE,
                Cursor.read("members.cursor", membersAt, BrandDirectory.MEMBERS, 1));
        Map<String, String> who = people.described(members.items().stream().map(m -> m.subject).toList());
        List<OrgViews.MemberRow> rows = members.items().stream().map(m -> new OrgViews.MemberRow(m.id, m.subject,
                who.get(m.subject), m.role.name(), m.owning() || m.allRights, m.owning() || m.allRights ? "" : String.join(", ",
                        m.rightIds.stream().sorted().map(String::valueOf).toList()),
                m.owning() ? List.of() : m.actionSet().stream().map(Enum::name).sorted().toList(), Views.time(m.validUntil),
                m.validUntil != null && !m.validUntil.isAfter(now), m.revokedAt != null,
                m.revokedAt == null && manager && m.role != BrandMember.Role.OWNER && (owner || m.role == BrandMember.Role.AGENT
                        || m.role == BrandMember.Role.CLIENT),
                owner && m.revokedAt == null && m.role == BrandMember.Role.CO_OWNER,
                manager && m.revokedAt == null && (m.role == BrandMember.Role.AGENT || m.role == BrandMember.Role.CLIENT),
                Set.copyOf(m.rightIds),
                m.validUntil == null ? "" : m.validUntil.minusSeconds(1).atZone(ZoneOffset.UTC).toLocalDate().toString()))
                .toList();
        List<OrgViews.InvitationRow> invited = List.of();
        Pager invitationsPager = Pager.of(here, "invitations.", Map.of(), null, null, null);
        if (manager) {
            String invitationsAt = query.getFirst("invitations.cursor");
            var open = invitations.ofBrand(actor, brandId, BrandPages.PAGE_SIZE,
                    Cursor.read("invitations.cursor", invitationsAt, Invitations.INVITATIONS, 1));
            invited = open.items().stream().map(i -> new OrgViews.InvitationRow(i.id, i.email, i.role.name(), i.status.name(),
                    Views.time(i.expiresAt), i.status == io.markguard.portal.BrandInvitation.Status.PENDING
                            && i.expiresAt.isAfter(now))).toList();
            invitationsPager = Pager.of(here, "invitations.", Map.of(), invitationsAt, query.getFirst("invitations.back"),
                    open.nextCursor());
        }
        var rights = manager ? brands.rights(actor, brandId, BrandPages.PAGE_SIZE, null).items().stream()
                .map(Views.RightRow::of).toList() : List.<Views.RightRow>of();
        var view = new OrgViews.Members(Views.BrandRow.of(brand), manager, owner, rows, invited, rights,
                Pager.of(here, "members.", Map.of(), membersAt, query.getFirst("members.back"), members.nextCursor()),
                invitationsPager, flash);
        return Templates.members(page, view).setLocale(page.language().locale);
    }

    /** An owner or co-owner invites an e-mail address; what was typed is kept when a field is refused. */
    @POST
    @Path("/invitations")
    public Response invite(@PathParam("brandId") long brandId, @RestForm String email, @RestForm String role,
            @RestForm String allRights, @RestForm("rightId") List<String> rightId, @RestForm("action") List<String> action,
            @RestForm String validUntil, @RestForm String language) {
        String here = "/brands/" + brandId + "/members";
        Views.Typed typed = Views.Typed.of("invite").with("email", email).with("role", role).with("allRights", allRights)
                .with("rightId", rightId).with("action", action).with("validUntil", validUntil).with("language", language);
        List<String> bad = new ArrayList<>();
        if (email == null || email.isBlank() || email.length() > 254 || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            bad.add("email");
        }
        BrandMember.Role chosen = BrandPages.enumOf(BrandMember.Role.class, role, "role", bad);
        Set<BrandMember.Action> actions = actions(action, bad);
        Set<Long> rights = rights(rightId, bad);
        Instant until = lastDay(validUntil, bad);
        if (!bad.isEmpty()) {
            return PortalPages.refusedForm(page(brandId, Views.Flash.invalid(bad.stream().distinct().toList(), typed),
                    new jakarta.ws.rs.core.MultivaluedHashMap<>()));
        }
        Instant end = until;
        return BrandPages.attempt(here, () -> {
            invitations.invite(pages.actor(), brandId, new Invitations.NewInvitation(email.strip(), chosen, "on".equals(allRights),
                    rights, actions, end, "zh-CN".equals(language) ? "zh-CN" : "en"), null);
            return here + "?notice=saved";
        }, flash -> page(brandId, flash, new jakarta.ws.rs.core.MultivaluedHashMap<>()), typed);
    }

    /** An owner or co-owner changes an agent's rights, actions and end; what was typed is kept when a field is refused. */
    @POST
    @Path("/{memberId}/scope")
    public Response rescope(@PathParam("brandId") long brandId, @PathParam("memberId") long memberId,
            @RestForm String allRights, @RestForm("rightId") List<String> rightId, @RestForm("action") List<String> action,
            @RestForm String validUntil) {
        String here = "/brands/" + brandId + "/members";
        Views.Typed typed = Views.Typed.of("scope-" + memberId).with("allRights", allRights).with("rightId", rightId)
                .with("action", action).with("validUntil", validUntil);
        List<String> bad = new ArrayList<>();
        Set<BrandMember.Action> actions = actions(action, bad);
        Set<Long> rights = rights(rightId, bad);
        Instant until = lastDay(validUntil, bad);
        if (!bad.isEmpty()) {
            return PortalPages.refusedForm(page(brandId, Views.Flash.invalid(bad.stream().distinct().toList(), typed),
                    new jakarta.ws.rs.core.MultivaluedHashMap<>()));
        }
        return BrandPages.attempt(here, () -> {
            memberships.rescope(pages.actor(), brandId, memberId,
                    new Memberships.Scope("on".equals(allRights), rights, actions, until));
            return here + "?notice=saved";
        }, flash -> page(brandId, flash, new jakarta.ws.rs.core.MultivaluedHashMap<>()), typed);
    }

    static Set<BrandMember.Action> actions(List<String> action, List<String> bad) {
        Set<BrandMember.Action> actions = EnumSet.noneOf(BrandMember.Action.class);
        for (String a : action == null ? List.<String>of() : action) {
            BrandMember.Action parsed = BrandPages.enumOf(BrandMember.Action.class, a, "actions", bad);
            if (parsed != null) {
                actions.add(parsed);
            }
        }
        return actions;
    }

    static Set<Long> rights(List<String> rightId, List<String> bad) {
        Set<Long> rights = new HashSet<>();
        for (String r : rightId == null ? List.<String>of() : rightId) {
            Long id = BrandPages.number(r);
            if (id == null) {
                bad.add("rightIds");
            } else {
                rights.add(id);
            }
        }
        return rights;
    }

    /** The end of the chosen day, in UTC; null when none was chosen. */
    static Instant lastDay(String validUntil, List<String> bad) {
        if (validUntil == null || validUntil.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(validUntil).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            bad.add("validUntil");
            return null;
        }
    }

    @POST
    @Path("/{memberId}/revocation")
    public Response revoke(@PathParam("brandId") long brandId, @PathParam("memberId") long memberId) {
        String here = "/brands/" + brandId + "/members";
        return BrandPages.attempt(here, () -> {
            memberships.revoke(pages.actor(), brandId, memberId);
            return here + "?notice=saved";
        });
    }

    @POST
    @Path("/{memberId}/ownership")
    public Response transfer(@PathParam("brandId") long brandId, @PathParam("memberId") long memberId) {
        String here = "/brands/" + brandId + "/members";
        return BrandPages.attempt(here, () -> {
            memberships.transfer(pages.actor(), brandId, memberId);
            return here + "?notice=saved";
        });
    }

    @POST
    @Path("/invitations/{invitationId}/withdrawal")
    public Response withdraw(@PathParam("brandId") long brandId, @PathParam("invitationId") long invitationId) {
        String here = "/brands/" + brandId + "/members";
        return BrandPages.attempt(here, () -> {
            invitations.withdraw(pages.actor(), brandId, invitationId);
            return here + "?notice=saved";
        });
    }
}
