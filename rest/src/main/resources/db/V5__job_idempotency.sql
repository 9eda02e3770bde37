-- Schema version 5: a client's Idempotency-Key per job, unique per account, so that a retried creation (a
-- timeout, a lost answer) gets the job it made, not a second one charged again (SECURITY-CASES CONC-01).
ALTER TABLE job ADD COLUMN idempotency_key VARCHAR(64);
CREATE UNIQUE INDEX job_account_idempotency ON job (account_id, idempotency_key);
