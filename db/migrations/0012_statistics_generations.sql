-- Statistics roll-up off the request path (issue 10 §7, ADR 0007). The rollup is rebuilt as a new
-- generation, copied in a few thousand rows per write transaction and made current in one short
-- transaction, so no request waits on a long write lock; `version` says which code built it, so a
-- rollup from before an upgrade is rebuilt in the background instead of being read. Existing rows are
-- kept as generation 0 (version '' = stale: the next build replaces them).
ALTER TABLE `stat_rollup` ADD `generation` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
DROP INDEX `stat_rollup_pk`;
--> statement-breakpoint
CREATE UNIQUE INDEX `stat_rollup_pk` ON `stat_rollup` (`generation`,`partner_id`,`dim`,`month`,`source`,`key`);
--> statement-breakpoint
ALTER TABLE `stat_rollup_runs` ADD `generation` integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE `stat_rollup_runs` ADD `version` text DEFAULT '' NOT NULL;
