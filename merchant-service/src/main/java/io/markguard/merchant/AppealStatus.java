package io.markguard.merchant;

public enum AppealStatus {
    OPEN,
    UPHELD,
    DENIED
}
