CREATE TABLE `fylker` (
	`fylkesnummer` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `kommuner` (
	`kommunenummer` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`fylkesnummer` text NOT NULL,
	`aga_zone` text NOT NULL,
	FOREIGN KEY (`fylkesnummer`) REFERENCES `fylker`(`fylkesnummer`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `kommuner_fylke_idx` ON `kommuner` (`fylkesnummer`);--> statement-breakpoint
CREATE TABLE `styrk08` (
	`code` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_user_id` integer,
	`actor_role` text,
	`actor_organisation_id` integer,
	`action` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`candidate_id` integer,
	`details` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_subject_idx` ON `audit_log` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE INDEX `audit_log_candidate_idx` ON `audit_log` (`candidate_id`);--> statement-breakpoint
CREATE INDEX `audit_log_actor_idx` ON `audit_log` (`actor_user_id`);--> statement-breakpoint
CREATE INDEX `audit_log_action_idx` ON `audit_log` (`action`,`at`);--> statement-breakpoint
CREATE TABLE `dev_mailbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`received_at` text NOT NULL,
	`from_address` text NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`text_body` text NOT NULL,
	`html_body` text
);
--> statement-breakpoint
CREATE TABLE `email_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`text_body` text NOT NULL,
	`html_body` text NOT NULL,
	`template` text NOT NULL,
	`status` text DEFAULT 'PENDING' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text NOT NULL,
	`last_error` text,
	`sent_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `email_outbox_due_idx` ON `email_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `job_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job` text NOT NULL,
	`run_key` text NOT NULL,
	`at` text NOT NULL,
	`details` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `job_runs_key_unique` ON `job_runs` (`job`,`run_key`);--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`ip` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_attempts_email_idx` ON `login_attempts` (`email`,`at`);--> statement-breakpoint
CREATE INDEX `login_attempts_ip_idx` ON `login_attempts` (`ip`,`at`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`orgnr` text,
	`kommunenummer` text,
	`sector` text,
	`nace_section` text,
	`partner_code` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`kommunenummer`) REFERENCES `kommuner`(`kommunenummer`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_orgnr_unique` ON `organisations` (`orgnr`);--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_partner_code_unique` ON `organisations` (`partner_code`);--> statement-breakpoint
CREATE INDEX `organisations_kind_idx` ON `organisations` (`kind`);--> statement-breakpoint
CREATE TABLE `partner_memberships` (
	`employer_id` integer NOT NULL,
	`partner_id` integer NOT NULL,
	FOREIGN KEY (`employer_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partner_memberships_pk` ON `partner_memberships` (`employer_id`,`partner_id`);--> statement-breakpoint
CREATE INDEX `partner_memberships_partner_idx` ON `partner_memberships` (`partner_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`user_agent` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `user_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`purpose` text NOT NULL,
	`token_hash` text NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_tokens_hash_unique` ON `user_tokens` (`token_hash`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text,
	`role` text NOT NULL,
	`organisation_id` integer,
	`email_verified_at` text,
	`disabled_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_org_idx` ON `users` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `candidate_step_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`candidate_id` integer NOT NULL,
	`step` text NOT NULL,
	`at` text NOT NULL,
	`by_user_id` integer,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `candidate_step_history_idx` ON `candidate_step_history` (`candidate_id`,`at`);--> statement-breakpoint
CREATE TABLE `candidate_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`purpose` text NOT NULL,
	`token_hash` text NOT NULL,
	`candidate_id` integer NOT NULL,
	`subject_id` integer NOT NULL,
	`expires_at` text NOT NULL,
	`used_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `candidate_tokens_hash_unique` ON `candidate_tokens` (`token_hash`);--> statement-breakpoint
CREATE TABLE `candidates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jobbspesialist_user_id` integer NOT NULL,
	`nav_unit_id` integer,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`fnr` text NOT NULL,
	`birth_date` text NOT NULL,
	`phone` text,
	`email` text,
	`kommunenummer` text NOT NULL,
	`innsatsgruppe` text NOT NULL,
	`referral_date` text NOT NULL,
	`ips_step` text DEFAULT 'HENVIST' NOT NULL,
	`ips_step_changed_at` text,
	`cv` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`jobbspesialist_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`nav_unit_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`kommunenummer`) REFERENCES `kommuner`(`kommunenummer`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `candidates_owner_idx` ON `candidates` (`jobbspesialist_user_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `candidates_fnr_unique` ON `candidates` (`fnr`);--> statement-breakpoint
CREATE INDEX `candidates_owner_step_idx` ON `candidates` (`jobbspesialist_user_id`,`ips_step`);--> statement-breakpoint
CREATE TABLE `consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`candidate_id` integer NOT NULL,
	`kind` text NOT NULL,
	`organisation_id` integer,
	`contact_request_id` integer,
	`method` text NOT NULL,
	`scope` text NOT NULL,
	`given_at` text NOT NULL,
	`recorded_by_user_id` integer,
	`withdrawn_at` text,
	`withdrawn_by_user_id` integer,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`withdrawn_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consents_candidate_idx` ON `consents` (`candidate_id`,`kind`);--> statement-breakpoint
CREATE TABLE `contact_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`profile_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`requested_by_user_id` integer,
	`vacancy_id` integer,
	`message` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'SENDT' NOT NULL,
	`reply_deadline` text,
	`asked_at` text,
	`answered_at` text,
	`shared_cv_parts` text DEFAULT '[]' NOT NULL,
	`employer_marking` text,
	`marked_at` text,
	`shared_until` text,
	`sharing_expired_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`profile_id`) REFERENCES `profiles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vacancy_id`) REFERENCES `vacancies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contact_requests_org_idx` ON `contact_requests` (`organisation_id`,`status`);--> statement-breakpoint
CREATE INDEX `contact_requests_profile_idx` ON `contact_requests` (`profile_id`);--> statement-breakpoint
CREATE INDEX `contact_requests_status_idx` ON `contact_requests` (`status`,`reply_deadline`);--> statement-breakpoint
CREATE INDEX `contact_requests_created_idx` ON `contact_requests` (`created_at`,`organisation_id`,`status`);--> statement-breakpoint
CREATE INDEX `contact_requests_marking_idx` ON `contact_requests` (`employer_marking`,`marked_at`,`organisation_id`);--> statement-breakpoint
CREATE TABLE `profiles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`candidate_id` integer NOT NULL,
	`code` text NOT NULL,
	`status` text DEFAULT 'UTKAST' NOT NULL,
	`headline` text DEFAULT '' NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`desired_styrk_codes` text DEFAULT '[]' NOT NULL,
	`skills` text DEFAULT '[]' NOT NULL,
	`experience_level` text,
	`education_level` text,
	`languages` text DEFAULT '[]' NOT NULL,
	`driving_licences` text DEFAULT '[]' NOT NULL,
	`work_capacity_min` integer DEFAULT 100 NOT NULL,
	`work_capacity_max` integer DEFAULT 100 NOT NULL,
	`availability` text DEFAULT 'ETTER_AVTALE' NOT NULL,
	`adaptation_needs` text DEFAULT '[]' NOT NULL,
	`target_groups` text DEFAULT '[]' NOT NULL,
	`scheme_hints` text DEFAULT '[]' NOT NULL,
	`shown_age_band` text,
	`shown_fylkesnummer` text,
	`coarsened` text DEFAULT '[]' NOT NULL,
	`published_at` text,
	`unpublished_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`shown_fylkesnummer`) REFERENCES `fylker`(`fylkesnummer`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `profiles_code_unique` ON `profiles` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `profiles_candidate_unique` ON `profiles` (`candidate_id`);--> statement-breakpoint
CREATE INDEX `profiles_status_idx` ON `profiles` (`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `profiles_published_idx` ON `profiles` (`published_at`);--> statement-breakpoint
CREATE TABLE `vacancies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`created_by_user_id` integer,
	`status` text DEFAULT 'UTKAST' NOT NULL,
	`title` text NOT NULL,
	`styrk_code` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`kommunenummer` text NOT NULL,
	`position_percent` integer NOT NULL,
	`contract_type` text NOT NULL,
	`start_date` text,
	`start_asap` integer DEFAULT false NOT NULL,
	`application_deadline` text,
	`yearly_salary` integer,
	`required_skills` text DEFAULT '[]' NOT NULL,
	`desired_skills` text DEFAULT '[]' NOT NULL,
	`languages` text DEFAULT '[]' NOT NULL,
	`driving_licence` text,
	`inclusion_tags` text DEFAULT '[]' NOT NULL,
	`published_at` text,
	`filled_at` text,
	`closed_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`styrk_code`) REFERENCES `styrk08`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`kommunenummer`) REFERENCES `kommuner`(`kommunenummer`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `vacancies_org_idx` ON `vacancies` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `vacancies_status_idx` ON `vacancies` (`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `vacancies_styrk_idx` ON `vacancies` (`styrk_code`);--> statement-breakpoint
CREATE INDEX `vacancies_published_idx` ON `vacancies` (`published_at`,`organisation_id`,`kommunenummer`);--> statement-breakpoint
CREATE TABLE `employer_tax_rates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`zone` text NOT NULL,
	`valid_from` text NOT NULL,
	`rate_hundredths` integer NOT NULL,
	`source` text NOT NULL,
	`added_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`added_by` integer,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `employer_tax_rates_zone_valid_from_unique` ON `employer_tax_rates` (`zone`,`valid_from`);--> statement-breakpoint
CREATE TABLE `grunnbelop_rates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`valid_from` text NOT NULL,
	`amount` integer NOT NULL,
	`source` text NOT NULL,
	`added_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`added_by` integer,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grunnbelop_rates_valid_from_unique` ON `grunnbelop_rates` (`valid_from`);--> statement-breakpoint
CREATE TABLE `inclusion_subsidy_max_rates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`valid_from` text NOT NULL,
	`amount` integer NOT NULL,
	`source` text NOT NULL,
	`added_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`added_by` integer,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inclusion_subsidy_max_rates_valid_from_unique` ON `inclusion_subsidy_max_rates` (`valid_from`);--> statement-breakpoint
CREATE TABLE `agreement_adaptations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`code` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agreement_adaptations_idx` ON `agreement_adaptations` (`agreement_id`);--> statement-breakpoint
CREATE TABLE `agreement_approvals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`party` text NOT NULL,
	`method` text NOT NULL,
	`by_user_id` integer,
	`agreement_version` integer NOT NULL,
	`at` text NOT NULL,
	`withdrawn_at` text,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreement_approvals_idx` ON `agreement_approvals` (`agreement_id`,`party`);--> statement-breakpoint
CREATE TABLE `agreement_reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`agreement_id` integer,
	`sent_at` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreement_reminders_unique` ON `agreement_reminders` (`kind`,`key`);--> statement-breakpoint
CREATE TABLE `agreement_schemes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`scheme` text NOT NULL,
	`input` text NOT NULL,
	`calculation` text NOT NULL,
	`total` integer NOT NULL,
	`calculated_at` text NOT NULL,
	`by_user_id` integer,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreement_schemes_idx` ON `agreement_schemes` (`agreement_id`);--> statement-breakpoint
CREATE TABLE `agreement_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`version` integer NOT NULL,
	`change_kind` text NOT NULL,
	`changed_sections` text DEFAULT '[]' NOT NULL,
	`approvals_withdrawn` integer DEFAULT false NOT NULL,
	`snapshot` text NOT NULL,
	`by_user_id` integer,
	`at` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreement_versions_idx` ON `agreement_versions` (`agreement_id`,`version`);--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`candidate_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`jobbspesialist_user_id` integer NOT NULL,
	`contact_request_id` integer,
	`status` text DEFAULT 'PABEGYNT' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`job_title` text DEFAULT '' NOT NULL,
	`styrk_code` text,
	`position_percent` integer,
	`start_date` text,
	`end_date` text,
	`permanent` integer DEFAULT false NOT NULL,
	`monthly_pay` integer,
	`contact_name` text DEFAULT '' NOT NULL,
	`contact_phone` text DEFAULT '' NOT NULL,
	`contact_email` text DEFAULT '' NOT NULL,
	`goals` text DEFAULT '' NOT NULL,
	`follow_up_frequency` text DEFAULT 'Ukentlig den første måneden, deretter etter avtale' NOT NULL,
	`review_dates` text DEFAULT '[]' NOT NULL,
	`cancellation_reason` text,
	`cancelled_at` text,
	`approved_at` text,
	`started_at` text,
	`ended_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`jobbspesialist_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_request_id`) REFERENCES `contact_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`styrk_code`) REFERENCES `styrk08`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreements_owner_idx` ON `agreements` (`jobbspesialist_user_id`,`status`);--> statement-breakpoint
CREATE INDEX `agreements_org_idx` ON `agreements` (`organisation_id`,`status`);--> statement-breakpoint
CREATE INDEX `agreements_candidate_idx` ON `agreements` (`candidate_id`);--> statement-breakpoint
CREATE INDEX `agreements_status_idx` ON `agreements` (`status`,`start_date`);--> statement-breakpoint
CREATE INDEX `agreements_started_idx` ON `agreements` (`started_at`,`organisation_id`);--> statement-breakpoint
CREATE TABLE `follow_up_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`candidate_id` integer NOT NULL,
	`agreement_id` integer,
	`kind` text NOT NULL,
	`with_whom` text NOT NULL,
	`date` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`by_user_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `follow_up_contacts_candidate_idx` ON `follow_up_contacts` (`candidate_id`,`date`);--> statement-breakpoint
CREATE INDEX `follow_up_contacts_agreement_idx` ON `follow_up_contacts` (`agreement_id`);--> statement-breakpoint
CREATE TABLE `planned_follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`candidate_id` integer NOT NULL,
	`agreement_id` integer,
	`date` text NOT NULL,
	`done_contact_id` integer,
	`cancelled_at` text,
	`by_user_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`candidate_id`) REFERENCES `candidates`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`done_contact_id`) REFERENCES `follow_up_contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `planned_follow_ups_due_idx` ON `planned_follow_ups` (`date`);--> statement-breakpoint
CREATE INDEX `planned_follow_ups_agreement_idx` ON `planned_follow_ups` (`agreement_id`);--> statement-breakpoint
CREATE TABLE `search_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`entity_id` integer NOT NULL,
	`status` text DEFAULT 'PENDING' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text NOT NULL,
	`last_error` text,
	`applied_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `search_outbox_due_idx` ON `search_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `stat_rollup` (
	`source` text NOT NULL,
	`month` text NOT NULL,
	`dim` text NOT NULL,
	`key` text NOT NULL,
	`partner_id` integer DEFAULT 0 NOT NULL,
	`n` integer NOT NULL,
	`units` integer NOT NULL,
	`amount` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stat_rollup_pk` ON `stat_rollup` (`partner_id`,`dim`,`month`,`source`,`key`);--> statement-breakpoint
CREATE TABLE `stat_rollup_runs` (
	`id` integer PRIMARY KEY NOT NULL,
	`built_at` text NOT NULL,
	`today` text NOT NULL,
	`duration_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `state_hire_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`year` integer NOT NULL,
	`total_hires` integer NOT NULL,
	`reported_by_user_id` integer,
	`reported_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reported_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `state_hire_reports_org_year_unique` ON `state_hire_reports` (`organisation_id`,`year`);--> statement-breakpoint
CREATE INDEX `state_hire_reports_year_idx` ON `state_hire_reports` (`year`);