package io.markguard.portal;

/** The IP offices whose registrations Markguard accepts. */
public enum Office { USPTO, EUIPO, CNIPA, WIPO, JPO, UKIPO }
