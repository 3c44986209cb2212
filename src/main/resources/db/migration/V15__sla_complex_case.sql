-- A dossier handled under the complex-case limit of its procedure (verification or a field inspection, "trường
-- hợp phức tạp"): when and why the longer legal limit was applied. The clock's time_limit and appointment_at
-- then are those of the longer limit, against which the dossier is classified.
alter table sla_clock add column complex_case_at timestamp with time zone;
alter table sla_clock add column complex_case_reason varchar(2000);
