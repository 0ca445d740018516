package io.markguard.merchant.service;

import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;

/**
 * Queries of the read paths: what they load is not tracked for changes, and a page runs without flushing the
 * session first, so it costs its queries and nothing per entity already loaded.
 */
final class ReadOnly {

    private ReadOnly() {
    }

    /** A page of a list endpoint, which writes nothing its query reads. */
    static <T> TypedQuery<T> of(TypedQuery<T> query) {
        return query.setHint(HibernateHints.HINT_READ_ONLY, true).setFlushMode(FlushModeType.COMMIT);
    }

    /** A read that must see what its transaction has written so far (the standing right after a takedown). */
    static <T> TypedQuery<T> current(TypedQuery<T> query) {
        return query.setHint(HibernateHints.HINT_READ_ONLY, true);
    }

    static Query of(Query query) {
        return query.setHint(HibernateHints.HINT_READ_ONLY, true).setFlushMode(FlushModeType.COMMIT);
    }
}
