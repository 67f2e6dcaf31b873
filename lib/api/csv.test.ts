import { parse } from "csv-parse/sync";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { SCALAR_FIELDS, type ScalarField } from "@/lib/claims/contract";
import { claimToJson, type ClaimJson } from "@/lib/claims/types";
import { settleClaim } from "@/lib/claims/settle";
import { createClaim, retractClaim } from "@/lib/claims/write";
import { readImportFile } from "@/lib/claims/import";
import { apiGet, useDbForRoutes } from "@/lib/testing/api-routes";
import { createTempDb } from "@/lib/testing/temp-db";
import { CSV_COLUMNS } from "./csv";

let db: Db;
let cleanup: () => void;

beforeEach(() => {
  vi.stubEnv("PUBLIC_BASE_URL", "http://ledger.test");
  ({ db, cleanup } = createTempDb({ seeded: true }));
  useDbForRoutes(db);
});
afterEach(() => {
  cleanup();
  vi.unstubAllEnvs();
});

const PAIR = "ana-de-armas--tom-cruise";
const TRICKY = 'Tom says "no comment", then leaves\nby the back door';

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

async function download(query = ""): Promise<{ text: string; rows: Row[]; res: Response }> {
  const res = await apiGet(`/api/v1/pairs/${PAIR}/claims.csv${query}`);
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, res, rows: parse(text, { columns: true, skip_empty_lines: false }) as Row[] };
}

async function publishedJson(query = ""): Promise<ClaimJson[]> {
  const res = await apiGet(`/api/v1/pairs/${PAIR}/claims?limit=200${query}`);
  return ((await res.json()) as { data: ClaimJson[] }).data;
}

/** What a CSV row must say for a claim (empty cell for null). */
function expectedRow(c: ClaimJson): Row {
  const first = c.citations[0];
  const s = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));
  return {
    id: s(c.id),
    // Each one-value field of the contract is a column holding its JSON value.
    ...(Object.fromEntries(SCALAR_FIELDS.map((f) => [f, s(c[f])])) as Record<ScalarField, string>),
    status: c.status,
    mentions: c.mentions.join(";"),
    citation_outlet: s(first?.outlet),
    citation_url: s(first?.url),
    citation_title: s(first?.title),
    citation_publishedOn: s(first?.publishedOn),
    citation_quote: s(first?.quote),
    citations: s(c.citations.length),
    correction: s(c.correction?.note),
    correctedAt: s(c.correction?.date),
    settlement: s(c.settlement?.outcome),
    settledOn: s(c.settlement?.settledOn),
    settlementReason: s(c.settlement?.reason),
    settlement_outlet: s(c.settlement?.citations[0]?.outlet),
    settlement_url: s(c.settlement?.citations[0]?.url),
    settlement_title: s(c.settlement?.citations[0]?.title),
    version: s(c.version),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    url: `http://ledger.test/claims/${c.id}`,
  };
}

