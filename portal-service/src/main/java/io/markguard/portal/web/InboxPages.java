package io.markguard.portal.web;

import io.markguard.platform.paging.Cursor;
import io.markguard.portal.notify.Inbox;
import io.markguard.portal.notify.NotificationKinds;
import io.markguard.portal.notify.NotificationTexts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** Every signed-in user's inbox, newest first, and their choice of which optional notifications are mailed. */
@Path("/inbox")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class InboxPages {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(Page page, InboxView view);

        static native TemplateInstance preferences(Page page, PreferencesView view);
    }

    public record EntryRow(long id, String kind, String subject, String body, String link, String at, boolean unread) {
    }

    public record InboxView(List<EntryRow> entries, Pager pager, boolean marked) {
    }

    public record KindRow(String kind, String name, boolean mailed) {
    }

    public record PreferencesView(List<KindRow> optional, List<KindRow> mandatory, boolean saved) {
    }

    @Inject
    PortalPages pages;

    @Inject
    Inbox inbox;

    @GET
    public TemplateInstance inbox(@QueryParam("cursor") String cursor, @QueryParam("back") String back,
            @QueryParam("notice") String notice) {
        Page page = pages.page();
        var entries = inbox.of(pages.subject(), page.language().tag, PAGE_SIZE, Cursor.read("cursor", cursor, Inbox.INBOX, 1));
        List<EntryRow> rows = entries.items().stream().map(e -> new EntryRow(e.id(), e.kind(), e.subject(), e.body(),
                e.link() == null ? "/inbox" : e.link(), Views.time(e.at()), e.unread())).toList();
        return Templates.inbox(page, new InboxView(rows, Pager.of("/inbox", "", Map.of(), cursor, back, entries.nextCursor()),
                "read".equals(notice))).setLocale(page.language().locale);
    }

    @POST
    @Path("/{entryId}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markRead(@PathParam("entryId") long entryId) {
        inbox.markRead(pages.subject(), entryId);
        return Response.seeOther(URI.create("/inbox?notice=read")).build();
    }

    @GET
    @Path("/preferences")
    public TemplateInstance preferences(@QueryParam("notice") String notice) {
        return preferencesPage("saved".equals(notice));
    }

    @POST
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm("mailed") List<String> mailed) {
        Set<String> chosen = new HashSet<>(mailed == null ? List.of() : mailed);
        chosen.retainAll(NotificationKinds.OPTIONAL);
        inbox.chooseMailed(pages.subject(), chosen);
        return Response.seeOther(URI.create("/inbox/preferences?notice=saved")).build();
    }

    private TemplateInstance preferencesPage(boolean saved) {
        Page page = pages.page();
        String language = page.language().tag;
        NotificationTexts texts = NotificationTexts.bundled();
        Set<String> notMailed = inbox.notMailed(pages.subject());
        List<KindRow> optional = texts.kinds().stream().filter(NotificationKinds::optional)
                .map(k -> new KindRow(k, texts.name(k, language), !notMailed.contains(k))).toList();
        List<KindRow> mandatory = texts.kinds().stream().filter(k -> !NotificationKinds.optional(k))
                .map(k -> new KindRow(k, texts.name(k, language), true)).toList();
        return Templates.preferences(page, new PreferencesView(optional, mandatory, saved)).setLocale(page.language().locale);
    }
}
