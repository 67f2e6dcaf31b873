import { stringify } from "csv-stringify/sync";
import type { Db } from "@/db/client";
import {
  CLAIM_KINDS,
  CONFIDENCE_LEVELS,
  OUTLET_GRADES,
  STANCES,
  type ClaimKind,
  type ConfidenceLevel,
  type SettlementOutcome,
  type Stance,
} from "@/db/enums";
import { confidenceGrade } from "@/lib/confidence";
import { dateInterval } from "@/lib/dates";
import { canonicalPairSlug } from "@/lib/slugs";
import { IMPORT_COLUMNS } from "@/lib/claims/import";

/** mulberry32: a tiny seeded PRNG, so the same seed always builds the same ledger. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  "Ava",
  "Liam",
  "Mia",
  "Noah",
  "Zoe",
  "Eli",
  "Iris",
  "Leo",
  "Nora",
  "Theo",
  "Ruby",
  "Max",
  "Lena",
  "Omar",
  "Sofia",
  "Kai",
  "Yara",
  "Hugo",
  "Maya",
  "Jude",
];
const LAST = [
  "Stone",
  "Rivera",
  "Okafor",
  "Lindqvist",
  "Moreau",
  "Tanaka",
  "Kowalski",
  "Haddad",
  "Novak",
  "Silva",
  "Brandt",
  "Costa",
  "Ivanova",
  "Quinn",
  "Reyes",
  "Sato",
  "Vance",
  "Wilde",
  "Young",
  "Zhou",
];
const PLACES = ["London", "Paris", "Los Angeles", "New York", "Milan", "Tokyo", "Lisbon", "Cannes", "Berlin", "Sydney", null, null];
const VERBS = [
  "spotted leaving",
  "seen arriving at",
  "photographed outside",
  "dining at",
  "sharing a table at",
  "walking near",
  "leaving together from",
];
const VENUES = [
  "a members' club",
  "a film premiere",
  "a gallery opening",
  "a late-night restaurant",
  "a fashion show",
  "a charity gala",
  "a private party",
  "a hotel lobby",
];
const FILLER =
  "Witnesses described the two as relaxed and affectionate; representatives declined to comment when asked about the nature of the relationship. ";

/** Weighted pick: realistic mixes have many sightings and reports, few confirmations. */
function pick<T>(rand: () => number, items: readonly T[], weights?: readonly number[]): T {
  if (!weights) return items[Math.floor(rand() * items.length)];
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let i = 0; i < items.length; i++) if ((r -= weights[i]) < 0) return items[i];
  return items[items.length - 1];
}

const KIND_WEIGHTS = [30, 15, 10, 20, 12, 5, 2, 6];
const CONFIDENCE_WEIGHTS = [8, 22, 30, 25, 10, 5];
const STANCE_WEIGHTS = [60, 28, 12];

export interface SynthOptions {
  claims: number;
  pairs: number;
  seed?: number;
  /** How claims spread across pairs: one pair can be given a fixed share (for scaling benchmarks). */
  hotPairShare?: number;
  outlets?: number;
}

export interface SynthClaim {
  pair: string;
  kind: ClaimKind;
  headline: string;
  details: string | null;
  quote: string | null;
  speaker: string | null;
  occurredOn: string;
  precision: "day" | "month" | "year" | "circa";
  reportedOn: string | null;
  place: string | null;
  stance: Stance;
  confidence: ConfidenceLevel;
  status: "published" | "draft";
  mentions: string[];
  citations: { outlet: string; url: string; title: string; publishedOn: string; quote: string | null }[];
  /** Settled published claims (about one in six), answered some months after they were reported. */
  settlement: { outcome: SettlementOutcome; settledOn: string } | null;
}

/** Share of published synthetic claims that are settled. */
export const SYNTH_SETTLED_SHARE = 0.16;

export interface SynthLedger {
  people: { slug: string; name: string }[];
  outlets: { slug: string; name: string; grade: (typeof OUTLET_GRADES)[number] }[];
  pairs: { slug: string; a: string; b: string }[];
  claims: Iterable<SynthClaim>;
}

/**
 * A deterministic synthetic ledger: people, outlets, pairs, and a lazily
 * generated stream of claims with a realistic mix of kinds, confidences,
 * stances, date precisions, outlets and text lengths.
 */
