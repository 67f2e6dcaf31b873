-- Strips control characters (C0 other than tab, LF, CR; U+FFFE, U+FFFF) from text stored before
-- input refused them: they break XML outputs (SVG, PNG/OG images, Atom). strip_control_characters()
-- and strip_control_characters_json() are registered by db/client.ts (db/sql-functions.ts): SQLite's
-- replace() cannot remove NUL. A required text left blank gets a visible placeholder rather than
-- breaking a NOT NULL or non-blank constraint. Timestamps and versions are left alone: a clean-up, not an edit.
UPDATE `people` SET `name` = CASE WHEN trim(strip_control_characters(`name`)) = '' THEN '(removed: control characters only)' ELSE strip_control_characters(`name`) END WHERE `name` IS NOT strip_control_characters(`name`);
--> statement-breakpoint
UPDATE `people` SET `description` = NULLIF(strip_control_characters(`description`), '') WHERE `description` IS NOT strip_control_characters(`description`);
--> statement-breakpoint
UPDATE `outlets` SET `name` = CASE WHEN trim(strip_control_characters(`name`)) = '' THEN '(removed: control characters only)' ELSE strip_control_characters(`name`) END WHERE `name` IS NOT strip_control_characters(`name`);
--> statement-breakpoint
UPDATE `outlets` SET `url` = NULLIF(strip_control_characters(`url`), '') WHERE `url` IS NOT strip_control_characters(`url`);
--> statement-breakpoint
UPDATE `claims` SET `headline` = CASE WHEN trim(strip_control_characters(`headline`)) = '' THEN '(removed: control characters only)' ELSE strip_control_characters(`headline`) END WHERE `headline` IS NOT strip_control_characters(`headline`);
--> statement-breakpoint
UPDATE `claims` SET `details` = NULLIF(strip_control_characters(`details`), '') WHERE `details` IS NOT strip_control_characters(`details`);
--> statement-breakpoint
UPDATE `claims` SET `quote` = NULLIF(strip_control_characters(`quote`), '') WHERE `quote` IS NOT strip_control_characters(`quote`);
--> statement-breakpoint
UPDATE `claims` SET `place` = NULLIF(strip_control_characters(`place`), '') WHERE `place` IS NOT strip_control_characters(`place`);
--> statement-breakpoint
UPDATE `claims` SET `correction` = CASE WHEN trim(strip_control_characters(`correction`)) = '' THEN '(removed: control characters only)' ELSE strip_control_characters(`correction`) END WHERE `correction` IS NOT strip_control_characters(`correction`);
--> statement-breakpoint
UPDATE `citations` SET `url` = NULLIF(strip_control_characters(`url`), '') WHERE `url` IS NOT strip_control_characters(`url`);
--> statement-breakpoint
UPDATE `citations` SET `title` = NULLIF(strip_control_characters(`title`), '') WHERE `title` IS NOT strip_control_characters(`title`);
--> statement-breakpoint
UPDATE `citations` SET `quote` = NULLIF(strip_control_characters(`quote`), '') WHERE `quote` IS NOT strip_control_characters(`quote`);
--> statement-breakpoint
UPDATE `users` SET `name` = CASE WHEN trim(strip_control_characters(`name`)) = '' THEN '(removed: control characters only)' ELSE strip_control_characters(`name`) END WHERE `name` IS NOT strip_control_characters(`name`);
--> statement-breakpoint
UPDATE `people` SET `aliases` = strip_control_characters_json(`aliases`) WHERE `aliases` IS NOT strip_control_characters_json(`aliases`);
--> statement-breakpoint
UPDATE `revisions` SET `before` = strip_control_characters_json(`before`) WHERE `before` IS NOT strip_control_characters_json(`before`);
--> statement-breakpoint
UPDATE `revisions` SET `after` = strip_control_characters_json(`after`) WHERE `after` IS NOT strip_control_characters_json(`after`);
