import { parseFeed } from "@rowanmanning/feed-parser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { importClaims, readImportFile } from "@/lib/claims/import";
import { createClaimSchema } from "@/lib/claims/input";
import { createClaim } from "@/lib/claims/write";
import { embedResponse } from "@/lib/embeds/respond";
import { shareCardPng } from "@/lib/embeds/share";
import { pairFeedXml, siteFeedXml } from "@/lib/feeds/ledger-feeds";
import { escapeHtml, xmlSafe } from "@/lib/html";
import { esc } from "@/lib/charts/svg/kit";
import { claimInput } from "@/lib/testing/fixtures";
import { createTempDb } from "@/lib/testing/temp-db";
import { codePointName, controlCharacterProblem } from "./control-characters";

/** Characters XML 1.0 forbids. */
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const PAIR = "ana-de-armas--tom-cruise";

describe("controlCharacterProblem", () => {
  const refused = [...Array.from({ length: 32 }, (_, i) => i).filter((i) => ![9, 10, 13].includes(i)), 0xfffe, 0xffff].map((c) =>
    String.fromCharCode(c),
  );
  it.each(refused.map((ch) => [codePointName(ch), ch]))("refuses %s, naming the field, the character and where it is", (name, ch) => {
    expect(controlCharacterProblem(`ab${ch}c`, "Headline")).toBe(
      `Headline contains the control character ${name} at position 3; only tabs and line breaks are allowed`,
    );
  });
  it("refuses a lone surrogate", () => {
    expect(controlCharacterProblem("a\uD800b", "Quote")).toMatch(/^Quote contains the control character U\+D800/);
  });
  it("accepts tab, LF, CR, emoji and ordinary text", () => {
    expect(controlCharacterProblem("Tab\there\r\nand 🎬 “quotes” — ünïcödé", "Details")).toBeNull();
  });
  it("is checked by the claim schema on every text field, before trimming (a trailing U+000B is refused, not trimmed away)", () => {
    const result = createClaimSchema.safeParse(
      claimInput({ headline: "Seen together\u000B", citations: [{ outlet: "variety", quote: "\u0000" }] }),
    );
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["headline", "citations.0.quote"]));
  });
});

describe("with stored rows that hold control characters (from before the rule)", () => {
  let db: Db;
  let cleanup: () => void;
  beforeEach(() => {
    ({ db, cleanup } = createTempDb({ seeded: true }));
    const claim = createClaim(db, null, claimInput({ headline: "Seen leaving", status: "published" }));
    // Written around the validation, as the old code let them in.
    db.$client
      .prepare("UPDATE claims SET headline = ?, place = ? WHERE id = ?")
      .run("Seen\u0000 leaving\u0001 a \u000Bstudio", "Lon\u0002don", claim.id);
    db.$client.prepare("UPDATE people SET name = ? WHERE slug = 'tom-cruise'").run("Tom\u000B Cruise\uFFFF");
  });
  afterEach(() => cleanup());

  it.each(["timeline.svg", "heat.svg", "activity.svg", "confidence.svg", "timeline"])(
    "the %s embed holds no character XML forbids",
    async (segment) => {
      const res = await embedResponse(db, new Request(`http://ledger.test/embed/pairs/${PAIR}/${segment}`), PAIR, segment);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).not.toMatch(NOT_XML);
      if (segment === "timeline.svg") expect(text).toContain("Seen leaving a studio");
    },
  );

  it("the PNG (rendered from the SVG) and the share card render", async () => {
    const res = await embedResponse(db, new Request(`http://ledger.test/embed/pairs/${PAIR}/timeline.png`), PAIR, "timeline.png");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(shareCardPng(db, PAIR)).not.toBeNull();
  });

  it("the Atom feeds hold no character XML forbids and parse", () => {
    for (const xml of [siteFeedXml(db), (pairFeedXml(db, PAIR) as { xml: string }).xml]) {
      expect(xml).not.toMatch(NOT_XML);
      expect(parseFeed(xml).items.length).toBeGreaterThan(0);
    }
  });
});

describe("the XML escapers drop what XML forbids", () => {
  it.each([
    ["esc (SVG)", (s: string) => esc(s)],
    ["escapeHtml (feeds, HTML)", escapeHtml],
    ["xmlSafe", xmlSafe],
  ] as const)("%s", (_name, escape) => {
    const out = escape("a\u0000b\u0001c\u000Bd\uFFFEe\tf\ng<&>");
    expect(out).not.toMatch(NOT_XML);
    expect(out).toContain("\tf\ng");
  });
});

describe("the bulk import", () => {
  it("lists a control character as a row problem naming the field, and the real run refuses the file", () => {
    const { db, cleanup } = createTempDb({ seeded: true });
    try {
      const csv = `pair,kind,headline,occurredOn,precision,stance,confidence\r\n${PAIR},sighting,"Seen\u0001 together",2025,year,supports,likely\r\n`;
      const report = importClaims(db, null, readImportFile(csv, "csv"), { dryRun: true });
      expect(report.problems).toEqual([
        {
          line: 2,
          field: "headline",
          message: "Headline contains the control character U+0001 at position 5; only tabs and line breaks are allowed",
        },
      ]);
      expect(importClaims(db, null, readImportFile(csv, "csv"), { dryRun: false }).inserted).toBe(0);
    } finally {
      cleanup();
    }
  });
});
