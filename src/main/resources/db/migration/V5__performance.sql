-- Performance (see README, "Benchmarks"). Portable SQL: runs on H2 2.x and PostgreSQL 13+.

-- The coordinators' dashboard (GET /api/dispatches/{id}: AssignmentRepository.findByDispatchIdOrderByUnitCode)
-- reads a dispatch's assignments. V4 dropped the unique key (dispatch_id, unit_code) that served it as an index;
-- without one, every dashboard call scans all assignments (200,000 rows after 100 dispatches to 2,000 units).
CREATE INDEX IF NOT EXISTS ix_assignment_dispatch ON assignment (dispatch_id, unit_code);
