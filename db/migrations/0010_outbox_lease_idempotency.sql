-- Issue 10 §5: the e-mail worker leases the rows it sends (owner + expiry), so two app instances
-- never send one mail twice. Existing rows get no lease: every instance may claim them.
ALTER TABLE `email_outbox` ADD `lease_owner` text;
--> statement-breakpoint
ALTER TABLE `email_outbox` ADD `lease_expires_at` text;
--> statement-breakpoint
-- Issue 10 §6: one row per form submission that created something, so a second submit of the
-- same form (same key) leads to the first result instead of a second row.
CREATE TABLE `idempotency_keys` (
	`owner` text NOT NULL,
	`purpose` text NOT NULL,
	`key` text NOT NULL,
	`location` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`owner`, `purpose`, `key`)
);
--> statement-breakpoint
CREATE INDEX `idempotency_keys_created_idx` ON `idempotency_keys` (`created_at`);
