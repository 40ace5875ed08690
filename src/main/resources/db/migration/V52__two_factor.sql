-- Issue 18: two-factor sign-in for staff (TOTP, RFC 6238) with recovery codes.
--
-- The shared secret is encrypted at rest like personal data (shared.crypto); the last time step accepted is kept so
-- a code cannot be used twice; wrong codes in a row are counted so that guessing locks the account.
alter table staff_account add column totp_secret ${binary};
alter table staff_account add column totp_enrolled_at timestamp with time zone;
alter table staff_account add column totp_last_step bigint;
alter table staff_account add column second_factor_failures integer not null default 0;

-- Ten one-time recovery codes per enrolment, kept only as SHA-256 hashes (each code carries about 80 random bits).
create table staff_recovery_code (
    account_id uuid        not null references staff_account (id),
    code_hash  varchar(64) not null,
    used_at    timestamp with time zone,
    primary key (account_id, code_hash)
);
