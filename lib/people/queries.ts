import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";

export interface PersonView {
  id: number;
  slug: string;
  name: string;
  aliases: string[];
  description: string | null;
}

/** A person by slug, or null. */
export function personBySlug(db: Db, slug: string): PersonView | null {
  const row = db
    .select({ id: people.id, slug: people.slug, name: people.name, aliases: people.aliases, description: people.description })
    .from(people)
    .where(eq(people.slug, slug))
    .get();
  return row ?? null;
}
