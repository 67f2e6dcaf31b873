import "server-only";
import type { Db } from "@/db/client";
import { memoForLedger } from "@/lib/cache/ledger-cache";
import { chartData, type AnyChartData } from "@/lib/charts/chart-data";
import { publishedChartClaims } from "@/lib/charts/queries";
import { CHART_VIEWS, type ChartView } from "@/lib/charts/types";
import { filtersToQuery, type ClaimFilters } from "@/lib/claims/filters";
import { readerTimelinePage, retractedClaimsForPair, type TimelinePage } from "@/lib/claims/queries";
import type { ClaimView } from "@/lib/claims/types";
import { todayIso } from "@/lib/dates";
import { pageOf, type PageOf } from "@/lib/paging";
import { findPair, outletsForPair, trendingPairs, type PairLookup, type PairSummary } from "./queries";

/*
 * The pair page reads through these: each is computed once per ledger version
 * and day, so a pair with 50,000 claims costs what a pair with 50 does until
 * something is written. See lib/cache/ledger-cache.ts.
 */

/** findPair, remembered until the ledger changes (heat included, for today). */
export function cachedPairLookup(db: Db, slug: string, today: string = todayIso()): PairLookup {
  return memoForLedger(db, `pair:${slug}`, today, () => findPair(db, slug, today));
}

export interface PairOverview {
  charts: { view: ChartView; data: AnyChartData }[];
  outlets: ReturnType<typeof outletsForPair>;
  corrections: ClaimView[];
}

/** Everything on the pair page that does not depend on the reader's filters: the four charts, the sources, the corrections. */
export function pairOverview(db: Db, pairId: number, today: string = todayIso()): PairOverview {
  return memoForLedger(db, `pair-overview:${pairId}`, today, () => {
    const claims = publishedChartClaims(db, pairId);
    return {
      charts: CHART_VIEWS.map((view) => ({ view, data: chartData(view, claims, {}, today) })),
      outlets: outletsForPair(db, pairId),
      corrections: retractedClaimsForPair(db, pairId),
    };
  });
}

/** One page of the filtered timeline, remembered per filters and page. */
export function cachedTimelinePage(db: Db, pairId: number, filters: ClaimFilters, page: number, today: string = todayIso()): TimelinePage {
  return memoForLedger(db, `timeline:${pairId}:${filtersToQuery(filters)}:${page}`, today, () =>
    readerTimelinePage(db, pairId, filters, page),
  );
}

/** Pairs per page of the home page's trending list: its HTML stays bounded however many pairs the ledger holds. */
export const TRENDING_PAGE_SIZE = 50;

/** One page of the trending pairs (hottest first), the whole ranking remembered per ledger version and day. */
export function trendingPage(db: Db, page: number, today: string = todayIso()): PageOf<PairSummary> {
  return pageOf(
    memoForLedger(db, "trending", today, () => trendingPairs(db, today)),
    page,
    TRENDING_PAGE_SIZE,
  );
}
