package io.markguard.merchant.service;

import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.HibernateHints;

/**
 * Queries of the read paths: what they load is not tracked for changes, and they run without flushing the
 * session first, so a page of rows costs its queries and nothing per entity already loaded.
 */
final class ReadOnly {

    private ReadOnly() {
    }

    static <T> TypedQuery<T> of(TypedQuery<T> query) {
        return query.setHint(HibernateHints.HINT_READ_ONLY, true).setFlushMode(FlushModeType.COMMIT);
    }

    static Query of(Query query) {
        return query.setHint(HibernateHints.HINT_READ_ONLY, true).setFlushMode(FlushModeType.COMMIT);
    }
}
