import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { claims, citations, pairs, revisions } from "@/db/schema";
import { createTempDb } from "@/lib/testing/temp-db";
import { csvRecordToClaim, detectFormat, importClaims, importClaimsStreaming, readImportFile, type ImportProgress } from "./import";
import { openDatabase } from "@/db/client";

let db: Db;
let file: string;
let cleanup: () => void;

beforeEach(() => {
  ({ db, file, cleanup } = createTempDb({ seeded: true }));
});
afterEach(() => cleanup());

const HEADER = "pair,kind,headline,occurredOn,precision,stance,confidence,status,mentions,citation_outlet,citation_url,citation_title";
const claimCount = () => db.select({ n: count() }).from(claims).get()!.n;

describe("reading files", () => {
  it("detects the format from the name, else from the content", () => {
    expect(detectFormat("a.JSON", "x")).toBe("json");
    expect(detectFormat("a.csv", "[")).toBe("csv");
    expect(detectFormat("upload", ' [{"a":1}]')).toBe("json");
    expect(detectFormat("upload", "pair,kind")).toBe("csv");
  });

  it("maps CSV columns to the claim shape, with numbered citations and ;-separated mentions", () => {
    const claim = csvRecordToClaim({
      pair: "a--b",
      headline: "H",
      details: "  ",
      mentions: "x; y",
      citation_outlet: "variety",
      citation_url: "https://e.com",
      citation2_outlet: "deadline",
      citation3_outlet: "",
    });
    expect(claim).toEqual({
      pair: "a--b",
      headline: "H",
      mentions: ["x", "y"],
      citations: [
        { outlet: "variety", url: "https://e.com", title: undefined, publishedOn: undefined, quote: undefined },
        { outlet: "deadline", url: undefined, title: undefined, publishedOn: undefined, quote: undefined },
      ],
    });
  });

  it("reports the line a CSV record starts on, even after a quoted multi-line field", () => {
    const text = `${HEADER}\nana-de-armas--tom-cruise,sighting,"two\nlines",2025-03,month,supports,likely,draft,,,,\nana-de-armas--tom-cruise,sighting,next,2025-03,month,supports,likely,draft,,,,\n`;
    const rows = readImportFile(text, "csv");
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(rows[0].raw.headline).toBe("two\nlines");
  });

  it("refuses unreadable files with a clear reason", () => {
    expect(() => readImportFile("{nope", "json")).toThrow(/not valid JSON/);
    expect(() => readImportFile('{"x":1}', "json")).toThrow(/array of claims/);
    expect(() => readImportFile('a,b\n"unterminated', "csv")).toThrow(/CSV could not be read/);
  });

  it("reads the example file in docs/examples", () => {
    const text = fs.readFileSync(path.join(process.cwd(), "docs/examples/claims-import.csv"), "utf8");
    const rows = readImportFile(text, "csv");
    expect(rows).toHaveLength(2);
    expect(importClaims(db, null, rows, { dryRun: true }).problems).toEqual([]);
  });
});

