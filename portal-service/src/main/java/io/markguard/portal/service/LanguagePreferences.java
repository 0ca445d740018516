package io.markguard.portal.service;

import io.markguard.portal.UserPreference;
import io.markguard.portal.web.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** A signed-in user's language follows them to any browser; anonymous visitors keep only the cookie. */
@ApplicationScoped
public class LanguagePreferences {

    @Inject
    Clock clock;

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
        preference.updatedAt = clock.instant();
        preference.persist();
    }
}
