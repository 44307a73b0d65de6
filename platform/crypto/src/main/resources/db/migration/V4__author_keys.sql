-- platform-crypto: a key row is scoped to a couple ('' author) or to one author in it, for text
-- only its author reads: leaving deletes the leaver's row, erasure every row of the couple.
ALTER TABLE couple_key ADD COLUMN author_id VARCHAR(128) NOT NULL DEFAULT '';
ALTER TABLE couple_key DROP CONSTRAINT couple_key_pkey;
ALTER TABLE couple_key ADD PRIMARY KEY (couple_id, author_id, version);
