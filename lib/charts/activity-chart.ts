import { CLAIM_KINDS, type ClaimKind } from "@/db/enums";
import { formatPartialDate } from "@/lib/dates";
import { plural, publishedInRange } from "./range";
import { kindPhrase, kindPlural } from "./words";
import type { ChartClaim, ChartRange } from "./types";

export type KindCounts = Record<ClaimKind, number>;

export interface ActivityBin {
  /** `YYYY-MM` for a month, `YYYY` for a year. */
  key: string;
  label: string;
  shortLabel: string;
  counts: KindCounts;
  total: number;
  /** How many of the claims counted here are only approximately dated (circa). */
  approximate: number;
}

export interface ActivityChartData {
  view: "activity";
  /** Months from the first to the last month-dated claim, empty months included; whole years when that span passes eight years. */
  binning: "month" | "year";
  bins: ActivityBin[];
  /** Claims dated only to a year, per year: shown apart, never spread over months they may not belong to. */
  yearOnly: ActivityBin[];
  kinds: ClaimKind[];
  maxTotal: number;
  claimCount: number;
}

const MAX_MONTH_BINS = 96;
const emptyCounts = (): KindCounts => Object.fromEntries(CLAIM_KINDS.map((k) => [k, 0])) as KindCounts;
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function monthKeys(first: string, last: string): string[] {
  const keys: string[] = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    keys.push(`${y}-${String(m).padStart(2, "0")}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return keys;
}

function bin(key: string): ActivityBin {
  const isMonth = key.length === 7;
  return {
    key,
    label: isMonth ? formatPartialDate(key, "month") : key,
    shortLabel: isMonth ? SHORT_MONTHS[Number(key.slice(5)) - 1] : key,
    counts: emptyCounts(),
    total: 0,
    approximate: 0,
  };
}

/**
 * The activity view: published claims per month, stacked by kind. A claim
 * dated to a day or a month counts in its month (circa months are counted and
 * flagged approximate); a claim dated only to a year goes to a separate
 * "month unknown" bar for that year, because putting it in any month would
 * invent a date.
 */
export function activityChartData(claims: readonly ChartClaim[], range: ChartRange = {}): ActivityChartData {
  const published = publishedInRange(claims, range);
  const dated = published.filter((c) => c.occurredOn.length >= 7);
  const undated = published.filter((c) => c.occurredOn.length === 4);
  const months = dated.map((c) => c.occurredOn.slice(0, 7));
  const spanKeys = months.length ? monthKeys(months[0], months[months.length - 1]) : [];
  const binning: "month" | "year" = spanKeys.length > MAX_MONTH_BINS ? "year" : "month";

  const bins = new Map<string, ActivityBin>();
  const yearOnly = new Map<string, ActivityBin>();
  if (binning === "month") for (const key of spanKeys) bins.set(key, bin(key));
  const add = (target: Map<string, ActivityBin>, key: string, c: ChartClaim) => {
    const b = target.get(key) ?? bin(key);
    b.counts[c.kind]++;
    b.total++;
    if (c.precision === "circa") b.approximate++;
    target.set(key, b);
  };
  for (const c of dated) add(bins, binning === "month" ? c.occurredOn.slice(0, 7) : c.occurredOn.slice(0, 4), c);
  for (const c of undated) add(binning === "month" ? yearOnly : bins, c.occurredOn, c);
  if (binning === "year") {
    const years = [...bins.keys()].map(Number).sort((a, b) => a - b);
    for (let y = years[0]; y <= years[years.length - 1]; y++) if (!bins.has(String(y))) bins.set(String(y), bin(String(y)));
  }

  const ordered = [...bins.values()].sort((a, b) => a.key.localeCompare(b.key));
  const yearly = [...yearOnly.values()].sort((a, b) => a.key.localeCompare(b.key));
  const kinds = CLAIM_KINDS.filter((k) => published.some((c) => c.kind === k));
  return {
    view: "activity",
    binning,
    bins: ordered,
    yearOnly: yearly,
    kinds,
    maxTotal: Math.max(0, ...ordered.map((b) => b.total), ...yearly.map((b) => b.total)),
    claimCount: published.length,
  };
}

/** One sentence on when the story was busiest. */
export function activitySummary(data: ActivityChartData): string {
  if (data.claimCount === 0) return "No published claims in this period.";
  const unit = data.binning === "month" ? "month" : "year";
  const busiest = data.bins.reduce<ActivityBin | null>((best, b) => (b.total > 0 && (!best || b.total >= best.total) ? b : best), null);
  const yearOnly = data.yearOnly.reduce((n, b) => n + b.total, 0);
  const yearOnlyText = yearOnly
    ? `${busiest ? "; " : ""}${plural(yearOnly, "claim")} ${yearOnly === 1 ? "is" : "are"} dated only to a year and ${yearOnly === 1 ? "is" : "are"} shown apart`
    : "";
  if (!busiest) {
    return yearOnly === 1
      ? "The only published claim is dated only to a year, so it is shown by year, not by month."
      : `All ${plural(yearOnly, "published claim")} are dated only to a year, so they are shown by year, not by month.`;
  }
  const top = (Object.entries(busiest.counts) as [ClaimKind, number][]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])[0];
  const topText =
    busiest.total === 1
      ? ` (${kindPhrase(top[0], 1)})`
      : top[1] === busiest.total
        ? ` (all ${kindPlural(top[0])})`
        : top[1] === 1
          ? ""
          : ` (${kindPhrase(top[0], top[1], { article: false })} among them)`;
  return `The busiest ${unit} was ${busiest.label}, with ${plural(busiest.total, "published claim")}${topText}${yearOnlyText}.`;
}
