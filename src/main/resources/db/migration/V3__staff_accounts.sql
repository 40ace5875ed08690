-- Staff accounts (caseworkers, supervisors, complaint bodies, administrators) and their roles.
-- Usernames are stored in lower case, so the unique constraint makes them unique whatever case they are typed in.
-- Passwords are stored only as hashes in Spring Security's {id}hash format (bcrypt).

create table staff_account (
    id              uuid          not null primary key,
    username        varchar(64)   not null,
    display_name    varchar(100)  not null,
    password_hash   varchar(200)  not null,
    enabled         boolean       not null,
    failed_sign_ins integer       not null default 0,
    locked_until    timestamp with time zone,
    team            varchar(80),
    borough_code    varchar(9),
    created_at      timestamp with time zone not null,
    version         bigint        not null,
    constraint staff_account_username_unique unique (username),
    constraint staff_account_username_lower_case check (username = lower(username)),
    constraint staff_account_failed_sign_ins check (failed_sign_ins >= 0)
);

create table staff_account_role (
    account_id uuid        not null references staff_account (id),
    role       varchar(16) not null,
    primary key (account_id, role),
    constraint staff_account_role_known check (role in ('CASEWORKER', 'SUPERVISOR', 'OVERSIGHT', 'ADMIN'))
);
