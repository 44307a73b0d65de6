-- Couples erased (CoupleErased on hearth.couples.v1), for ever: no key is ever created for one again
-- (KeyCreationGuard), and its deadlines are ignored. Written in the transaction that shreds its keys.
CREATE TABLE erased_couple (
    couple_id VARCHAR(255) PRIMARY KEY,
    erased_at TIMESTAMP WITH TIME ZONE NOT NULL
);
