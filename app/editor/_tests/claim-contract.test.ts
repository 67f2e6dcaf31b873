import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { claims, revisions } from "@/db/schema";
import { ClaimFields } from "@/app/editor/claims/_components/claim-fields";
import { openApiDocument } from "@/lib/api/openapi";
import { claimsCsv } from "@/lib/api/csv";
import type { Actor } from "@/lib/auth/actor";
import { formVocabulary } from "@/lib/editor/form-vocabulary";
import { claimInput, seededDb } from "@/lib/testing/fixtures";
import { createPayload, draftFromClaim, emptyDraft } from "@/lib/claims/claim-draft";
import { REQUIRED_TEXT_FIELDS, TEXT_FIELDS, type TextField } from "@/lib/claims/contract";
import { claimChanges } from "@/lib/claims/diff";
import { FIELD_LABELS } from "@/lib/claims/field-labels";
import { importClaims, IMPORT_COLUMNS, readImportFile } from "@/lib/claims/import";
import { createClaimSchema, updateClaimSchema } from "@/lib/claims/input";
import { loadClaimViews } from "@/lib/claims/load";
import { claimToJson, type ClaimJson } from "@/lib/claims/types";
import { createClaim, updateClaim } from "@/lib/claims/write";

/** Every optional text field of the contract: adding one to the contract puts it under this test. */
const OPTIONAL_TEXT = TEXT_FIELDS.filter((f) => !(REQUIRED_TEXT_FIELDS as string[]).includes(f));

let db: Db;
let editor: Actor;
let cleanup: () => void;
beforeEach(() => ({ db, editor, cleanup } = seededDb()));
afterEach(() => cleanup());

const valueFor = (field: TextField, n: number) => `${field} value ${n}`;
const revisionAfter = (id: number) =>
  db.select({ after: revisions.after }).from(revisions).where(eq(revisions.claimId, id)).all().at(-1)!.after as ClaimJson;

describe.each(OPTIONAL_TEXT)("the optional text field %s", (field) => {
  it("has a label and a form control, and the form's draft sends it trimmed (blank as null)", () => {
    expect(FIELD_LABELS[field]).toMatch(/\S/);
    const draft = { ...emptyDraft(["ana-de-armas", "tom-cruise"]), [field]: `  ${valueFor(field, 1)}  ` };
    expect(createPayload(draft, "draft")[field]).toBe(valueFor(field, 1));
    expect(createPayload(emptyDraft(), "draft")[field]).toBeNull();
    const html = renderToStaticMarkup(
      createElement(ClaimFields, {
        draft,
        set: () => undefined,
        errors: {},
        vocabulary: formVocabulary(),
        people: [],
        onPersonCreated: () => undefined,
        listId: "people",
      }),
    );
    expect(html).toContain(`id="claim-${field}"`);
  });

  it("is in the create and update schemas and the OpenAPI document's Claim", () => {
    expect(Object.keys(createClaimSchema.shape)).toContain(field);
    expect(Object.keys(updateClaimSchema.shape)).toContain(field);
    const doc = openApiDocument("https://example.test") as { components: { schemas: Record<string, { properties: object }> } };
    expect(Object.keys(doc.components.schemas.Claim.properties)).toContain(field);
  });

  it("goes through create, update, the JSON, the revisions and their diff", () => {
    const created = createClaim(db, editor, claimInput({ [field]: valueFor(field, 1) }));
    expect(claimToJson(created)[field]).toBe(valueFor(field, 1));
    expect(revisionAfter(created.id)[field]).toBe(valueFor(field, 1));
    expect(draftFromClaim(claimToJson(created))[field]).toBe(valueFor(field, 1));

    const updated = updateClaim(db, editor, created.id, { version: 1, [field]: valueFor(field, 2) });
    expect(claimToJson(updated)[field]).toBe(valueFor(field, 2));
    const after = revisionAfter(created.id);
    const change = claimChanges(claimToJson(created), after).find((c) => c.field === field);
    expect(change).toMatchObject({ label: FIELD_LABELS[field], before: valueFor(field, 1), after: valueFor(field, 2) });
  });

  it("is a CSV column the download writes and the import reads back", () => {
    const created = createClaim(db, editor, claimInput({ [field]: valueFor(field, 3), headline: "A claim to download" }));
    expect(IMPORT_COLUMNS).toContain(field);
    const view = loadClaimViews(db, { where: eq(claims.id, created.id) });
    const csv = claimsCsv(view, "https://example.test");
    expect((parse(csv, { columns: true }) as Record<string, string>[])[0][field]).toBe(valueFor(field, 3));

    // Imported back as a new claim (another headline, so it is no duplicate).
    const rows = readImportFile(csv.replace("A claim to download", "A claim imported back"), "csv");
    expect(rows[0].raw[field]).toBe(valueFor(field, 3));
    const report = importClaims(db, editor, rows, { dryRun: false });
    expect(report).toMatchObject({ inserted: 1, problems: [] });
    const imported = db.select().from(claims).where(eq(claims.headline, "A claim imported back")).get()!;
    expect(imported[field]).toBe(valueFor(field, 3));
    expect(revisionAfter(imported.id)[field]).toBe(valueFor(field, 3));
  });
});
