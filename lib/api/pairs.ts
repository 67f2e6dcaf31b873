import "server-only";
import { and, eq, gt, inArray, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { ClaimStatus } from "@/db/enums";
import { claims } from "@/db/schema";
import { loadClaimViews, READER_VISIBLE_STATUSES } from "@/lib/claims/load";
import { filterConditions } from "@/lib/claims/queries";
import { claimToJson, type ClaimView } from "@/lib/claims/types";
import { UnauthenticatedError, NotFoundError } from "@/lib/errors";
import { findPair, trendingPairs, type PairAudience, type PairSummary } from "@/lib/pairs/queries";
import { decodeCursor, encodeCursor } from "./cursor";
import { apiJson, parsePathParam, parseQuery, readScope, redirectResponse, type ReadScope } from "./read";
import { noQuerySchema, pairClaimsCsvQuerySchema, pairClaimsQuerySchema, pairSlugParam } from "./schemas";
import { claimsCsv } from "./csv";
import { conditionalResponse, PRIVATE_CACHE, PUBLIC_CACHE } from "@/lib/http/cache";
import { absoluteUrl, apiPairClaimsCsvPath, apiPairClaimsPath, apiPairPath } from "@/lib/urls";
import type { z } from "zod";

/** A pair in the JSON contract: slugs, status and heat today (one decimal). */
export function pairToJson(pair: PairSummary) {
  return {
    slug: pair.slug,
    people: [pair.people[0].slug, pair.people[1].slug] as [string, string],
    status: pair.status,
    heat: Math.round(pair.heat * 10) / 10,
  };
}

/**
 * Which pairs a caller sees: editors every pair, anonymous callers only pairs
 * with a published claim (lib/pairs/visibility.ts). Answers for editors are
 * private (apiJson), so a pair readers may not see never reaches a shared cache.
 */
export function audienceOf(scope: ReadScope): PairAudience {
  return scope.editor ? "editors" : "readers";
}

/** The pair for a slug, or a redirect for the reversed order, or a 404 (also for a pair the audience may not see). */
export function pairOr404(db: Db, rawSlug: string, audience: PairAudience = "readers"): { pair: PairSummary } | { redirectTo: string } {
  const slug = parsePathParam(pairSlugParam, rawSlug, "pair");
  const lookup = findPair(db, slug, undefined, audience);
  if (!lookup) throw new NotFoundError(`No pair "${slug}".`);
  return "redirectTo" in lookup ? { redirectTo: lookup.redirectTo } : { pair: lookup.found };
}

/** GET /api/v1/pairs — every pair, hottest first. */
export function listPairsResponse(db: Db, request: Request): Response {
  const scope = readScope(db, request);
  parseQuery(request, noQuerySchema);
  return apiJson(request, { data: trendingPairs(db, undefined, audienceOf(scope)).map(pairToJson) }, scope);
}

/** GET /api/v1/pairs/{slug} — one pair with its names and claim counts. */
export function pairResponse(db: Db, request: Request, rawSlug: string): Response {
  const scope = readScope(db, request);
  parseQuery(request, noQuerySchema);
  const found = pairOr404(db, rawSlug, audienceOf(scope));
  if ("redirectTo" in found) return redirectResponse(request, apiPairPath(found.redirectTo));
  const { pair } = found;
  return apiJson(
    request,
    {
      ...pairToJson(pair),
      names: [pair.people[0].name, pair.people[1].name],
      publishedClaims: pair.publishedClaims,
      latestClaimOn: pair.latestClaimOn,
    },
    scope,
  );
}

/**
 * Which statuses a caller gets: published and retracted unless they ask for
 * others. Drafts come only when an editor asks for them by name (so a file an
 * editor downloads for readers never carries one by accident); an anonymous
 * request for drafts is a 401.
 */
export function statusesFor(scope: ReadScope, requested: ClaimStatus[]): ClaimStatus[] {
  if (requested.length === 0) return [...READER_VISIBLE_STATUSES];
  if (!scope.editor && requested.includes("draft"))
    throw new UnauthenticatedError("Drafts are for editors: sign in or send an editor's API token.");
  return requested;
}

type PairClaimsQuery = z.output<typeof pairClaimsQuerySchema>;

/**
 * One page of a pair's claims in timeline order (oldest first, then by id),
 * filtered, with a keyset cursor: walking `nextCursor` visits every claim
 * exactly once, even while claims are added.
 */
export function pairClaimsPage(
  db: Db,
  pairId: number,
  query: Omit<PairClaimsQuery, "limit"> & { limit: number },
  statuses: ClaimStatus[],
): { data: ClaimView[]; nextCursor: string | null } {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const where = and(
    eq(claims.pairId, pairId),
    inArray(claims.status, statuses),
    ...filterConditions(db, query),
    after ? or(gt(claims.occurredStart, after.start), and(eq(claims.occurredStart, after.start), gt(claims.id, after.id))) : undefined,
  );
  const rows = loadClaimViews(db, { where, order: "occurred-asc", limit: query.limit + 1 });
  const data = rows.slice(0, query.limit);
  const last = data[data.length - 1];
  return { data, nextCursor: rows.length > query.limit && last ? encodeCursor({ start: last.occurredStart, id: last.id }) : null };
}

/** GET /api/v1/pairs/{slug}/claims — a page of the pair's claims, filtered. */
export function pairClaimsResponse(db: Db, request: Request, rawSlug: string): Response {
  const scope = readScope(db, request);
  const query = parseQuery(request, pairClaimsQuerySchema);
  const statuses = statusesFor(scope, query.status);
  const found = pairOr404(db, rawSlug, audienceOf(draftsIn(scope, statuses)));
  if ("redirectTo" in found) return redirectResponse(request, apiPairClaimsPath(found.redirectTo));
  const page = pairClaimsPage(db, found.pair.id, query, statuses);
  return apiJson(request, { data: page.data.map(claimToJson), nextCursor: page.nextCursor }, draftsIn(scope, statuses));
}

/** Answers holding drafts are private to the editor; the rest are public whoever asked. */
export function draftsIn(scope: ReadScope, statuses: ClaimStatus[]): ReadScope {
  return { editor: scope.editor && statuses.includes("draft") };
}

/** GET /api/v1/pairs/{slug}/claims.csv — the pair's claims (filtered, every page) as RFC 4180 CSV. */
export function pairClaimsCsvResponse(db: Db, request: Request, rawSlug: string): Response {
  const scope = readScope(db, request);
  const query = parseQuery(request, pairClaimsCsvQuerySchema);
  const statuses = statusesFor(scope, query.status);
  const found = pairOr404(db, rawSlug, audienceOf(draftsIn(scope, statuses)));
  if ("redirectTo" in found) return redirectResponse(request, apiPairClaimsCsvPath(found.redirectTo));
  const rows = loadClaimViews(db, {
    where: and(eq(claims.pairId, found.pair.id), inArray(claims.status, statuses), ...filterConditions(db, query)),
    order: "occurred-asc",
  });
  return conditionalResponse(request, claimsCsv(rows, absoluteUrl("/")), {
    contentType: "text/csv; charset=utf-8; header=present",
    cacheControl: draftsIn(scope, statuses).editor ? PRIVATE_CACHE : PUBLIC_CACHE,
    headers: {
      "Content-Disposition": `attachment; filename="${found.pair.slug}-claims.csv"`,
      Vary: "Authorization, Cookie",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
