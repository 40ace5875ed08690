-- Issue 18: a role that reads personal data is granted only when a second administrator approves it.
--
-- A row is a grant waiting for approval: who asked for it and when. It is deleted when it is approved (the role is
-- then added to staff_account_role), refused or lapsed (7 days); the audit log keeps every step. One grant waits
-- per account and role; the version detects an approval and a refusal made at the same time.
create table staff_role_grant (
    id         uuid        not null primary key,
    account_id uuid        not null references staff_account (id),
    role       varchar(16) not null,
    asked_by   varchar(64) not null,
    asked_at   timestamp with time zone not null,
    version    bigint      not null,
    constraint staff_role_grant_once unique (account_id, role),
    constraint staff_role_grant_role_known check (role in ('CASEWORKER', 'SUPERVISOR', 'OVERSIGHT', 'ADMIN'))
);
