import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { ValidationError } from "@/lib/errors";
import { slugifyName } from "@/lib/slugs";
import { LIMITS, optionalText, requiredText } from "@/lib/validation";
import { nowIso, parseInput, writeTransaction } from "@/lib/write";
import type { PersonView } from "./queries";

export const createPersonSchema = z
  .object({
    name: requiredText(LIMITS.name, "Name"),
    aliases: z
      .array(requiredText(LIMITS.name, "Alias"), { error: "Aliases must be a list of names" })
      .max(LIMITS.aliases, `At most ${LIMITS.aliases} aliases`)
      .default([]),
    description: optionalText(LIMITS.description, "Description"),
  })
  .strict();

/** Creates a person; the slug comes from the name. A name whose slug is taken is a field error, not a silent twin. */
export function createPerson(db: Db, _actor: Actor | null, input: unknown): PersonView {
  const data = parseInput(createPersonSchema, input);
  const slug = slugifyName(data.name);
  if (!slug)
    throw new ValidationError("Some fields need fixing.", {
      name: "Name needs at least one Latin letter or digit for its URL; add a romanised alias to the name",
    });
  return writeTransaction(db, (tx) => {
    const existing = tx.select({ id: people.id }).from(people).where(eq(people.slug, slug)).get();
    if (existing) throw new ValidationError("Some fields need fixing.", { name: `A person with the slug "${slug}" already exists` });
    const now = nowIso();
    return tx
      .insert(people)
      .values({ slug, name: data.name, aliases: data.aliases, description: data.description, createdAt: now, updatedAt: now })
      .returning({ id: people.id, slug: people.slug, name: people.name, aliases: people.aliases, description: people.description })
      .get();
  });
}
