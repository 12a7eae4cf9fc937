-- The audit log is append-only: no statement may change an entry, and only entries older than the
-- shortest allowed retention (30 days, AUDIT_RETENTION_DAYS' minimum) may be deleted, by the pruning job.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'audit_log is append-only: entries cannot be changed';
  END IF;
  IF OLD.created_at > now() - interval '30 days' THEN
    RAISE EXCEPTION 'audit_log is append-only: entries younger than 30 days cannot be deleted';
  END IF;
  RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_recent_delete BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
