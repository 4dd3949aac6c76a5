-- PostgreSQL only (the planner's statistics for the search by words, docs/complaints.md). SQLite's
-- LIKE scans the descriptions whatever it knows about them.
SELECT 1;
