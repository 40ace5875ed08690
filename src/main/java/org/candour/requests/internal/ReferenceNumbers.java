package org.candour.requests.internal;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/** Running numbers for request references, from a database sequence (portable across H2 and PostgreSQL). */
@Component
public class ReferenceNumbers {

    private final EntityManager entityManager;
    private final String nextValueSql;

    ReferenceNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
        var dialect = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect();
        this.nextValueSql = dialect.getSequenceSupport().getSequenceNextValString("request_reference_seq");
    }

    public long next() {
        return ((Number) entityManager.createNativeQuery(nextValueSql).getSingleResult()).longValue();
    }
}
