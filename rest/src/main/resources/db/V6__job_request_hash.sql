-- Schema version 6: what a creation with an Idempotency-Key asked for, as a SHA-256 of its fields and of each file's
-- name, size and content, so that the key sent again with another request is refused (409), not answered with the
-- first job while the new documents are dropped (SECURITY-CASES CONC-02). Jobs made before it have none: a key of
-- theirs replays as before.
ALTER TABLE job ADD COLUMN request_hash VARCHAR(64);
