import "server-only";
import { eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { PAIR_STATUSES } from "@/db/enums";
import { pairs, people } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { canonicalPairSlug } from "@/lib/slugs";
import { slugField } from "@/lib/validation";
import { nowIso, parseInput, writeTransaction } from "@/lib/write";

const status = z.enum(PAIR_STATUSES, { error: `Status must be one of: ${PAIR_STATUSES.join(", ")}` });

export const createPairSchema = z
  .object({
    people: z.tuple([slugField("First person"), slugField("Second person")], { error: "People must be a list of two person slugs" }),
    status: status.default("rumored"),
  })
  .strict()
  .refine((v) => v.people[0] !== v.people[1], { path: ["people"], message: "A pair needs two different people" });

export interface PairRecord {
  slug: string;
  people: [string, string];
  status: (typeof PAIR_STATUSES)[number];
}

/** Creates a pair of two existing, distinct people under its canonical slug. */
export function createPair(db: Db, _actor: Actor | null, input: unknown): PairRecord {
  const data = parseInput(createPairSchema, input);
  const slug = canonicalPairSlug(data.people[0], data.people[1]);
  const [a, b] = slug.split("--") as [string, string];
  return writeTransaction(db, (tx) => {
    const found = new Map(
      tx
        .select({ id: people.id, slug: people.slug })
        .from(people)
        .where(inArray(people.slug, [a, b]))
        .all()
        .map((p) => [p.slug, p.id]),
    );
    const fields: Record<string, string> = {};
    data.people.forEach((s, i) => {
      if (!found.has(s)) fields[`people.${i}`] = `No person with the slug "${s}"`;
    });
    if (Object.keys(fields).length) throw new ValidationError("Some fields need fixing.", fields);
    if (tx.select({ id: pairs.id }).from(pairs).where(eq(pairs.slug, slug)).get())
      throw new ValidationError("Some fields need fixing.", { people: `The pair "${slug}" already exists` });
    const now = nowIso();
    tx.insert(pairs)
      .values({ slug, personAId: found.get(a)!, personBId: found.get(b)!, status: data.status, createdAt: now, updatedAt: now })
      .run();
    return { slug, people: [a, b], status: data.status };
  });
}

/** Sets a pair's headline status (rumored, dating, confirmed, …). */
export function setPairStatus(db: Db, _actor: Actor, slug: string, input: unknown): PairRecord {
  const data = parseInput(z.object({ status }).strict(), input);
  return writeTransaction(db, (tx) => {
    const row = tx
      .update(pairs)
      .set({ status: data.status, updatedAt: nowIso() })
      .where(eq(pairs.slug, slug))
      .returning({ slug: pairs.slug })
      .get();
    if (!row) throw new NotFoundError(`No pair "${slug}".`);
    const [a, b] = row.slug.split("--") as [string, string];
    return { slug: row.slug, people: [a, b], status: data.status };
  });
}
