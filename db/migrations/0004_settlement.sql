-- Settled claims (ADR 0020). Hand-edited from drizzle-kit's output: the claims table gains its three
-- columns by ALTER TABLE instead of a rebuild, because a rebuild would drop the search triggers on
-- claims and (with foreign keys on) cascade-delete every citation. revisions has no inbound keys or
-- triggers, so its rebuild (for the new settle/unsettle actions) is kept.
CREATE TABLE `settlement_citations` (
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
CREATE INDEX `settlement_citations_claim_idx` ON `settlement_citations` (`claim_id`,`position`);--> statement-breakpoint
CREATE TABLE `settlement_rejections` (
	`claim_id` integer NOT NULL,
	`answer_id` integer NOT NULL,
	`user_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	PRIMARY KEY(`claim_id`, `answer_id`),
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`answer_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_revisions` (
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
	CONSTRAINT "revisions_action_check" CHECK(action IN ('create', 'update', 'publish', 'retract', 'discard', 'import', 'settle', 'unsettle'))
);
--> statement-breakpoint
INSERT INTO `__new_revisions`("id", "claim_id", "user_id", "action", "version", "reason", "before", "after", "created_at") SELECT "id", "claim_id", "user_id", "action", "version", "reason", "before", "after", "created_at" FROM `revisions`;--> statement-breakpoint
DROP TABLE `revisions`;--> statement-breakpoint
ALTER TABLE `__new_revisions` RENAME TO `revisions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `revisions_claim_idx` ON `revisions` (`claim_id`,`id`);--> statement-breakpoint
ALTER TABLE `claims` ADD `settled_on` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `settlement_reason` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `settlement` text CONSTRAINT "claims_settlement_check" CHECK("settlement" IS NULL OR ("settlement" IN ('borne-out', 'shown-false') AND "settled_on" IS NOT NULL AND "settlement_reason" IS NOT NULL));--> statement-breakpoint
CREATE INDEX `claims_settlement_idx` ON `claims` (`settlement`);
