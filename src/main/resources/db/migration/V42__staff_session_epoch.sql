-- Moves on when what a member of staff may do changes (roles, complaint body, disabled, password reset): sessions
-- opened under an earlier value end on their next request, on every node.
alter table staff_account add column session_epoch bigint not null default 0;
