package io.markguard.portal.web;

import java.util.List;

/**
 * What the base layout needs on every page: the language, who is signed in, and where the page is ({@code path},
 * and {@code returnTo} with its query, where the language switch comes back to).
 * {@code forms} is false on error pages, which may be answered before {@link CsrfProtection} gave the request a
 * token (an unknown page, a post refused for its token), and so have no language switch. {@code unread} is the
 * signed-in user's maintained count of unread notifications (0 where it could not be read).
 */
public record Page(Language language, boolean signedIn, String username, String path, String returnTo, boolean forms,
        int unread) {

    public List<Language> languages() {
        return List.of(Language.values());
    }
}
