ALTER TABLE `outlets` ADD `graded_at` text;--> statement-breakpoint
-- Outlets that exist already were graded (by the demo seed or an admin): they keep their grade.
UPDATE `outlets` SET `graded_at` = `updated_at`;
