import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, openDatabase, type Db } from "@/db/client";
import * as schema from "@/db/schema";
import { importClaims, readImportFile } from "@/lib/claims/import";
import { createClaim, publishClaim, retractClaim, updateClaim } from "@/lib/claims/write";
import { updateOutlet } from "@/lib/outlets/write";
import { createPerson } from "@/lib/people/write";
import { createTempDb } from "@/lib/testing/temp-db";
import type { TextSegment } from "./query";
import { searchLedger } from "./search";

let db: Db;
let cleanup: () => void;

beforeEach(() => {
  ({ db, cleanup } = createTempDb({ seeded: true }));
});
afterEach(() => cleanup());

const ADMIN = { userId: null as unknown as number, role: "admin" as const };
const plain = (segments: TextSegment[]) => segments.map((s) => s.text).join("");
const marked = (segments: TextSegment[] | null) => (segments ?? []).filter((s) => s.match).map((s) => s.text);
const headlines = (q: string) => searchLedger(db, q).claims.map((h) => h.claim.headline);

function claimInput(headline: string, extra: Record<string, unknown> = {}) {
  return {
    pair: "ana-de-armas--tom-cruise",
    kind: "report",
    headline,
    occurredOn: "2025-07-01",
    precision: "day",
    stance: "neutral",
    confidence: "plausible",
    status: "published",
    citations: [{ outlet: "variety", url: "https://example.com/s", title: "A source" }],
    ...extra,
  };
}

describe("people and pairs", () => {
  it('finds Ana de Armas from the start of her name ("ana de arm"), person and pair, with the match marked', () => {
    const results = searchLedger(db, "ana de arm");
    expect(results.corrections).toBeNull();
    expect(results.people[0].slug).toBe("ana-de-armas");
    expect(marked(results.people[0].name)).toEqual(["Ana", "de", "Armas"]);
    expect(results.pairs.map((p) => p.slug)).toEqual(["ana-de-armas--tom-cruise"]);
  });

  it("finds a person by an alias and shows which alias matched", () => {
    const results = searchLedger(db, "mapother");
    expect(results.people.map((p) => p.slug)).toEqual(["tom-cruise"]);
    expect(plain(results.people[0].name)).toBe("Tom Cruise");
    expect(marked(results.people[0].aliases)).toEqual(["Mapother"]);
    expect(results.pairs.map((p) => p.slug)).toEqual(["ana-de-armas--tom-cruise"]);
    expect(results.people[0].aliases).not.toBeNull();
  });

  it("ignores case and accents both ways", () => {
    createPerson(db, null, { name: "Beyoncé Knowles", aliases: ["Queen Bey"] });
    expect(searchLedger(db, "BEYONCE").people.map((p) => p.slug)).toEqual(["beyonce-knowles"]);
    expect(searchLedger(db, "ana dé armas").people[0].slug).toBe("ana-de-armas");
  });

  it("ranks a name that starts with the words above a person who only matches elsewhere", () => {
    createPerson(db, null, { name: "Maria Tomlinson", description: "Stylist to Tom Cruise" });
    createPerson(db, null, { name: "Tom Hardy" });
    const slugs = searchLedger(db, "tom").people.map((p) => p.slug);
    expect(slugs.indexOf("tom-cruise")).toBeLessThan(slugs.indexOf("maria-tomlinson"));
    expect(slugs.indexOf("tom-hardy")).toBeLessThan(slugs.indexOf("maria-tomlinson"));
  });

  it("tolerates a typo when nothing matches as typed, and says what it searched instead", () => {
    const results = searchLedger(db, "ana de armsa");
    expect(results.people[0].slug).toBe("ana-de-armas");
    expect(results.corrections).toEqual([
      { term: "ana", alternatives: [] },
      { term: "de", alternatives: [] },
      { term: "armsa", alternatives: ["armas"] },
    ]);
    expect(searchLedger(db, "tom crusie").people[0].slug).toBe("tom-cruise");
    expect(searchLedger(db, "beckhma party").claims.map((h) => h.claim.headline)).toContain(
      "Attended David Beckham's 50th birthday party together",
    );
  });

  it("never fails on anything a reader can type", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (q) => {
        const results = searchLedger(db, q);
        expect(results.totals.people + results.totals.pairs + results.totals.claims).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
    for (const q of ['"', "*", "NEAR(", "AND", "-", "^", "a:b", "\u0000", "\uE000x\uE001", "ñ".repeat(500), "🎬 ana"])
      expect(() => searchLedger(db, q)).not.toThrow();
  });

  it("answers nothing (and no guess) for gibberish or an empty query", () => {
    expect(searchLedger(db, "qqqqxzzz").totals).toEqual({ people: 0, pairs: 0, claims: 0 });
    expect(searchLedger(db, "qqqqxzzz").corrections).toBeNull();
    expect(searchLedger(db, "   ").terms).toEqual([]);
    expect(searchLedger(db, '"*:^()').totals).toEqual({ people: 0, pairs: 0, claims: 0 });
  });
});

