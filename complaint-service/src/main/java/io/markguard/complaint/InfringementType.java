package io.markguard.complaint;

/** What the complaint says is wrong with the listing; merchant-service knows the same five. */
public enum InfringementType {
    COUNTERFEIT, TRADEMARK_MISUSE, COPYRIGHT, DESIGN, PATENT
}
