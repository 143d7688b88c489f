package org.veritext.core.changes;

/**
 * What happened, in the words history shows. Each kind concerns one type of subject; a deletion records no state.
 * Stored by name: never rename a constant, only add.
 */
public enum ChangeKind {
    ARTICLE_IMPORTED(SubjectType.ARTICLE, false),
    CLAIM_CREATED(SubjectType.CLAIM, false),
    CLAIM_RESTATED(SubjectType.CLAIM, false),
    CLAIM_DELETED(SubjectType.CLAIM, true),
    /** Anything of a claim but its place: restatement, verdict, rationale, evidence, tags, links. */
    CLAIM_EDITED(SubjectType.CLAIM, false),
    ACTOR_CREATED(SubjectType.ACTOR, false),
    ACTOR_CHANGED(SubjectType.ACTOR, false),
    /** The actor was merged into another (named in the state) and is gone; its links and names moved there. */
    ACTOR_MERGED(SubjectType.ACTOR, false),
    EVENT_CREATED(SubjectType.EVENT, false),
    EVENT_CHANGED(SubjectType.EVENT, false),
    MENTION_CREATED(SubjectType.MENTION, false),
    MENTION_DELETED(SubjectType.MENTION, true),
    /** A mention names something else now (the actor it named was merged into another). */
    MENTION_CHANGED(SubjectType.MENTION, false),
    /** A suggestion in an article was dismissed; the subject is the article, the state names the suggestion. */
    SUGGESTION_DISMISSED(SubjectType.ARTICLE, false),
    /** Someone was asked to annotate or review the article, or no longer is; the state lists its assignments. */
    ARTICLE_ASSIGNED(SubjectType.ARTICLE, false),
    /** The claim moved in review (submitted, approved, changes requested, rejected, reopened) or got a reviewer. */
    CLAIM_REVIEWED(SubjectType.CLAIM, false),
    /** A manager put back what the claim said at an earlier change (named in the state). */
    CLAIM_RESTORED(SubjectType.CLAIM, false),
    /** A comment on a claim; the article is set so that views of the article show it at once. */
    COMMENT_ADDED(SubjectType.COMMENT, false),
    /** Something for one user's bell: the subject is that user. */
    USER_NOTIFIED(SubjectType.USER, false),
    USER_CREATED(SubjectType.USER, false),
    /** Enabled, disabled, made admin or not, renamed, password set: the state never holds the password. */
    USER_CHANGED(SubjectType.USER, false),
    PROJECT_CREATED(SubjectType.PROJECT, false),
    /** Renamed, or its members or their roles changed. */
    PROJECT_CHANGED(SubjectType.PROJECT, false),
    /** The claim was marked as a repeat of an earlier claim (named in the state), or no longer is. */
    CLAIM_REPEAT_MARKED(SubjectType.CLAIM, false);

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
