package org.veritext.core.changes;

/**
 * What happened, in the words history shows. Each kind concerns one type of subject; a deletion records no state.
 * Stored by name: never rename a constant, only add.
 */
public enum ChangeKind {
    ARTICLE_IMPORTED(SubjectType.ARTICLE, false),
    CLAIM_CREATED(SubjectType.CLAIM, false),
    CLAIM_RESTATED(SubjectType.CLAIM, false),
    CLAIM_DELETED(SubjectType.CLAIM, true);

    private final SubjectType subjectType;
    private final boolean deletion;

    ChangeKind(SubjectType subjectType, boolean deletion) {
        this.subjectType = subjectType;
        this.deletion = deletion;
    }

    public SubjectType subjectType() {
        return subjectType;
    }

    public boolean isDeletion() {
        return deletion;
    }
}
