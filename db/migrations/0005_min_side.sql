-- Issue 14: the person's own page «Min side».
-- The person's disclosure plan: adaptation needs they do not want employers to see.
ALTER TABLE `profiles` ADD `withheld_adaptation_needs` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
-- A new actor kind in the audit log: the person themself (signed in on Min side).
ALTER TABLE `audit_log` ADD `actor_candidate_id` integer;--> statement-breakpoint
CREATE INDEX `audit_log_actor_candidate_idx` ON `audit_log` (`actor_candidate_id`);--> statement-breakpoint
CREATE TABLE `person_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`candidate_id` integer NOT NULL,
	`method` text NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`ended_at` text,
	`ended_reason` text,
	`ended_by_user_id` integer,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`ended_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE UNIQUE INDEX `person_sessions_token_unique` ON `person_sessions` (`token_hash`);--> statement-breakpoint
CREATE INDEX `person_sessions_candidate_idx` ON `person_sessions` (`candidate_id`,`ended_at`);--> statement-breakpoint
CREATE TABLE `person_link_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email_hash` text NOT NULL,
	`ip` text NOT NULL,
	`at` text NOT NULL
);--> statement-breakpoint
CREATE INDEX `person_link_requests_email_idx` ON `person_link_requests` (`email_hash`,`at`);--> statement-breakpoint
CREATE INDEX `person_link_requests_ip_idx` ON `person_link_requests` (`ip`,`at`);--> statement-breakpoint
CREATE TABLE `person_oidc_states` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`state_hash` text NOT NULL,
	`code_verifier` text NOT NULL,
	`nonce` text NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text
);--> statement-breakpoint
CREATE UNIQUE INDEX `person_oidc_states_state_unique` ON `person_oidc_states` (`state_hash`);--> statement-breakpoint
CREATE TABLE `person_deletion_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`candidate_id` integer NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`requested_at` text NOT NULL,
	`handled_at` text,
	`handled_by_user_id` integer,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`handled_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);--> statement-breakpoint
CREATE INDEX `person_deletion_requests_candidate_idx` ON `person_deletion_requests` (`candidate_id`);
