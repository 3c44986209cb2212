-- Issue 22: what a stored file of a dossier is, whether the applicant may reuse it in a later dossier, and
-- which earlier document it reuses (the content is copied, so a dossier never points to another's file).
alter table dossier_document add column purpose varchar(12) default 'INPUT' not null;
alter table dossier_document add constraint dossier_document_purpose_check
    check (purpose in ('INPUT', 'SUPPLEMENT', 'RESULT'));
alter table dossier_document add column reusable boolean default false not null;
alter table dossier_document add column reused_from varchar(36);

create index dossier_document_reused_idx on dossier_document (reused_from);
