-- No change to the database. Migrations 0001–0013 were written by hand and left drizzle-kit's snapshot at 0000,
-- so `npm run db:generate` compared the schema with the first one and proposed to create tables that exist.
-- This migration carries a snapshot of the schema as it is (meta/0014_snapshot.json); the next
-- `npm run db:generate` adds only what changed. tests/integration/schema-snapshot.test.ts keeps them in step.
SELECT 1;
