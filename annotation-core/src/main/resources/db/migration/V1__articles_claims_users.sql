-- Veritext schema, version 1: users, articles, claims.
-- Runs unchanged on H2 and PostgreSQL: keep to types both know (UUID, VARCHAR, TEXT, DATE, TIMESTAMP WITH TIME ZONE).

CREATE TABLE user_account (
    id            UUID PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT user_account_username_unique UNIQUE (username),
    CONSTRAINT user_account_role_known CHECK (role IN ('ANNOTATOR', 'REVIEWER', 'ADMIN'))
);

-- The text is normalised at import and never updated: claims point into it by UTF-16 offsets.
CREATE TABLE article (
    id           UUID PRIMARY KEY,
    title        VARCHAR(500)  NOT NULL,
    source_url   VARCHAR(2000),
    publisher    VARCHAR(300),
    published_on DATE,
    language     VARCHAR(35)   NOT NULL,
    text_content TEXT          NOT NULL,
    text_sha256  VARCHAR(64)   NOT NULL,
    imported_by  VARCHAR(64)   NOT NULL REFERENCES user_account (username),
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT article_text_sha256_unique UNIQUE (text_sha256)
);

CREATE INDEX article_imported_at ON article (imported_at);

CREATE TABLE claim (
    id           UUID PRIMARY KEY,
    article_id   UUID          NOT NULL REFERENCES article (id),
    start_offset INTEGER       NOT NULL,
    end_offset   INTEGER       NOT NULL,
    quote        TEXT          NOT NULL,
    prefix       VARCHAR(40)   NOT NULL,
    suffix       VARCHAR(40)   NOT NULL,
    restatement  VARCHAR(2000) NOT NULL,
    created_by   VARCHAR(64)   NOT NULL REFERENCES user_account (username),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by  VARCHAR(64)   NOT NULL REFERENCES user_account (username),
    modified_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT claim_range_valid CHECK (start_offset >= 0 AND end_offset > start_offset)
);

CREATE INDEX claim_article_start ON claim (article_id, start_offset);
