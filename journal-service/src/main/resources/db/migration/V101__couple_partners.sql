-- Leaving and erasure. couple_member now means only "the user's active couple" (one per user);
-- who may read a couple is its current partners, here: a leaver's row is marked, and erasure
-- deletes the couple's rows. Written in the transaction that appends the couple's event.
CREATE TABLE couple_partner (
    couple_id VARCHAR(36)  NOT NULL,
    user_id   VARCHAR(128) NOT NULL,
    left_at   TIMESTAMPTZ,
    PRIMARY KEY (couple_id, user_id)
);

INSERT INTO couple_partner (couple_id, user_id) SELECT couple_id, user_id FROM couple_member;

-- Leaving and erasing delete a couple's member and invite rows: by index, not by scan.
CREATE INDEX couple_member_couple_id ON couple_member (couple_id);
CREATE INDEX couple_invite_couple_id ON couple_invite (couple_id);