export function synthLedger(options: SynthOptions): SynthLedger {
  const rand = seededRandom(options.seed ?? 42);
  const peopleCount = Math.max(2, Math.ceil(Math.sqrt(options.pairs * 2)) + 2);
  const people = Array.from({ length: peopleCount }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? ` ${i}` : ""}`;
    return { slug: `synth-${i}-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`, name };
  });
  const outletCount = options.outlets ?? 40;
  const outlets = Array.from({ length: outletCount }, (_, i) => ({
    slug: `synth-outlet-${i}`,
    name: `Synthetic Outlet ${i}`,
    grade: OUTLET_GRADES[i % OUTLET_GRADES.length],
  }));
  const pairSet = new Map<string, { slug: string; a: string; b: string }>();
  for (let i = 0; pairSet.size < options.pairs && i < options.pairs * 50; i++) {
    const a = people[Math.floor(rand() * people.length)].slug;
    const b = people[Math.floor(rand() * people.length)].slug;
    if (a === b) continue;
    const slug = canonicalPairSlug(a, b);
    const [x, y] = slug.split("--");
    pairSet.set(slug, { slug, a: x, b: y });
  }
  const pairs = [...pairSet.values()];
  const peopleByName = new Map(people.map((p) => [p.slug, p.name]));

  function* claims(): Generator<SynthClaim> {
    // A separate stream for settlements, so adding them left every other generated value unchanged.
    const settleRand = seededRandom((options.seed ?? 42) + 7919);
    for (let i = 0; i < options.claims; i++) {
      const pair = options.hotPairShare && rand() < options.hotPairShare ? pairs[0] : pairs[Math.floor(rand() * pairs.length)];
      const kind = pick(rand, CLAIM_KINDS, KIND_WEIGHTS);
      const year = 2015 + Math.floor(rand() * 12);
      const month = 1 + Math.floor(rand() * 12);
      const day = 1 + Math.floor(rand() * 28);
      const mm = String(month).padStart(2, "0");
      const dd = String(day).padStart(2, "0");
      const precision = pick(rand, ["day", "month", "year", "circa"] as const, [60, 25, 8, 7]);
      const occurredOn =
        precision === "day"
          ? `${year}-${mm}-${dd}`
          : precision === "month"
            ? `${year}-${mm}`
            : precision === "year"
              ? `${year}`
              : rand() < 0.5
                ? `${year}-${mm}`
                : `${year}`;
      const place = pick(rand, PLACES);
      const nameA = peopleByName.get(pair.a)!.split(" ")[0];
      const nameB = peopleByName.get(pair.b)!.split(" ")[0];
      const headline = `${nameA} and ${nameB} ${pick(rand, VERBS)} ${pick(rand, VENUES)}${place ? ` in ${place}` : ""} (#${i + 1})`;
      const detailLength = Math.floor(rand() * 4);
      const withQuote = kind === "statement" || kind === "denial" || kind === "confirmation";
      const citationCount = 1 + (rand() < 0.25 ? 1 : 0) + (rand() < 0.05 ? 1 : 0);
      const reportedOn = `${year}-${mm}-${dd}`;
      const confidence = pick(rand, CONFIDENCE_LEVELS, CONFIDENCE_WEIGHTS);
      const status = rand() < 0.97 ? "published" : "draft";
      // A slightly overconfident desk: claims come true a little less often than their level's midpoint says.
      const settled = status === "published" && settleRand() < SYNTH_SETTLED_SHARE;
      const outcome: SettlementOutcome = settleRand() < confidenceGrade(confidence).midpoint * 0.92 ? "borne-out" : "shown-false";
      const settledOn = `${Math.min(2026, year + 1)}-${mm}-${dd}`;
      yield {
        pair: pair.slug,
        kind,
        headline,
        details: detailLength ? FILLER.repeat(detailLength).trim() : null,
        quote: withQuote ? "We are just very good friends and we love working together." : null,
        speaker: withQuote ? (rand() < 0.5 ? pair.a : pair.b) : null,
        occurredOn,
        precision,
        reportedOn: rand() < 0.8 ? reportedOn : null,
        place,
        stance: pick(rand, STANCES, STANCE_WEIGHTS),
        confidence,
        status,
        mentions: rand() < 0.1 ? [people[Math.floor(rand() * people.length)].slug].filter((s) => s !== pair.a && s !== pair.b) : [],
        citations: Array.from({ length: citationCount }, (_, c) => ({
          outlet: outlets[Math.floor(rand() * outlets.length)].slug,
          url: `https://news.example/${year}/${mm}/story-${i}-${c}`,
          title: `Report ${i + 1}.${c + 1} on ${nameA} and ${nameB}`,
          publishedOn: reportedOn,
          quote: rand() < 0.2 ? "according to a source close to the pair" : null,
        })),
        settlement: settled ? { outcome, settledOn } : null,
      };
    }
  }
  return { people, outlets, pairs, claims: { [Symbol.iterator]: claims } };
}

/** Inserts the people, outlets and pairs of a synthetic ledger (not its claims). */
export function insertSynthEntities(db: Db, ledger: SynthLedger): void {
  const sqlite = db.$client;
  const now = new Date().toISOString();
  sqlite.transaction(() => {
    const person = sqlite.prepare("INSERT OR IGNORE INTO people (slug, name, aliases, created_at, updated_at) VALUES (?, ?, '[]', ?, ?)");
    for (const p of ledger.people) person.run(p.slug, p.name, now, now);
    const outlet = sqlite.prepare("INSERT OR IGNORE INTO outlets (slug, name, grade, created_at, updated_at) VALUES (?, ?, ?, ?, ?)");
    for (const o of ledger.outlets) outlet.run(o.slug, o.name, o.grade, now, now);
    const pair = sqlite.prepare(
      "INSERT OR IGNORE INTO pairs (slug, person_a_id, person_b_id, status, created_at, updated_at) SELECT ?, a.id, b.id, 'rumored', ?, ? FROM people a, people b WHERE a.slug = ? AND b.slug = ?",
    );
    for (const p of ledger.pairs) pair.run(p.slug, now, now, p.a, p.b);
  })();
}

