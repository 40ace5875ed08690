-- Issue 18: proof-of-work challenges given to public clients near their filing or tracking limit. A challenge is
-- random, belongs to the client it was given to (an HMAC of its address, an IPv6 client by its /64: never the
-- address itself), expires, and is used at most once on any node: used_at is set by the one update that accepts it.
-- Rows are deleted by the portal a day after they expire.
create table work_challenge (
    challenge   varchar(64) primary key,
    client_hash varchar(64) not null,
    difficulty  integer     not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);
create index work_challenge_expires on work_challenge (expires_at);
