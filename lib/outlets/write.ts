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

export const createOutletSchema = z.object({ name: requiredText(LIMITS.name, "Name"), url: httpUrl, grade }).strict();
export const updateOutletSchema = z.object({ name: requiredText(LIMITS.name, "Name").optional(), url: httpUrl.optional(), grade: grade.optional() }).strict();

export interface OutletRecord {
  id: number;
  slug: string;
  name: string;
  url: string | null;
  grade: (typeof OUTLET_GRADES)[number];
}

const returning = { id: outlets.id, slug: outlets.slug, name: outlets.name, url: outlets.url, grade: outlets.grade };

/** Creates an outlet (editors may, inline from the claim form). */
export function createOutlet(db: Db, _actor: Actor | null, input: unknown): OutletRecord {
  const data = parseInput(createOutletSchema, input);
  const slug = slugifyName(data.name);
  if (!slug) throw new ValidationError("Some fields need fixing.", { name: "Name needs at least one Latin letter or digit" });
  return writeTransaction(db, (tx) => {
    if (tx.select({ id: outlets.id }).from(outlets).where(eq(outlets.slug, slug)).get()) {
      throw new ValidationError("Some fields need fixing.", { name: `An outlet with the slug "${slug}" already exists` });
    }
    const now = nowIso();
    return tx.insert(outlets).values({ slug, name: data.name, url: data.url, grade: data.grade, createdAt: now, updatedAt: now }).returning(returning).get();
  });
}

/** Changes an outlet's name, URL or reliability grade: admins only, since grades colour every claim citing it. */
export function updateOutlet(db: Db, actor: Actor, slug: string, input: unknown): OutletRecord {
  if (actor.role !== "admin") throw new ForbiddenError("Only admins change outlets and their grades.");
  const data = parseInput(updateOutletSchema, input);
  return writeTransaction(db, (tx) => {
    const row = tx.update(outlets).set({ ...data, updatedAt: nowIso() }).where(eq(outlets.slug, slug)).returning(returning).get();
    if (!row) throw new NotFoundError(`No outlet "${slug}".`);
    return row;
  });
}
