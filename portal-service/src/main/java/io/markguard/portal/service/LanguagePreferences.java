package io.markguard.portal.service;

import io.markguard.portal.UserPreference;
import io.markguard.portal.web.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** A signed-in user's language follows them to any browser; anonymous visitors keep only the cookie. */
@ApplicationScoped
public class LanguagePreferences {

    @Transactional
    public Optional<Language> of(String subject) {
        UserPreference preference = UserPreference.findById(subject);
        return preference == null ? Optional.empty() : Language.ofTag(preference.language);
    }

    @Transactional
    public void choose(String subject, Language language) {
        UserPreference preference = UserPreference.findById(subject);
        if (preference == null) {
            preference = new UserPreference();
            preference.subject = subject;
        }
        preference.language = language.tag;
        preference.updatedAt = Instant.now();
        preference.persist();
    }
}
