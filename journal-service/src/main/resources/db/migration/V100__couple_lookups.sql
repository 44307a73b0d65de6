-- Lookups that span Couple aggregates, written in the transaction that appends the couple's event.

-- One row per user: the primary key is what makes "a user belongs to at most one couple" hold
-- when two couples race for the same user.
CREATE TABLE couple_member (
    user_id   VARCHAR(128) PRIMARY KEY,
    couple_id VARCHAR(36)  NOT NULL
);

-- Invite codes by their SHA-256 (hex), never the code itself: accepting by code finds the couple here.
CREATE TABLE couple_invite (
    code_hash  CHAR(64)    PRIMARY KEY,
    couple_id  VARCHAR(36) NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
