-- Full-text search (FTS5) over people, pairs and published claims.
--
-- Three FTS5 tables whose rowid is the source row's id, filled from three views
-- that say what each entry contains. Triggers keep them in step with every
-- write path (the drizzle write verbs, the bulk import's prepared statements,
-- the demo seed, a script with raw SQL); the INSERTs at the end index the rows
-- that exist when this migration runs. Only published claims are indexed:
-- drafts never, and a retraction takes a claim out of the index.
-- The tokenizer folds case and diacritics ("Beyonce" finds "Beyoncé"); the
-- prefix indexes make the prefix queries the search box sends cheap.
CREATE VIEW `search_people_source` AS
SELECT p.id AS id,
       p.name AS name,
       (SELECT group_concat(j.value, ' · ') FROM json_each(CASE WHEN json_valid(p.aliases) THEN p.aliases ELSE '[]' END) AS j) AS aliases,
       p.description AS description
FROM people AS p;
--> statement-breakpoint
CREATE VIEW `search_pairs_source` AS
SELECT pr.id AS id,
       a.name || ' & ' || b.name AS names,
       trim(coalesce((SELECT group_concat(j.value, ' · ') FROM json_each(CASE WHEN json_valid(a.aliases) THEN a.aliases ELSE '[]' END) AS j), '') || ' · ' ||
         coalesce((SELECT group_concat(j.value, ' · ') FROM json_each(CASE WHEN json_valid(b.aliases) THEN b.aliases ELSE '[]' END) AS j), ''), ' ·') AS aliases
FROM pairs AS pr
JOIN people AS a ON a.id = pr.person_a_id
JOIN people AS b ON b.id = pr.person_b_id;
--> statement-breakpoint
CREATE VIEW `search_claims_source` AS
SELECT c.id AS id,
       c.headline AS headline,
       c.details AS details,
       c.quote AS quote,
       c.place AS place,
       (SELECT group_concat(o.name, ' · ') FROM outlets AS o
         WHERE o.id IN (SELECT ci.outlet_id FROM citations AS ci WHERE ci.claim_id = c.id)) AS outlets,
       (SELECT group_concat(p.name, ' · ') FROM people AS p
         WHERE p.id IN (pr.person_a_id, pr.person_b_id, c.speaker_id)
            OR p.id IN (SELECT m.person_id FROM claim_mentions AS m WHERE m.claim_id = c.id)) AS people
