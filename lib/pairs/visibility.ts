import { sql, type SQL } from "drizzle-orm";

/*
 * A pair exists for readers only from its first published claim. A pair made
 * with POST /api/v1/pairs, or by saving a draft for two people, stays out of
 * every reader surface (pages, embeds, images, oEmbed, feeds, sitemap, search,
 * person pages, the anonymous API) until one of its claims is published: its
 * mere existence says what the desk is working on. A retracted claim was
 * published, so a pair whose claims are all retracted stays public with its
 * record of corrections. Editors see every pair on their own side.
 *
 * This file is the one statement of that rule: the drizzle condition for
 * query-builder reads, and the same condition as SQL text for the few raw
 * statements (search).
 */

/** Who a pair read is for: readers see public pairs only; editors see every pair. */
export type PairAudience = "readers" | "editors";

/** The claim statuses that make a pair public: published now, or published once and since retracted. */
export const PUBLIC_PAIR_STATUSES = ["published", "retracted"] as const;

/** Raw SQL: the pair whose id is `${pairIdColumn}` is public. For prepared statements outside drizzle. */
export function publicPairSql(pairIdColumn: string): string {
  return `EXISTS (SELECT 1 FROM claims AS pub WHERE pub.pair_id = ${pairIdColumn} AND pub.status IN (${PUBLIC_PAIR_STATUSES.map((s) => `'${s}'`).join(", ")}))`;
}

/** Drizzle condition on the `pairs` table: the pair is public. */
export const pairIsPublic: SQL = sql.raw(publicPairSql(`"pairs"."id"`));

/** The condition an audience's pair reads carry: the public rule for readers, none for editors. */
export function pairsVisibleTo(audience: PairAudience): SQL | undefined {
  return audience === "readers" ? pairIsPublic : undefined;
}
