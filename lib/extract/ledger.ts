import "server-only";
import { asc } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outlets, people } from "@/db/schema";
import type { LedgerNames } from "./types";

/** The ledger's people (with aliases) and outlets, for giving known names their slugs. */
export function ledgerNames(db: Db): LedgerNames {
  return {
    people: db.select({ slug: people.slug, name: people.name, aliases: people.aliases }).from(people).orderBy(asc(people.id)).all(),
    outlets: db.select({ slug: outlets.slug, name: outlets.name }).from(outlets).orderBy(asc(outlets.id)).all(),
  };
}
