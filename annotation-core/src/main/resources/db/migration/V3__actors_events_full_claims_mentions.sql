-- Veritext schema, version 3: actors and events, shared by all articles; the full claim (verdict, rationale,
-- evidence, tags, links to actors and events); mentions; dismissed suggestions. Runs unchanged on H2 and PostgreSQL.

CREATE TABLE actor (
    id             UUID          PRIMARY KEY,
    name           VARCHAR(200)  NOT NULL,
    actor_type     VARCHAR(20)   NOT NULL,
    description    VARCHAR(2000) NOT NULL,
    wikidata_id    VARCHAR(20),
    affiliation_id UUID          REFERENCES actor (id),
    created_by     UUID          NOT NULL REFERENCES user_account (id),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by    UUID          NOT NULL REFERENCES user_account (id),
    modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT actor_type_known CHECK (actor_type IN ('PERSON', 'ORGANISATION', 'COUNTRY', 'GROUP', 'MEDIA_OUTLET'))
);

CREATE INDEX actor_name ON actor (name);

CREATE TABLE actor_alias (
    actor_id UUID         NOT NULL REFERENCES actor (id),
    position INTEGER      NOT NULL,
    alias    VARCHAR(200) NOT NULL,
    PRIMARY KEY (actor_id, position)
);

CREATE TABLE event (
    id          UUID          PRIMARY KEY,
    title       VARCHAR(300)  NOT NULL,
    event_type  VARCHAR(20)   NOT NULL,
    starts_on   DATE,
    ends_on     DATE,
    place       VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    part_of_id  UUID          REFERENCES event (id),
    created_by  UUID          NOT NULL REFERENCES user_account (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    modified_by UUID          NOT NULL REFERENCES user_account (id),
    modified_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT event_type_known CHECK (event_type IN ('TALKS', 'MILITARY_ACTION', 'EXCHANGE', 'STATEMENT', 'ELECTION', 'OTHER')),
    CONSTRAINT event_dates_in_order CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
);

CREATE INDEX event_title ON event (title);

CREATE TABLE event_participant (
    event_id UUID         NOT NULL REFERENCES event (id),
    position INTEGER      NOT NULL,
    actor_id UUID         NOT NULL REFERENCES actor (id),
    role     VARCHAR(100) NOT NULL,
    PRIMARY KEY (event_id, position)
);

ALTER TABLE claim ADD COLUMN verdict VARCHAR(20) DEFAULT 'NOT_YET_RATED' NOT NULL;
ALTER TABLE claim ADD COLUMN rationale VARCHAR(5000) DEFAULT '' NOT NULL;
ALTER TABLE claim ADD CONSTRAINT claim_verdict_known CHECK (verdict IN ('TRUE', 'MOSTLY_TRUE', 'MIXED', 'MISLEADING',
    'MOSTLY_FALSE', 'FALSE', 'UNVERIFIABLE', 'NOT_YET_RATED'));

-- Two claims over exactly the same words are refused. Claims made before that rule keep their place: each copy of
-- the same words gets its own rank; new claims always have rank 0, so the index refuses a second one.
ALTER TABLE claim ADD COLUMN same_words_rank INTEGER DEFAULT 0 NOT NULL;
UPDATE claim SET same_words_rank = (SELECT COUNT(*) FROM claim earlier
    WHERE earlier.article_id = claim.article_id AND earlier.start_offset = claim.start_offset
      AND earlier.end_offset = claim.end_offset
      AND (earlier.created_at < claim.created_at OR (earlier.created_at = claim.created_at AND earlier.id < claim.id)));
CREATE UNIQUE INDEX claim_same_words_once ON claim (article_id, start_offset, end_offset, same_words_rank);

CREATE TABLE claim_evidence (
    claim_id UUID          NOT NULL REFERENCES claim (id),
    position INTEGER       NOT NULL,
    url      VARCHAR(2000) NOT NULL,
    note     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (claim_id, position)
);

CREATE TABLE claim_tag (
    claim_id UUID        NOT NULL REFERENCES claim (id),
    tag      VARCHAR(60) NOT NULL,
    PRIMARY KEY (claim_id, tag)
);

CREATE TABLE claim_actor (
    claim_id UUID        NOT NULL REFERENCES claim (id),
    actor_id UUID        NOT NULL REFERENCES actor (id),
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (claim_id, actor_id, role),
    CONSTRAINT claim_actor_role_known CHECK (role IN ('CLAIMANT', 'SUBJECT', 'MENTIONED'))
);

CREATE INDEX claim_actor_by_actor ON claim_actor (actor_id);

CREATE TABLE claim_event (
    claim_id UUID NOT NULL REFERENCES claim (id),
    event_id UUID NOT NULL REFERENCES event (id),
    PRIMARY KEY (claim_id, event_id)
);

CREATE INDEX claim_event_by_event ON claim_event (event_id);

-- A highlighted span that names an actor or an event (not a claim).
CREATE TABLE mention (
    id           UUID         PRIMARY KEY,
    article_id   UUID         NOT NULL REFERENCES article (id),
    start_offset INTEGER      NOT NULL,
    end_offset   INTEGER      NOT NULL,
    quote        TEXT         NOT NULL,
    prefix       VARCHAR(40)  NOT NULL,
    suffix       VARCHAR(40)  NOT NULL,
    actor_id     UUID         REFERENCES actor (id),
    event_id     UUID         REFERENCES event (id),
    created_by   UUID         NOT NULL REFERENCES user_account (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT mention_range_valid CHECK (start_offset >= 0 AND end_offset > start_offset),
    CONSTRAINT mention_names_one_thing CHECK ((actor_id IS NULL) <> (event_id IS NULL))
);

CREATE INDEX mention_article_start ON mention (article_id, start_offset);
CREATE INDEX mention_actor ON mention (actor_id);
CREATE INDEX mention_event ON mention (event_id);

-- Suggestions a user dismissed stay dismissed for that article, for everyone.
CREATE TABLE suggestion_dismissal (
    article_id     UUID         NOT NULL REFERENCES article (id),
    suggestion_key VARCHAR(300) NOT NULL,
    dismissed_by   UUID         NOT NULL REFERENCES user_account (id),
    dismissed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (article_id, suggestion_key)
);
