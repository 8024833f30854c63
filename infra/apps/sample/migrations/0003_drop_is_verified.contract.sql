-- Removes is_verified and its sync trigger. 1.x read it and 2.x still write it, so both break.
-- breaks: < 3.0.0
DROP TRIGGER accounts_sync_verified ON accounts;
DROP FUNCTION accounts_sync_verified();
ALTER TABLE accounts DROP COLUMN is_verified;
