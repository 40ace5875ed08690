-- A staff role for monitoring: metrics and the audit chain's verification over HTTP, no pages.
alter table staff_account_role drop constraint staff_account_role_known;
alter table staff_account_role add constraint staff_account_role_known
    check (role in ('CASEWORKER', 'SUPERVISOR', 'OVERSIGHT', 'ADMIN', 'MONITORING'));
