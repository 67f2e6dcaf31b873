import { demoOutlets, demoPeople } from "@/db/seed/demo";
import type { LedgerNames } from "./types";

/** The demo data's people and outlets as the extractor's ledger: what the scorer, the trainer and their tests match names against. */
export const DEMO_LEDGER: LedgerNames = {
  people: demoPeople.map((p) => ({ slug: p.slug, name: p.name, aliases: p.aliases ?? [] })),
  outlets: demoOutlets.map((o) => ({ slug: o.slug, name: o.name })),
};
