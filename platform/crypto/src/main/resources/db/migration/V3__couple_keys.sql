-- platform-crypto: per-couple data keys, wrapped (AES-GCM) by the service's master key. Lives beside
-- the event store and is backed up with it: losing a row loses that couple's texts for good, which is
-- exactly what erasure does on purpose (crypto-shredding). Unwrapped keys are never stored.
CREATE TABLE couple_key (
    couple_id     VARCHAR(36)  NOT NULL,
    version       INTEGER      NOT NULL,
    wrapped       BYTEA        NOT NULL,
    master_key_id VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (couple_id, version)
);

-- The start-up check (is every key wrapped by this master key?) is one lookup, whatever the count.
CREATE INDEX couple_key_master_key_id ON couple_key (master_key_id);
