-- Partner statistics (issue 15): the rollup counts people (`units`) and employers (`orgs`) separately,
-- so each measure gets its own rule (ADR 0007). The rollup is rebuilt from the source tables by the
-- statistics job, so existing rows are simply cleared: the next build (at start) fills them again.
ALTER TABLE `stat_rollup` ADD `orgs` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
DELETE FROM `stat_rollup`;
--> statement-breakpoint
DELETE FROM `stat_rollup_runs`;
