/**
 * The `?next=` path to return to after sign-in, if it is safe: a same-site
 * relative path ("/editor/claims/3?x=1"). Anything that could leave the site —
 * absolute URLs, protocol-relative "//host", backslash tricks, control
 * characters — falls back to the editors' dashboard.
 */
export function safeReturnPath(value: unknown, fallback = "/editor"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Browsers treat "\" like "/" and strip tabs/newlines, so "/\t/evil.com" would become "//evil.com".
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const resolved = new URL(value, "http://same-site.invalid");
    if (resolved.origin !== "http://same-site.invalid") return fallback;
    // Never bounce back to the sign-in page itself.
    if (resolved.pathname === "/login") return fallback;
    return resolved.pathname + resolved.search + resolved.hash;
  } catch {
    return fallback;
  }
}
