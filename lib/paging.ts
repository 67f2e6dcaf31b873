/** One page of a list that readers page through with `?page=N`. */
export interface PageOf<T> {
  items: T[];
  /** The page shown (1-based), after clamping. */
  page: number;
  pageCount: number;
  total: number;
}

/**
 * The page a reader asked for in `?page=`: a whole number from 1 (any number
 * of digits: a page past the end is clamped by `pageOf`), else the first page
 * (a missing, repeated, zero, negative or non-numeric value).
 */
export function requestedPage(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || !/^\d+$/.test(value)) return 1;
  const page = Number(value);
  return Number.isFinite(page) && page >= 1 ? page : 1;
}

/**
 * Where a request for `path` with `?page=raw` belongs when the page actually
 * shown is `shown`: null when it is already there, else the one canonical URL
 * of that page (so `?page=1`, `?page=0`, `?page=01`, `?page=abc` and pages past
 * the end each redirect to a URL caches hold once).
 */
export function canonicalPageRedirect(path: string, raw: string | string[] | undefined, shown: number): string | null {
  if (raw === undefined) return shown === 1 ? null : pageHref(path, shown);
  return raw === String(shown) && shown > 1 ? null : pageHref(path, shown);
}

/** Page `page` of `all` in pages of `size`: clamped to the last page, and one empty page for an empty list. */
export function pageOf<T>(all: readonly T[], page: number, size: number): PageOf<T> {
  const pageCount = Math.max(1, Math.ceil(all.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { items: all.slice((current - 1) * size, current * size), page: current, pageCount, total: all.length };
}

/** `path` with `?page=N`, or plain `path` for the first page (one URL per page, so caches hold one copy of each). */
export function pageHref(path: string, page: number): string {
  return page > 1 ? `${path}?page=${page}` : path;
}
