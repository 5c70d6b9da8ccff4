-- ClinicQueue schema, version 6: how many tickets a service gave out today, kept beside the day's number so
-- the daily limit is checked with one row read instead of counting the day's tickets on every issue.

ALTER TABLE daily_ticket_sequence ADD COLUMN issued_count INT NOT NULL DEFAULT 0;

UPDATE daily_ticket_sequence d
SET issued_count = (SELECT COUNT(*) FROM ticket t WHERE t.origin_service_id = d.service_id AND t.business_date = d.business_date);
