package io.markguard.merchant;

/** Why a reviewer decided an appeal as they did: a code the merchant and the brand read in their own language. */
public enum AppealReason {
    /** Upheld: the listing does not infringe the right. */
    NOT_INFRINGING(true),
    /** Upheld: the goods are genuine or the merchant is authorised to sell them. */
    AUTHORISED_GOODS(true),
    /** Upheld: the complaint's evidence does not bear out the takedown. */
    INSUFFICIENT_EVIDENCE(true),
    /** Denied: the infringement is confirmed. */
    INFRINGEMENT_CONFIRMED(false),
    /** Denied: the merchant's evidence does not outweigh the complaint's. */
    EVIDENCE_UNCONVINCING(false),
    /** Either outcome: the reviewer's words say why. */
    OTHER(null);

    private final Boolean upholds;

    AppealReason(Boolean upholds) {
        this.upholds = upholds;
    }

    /** Whether the code is a reason for that outcome. */
    public boolean fits(boolean upheld) {
        return upholds == null || upholds == upheld;
    }
}
