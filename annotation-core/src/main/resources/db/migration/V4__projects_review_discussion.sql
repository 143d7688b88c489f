-- Veritext schema, version 4: team work. Projects with members in a role; every article in one project; the review
-- state of each claim; assignments; threaded comments; in-app notifications; who has which article open.
-- Runs unchanged on H2 and PostgreSQL.

CREATE TABLE project (
    id          UUID          PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT project_name_unique UNIQUE (name)
);

CREATE TABLE project_member (
    project_id UUID        NOT NULL REFERENCES project (id),
    user_id    UUID        NOT NULL REFERENCES user_account (id),
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (project_id, user_id),
    CONSTRAINT project_member_role_known CHECK (role IN ('ANNOTATOR', 'REVIEWER', 'MANAGER'))
);

CREATE INDEX project_member_by_user ON project_member (user_id);

-- Roles were global until now; they become roles in one project, "Newsroom", which takes every existing article.
-- An admin keeps his admin rights (users, projects, the index) and manages Newsroom.
INSERT INTO project (id, name, description, created_at, version)
SELECT CAST('00000000-0000-4000-8000-000000000001' AS UUID), 'Newsroom',
       'Every article imported before projects existed.', CURRENT_TIMESTAMP, 0
FROM change_log_head WHERE EXISTS (SELECT 1 FROM user_account);

INSERT INTO project_member (project_id, user_id, role)
SELECT CAST('00000000-0000-4000-8000-000000000001' AS UUID), id,
       CASE role WHEN 'ADMIN' THEN 'MANAGER' ELSE role END
FROM user_account;

ALTER TABLE user_account ADD COLUMN admin BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE user_account SET admin = TRUE WHERE role = 'ADMIN';
ALTER TABLE user_account DROP CONSTRAINT user_account_role_known;
ALTER TABLE user_account DROP COLUMN role;
ALTER TABLE user_account ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE user_account ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

ALTER TABLE article ADD COLUMN project_id UUID;
UPDATE article SET project_id = CAST('00000000-0000-4000-8000-000000000001' AS UUID);
ALTER TABLE article ALTER COLUMN project_id SET NOT NULL;
ALTER TABLE article ADD CONSTRAINT article_in_project FOREIGN KEY (project_id) REFERENCES project (id);
-- The same text may be imported once per project: a refusal must never reveal an article of another project.
ALTER TABLE article DROP CONSTRAINT article_text_sha256_unique;
ALTER TABLE article ADD CONSTRAINT article_text_once_per_project UNIQUE (project_id, text_sha256);
CREATE INDEX article_project_imported ON article (project_id, imported_at);

-- Review: draft -> submitted -> approved | changes requested (-> submitted) | rejected; a manager reopens.
-- modified_by stays the last person who changed the claim's content; state_changed_by who moved it last.
ALTER TABLE claim ADD COLUMN review_state VARCHAR(20) DEFAULT 'DRAFT' NOT NULL;
ALTER TABLE claim ADD CONSTRAINT claim_review_state_known CHECK (review_state IN ('DRAFT', 'SUBMITTED', 'APPROVED',
    'CHANGES_REQUESTED', 'REJECTED'));
ALTER TABLE claim ADD COLUMN reviewer_id UUID;
ALTER TABLE claim ADD CONSTRAINT claim_reviewer_user FOREIGN KEY (reviewer_id) REFERENCES user_account (id);
ALTER TABLE claim ADD COLUMN state_changed_by UUID;
ALTER TABLE claim ADD CONSTRAINT claim_state_changed_by_user FOREIGN KEY (state_changed_by) REFERENCES user_account (id);
ALTER TABLE claim ADD COLUMN state_changed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX claim_review_state ON claim (review_state, modified_at);
CREATE INDEX claim_created_by ON claim (created_by);

-- Who is asked to annotate or to review an article.
CREATE TABLE article_assignment (
    article_id  UUID        NOT NULL REFERENCES article (id),
    user_id     UUID        NOT NULL REFERENCES user_account (id),
    duty        VARCHAR(10) NOT NULL,
    assigned_by UUID        NOT NULL REFERENCES user_account (id),
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (article_id, user_id, duty),
    CONSTRAINT article_assignment_duty_known CHECK (duty IN ('ANNOTATE', 'REVIEW'))
);

CREATE INDEX article_assignment_by_user ON article_assignment (user_id, duty);

-- Comments on a claim, threaded by parent. A review decision may carry one (kind names the decision).
CREATE TABLE claim_comment (
    id         UUID          PRIMARY KEY,
    claim_id   UUID          NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    parent_id  UUID          REFERENCES claim_comment (id) ON DELETE CASCADE,
    author_id  UUID          NOT NULL REFERENCES user_account (id),
    kind       VARCHAR(20)   NOT NULL,
    body       VARCHAR(5000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT claim_comment_kind_known CHECK (kind IN ('COMMENT', 'CHANGES_REQUESTED', 'REJECTED', 'APPROVED',
        'REOPENED'))
);

CREATE INDEX claim_comment_by_claim ON claim_comment (claim_id, created_at);

-- In-app notifications (the bell): someone mentioned you, reviewed your claim, asked you to review.
CREATE TABLE notification (
    id         UUID         PRIMARY KEY,
    user_id    UUID         NOT NULL REFERENCES user_account (id),
    kind       VARCHAR(30)  NOT NULL,
    claim_id   UUID         REFERENCES claim (id) ON DELETE CASCADE,
    article_id UUID         REFERENCES article (id),
    caused_by  UUID         REFERENCES user_account (id),
    message    VARCHAR(500) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX notification_by_user ON notification (user_id, created_at);

-- Which user has which article open, on which node; a heartbeat keeps a row fresh, stale rows are ignored.
CREATE TABLE presence (
    view_id    VARCHAR(80)  PRIMARY KEY,
    user_id    UUID         NOT NULL REFERENCES user_account (id),
    article_id UUID         NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    node       VARCHAR(100) NOT NULL,
    seen_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX presence_by_article ON presence (article_id, seen_at);