describe("importing", () => {
  const good = (headline: string, extra = "") =>
    `ana-de-armas--tom-cruise,sighting,${headline},2025-03,month,supports,likely,published,${extra},variety,https://example.com/${encodeURIComponent(headline)},Title`;

  it("dry run lists every bad row with its line and reason and writes nothing", () => {
    const text = [
      HEADER,
      good("Fine row"),
      "ana-de-armas--tom-cruise,gossip,Bad kind,2025-03,month,supports,likely,published,,variety,,",
      "ana-de-armas--tom-cruise,sighting,Bad date,2025-02-30,day,supports,likely,published,,variety,,",
      "nobody--tom-cruise,sighting,Unknown pair,2025-03,month,supports,likely,published,,variety,,",
      good("Unknown outlet").replace(",variety,", ",nowhere,"),
      good("Unknown mention", "not-a-person"),
      "ana-de-armas--tom-cruise,sighting,No citation,2025-03,month,supports,likely,published,,,,",
      "ana-de-armas--tom-cruise,sighting,Bad url,2025-03,month,supports,likely,published,,variety,javascript:alert(1),",
    ].join("\n");
    const before = claimCount();
    const report = importClaims(db, null, readImportFile(text, "csv"), { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, total: 8, valid: 1, inserted: 0 });
    const byLine = Object.fromEntries(report.problems.map((p) => [p.line, `${p.field}: ${p.message}`]));
    expect(byLine[3]).toMatch(/^kind: Kind must be one of/);
    expect(byLine[4]).toMatch(/^occurredOn: .*not a real date/);
    expect(byLine[5]).toMatch(/^pair: No pair "nobody--tom-cruise"/);
    expect(byLine[6]).toMatch(/^citations\.0\.outlet: No outlet "nowhere"/);
    expect(byLine[7]).toMatch(/^mentions\.0: No person "not-a-person"/);
    expect(byLine[8]).toMatch(/^citations: Add at least one citation/);
    expect(byLine[9]).toMatch(/^citations\.0\.url: URL must start with http/);
    expect(byLine[2]).toBeUndefined();
    expect(claimCount()).toBe(before);
  });

  it("a real run with any bad row imports nothing", () => {
    const before = claimCount();
    const text = [
      HEADER,
      good("Would be fine"),
      "ana-de-armas--tom-cruise,sighting,,2025-03,month,supports,likely,published,,variety,,",
    ].join("\n");
    const report = importClaims(db, null, readImportFile(text, "csv"), { dryRun: false });
    expect(report.inserted).toBe(0);
    expect(report.problems).toEqual([{ line: 3, field: "headline", message: "Headline is required" }]);
    expect(claimCount()).toBe(before);
  });

  it("imports every row in one go with citations, mentions, a revision each and progress up to the total", () => {
    const before = claimCount();
    const lines = [HEADER, ...Array.from({ length: 2500 }, (_, i) => good(`Bulk row ${i}`, i === 0 ? "david-beckham" : ""))];
    const progress: ImportProgress[] = [];
    const report = importClaims(db, null, readImportFile(lines.join("\n"), "csv"), { dryRun: false, onProgress: (p) => progress.push(p) });
    expect(report).toMatchObject({ inserted: 2500, problems: [] });
    expect(claimCount()).toBe(before + 2500);
    const first = db.select().from(claims).where(eq(claims.headline, "Bulk row 0")).get()!;
    expect(first).toMatchObject({ status: "published", occurredStart: "2025-03-01", occurredEnd: "2025-03-31", version: 1 });
    expect(db.select({ n: count() }).from(citations).where(eq(citations.claimId, first.id)).get()!.n).toBe(1);
    expect(db.select().from(revisions).where(eq(revisions.claimId, first.id)).all()).toMatchObject([{ action: "import", version: 1 }]);
    expect(progress.at(-1)).toEqual({ phase: "insert", done: 2500, total: 2500 });
    expect(progress.filter((p) => p.phase === "validate").at(-1)).toEqual({ phase: "validate", done: 2500, total: 2500 });
  });

  it("refuses duplicates of existing claims and within the file", () => {
    const demo =
      "ana-de-armas--tom-cruise,appearance,Attended David Beckham's 50th birthday party together,2025-05,month,supports,likely,published,,variety,,";
    const text = [HEADER, demo, good("Twice"), good("Twice")].join("\n");
    const report = importClaims(db, null, readImportFile(text, "csv"), { dryRun: true });
    expect(report.problems).toEqual([
      { line: 2, field: "headline", message: "Duplicate of a claim already in the ledger (same pair, date, kind and headline)" },
      { line: 4, field: "headline", message: "Duplicate of line 3 in this file" },
    ]);
  });

  it("creates a missing pair when both people exist", () => {
    const text = JSON.stringify([
      {
        pair: "david-beckham--mara-vance",
        kind: "sighting",
        headline: "Seen at a match",
        occurredOn: "2026",
        precision: "year",
        stance: "neutral",
        confidence: "plausible",
        citations: [{ outlet: "variety" }],
      },
    ]);
    const report = importClaims(db, null, readImportFile(text, "json"), { dryRun: false });
    expect(report.inserted).toBe(1);
    expect(db.select().from(pairs).where(eq(pairs.slug, "david-beckham--mara-vance")).get()).toBeTruthy();
  });

  it("JSON items that are not objects are reported by item number", () => {
    const report = importClaims(db, null, readImportFile('[1, "x"]', "json"), { dryRun: true });
    expect(report.problems).toEqual([
      { line: 1, field: "_", message: "Each claim must be a JSON object" },
      { line: 2, field: "_", message: "Each claim must be a JSON object" },
    ]);
  });

  it("the streaming import commits on its own connection, and rolls back when a row fails to insert", async () => {
    const before = claimCount();
    const rows = readImportFile([HEADER, good("Streamed A"), good("Streamed B")].join("\n"), "csv");
    const seen: ImportProgress[] = [];
    const report = await importClaimsStreaming(() => openDatabase(file, { migrate: false }), null, rows, {
      dryRun: false,
      onProgress: (p) => seen.push(p),
    });
    expect(report.inserted).toBe(2);
    expect(claimCount()).toBe(before + 2);
    expect(seen.at(-1)).toEqual({ phase: "insert", done: 2, total: 2 });

    // A trigger that fails on the second insert: the first must not survive.
    db.$client.exec(
      "CREATE TRIGGER fail_second BEFORE INSERT ON claims WHEN NEW.headline = 'Boom' BEGIN SELECT RAISE(ABORT, 'boom'); END;",
    );
    const failing = readImportFile([HEADER, good("Survivor?"), good("Boom")].join("\n"), "csv");
    await expect(
      importClaimsStreaming(() => openDatabase(file, { migrate: false }), null, failing, { dryRun: false, onProgress: () => {} }),
    ).rejects.toThrow(/boom/);
    expect(claimCount()).toBe(before + 2);
    expect(db.select().from(claims).where(eq(claims.headline, "Survivor?")).get()).toBeUndefined();
  });
});

