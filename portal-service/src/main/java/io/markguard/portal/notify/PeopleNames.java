package io.markguard.portal.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The names people go by on a page, for the Keycloak subjects other services answer with (who claimed an item, who
 * decided): one read of {@code portal_user} by primary key for a page's subjects. A subject the portal has not seen
 * sign in keeps its subject as its name.
 */
@ApplicationScoped
public class PeopleNames {

    @Inject
    EntityManager em;

    /** Each subject's name; at most a page's subjects are asked at once. */
    public Map<String, String> of(Collection<String> subjects) {
        Map<String, String> names = new HashMap<>();
        subjects.stream().filter(Objects::nonNull).forEach(s -> names.put(s, s));
        for (Object[] row : rows(subjects)) {
            if (row[1] != null && !((String) row[1]).isBlank()) {
                names.put((String) row[0], (String) row[1]);
            }
        }
        return names;
    }

    /**
     * How each subject the portal has seen sign in is shown where people are listed: its name and e-mail address (or
     * whichever of them it has); a subject not seen is left out, for the page to say so in the reader's language. At
     * most a page's subjects are asked at once.
     */
    public Map<String, String> described(Collection<String> subjects) {
        Map<String, String> described = new HashMap<>();
        for (Object[] row : rows(subjects)) {
            String name = row[1] == null || ((String) row[1]).isBlank() ? null : (String) row[1];
            String email = row[2] == null || ((String) row[2]).isBlank() ? null : (String) row[2];
            if (name != null || email != null) {
                described.put((String) row[0], name == null ? email : email == null ? name : name + " (" + email + ")");
            }
        }
        return described;
    }

    /** Subject, name and e-mail of each subject the portal has seen: one read by primary key. */
    private List<Object[]> rows(Collection<String> subjects) {
        List<String> asked = subjects.stream().filter(Objects::nonNull).distinct().toList();
        if (asked.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT keycloak_subject, name, email FROM portal_user WHERE keycloak_subject = ANY (CAST(?1 AS varchar[]))")
                .setParameter(1, asked.toArray(String[]::new)).setMaxResults(asked.size()).getResultList();
        return rows;
    }

    /** One subject's name, or the subject itself. */
    public String of(String subject) {
        return subject == null ? null : of(List.of(subject)).get(subject);
    }
}
