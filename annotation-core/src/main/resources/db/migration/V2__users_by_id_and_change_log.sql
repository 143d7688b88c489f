-- Veritext schema, version 2.
-- 1. Users are referenced by id, never by name. 2. The change log: one row per committed change, in order.
-- Runs unchanged on H2 and PostgreSQL.

ALTER TABLE article ADD COLUMN imported_by_id UUID;
UPDATE article SET imported_by_id = (SELECT u.id FROM user_account u WHERE u.username = article.imported_by);
ALTER TABLE article DROP COLUMN imported_by;
ALTER TABLE article RENAME COLUMN imported_by_id TO imported_by;
ALTER TABLE article ALTER COLUMN imported_by SET NOT NULL;
ALTER TABLE article ADD CONSTRAINT article_imported_by_user FOREIGN KEY (imported_by) REFERENCES user_account (id);

ALTER TABLE claim ADD COLUMN created_by_id UUID;
ALTER TABLE claim ADD COLUMN modified_by_id UUID;
UPDATE claim SET created_by_id = (SELECT u.id FROM user_account u WHERE u.username = claim.created_by),
                 modified_by_id = (SELECT u.id FROM user_account u WHERE u.username = claim.modified_by);
ALTER TABLE claim DROP COLUMN created_by;
ALTER TABLE claim DROP COLUMN modified_by;
ALTER TABLE claim RENAME COLUMN created_by_id TO created_by;
ALTER TABLE claim RENAME COLUMN modified_by_id TO modified_by;
ALTER TABLE claim ALTER COLUMN created_by SET NOT NULL;
ALTER TABLE claim ALTER COLUMN modified_by SET NOT NULL;
ALTER TABLE claim ADD CONSTRAINT claim_created_by_user FOREIGN KEY (created_by) REFERENCES user_account (id);
ALTER TABLE claim ADD CONSTRAINT claim_modified_by_user FOREIGN KEY (modified_by) REFERENCES user_account (id);

-- Every committed change, written in the transaction of the change itself. Positions come from the one row of
-- change_log_head, which each appending transaction updates as its last statement: a second appender waits for
-- the first to commit or roll back, so positions commit in order and without gaps (see docs/decisions.md).
-- Rows are never updated or deleted: history is read from them.
CREATE TABLE change_log (
    position     BIGINT       PRIMARY KEY,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id      UUID         REFERENCES user_account (id),
    kind         VARCHAR(40)  NOT NULL,
    subject_type VARCHAR(20)  NOT NULL,
    subject_id   UUID         NOT NULL,
    article_id   UUID,
    state        TEXT
);

CREATE INDEX change_log_subject ON change_log (subject_id, position);
CREATE INDEX change_log_article ON change_log (article_id, position);

CREATE TABLE change_log_head (
    id       INTEGER PRIMARY KEY,
    position BIGINT  NOT NULL,
    CONSTRAINT change_log_head_single_row CHECK (id = 1)
);

INSERT INTO change_log_head (id, position) VALUES (1, 0);