describe("the CSV download", () => {
  it("parses back (csv-parse) into exactly the claims readers see, including a headline with a comma, a quote mark and a newline", async () => {
    const tricky = createClaim(db, null, {
      pair: PAIR,
      kind: "statement",
      headline: TRICKY,
      details: "  Leading and trailing spaces  ",
      quote: "“Curly” quotes, ünïcödé and emoji 🎬",
      speaker: "tom-cruise",
      occurredOn: "2025-09",
      precision: "month",
      place: "Paris, France",
      stance: "neutral",
      confidence: "plausible",
      status: "published",
      mentions: ["david-beckham"],
      citations: [
        {
          outlet: "variety",
          url: "https://example.com/a?x=1,2",
          title: 'A "quoted", title',
          publishedOn: "2025-09-02",
          quote: "line one\r\nline two",
        },
        { outlet: "deadline", title: "Second source" },
      ],
    });
    createClaim(db, null, {
      pair: PAIR,
      kind: "sighting",
      headline: "Draft, never downloaded",
      occurredOn: "2025",
      precision: "year",
      stance: "supports",
      confidence: "likely",
      status: "draft",
    });
    const toRetract = createClaim(db, null, {
      pair: PAIR,
      kind: "report",
      headline: "Retracted, still on the record",
      occurredOn: "2025",
      precision: "year",
      stance: "supports",
      confidence: "likely",
      status: "published",
      citations: [{ outlet: "usa-today" }],
    });
    retractClaim(db, null, toRetract.id, { version: toRetract.version, correction: 'Wrong, "sorry"' });
    const toSettle = createClaim(db, null, {
      pair: PAIR,
      kind: "report",
      headline: "Settled, with its outcome",
      occurredOn: "2025",
      precision: "year",
      stance: "supports",
      confidence: "likely",
      status: "published",
      citations: [{ outlet: "usa-today" }],
    });
    settleClaim(db, null, toSettle.id, {
      version: 1,
      outcome: "shown-false",
      settledOn: "2025-10-01",
      reason: "Denied, with a date",
      citations: [{ outlet: "variety", url: "https://variety.com/denied" }],
    });

    const { rows } = await download();
    const claims = await publishedJson();
    expect(rows).toEqual(claims.map(expectedRow));
    expect(rows.some((r) => r.headline.startsWith("Draft"))).toBe(false);
    const row = rows.find((r) => r.id === String(tricky.id))!;
    expect(row.headline).toBe(TRICKY);
    expect(row.details).toBe("Leading and trailing spaces"); // trimmed on input, as stored
    expect(row.citation_quote).toBe("line one\r\nline two");
    expect(row.citations).toBe("2");
    expect(rows.find((r) => r.id === String(toRetract.id))).toMatchObject({ status: "retracted", correction: 'Wrong, "sorry"' });
    expect(rows.find((r) => r.id === String(toSettle.id))).toMatchObject({
      settlement: "shown-false",
      settledOn: "2025-10-01",
      settlementReason: "Denied, with a date",
      settlement_outlet: "variety",
      settlement_url: "https://variety.com/denied",
    });
    expect(claimToJson(tricky).headline).toBe(TRICKY);
  });

  it("is RFC 4180: header row, CRLF line ends, quotes doubled inside quoted fields; UTF-8 text/csv as an attachment", async () => {
    createClaim(db, null, {
      pair: PAIR,
      kind: "statement",
      headline: TRICKY,
      occurredOn: "2025",
      precision: "year",
      stance: "neutral",
      confidence: "plausible",
      status: "published",
      citations: [{ outlet: "variety" }],
    });
    const { text, res } = await download();
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${PAIR}-claims.csv"`);
    expect(text.split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).toContain('"Tom says ""no comment"", then leaves\nby the back door"');
    expect(
      text
        .replace(/"(?:[^"]|"")*"/g, "")
        .split("\n")
        .every((line, i, all) => i === all.length - 1 || line.endsWith("\r")),
    ).toBe(true);
  });

  it("takes the same filters as the JSON list", async () => {
    const { rows } = await download("?kind=sighting,appearance&confidence=likely");
    const expected = (await publishedJson("&kind=sighting,appearance&confidence=likely")).map((c) => String(c.id));
    expect(rows.map((r) => r.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect((await apiGet(`/api/v1/pairs/${PAIR}/claims.csv?limit=5`)).status).toBe(400);
  });

  it("uses the bulk import's column names, so the import reads it back", async () => {
    const { text, rows } = await download();
    const imported = readImportFile(text, "csv");
    expect(imported).toHaveLength(rows.length);
    expect(imported[0].raw).toMatchObject({
      pair: PAIR,
      headline: rows[0].headline,
      citations: [expect.objectContaining({ outlet: rows[0].citation_outlet })],
    });
  });
});

describe("formula injection (OWASP CSV injection)", () => {
  const RISKY = {
    headline: '=HYPERLINK("http://evil.example","click")',
    details: "+1 555 0100",
    quote: "-2 says the publicist",
    place: "@home",
    title: "'=already quoted",
    citationQuote: "'plain apostrophe",
  };

  it("prefixes cells a spreadsheet would run with ', and the import strips exactly that prefix so the file re-imports unchanged", async () => {
    const made = createClaim(db, null, {
      pair: PAIR,
      kind: "statement",
      headline: RISKY.headline,
      details: RISKY.details,
      quote: RISKY.quote,
      speaker: "tom-cruise",
      occurredOn: "2025-09",
      precision: "month",
      place: RISKY.place,
      stance: "neutral",
      confidence: "plausible",
      status: "published",
      citations: [{ outlet: "variety", title: RISKY.title, quote: RISKY.citationQuote }],
    });
    const { text, rows } = await download();
    const row = rows.find((r) => r.id === String(made.id))!;
    expect(row.headline).toBe(`'${RISKY.headline}`);
    expect(row.details).toBe(`'${RISKY.details}`);
    expect(row.quote).toBe(`'${RISKY.quote}`);
    expect(row.place).toBe(`'${RISKY.place}`);
    expect(row.citation_title).toBe(`''=already quoted`);
    expect(row.citation_quote).toBe(RISKY.citationQuote);
    // No cell of the whole file starts with a formula character.
    for (const r of parse(text, { columns: false }) as string[][]) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const back = readImportFile(text, "csv").find((r) => r.raw.headline === RISKY.headline);
    expect(back?.raw).toMatchObject({
      headline: RISKY.headline,
      details: RISKY.details,
      quote: RISKY.quote,
      place: RISKY.place,
      citations: [expect.objectContaining({ title: RISKY.title, quote: RISKY.citationQuote })],
    });
  });
});
