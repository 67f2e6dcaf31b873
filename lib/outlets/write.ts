import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { OUTLET_GRADES } from "@/db/enums";
import { outlets } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { slugifyName } from "@/lib/slugs";
import { httpUrl, LIMITS, requiredText } from "@/lib/validation";
import { nowIso, parseInput, writeTransaction } from "@/lib/write";

const grade = z.enum(OUTLET_GRADES, { error: "Grade must be one of A, B, C, D, E, F" });

export const createOutletSchema = z
  .object({
    name: requiredText(LIMITS.name, "Name"),
    url: httpUrl,
    grade: grade.optional().meta({ description: "Admins only. Left out, the outlet is not yet graded until an admin grades it." }),
  })
  .strict();
export const updateOutletSchema = z
  .object({ name: requiredText(LIMITS.name, "Name").optional(), url: httpUrl.optional(), grade: grade.optional() })
  .strict();

export interface OutletRecord {
  id: number;
  slug: string;
  name: string;
  url: string | null;
  /** null: not yet graded. */
  grade: (typeof OUTLET_GRADES)[number] | null;
}

const returning = {
  id: outlets.id,
  slug: outlets.slug,
  name: outlets.name,
  url: outlets.url,
  grade: outlets.grade,
  gradePending: outlets.gradePending,
};

function toRecord(
  row: { gradePending: boolean } & Omit<OutletRecord, "grade"> & { grade: NonNullable<OutletRecord["grade"]> },
): OutletRecord {
  return { id: row.id, slug: row.slug, name: row.name, url: row.url, grade: row.gradePending ? null : row.grade };
}

/**
 * Creates an outlet. Editors may (inline from the claim form), but only an
 * admin grades one: an editor's outlet is not yet graded, and an editor who
 * sends a grade is refused. A null actor is a trusted script (seed, import).
 */
export function createOutlet(db: Db, actor: Actor | null, input: unknown): OutletRecord {
  const data = parseInput(createOutletSchema, input);
  if (data.grade !== undefined && actor !== null && actor.role !== "admin") {
    throw new ForbiddenError("Only admins grade outlets: leave out the grade and an admin will grade the outlet.");
  }
  const slug = slugifyName(data.name);
  if (!slug) throw new ValidationError("Some fields need fixing.", { name: "Name needs at least one Latin letter or digit" });
  return writeTransaction(db, (tx) => {
    if (tx.select({ id: outlets.id }).from(outlets).where(eq(outlets.slug, slug)).get()) {
      throw new ValidationError("Some fields need fixing.", { name: `An outlet with the slug "${slug}" already exists` });
    }
    const now = nowIso();
    const graded = data.grade === undefined ? { gradePending: true } : { grade: data.grade };
    return toRecord(
      tx
        .insert(outlets)
        .values({ slug, name: data.name, url: data.url, ...graded, createdAt: now, updatedAt: now })
        .returning(returning)
        .get(),
    );
  });
}

/** Changes an outlet's name, URL or reliability grade: admins only, since grades colour every claim citing it. */
export function updateOutlet(db: Db, actor: Actor, slug: string, input: unknown): OutletRecord {
  if (actor.role !== "admin") throw new ForbiddenError("Only admins change outlets and their grades.");
  const data = parseInput(updateOutletSchema, input);
  return writeTransaction(db, (tx) => {
    const now = nowIso();
    const row = tx
      .update(outlets)
      .set({ ...data, ...(data.grade === undefined ? {} : { gradePending: false }), updatedAt: now })
      .where(eq(outlets.slug, slug))
      .returning(returning)
      .get();
    if (!row) throw new NotFoundError(`No outlet "${slug}".`);
    return toRecord(row);
  });
}
