-- Schema version 3: asynchronous jobs of both designs (Cloakrr /jobs, cleanthis /sanitize), their documents,
-- and each account's webhook secret. The secret itself is never stored: it is HMAC-SHA256 under the server
-- pepper of the account id and webhook_nonce, so rotating is a new nonce and a database dump alone holds none.
ALTER TABLE account ADD COLUMN webhook_nonce VARCHAR(64) DEFAULT 'initial' NOT NULL;
CREATE TABLE job (
  id           VARCHAR(48) PRIMARY KEY,
  account_id   VARCHAR(40) NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  key_id       VARCHAR(40) NOT NULL,
  test_key     BOOLEAN NOT NULL,
  design       VARCHAR(12) NOT NULL,
  method       VARCHAR(12) NOT NULL,
  framework    VARCHAR(64) NOT NULL,
  status       VARCHAR(12) NOT NULL,
  base_url     VARCHAR(300) NOT NULL,
  webhook_url  VARCHAR(2048),
  webhook_status VARCHAR(16),
  source_url   VARCHAR(2048),
  error        VARCHAR(300),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  started_at   TIMESTAMP WITH TIME ZONE,
  completed_at TIMESTAMP WITH TIME ZONE,
  expires_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX job_account_created ON job (account_id, created_at);
CREATE INDEX job_status ON job (status);
CREATE TABLE job_document (
  job_id         VARCHAR(48) NOT NULL REFERENCES job (id) ON DELETE CASCADE,
  id             VARCHAR(40) NOT NULL,
  ordinal        INTEGER NOT NULL,
  original_name  VARCHAR(255) NOT NULL,
  processed_name VARCHAR(300),
  media_type     VARCHAR(120),
  size_bytes     BIGINT NOT NULL,
  status         VARCHAR(12) NOT NULL,
  items          INTEGER DEFAULT 0 NOT NULL,
  pages          INTEGER DEFAULT 0 NOT NULL,
  credits        INTEGER DEFAULT 0 NOT NULL,
  report         VARCHAR(4000),
  error          VARCHAR(300),
  PRIMARY KEY (job_id, id)
);