/**
 * Inserts synthetic claims straight into the tables (prepared statements, one
 * transaction per 10,000 rows) — the fast way to build a million-claim database
 * for benchmarks. Bulk imports of real data go through lib/claims/import.ts.
 */
export function insertSynthClaims(db: Db, claims: Iterable<SynthClaim>, onProgress?: (done: number) => void): number {
  const sqlite = db.$client;
  const ids = (table: string) =>
    new Map((sqlite.prepare(`SELECT slug, id FROM ${table}`).raw(true).all() as [string, number][]).map(([s, id]) => [s, id]));
  const pairIds = ids("pairs");
  const personIds = ids("people");
  const outletIds = ids("outlets");
  const now = new Date().toISOString();
  const claim = sqlite.prepare(
    `INSERT INTO claims (pair_id, kind, headline, details, quote, speaker_id, occurred_on, precision, occurred_start, occurred_end, reported_on, place, stance, confidence, status, published_at, settlement, settled_on, settlement_reason, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  // Settled claims get what scoring reads: their first publication in the revision log, and the settling evidence.
  const revision = sqlite.prepare(
    "INSERT INTO revisions (claim_id, action, version, reason, after, created_at) VALUES (?, 'import', 1, 'Synthetic ledger', ?, ?)",
  );
  const settling = sqlite.prepare("INSERT INTO settlement_citations (claim_id, outlet_id, url, position) VALUES (?, ?, ?, 0)");
  const citation = sqlite.prepare(
    "INSERT INTO citations (claim_id, outlet_id, url, title, published_on, quote, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const mention = sqlite.prepare("INSERT OR IGNORE INTO claim_mentions (claim_id, person_id) VALUES (?, ?)");
  let done = 0;
  let batch: SynthClaim[] = [];
  const flush = sqlite.transaction((rows: SynthClaim[]) => {
    for (const c of rows) {
      const { start, end } = dateInterval(c.occurredOn);
      const publishedAt = c.status === "published" ? `${start}T12:00:00.000Z` : null;
      const id = Number(
        claim.run(
          pairIds.get(c.pair),
          c.kind,
          c.headline,
          c.details,
          c.quote,
          c.speaker ? personIds.get(c.speaker) : null,
          c.occurredOn,
          c.precision,
          start,
          end,
          c.reportedOn,
          c.place,
          c.stance,
          c.confidence,
          c.status,
          publishedAt,
          c.settlement?.outcome ?? null,
          c.settlement?.settledOn ?? null,
          c.settlement ? "Synthetic settlement" : null,
          now,
          now,
        ).lastInsertRowid,
      );
      if (c.settlement) {
        revision.run(id, JSON.stringify({ id, pair: c.pair, status: c.status, confidence: c.confidence, version: 1 }), publishedAt);
        settling.run(id, outletIds.get(c.citations[0].outlet), `https://news.example/settled/${id}`);
      }
      c.citations.forEach((x, position) => citation.run(id, outletIds.get(x.outlet), x.url, x.title, x.publishedOn, x.quote, position));
      for (const m of c.mentions) mention.run(id, personIds.get(m));
    }
  });
  for (const c of claims) {
    batch.push(c);
    if (batch.length === 10_000) {
      flush(batch);
      done += batch.length;
      batch = [];
      onProgress?.(done);
    }
  }
  if (batch.length) flush(batch);
  done += batch.length;
  onProgress?.(done);
  return done;
}

/** The claims as an import CSV (the columns of lib/claims/import.ts), for benchmarking the import path. */
export function synthClaimsCsv(claims: Iterable<SynthClaim>): string {
  const columns = [
    ...IMPORT_COLUMNS,
    "citation2_outlet",
    "citation2_url",
    "citation2_title",
    "citation2_publishedOn",
    "citation2_quote",
    "citation3_outlet",
    "citation3_url",
    "citation3_title",
    "citation3_publishedOn",
    "citation3_quote",
  ];
  const rows: unknown[][] = [];
  for (const c of claims) {
    const cites = [0, 1, 2].flatMap((n) => {
      const x = c.citations[n];
      return x ? [x.outlet, x.url, x.title, x.publishedOn, x.quote ?? ""] : ["", "", "", "", ""];
    });
    rows.push([
      c.pair,
      c.kind,
      c.headline,
      c.details ?? "",
      c.quote ?? "",
      c.speaker ?? "",
      c.occurredOn,
      c.precision,
      c.reportedOn ?? "",
      c.place ?? "",
      c.stance,
      c.confidence,
      c.status,
      c.mentions.join(";"),
      ...cites,
    ]);
  }
  return stringify(rows, { header: true, columns });
}
