/**
 * The authorisation matrix of the write API: every mutating route × every kind
 * of caller → the exact status it must get. The matrix test runs it against
 * the real handlers; `matrixMarkdown` prints it for the issue note.
 */
export const CALLERS = [
  "anonymous",
  "stale cookie",
  "unknown cookie",
  "revoked token",
  "cross-site cookie",
  "editor cookie",
  "editor token",
  "admin cookie",
  "admin token",
] as const;
export type Caller = (typeof CALLERS)[number];

// prettier-ignore
export const EXPECTED_STATUS: Record<string, readonly number[]> = {
  //                                   anon stale unkn revok xsite edCk edTk adCk adTk
  "POST /api/v1/people":              [401, 401, 401, 401, 403, 201, 201, 201, 201],
  "POST /api/v1/pairs":               [401, 401, 401, 401, 403, 201, 201, 201, 201],
  "POST /api/v1/outlets":             [401, 401, 401, 401, 403, 201, 201, 201, 201],
  "PATCH /api/v1/outlets/[slug]":     [401, 401, 401, 401, 403, 403, 403, 200, 200],
  "POST /api/v1/claims":              [401, 401, 401, 401, 403, 201, 201, 201, 201],
  "PATCH /api/v1/claims/[id]":        [401, 401, 401, 401, 403, 200, 200, 200, 200],
  "POST /api/v1/claims/[id]/publish": [401, 401, 401, 401, 403, 200, 200, 200, 200],
  "POST /api/v1/claims/[id]/retract": [401, 401, 401, 401, 403, 200, 200, 200, 200],
  "POST /api/v1/claims/[id]/discard": [401, 401, 401, 401, 403, 204, 204, 204, 204],
  "POST /api/v1/claims/[id]/settle":  [401, 401, 401, 401, 403, 200, 200, 200, 200],
  "POST /api/v1/claims/[id]/unsettle":[401, 401, 401, 401, 403, 200, 200, 200, 200],
  "POST /api/v1/import":              [401, 401, 401, 401, 403, 200, 200, 200, 200],
  // Suggests claims from an article: editors only, and it writes nothing.
  "POST /api/v1/extract":             [401, 401, 401, 401, 403, 200, 200, 200, 200],
  // Sign-in needs no prior identity (the body carries the credentials) but is refused cross-site.
  "POST /api/v1/session":             [200, 200, 200, 200, 403, 200, 200, 200, 200],
  // Sign-out is idempotent: with no live cookie there is nothing to end.
  "DELETE /api/v1/session":           [204, 204, 204, 204, 403, 204, 204, 204, 204],
  // Minting a token needs a browser session: a token cannot mint its own successor.
  "POST /api/v1/tokens":              [401, 401, 401, 401, 403, 201, 403, 201, 403],
  "DELETE /api/v1/tokens/[id]":       [401, 401, 401, 401, 403, 204, 204, 204, 204],
};

export function expectedStatus(route: string, caller: Caller): number {
  return EXPECTED_STATUS[route][CALLERS.indexOf(caller)];
}

/** The matrix as a Markdown table (route × caller → status). */
export function matrixMarkdown(statuses: Record<string, readonly number[]> = EXPECTED_STATUS): string {
  const header = `| route | ${CALLERS.join(" | ")} |`;
  const rule = `|---|${CALLERS.map(() => "---").join("|")}|`;
  const rows = Object.entries(statuses).map(([route, list]) => `| \`${route}\` | ${list.join(" | ")} |`);
  return [header, rule, ...rows].join("\n");
}