describe("importing settled claims", () => {
  const SETTLED_HEADER = `${HEADER},settlement,settledOn,settlementReason,settlement_outlet,settlement_url`;
  const row = (headline: string, status: string, settlement: string) =>
    `ana-de-armas--tom-cruise,report,${headline},2025-07,month,supports,likely,${status},,variety,https://variety.com/x,Report,${settlement}`;

  it("settles a published row from the settlement columns, as a revision, with its evidence", () => {
    const csv = [
      SETTLED_HEADER,
      row("Imported and settled", "published", "shown-false,2025-09-01,Denied on record,deadline,https://deadline.com/denied"),
    ].join("\n");
    const report = importClaims(db, null, readImportFile(csv, "csv"), { dryRun: false });
    expect(report).toMatchObject({ inserted: 1, problems: [] });
    const claim = db.select().from(claims).where(eq(claims.headline, "Imported and settled")).get()!;
    expect(claim).toMatchObject({ settlement: "shown-false", settledOn: "2025-09-01", settlementReason: "Denied on record", version: 2 });
    const log = db.select().from(revisions).where(eq(revisions.claimId, claim.id)).all();
    expect(log.map((r) => r.action)).toEqual(["import", "settle"]);
    expect((log[1].after as { settlement: { citations: { outlet: string }[] } }).settlement.citations[0].outlet).toBe("deadline");
  });

  it("refuses a settled draft, a settlement without evidence and an unknown outlet, line by line, and imports nothing", () => {
    const csv = [
      SETTLED_HEADER,
      row("Settled draft", "draft", "borne-out,2025-09-01,Confirmed,variety,"),
      row("No evidence", "published", "borne-out,2025-09-01,Confirmed,,"),
      row("Unknown outlet", "published", "borne-out,2025-09-01,Confirmed,nowhere,"),
      row("Bad outcome", "published", "maybe,2025-09-01,Confirmed,variety,"),
    ].join("\n");
    const before = claimCount();
    const report = importClaims(db, null, readImportFile(csv, "csv"), { dryRun: false });
    expect(report.inserted).toBe(0);
    expect(report.problems.map((p) => [p.line, p.field])).toEqual([
      [2, "settlement"],
      [3, "settlement.citations"],
      [4, "settlement.citations.0.outlet"],
      [5, "settlement.outcome"],
    ]);
    expect(claimCount()).toBe(before);
  });
});
