package io.markguard.portal.service;

/** A rule said no; nothing was changed. */
public class Refused extends RuntimeException {

    public final Refusal refusal;

    public Refused(Refusal refusal, String detail) {
        super(detail == null ? refusal.detail : detail, null, false, false);
        this.refusal = refusal;
    }
}
