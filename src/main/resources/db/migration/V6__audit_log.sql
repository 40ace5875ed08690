-- The audit log: every view of personal data and every decision, append-only and hash-chained.
-- Each entry's entry_hash is SHA-256 over a length-prefixed encoding of (sequence_number, previous_hash, actor,
-- action, subject, occurred_at, details); previous_hash is the entry_hash of the entry before it (64 zeros for the
-- first). The application never updates or deletes audit_entry rows: its repository has no such methods.
--
-- The unique constraints make a fork impossible even if appenders race: one entry per sequence number, and no two
-- entries that claim the same predecessor. Appenders serialise on the single audit_chain_head row (select ... for
-- update), which also remembers the newest entry, so cutting entries off the end of the log is detected.
--
-- A database-level guard is not portable to H2 and so is not part of this migration. On PostgreSQL, run the
-- application as a role that may only insert into and select from the log, e.g.:
--     revoke update, delete, truncate on audit_entry from candour;
--     grant select, insert on audit_entry to candour;
-- (audit_chain_head must stay updatable.) The hash chain still detects any change made by a more privileged role.

create table audit_entry (
    sequence_number bigint        not null primary key,
    previous_hash   varchar(64)   not null,
    entry_hash      varchar(64)   not null,
    actor           varchar(64)   not null,
    action          varchar(64)   not null,
    subject         varchar(100)  not null,
    occurred_at     timestamp with time zone not null,
    details         varchar(2000) not null,
    constraint audit_entry_sequence_positive check (sequence_number > 0),
    constraint audit_entry_one_successor unique (previous_hash),
    constraint audit_entry_hash_unique unique (entry_hash)
);

create index audit_entry_subject on audit_entry (subject);
create index audit_entry_actor on audit_entry (actor);

create table audit_chain_head (
    id            integer     not null primary key,
    last_sequence bigint      not null,
    last_hash     varchar(64) not null,
    constraint audit_chain_head_single_row check (id = 1),
    constraint audit_chain_head_sequence check (last_sequence >= 0)
);

insert into audit_chain_head (id, last_sequence, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
