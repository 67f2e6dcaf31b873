import "server-only";
import type { Db } from "@/db/client";
import { findPair } from "@/lib/pairs/queries";
import { pairFeed } from "@/lib/site";
import { claimsAtomFeed } from "./atom";
import { feedClaims } from "./queries";
import { pairFeedPath, pairPath } from "@/lib/urls";

/** `/feed.xml`: the latest published claims (and corrections) across every pair. */
export function siteFeedXml(db: Db): string {
  return claimsAtomFeed({
    path: "/feed.xml",
    pagePath: "/",
    title: "Rumor Ledger: latest claims",
    subtitle: "Celebrity rumors with their receipts: every new or corrected claim, with its confidence and its sources.",
    claims: feedClaims(db),
  });
}

export type PairFeedResult = { xml: string } | { redirectTo: string } | null;

/** `/pairs/[slug]/feed.xml`: one pair's claims; the reversed slug answers with the canonical one to redirect to. */
export function pairFeedXml(db: Db, slug: string): PairFeedResult {
  const lookup = findPair(db, slug);
  if (!lookup) return null;
  if ("redirectTo" in lookup) return { redirectTo: pairFeedPath(lookup.redirectTo) };
  const pair = lookup.found;
  const names = `${pair.people[0].name} & ${pair.people[1].name}`;
  return {
    xml: claimsAtomFeed({
      path: pairFeed(pair.slug, names).url,
      pagePath: pairPath(pair.slug),
      title: `${names}: the rumor file (Rumor Ledger)`,
      subtitle: `Every published claim about ${names}, with its confidence and its sources; corrections appear as updated entries.`,
      claims: feedClaims(db, { pairId: pair.id }),
    }),
  };
}
