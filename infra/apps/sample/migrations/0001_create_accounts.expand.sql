-- Accounts for the expand/contract walk-through. Versions 1.x read and write is_verified.
CREATE TABLE accounts (
    id bigserial PRIMARY KEY,
    email text NOT NULL,
    is_verified boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now());