describe("claims", () => {
  it("searches headline, details, quote, place and outlet, and marks the match", () => {
    expect(headlines("Stockholm")).toEqual(["Spotted leaving a Stockholm restaurant together"]);
    const byPlace = searchLedger(db, "lisbon").claims;
    expect(byPlace.map((h) => h.claim.headline)).toEqual(["Arrived together at a film-festival after-party"]);
    expect(marked(byPlace[0].place)).toEqual(["Lisbon"]);
    const byOutlet = searchLedger(db, "graham norton").claims;
    expect(byOutlet.map((h) => h.claim.headline)).toContain("Tom explains why he does his own stunts on The Graham Norton Show");
    const viaOutlet = searchLedger(db, "usa today").claims;
    expect(viaOutlet.map((h) => h.claim.headline)).toEqual(["Ana calls Tom's stunt work “mind-blowing” and says it inspired her own"]);
    expect(marked(viaOutlet[0].outlets)).toEqual(["USA", "Today"]);
    const byQuote = createClaim(db, null, claimInput("Asked about the rumours", { quote: "We are just colleagues on a long shoot" }));
    const hit = searchLedger(db, "colleagues").claims;
    expect(hit.map((h) => h.claim.id)).toEqual([byQuote.id]);
    expect(marked(hit[0].excerpt)).toEqual(["colleagues"]);
  });

  it("ranks a claim with the word in its headline above one with it only in the details", () => {
    const inDetails = createClaim(
      db,
      null,
      claimInput("Seen at a gallery opening", { details: "Guests said the pair discussed a zeppelin exhibit." }),
    );
    const inHeadline = createClaim(db, null, claimInput("Zeppelin ride over the Thames", { details: "A long afternoon." }));
    expect(searchLedger(db, "zeppelin").claims.map((h) => h.claim.id)).toEqual([inHeadline.id, inDetails.id]);
  });

  it("finds a claim by a person it mentions", () => {
    expect(headlines("david beckham")).toContain("Attended David Beckham's 50th birthday party together");
  });

  it("never finds a draft, and finds no retracted claim", () => {
    createClaim(db, null, claimInput("Secret quokka sighting", { status: "draft", details: "quokka quokka" }));
    expect(searchLedger(db, "quokka").totals.claims).toBe(0);
    expect(searchLedger(db, "quokak").totals.claims).toBe(0); // no close spelling leaks it either
    expect(headlines("engaged")).toEqual([]); // the demo's retracted claim
  });

  it("pages through claims with an offset", () => {
    const first = searchLedger(db, "ana", { limits: { claims: 3 } });
    const second = searchLedger(db, "ana", { limits: { claims: 3 }, claimsOffset: 3 });
    expect(first.totals.claims).toBeGreaterThan(6);
    expect(first.claims).toHaveLength(3);
    expect(second.claims).toHaveLength(3);
    expect(new Set([...first.claims, ...second.claims].map((h) => h.claim.id)).size).toBe(6);
  });
});

