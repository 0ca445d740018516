package io.markguard.merchant;

/** The kind of IP infringement a complaint established, as complaint-service names it. */
public enum InfringementType {
    COUNTERFEIT,
    TRADEMARK_MISUSE,
    COPYRIGHT,
    DESIGN,
    PATENT;

    /** The key under which the penalty policy lists this type's points. */
    public String policyKey() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
