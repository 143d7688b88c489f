package org.veritext.core.article;

import java.sql.SQLException;
import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Recognises a refused insert as the unique constraint on the text's fingerprint ({@code article_text_once_per_project}
 * in V4): someone imported the same text between our duplicate check and our insert. Any other refusal (a value
 * too long for its column, a missing user) is a different fault and must not be reported as a duplicate.
 */
final class SameTextConstraint {

    static final String NAME = "article_text_once_per_project";

    private SameTextConstraint() {
    }

    static boolean violatedBy(DataIntegrityViolationException refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                return names(violation.getConstraintName());
            }
            // PostgreSQL: the constraint's name; H2: its unique index, named after it ("…_INDEX_8").
            if (cause instanceof SQLException sql && isUniqueViolation(sql) && sql.getMessage() != null) {
                return names(sql.getMessage());
            }
        }
        return false;
    }

    /** SQLSTATE 23505 is "unique violation" in the SQL standard, for H2 and PostgreSQL alike. */
    private static boolean isUniqueViolation(SQLException sql) {
        return "23505".equals(sql.getSQLState());
    }

    private static boolean names(String constraintOrMessage) {
        return constraintOrMessage.toLowerCase(Locale.ROOT).contains(NAME);
    }
}
