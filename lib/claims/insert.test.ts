import { eq } from "drizzle-orm";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { citations, claimMentions, claims, revisions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { claimInput, DEMO_PAIR, seededDb } from "@/lib/testing/fixtures";
import { importClaims } from "./import";
import { createClaim } from "./write";

let db: Db;
let editor: Actor;
let cleanup: () => void;
beforeEach(() => ({ db, editor, cleanup } = seededDb()));
afterEach(() => cleanup());

/** Everything stored for a claim, less what differs by nature between two claims (ids, timestamps, headline). */
function stored(id: number) {
  const {
    id: _id,
    headline: _h,
    createdAt: _c,
    updatedAt: _u,
    publishedAt,
    ...row
  } = db.select().from(claims).where(eq(claims.id, id)).get()!;
  const cites = db.select().from(citations).where(eq(citations.claimId, id)).all();
  const mentions = db.select({ personId: claimMentions.personId }).from(claimMentions).where(eq(claimMentions.claimId, id)).all();
  const revision = db.select().from(revisions).where(eq(revisions.claimId, id)).get()!;
  const { id: _rid, headline: _rh, createdAt: _rc, updatedAt: _ru, ...after } = revision.after as Record<string, unknown>;
  return {
    row: { ...row, published: publishedAt !== null },
    citations: cites.map(({ id: _cid, claimId: _cc, ...c }) => c),
    mentions: mentions.map((m) => m.personId).sort(),
    revision: { userId: revision.userId, version: revision.version, before: revision.before, after },
  };
}

it("stores an imported claim exactly as createClaim stores the same claim: row, citations, mentions and revision snapshot", () => {
  const fields = {
    pair: DEMO_PAIR,
    status: "published",
    details: "Both arrived separately",
    quote: "We are friends",
    speaker: "tom-cruise",
    reportedOn: "2025-07-16",
    mentions: ["david-beckham"],
    citations: [
      { outlet: "variety", url: "https://variety.com/a", title: "A", publishedOn: "2025-07-15", quote: "q" },
      { outlet: "variety", url: "https://variety.com/b", title: null, publishedOn: null, quote: null },
    ],
  };
  const created = createClaim(db, editor, claimInput({ ...fields, headline: "Created through the form" }));
  const report = importClaims(db, editor, [{ line: 1, raw: claimInput({ ...fields, headline: "Imported from a file" }) }], {
    dryRun: false,
  });
  expect(report).toMatchObject({ inserted: 1, problems: [] });
  const imported = db.select({ id: claims.id }).from(claims).where(eq(claims.headline, "Imported from a file")).get()!;

  const a = stored(created.id);
  const b = stored(imported.id);
  expect(b).toEqual(a);
  expect(a.mentions).toHaveLength(1);
  expect(a.citations).toHaveLength(2);
  expect(a.revision.after).toMatchObject({ speaker: "tom-cruise", details: "Both arrived separately", status: "published" });
});
