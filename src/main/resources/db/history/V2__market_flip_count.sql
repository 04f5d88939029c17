-- Decisions flipped by new market data (issue 19 point 4): one row per market data version, claimed by the first
-- replica whose INSERT succeeds (the primary key refuses the others), so the count is made once across replicas.
-- finished_at, replayed, flips and approach_flips stay NULL until the claimer has counted. The same script for
-- PostgreSQL and H2.
CREATE TABLE market_flip_count (
    market_data_version  VARCHAR(100)             NOT NULL PRIMARY KEY,
    previous_version     VARCHAR(100)             NOT NULL,
    claimed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at          TIMESTAMP WITH TIME ZONE,
    replayed             BIGINT,
    flips                BIGINT,
    approach_flips       BIGINT
);
