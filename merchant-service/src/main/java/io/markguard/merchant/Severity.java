package io.markguard.merchant;

public enum Severity {
    LOW,
    MEDIUM,
    HIGH
}
