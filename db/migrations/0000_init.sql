CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`last_used_at` text,
	`revoked_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_token_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_user_idx` ON `api_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `citations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`outlet_id` integer NOT NULL,
	`url` text,
	`title` text,
	`published_on` text,
	`quote` text,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`outlet_id`) REFERENCES `outlets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `citations_claim_idx` ON `citations` (`claim_id`,`position`);--> statement-breakpoint
CREATE INDEX `citations_outlet_idx` ON `citations` (`outlet_id`);--> statement-breakpoint
CREATE TABLE `claim_mentions` (
	`claim_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	PRIMARY KEY(`claim_id`, `person_id`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_mentions_person_idx` ON `claim_mentions` (`person_id`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pair_id` integer NOT NULL,
	`kind` text NOT NULL,
	`headline` text NOT NULL,
	`details` text,
	`quote` text,
	`speaker_id` integer,
	`occurred_on` text NOT NULL,
	`precision` text NOT NULL,
	`occurred_start` text NOT NULL,
	`occurred_end` text NOT NULL,
	`reported_on` text,
	`place` text,
	`stance` text NOT NULL,
	`confidence` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`correction` text,
	`retracted_at` text,
	`published_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`pair_id`) REFERENCES `pairs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`speaker_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "claims_kind_check" CHECK(kind IN ('sighting', 'appearance', 'statement', 'report', 'speculation', 'denial', 'confirmation', 'professional')),
	CONSTRAINT "claims_precision_check" CHECK(precision IN ('day', 'month', 'year', 'circa')),
	CONSTRAINT "claims_stance_check" CHECK(stance IN ('supports', 'neutral', 'contradicts')),
	CONSTRAINT "claims_confidence_check" CHECK(confidence IN ('confirmed', 'likely', 'plausible', 'speculative', 'doubtful', 'debunked')),
	CONSTRAINT "claims_status_check" CHECK(status IN ('draft', 'published', 'retracted')),
	CONSTRAINT "claims_version_positive" CHECK("claims"."version" >= 1),
	CONSTRAINT "claims_headline_not_blank" CHECK(length(trim("claims"."headline")) > 0),
	CONSTRAINT "claims_retraction_has_correction" CHECK("claims"."status" <> 'retracted' OR "claims"."correction" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `claims_pair_status_date_idx` ON `claims` (`pair_id`,`status`,`occurred_start`);--> statement-breakpoint
CREATE INDEX `claims_status_published_idx` ON `claims` (`status`,`published_at`);--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`attempted_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_attempts_key_idx` ON `login_attempts` (`key`,`attempted_at`);--> statement-breakpoint
CREATE TABLE `outlets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`url` text,
	`grade` text DEFAULT 'F' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "outlets_grade_check" CHECK(grade IN ('A', 'B', 'C', 'D', 'E', 'F'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outlets_slug_unique` ON `outlets` (`slug`);--> statement-breakpoint
CREATE TABLE `pairs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`person_a_id` integer NOT NULL,
	`person_b_id` integer NOT NULL,
	`status` text DEFAULT 'rumored' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`person_a_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_b_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "pairs_distinct_people" CHECK("pairs"."person_a_id" <> "pairs"."person_b_id"),
	CONSTRAINT "pairs_status_check" CHECK(status IN ('rumored', 'dating', 'confirmed', 'denied', 'split', 'just-friends', 'professional'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pairs_slug_unique` ON `pairs` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `pairs_people_unique` ON `pairs` (`person_a_id`,`person_b_id`);--> statement-breakpoint
CREATE INDEX `pairs_person_b_idx` ON `pairs` (`person_b_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`aliases` text DEFAULT '[]' NOT NULL,
	`description` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_slug_unique` ON `people` (`slug`);--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`version` integer NOT NULL,
	`reason` text,
	`before` text,
	`after` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "revisions_action_check" CHECK(action IN ('create', 'update', 'publish', 'retract', 'discard', 'import'))
);
--> statement-breakpoint
CREATE INDEX `revisions_claim_idx` ON `revisions` (`claim_id`,`id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text DEFAULT 'editor' NOT NULL,
	`disabled_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "users_role_check" CHECK(role IN ('editor', 'admin'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);