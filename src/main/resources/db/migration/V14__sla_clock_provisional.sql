-- A deadline counted on a year whose official calendar was not loaded (fixed statutory holidays only) is
-- provisional: shown on the dossier and the dashboard, recomputed when the year is loaded.
alter table sla_clock add column provisional boolean not null default false;
-- When the receipt slip (form 1) carrying the appointment was first issued to the applicant: a printed
-- appointment keeps its value when the calendar changes; null while nothing was printed.
alter table sla_clock add column appointment_printed_at timestamp with time zone;
create index sla_clock_provisional_idx on sla_clock (provisional, state);
