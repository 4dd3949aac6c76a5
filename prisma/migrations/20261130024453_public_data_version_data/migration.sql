-- The one version row (lib/data/public-version.server.ts), so that bumping it is always an update.
INSERT INTO "PublicDataVersion" ("id", "version") VALUES (1, 0);
