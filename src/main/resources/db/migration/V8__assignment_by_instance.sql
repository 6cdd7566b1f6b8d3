-- Routing reads an assignment's record by its process instance (vn.cascade.assignment.AssignmentRecord).
CREATE INDEX IF NOT EXISTS ix_assignment_instance ON assignment (process_instance_id);
