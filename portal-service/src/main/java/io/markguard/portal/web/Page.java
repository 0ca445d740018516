package io.markguard.portal.web;

import java.util.List;

/**
 * What the base layout needs on every page: the language, who is signed in, and where the page is ({@code path},
 * and {@code returnTo} with its query, where the language switch comes back to).
 * {@code forms} is false on error pages, which are answered outside the CSRF filter and so carry no
 * CSRF token to put in the language switch.
 */
public record Page(Language language, boolean signedIn, String username, String path, String returnTo, boolean forms) {

    public List<Language> languages() {
        return List.of(Language.values());
    }
}
