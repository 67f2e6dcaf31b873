const BASE = "http://same-site.invalid";

/** True when a browser, or a server that decodes once more, could read this path as another host. */
function leavesSite(path: string): boolean {
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return true;
  // Browsers treat "\" like "/" and strip tabs/newlines, so "/\t/evil.com" would become "//evil.com".
  if (/[\\\u0000-\u001f\u007f]/.test(path)) return true;
  // An encoded "/" or "\" in the path ("/%2F%2Fevil.com") becomes "//evil.com" to anything that decodes it again.
  const pathname = path.split(/[?#]/, 1)[0];
  return /%(?:2f|5c)/i.test(pathname);
}

/**
 * The `?next=` path to return to after sign-in, if it is safe: a same-site
 * relative path ("/editor/claims/3?x=1"). The check is on the final,
 * normalised path — after dot segments ("/./", "/%2e/..") are resolved — as
 * well as on the input, and the result must normalise to itself: anything that
 * could leave the site (absolute URLs, "//host", "/\host", "/.//host", encoded
 * slashes, control characters) falls back to the editors' dashboard.
 */
export function safeReturnPath(value: unknown, fallback = "/editor"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  if (leavesSite(value)) return fallback;
  try {
    const resolved = new URL(value, BASE);
    if (resolved.origin !== BASE) return fallback;
    const path = resolved.pathname + resolved.search + resolved.hash;
    if (leavesSite(path)) return fallback;
    // Stable under a second resolution, so what the browser follows is exactly what was checked.
    const again = new URL(path, BASE);
    if (again.origin !== BASE || again.pathname + again.search + again.hash !== path) return fallback;
    // Never bounce back to the sign-in page itself.
    if (resolved.pathname === "/login") return fallback;
    return path;
  } catch {
    return fallback;
  }
}
