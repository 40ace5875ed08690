-- A requester who lost their tracking secret asks for a one-time link (issue 17, section 4). Only the SHA-256 of the
-- link's token is kept; the link works once, until expires_at (60 minutes after it was asked for).
create table secret_reset (
    id         uuid         not null primary key,
    request_id uuid         not null references footage_request (id),
    token_hash varchar(64)  not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    constraint secret_reset_token_unique unique (token_hash)
);

create index secret_reset_request on secret_reset (request_id);
