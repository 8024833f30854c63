-- Versions 2.x write both columns and read email_verified; 3.x write and read only email_verified.
-- While 1.x (writing only is_verified) or 3.x (writing only email_verified) share the table with others,
-- the trigger fills whichever column a version left out, so every version reads the same answer.
ALTER TABLE accounts ADD COLUMN email_verified boolean;
UPDATE accounts SET email_verified = is_verified;
ALTER TABLE accounts ALTER COLUMN email_verified SET NOT NULL;
ALTER TABLE accounts ALTER COLUMN is_verified DROP DEFAULT;
CREATE FUNCTION accounts_sync_verified() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.email_verified := coalesce(NEW.email_verified, NEW.is_verified);
    NEW.is_verified := coalesce(NEW.is_verified, NEW.email_verified);
    RETURN NEW;
END
$$;
CREATE TRIGGER accounts_sync_verified BEFORE INSERT ON accounts
    FOR EACH ROW EXECUTE FUNCTION accounts_sync_verified();
