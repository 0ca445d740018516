package io.markguard.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

@CheckedTemplate
public class Templates {

    public static native TemplateInstance home(Page page, HomeView view);

    public static native TemplateInstance error(Page page, int status);

    public static native TemplateInstance unavailable(Page page, String peer);

    public static native TemplateInstance refusedLink(Page page, String field, String first);

    public static native TemplateInstance formExpired(Page page, String back);

    public static native TemplateInstance brands(Page page, Views.BrandList view);

    public static native TemplateInstance brand(Page page, Views.BrandDetail view);

    public static native TemplateInstance verification(Page page, Views.CaseDetail view);

    public static native TemplateInstance reviewQueue(Page page, Views.Queue view);

    public static native TemplateInstance reviewCase(Page page, Views.ReviewCase view);

    public static native TemplateInstance invitation(Page page, OrgViews.Invitation view);

    public static native TemplateInstance members(Page page, OrgViews.Members view);

    public static native TemplateInstance apiClients(Page page, OrgViews.Clients view);

    public static native TemplateInstance webhooks(Page page, WebhookPages.SubscriptionList view);

    public static native TemplateInstance webhook(Page page, WebhookPages.One view);
}
