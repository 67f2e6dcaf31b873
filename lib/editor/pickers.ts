import "server-only";
import { asc } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { OutletGrade } from "@/db/enums";
import { outlets, people } from "@/db/schema";
import { outletGrade } from "@/lib/outlets/grade";

export interface PersonOption {
  slug: string;
  name: string;
  description: string | null;
}

export interface OutletOption {
  slug: string;
  name: string;
  url: string | null;
  grade: OutletGrade | null;
}

/** Every person, by name, for the claim form's pickers. */
export function personOptions(db: Db): PersonOption[] {
  return db
    .select({ slug: people.slug, name: people.name, description: people.description })
    .from(people)
    .orderBy(asc(people.name), asc(people.slug))
    .all();
}

/** Every outlet, by name, for citation pickers and the outlets page. */
export function outletOptions(db: Db): OutletOption[] {
  return db
    .select({ slug: outlets.slug, name: outlets.name, url: outlets.url, grade: outletGrade })
    .from(outlets)
    .orderBy(asc(outlets.name), asc(outlets.slug))
    .all();
}