FROM claims AS c
JOIN pairs AS pr ON pr.id = c.pair_id
WHERE c.status = 'published';
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_people` USING fts5(name, aliases, description, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_pairs` USING fts5(names, aliases, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_claims` USING fts5(headline, details, quote, place, outlets, people, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
--> statement-breakpoint
-- The indexed words, for typo-tolerant matching (close spellings of a word the index does not hold).
CREATE VIRTUAL TABLE `search_people_terms` USING fts5vocab(search_people, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_pairs_terms` USING fts5vocab(search_pairs, 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_claims_terms` USING fts5vocab(search_claims, 'row');
--> statement-breakpoint
-- People: their own entry, their pairs' entries, and the claims that name them.
CREATE TRIGGER `search_people_ai` AFTER INSERT ON `people` BEGIN
  INSERT INTO search_people(rowid, name, aliases, description) SELECT id, name, aliases, description FROM search_people_source WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_people_au` AFTER UPDATE OF name, aliases, description ON `people` BEGIN
  DELETE FROM search_people WHERE rowid = OLD.id;
  INSERT INTO search_people(rowid, name, aliases, description) SELECT id, name, aliases, description FROM search_people_source WHERE id = NEW.id;
  DELETE FROM search_pairs WHERE rowid IN (SELECT id FROM pairs WHERE person_a_id = NEW.id OR person_b_id = NEW.id);
  INSERT INTO search_pairs(rowid, names, aliases) SELECT id, names, aliases FROM search_pairs_source
    WHERE id IN (SELECT id FROM pairs WHERE person_a_id = NEW.id OR person_b_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_people_name_au` AFTER UPDATE OF name ON `people` WHEN OLD.name IS NOT NEW.name BEGIN
  DELETE FROM search_claims WHERE rowid IN (
    SELECT c.id FROM claims AS c JOIN pairs AS pr ON pr.id = c.pair_id WHERE pr.person_a_id = NEW.id OR pr.person_b_id = NEW.id OR c.speaker_id = NEW.id
    UNION SELECT claim_id FROM claim_mentions WHERE person_id = NEW.id);
  INSERT INTO search_claims(rowid, headline, details, quote, place, outlets, people)
    SELECT id, headline, details, quote, place, outlets, people FROM search_claims_source WHERE id IN (
      SELECT c.id FROM claims AS c JOIN pairs AS pr ON pr.id = c.pair_id WHERE pr.person_a_id = NEW.id OR pr.person_b_id = NEW.id OR c.speaker_id = NEW.id
      UNION SELECT claim_id FROM claim_mentions WHERE person_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_people_ad` AFTER DELETE ON `people` BEGIN
  DELETE FROM search_people WHERE rowid = OLD.id;
END;
--> statement-breakpoint
-- Pairs.
CREATE TRIGGER `search_pairs_ai` AFTER INSERT ON `pairs` BEGIN
  INSERT INTO search_pairs(rowid, names, aliases) SELECT id, names, aliases FROM search_pairs_source WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_pairs_au` AFTER UPDATE OF person_a_id, person_b_id ON `pairs` BEGIN
  DELETE FROM search_pairs WHERE rowid = OLD.id;
  INSERT INTO search_pairs(rowid, names, aliases) SELECT id, names, aliases FROM search_pairs_source WHERE id = NEW.id;
  DELETE FROM search_claims WHERE rowid IN (SELECT id FROM claims WHERE pair_id = NEW.id);
  INSERT INTO search_claims(rowid, headline, details, quote, place, outlets, people)
    SELECT id, headline, details, quote, place, outlets, people FROM search_claims_source WHERE id IN (SELECT id FROM claims WHERE pair_id = NEW.id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_pairs_ad` AFTER DELETE ON `pairs` BEGIN
  DELETE FROM search_pairs WHERE rowid = OLD.id;
END;
--> statement-breakpoint
-- Claims: indexed while published; a draft, a retraction or a deletion leaves no entry.
CREATE TRIGGER `search_claims_ai` AFTER INSERT ON `claims` WHEN NEW.status = 'published' BEGIN
  INSERT INTO search_claims(rowid, headline, details, quote, place, outlets, people)
    SELECT id, headline, details, quote, place, outlets, people FROM search_claims_source WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_claims_au` AFTER UPDATE OF headline, details, quote, place, status, speaker_id, pair_id ON `claims` BEGIN
  DELETE FROM search_claims WHERE rowid = OLD.id;
  INSERT INTO search_claims(rowid, headline, details, quote, place, outlets, people)
    SELECT id, headline, details, quote, place, outlets, people FROM search_claims_source WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_claims_ad` AFTER DELETE ON `claims` BEGIN
  DELETE FROM search_claims WHERE rowid = OLD.id;
END;
--> statement-breakpoint
-- A claim's citations and mentions are part of its entry (outlet names, people named).
CREATE TRIGGER `search_citations_ai` AFTER INSERT ON `citations` BEGIN
  DELETE FROM search_claims WHERE rowid = NEW.claim_id;
  INSERT INTO search_claims(rowid, headline, details, quote, place, outlets, people)
    SELECT id, headline, details, quote, place, outlets, people FROM search_claims_source WHERE id = NEW.claim_id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_citations_au` AFTER UPDATE OF claim_id, outlet_id ON `citations` BEGIN
  DELETE FROM search_claims WHERE rowid IN (OLD.claim_id, NEW.claim_id);
  INSERT INTO search_claims(rowid, headline, details, quote, place, outlets, people)
    SELECT id, headline, details, quote, place, outlets, people FROM search_claims_source WHERE id IN (OLD.claim_id, NEW.claim_id);
END;
--> statement-breakpoint
CREATE TRIGGER `search_citations_ad` AFTER DELETE ON `citations` BEGIN
  DELETE FROM search_claims WHERE rowid = OLD.claim_id;
  INSERT INTO search_claims(rowid, headline, details, quote, place, outlets, people)
    SELECT id, headline, details, quote, place, outlets, people FROM search_claims_source WHERE id = OLD.claim_id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_mentions_ai` AFTER INSERT ON `claim_mentions` BEGIN
  DELETE FROM search_claims WHERE rowid = NEW.claim_id;
  INSERT INTO search_claims(rowid, headline, details, quote, place, outlets, people)
    SELECT id, headline, details, quote, place, outlets, people FROM search_claims_source WHERE id = NEW.claim_id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_mentions_ad` AFTER DELETE ON `claim_mentions` BEGIN
  DELETE FROM search_claims WHERE rowid = OLD.claim_id;
  INSERT INTO search_claims(rowid, headline, details, quote, place, outlets, people)
    SELECT id, headline, details, quote, place, outlets, people FROM search_claims_source WHERE id = OLD.claim_id;
END;
--> statement-breakpoint
-- Outlets: a renamed outlet renames itself in every claim that cites it.
CREATE TRIGGER `search_outlets_au` AFTER UPDATE OF name ON `outlets` WHEN OLD.name IS NOT NEW.name BEGIN
  DELETE FROM search_claims WHERE rowid IN (SELECT claim_id FROM citations WHERE outlet_id = NEW.id);
  INSERT INTO search_claims(rowid, headline, details, quote, place, outlets, people)
    SELECT id, headline, details, quote, place, outlets, people FROM search_claims_source WHERE id IN (SELECT claim_id FROM citations WHERE outlet_id = NEW.id);
END;
--> statement-breakpoint
-- Index what is already there.
INSERT INTO search_people(rowid, name, aliases, description) SELECT id, name, aliases, description FROM search_people_source;
--> statement-breakpoint
INSERT INTO search_pairs(rowid, names, aliases) SELECT id, names, aliases FROM search_pairs_source;
--> statement-breakpoint
INSERT INTO search_claims(rowid, headline, details, quote, place, outlets, people) SELECT id, headline, details, quote, place, outlets, people FROM search_claims_source;
