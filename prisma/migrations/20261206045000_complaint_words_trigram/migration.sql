-- PostgreSQL only (a trigram index for the desk's search by words, docs/complaints.md). SQLite
-- keeps LIKE, which scans the descriptions: fine at a unit's or a small city's volume.
SELECT 1;