describe("the index follows every write", () => {
  it("after create, edit, publish and retract", () => {
    const claim = createClaim(db, null, claimInput("Spotted at a pottery class", { place: "Kyoto" }));
    expect(headlines("pottery")).toEqual(["Spotted at a pottery class"]);
    expect(headlines("kyoto")).toEqual(["Spotted at a pottery class"]);

    const edited = updateClaim(db, null, claim.id, { version: claim.version, headline: "Spotted at a ceramics class", place: "Osaka" });
    expect(headlines("pottery")).toEqual([]);
    expect(headlines("kyoto")).toEqual([]);
    expect(headlines("ceramics osaka")).toEqual(["Spotted at a ceramics class"]);

    const withOutlet = updateClaim(db, null, claim.id, { version: edited.version, citations: [{ outlet: "deadline", title: "Ceramics" }] });
    expect(headlines("deadline ceramics")).toEqual(["Spotted at a ceramics class"]);
    expect(headlines("variety ceramics")).toEqual([]);

    retractClaim(db, null, claim.id, { version: withOutlet.version, correction: "It was someone else." });
    expect(headlines("ceramics")).toEqual([]);

    const draft = createClaim(db, null, claimInput("Draft about a glassblowing workshop", { status: "draft" }));
    expect(headlines("glassblowing")).toEqual([]);
    publishClaim(db, null, draft.id, { version: draft.version });
    expect(headlines("glassblowing")).toEqual(["Draft about a glassblowing workshop"]);
  });

  it("after a person, a pair and an outlet change", () => {
    createPerson(db, null, { name: "Orla Finch" });
    expect(searchLedger(db, "orla").people.map((p) => p.slug)).toEqual(["orla-finch"]);
    db.$client.prepare("UPDATE people SET aliases = json_array('The Finchling') WHERE slug = 'orla-finch'").run();
    expect(searchLedger(db, "finchling").people.map((p) => p.slug)).toEqual(["orla-finch"]);

    db.$client.prepare("UPDATE people SET name = 'Anita de Armas' WHERE slug = 'ana-de-armas'").run();
    expect(searchLedger(db, "anita").pairs.map((p) => p.slug)).toEqual(["ana-de-armas--tom-cruise"]);
    expect(searchLedger(db, "anita london").totals.claims).toBeGreaterThan(0);

    updateOutlet(db, { ...ADMIN, userId: 1 }, "usa-today", { name: "USA Tomorrow" });
    expect(headlines("tomorrow")).toEqual(["Ana calls Tom's stunt work “mind-blowing” and says it inspired her own"]);
  });

  it("after a bulk import (raw prepared statements), drafts still left out", () => {
    const csv = [
      "pair,kind,headline,occurredOn,precision,stance,confidence,status,citation_outlet,citation_title",
      "ana-de-armas--tom-cruise,sighting,Imported kayak trip,2025-08,month,supports,plausible,published,deadline,Kayaks",
      "ana-de-armas--tom-cruise,sighting,Imported canoe draft,2025-08,month,supports,plausible,draft,deadline,Canoes",
    ].join("\n");
    const report = importClaims(db, null, readImportFile(csv, "csv"), { dryRun: false });
    expect(report.inserted).toBe(2);
    expect(headlines("kayak deadline")).toEqual(["Imported kayak trip"]);
    expect(headlines("canoe")).toEqual([]);
  });
});

describe("the migration", () => {
  it("indexes the rows that existed before it ran", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rumor-ledger-search-migration-"));
    try {
      // Apply only the first migration, add data, then the rest.
      const firstOnly = path.join(dir, "migrations");
      fs.mkdirSync(path.join(firstOnly, "meta"), { recursive: true });
      const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"));
      const first = journal.entries[0];
      fs.writeFileSync(path.join(firstOnly, "meta", "_journal.json"), JSON.stringify({ ...journal, entries: [first] }));
      fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${first.tag}.sql`), path.join(firstOnly, `${first.tag}.sql`));
      const file = path.join(dir, "old.db");
      const sqlite = new Database(file);
      const old = drizzle(sqlite, { schema }) as Db;
      migrate(old, { migrationsFolder: firstOnly });
      // The demo data, written by today's code into a current database, copied into the old
      // schema column by column (only the columns the old tables have), so later migrations
      // that add columns do not break this test.
      const current = createTempDb({ seeded: true });
      try {
        sqlite.prepare("ATTACH DATABASE ? AS cur").run(current.file);
        sqlite.pragma("foreign_keys = OFF");
        for (const table of ["people", "pairs", "outlets", "claims", "claim_mentions", "citations"]) {
          const columns = (sqlite.prepare(`PRAGMA main.table_info(${table})`).all() as { name: string }[])
            .map((c) => `"${c.name}"`)
            .join(", ");
          sqlite.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM cur.${table}`);
        }
        sqlite.exec("DETACH DATABASE cur");
      } finally {
        current.cleanup();
      }
      sqlite.close();

      const upgraded = openDatabase(file);
      try {
        const results = searchLedger(upgraded, "ana de arm");
        expect(results.people[0].slug).toBe("ana-de-armas");
        expect(searchLedger(upgraded, "stockholm").totals.claims).toBe(1);
        expect(searchLedger(upgraded, "engaged").totals.claims).toBe(0);
      } finally {
        upgraded.$client.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
