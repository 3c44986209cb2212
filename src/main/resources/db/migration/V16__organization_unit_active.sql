-- A unit can be deactivated (merged away, dissolved): it keeps its code, groups and history, but receives no new
-- dossiers and is no longer offered as a reception center or a commune.
alter table org_unit add column active boolean not null default true;
