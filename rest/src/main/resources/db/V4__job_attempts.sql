-- Schema version 4: how often a job was taken up, so that one whose document kills the server (a native crash,
-- the operating system's out-of-memory killer) is failed after three tries instead of crashing every start.
ALTER TABLE job ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
