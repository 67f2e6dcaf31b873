import { createHash } from "node:crypto";
import { contentSecurityPolicy } from "@/lib/http/csp";

/**
 * Turns a page rendered for one anonymous request (a per-request nonce policy,
 * see proxy.ts) into a page many readers can share: every inline script that
 * carries the render's own nonce is allowed by its SHA-256 hash instead, and
 * the nonce attributes are removed, so the body and its policy no longer hold
 * a secret that repeats. Text stored by an editor cannot carry the nonce (it
 * was drawn at render time and React escapes text anyway), so it gains no
 * hash and, were it ever to reach the page as a script, would not run.
 * Pure: unit-tested without a server.
 */
export function sharePage(html: string, nonce: string, options: { development?: boolean } = {}): { html: string; policy: string } {
  if (!/^[A-Za-z0-9+/=]{16,}$/.test(nonce)) throw new Error("sharePage: not a render nonce");
  const attribute = ` nonce="${nonce}"`;
  const hashes = new Set<string>();
  // An inline script ends at the first `</script` (HTML's own rule); Next escapes that sequence inside its data.
  const out = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (whole, attrs: string, body: string) => {
    if (!attrs.includes(attribute)) return whole;
    if (!/\ssrc=/i.test(attrs) && body !== "") hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
    return `<script${attrs.replaceAll(attribute, "")}>${body}</script>`;
  });
  // Next also marks its <link rel="preload" as="script"> (and any other tag) with the nonce: harmless once unused, removed all the same.
  const shared = out.replace(/<(link|style|meta)\b[^>]*>/gi, (tag) => tag.replaceAll(attribute, ""));
  return { html: shared, policy: contentSecurityPolicy({ hashes: [...hashes], frameable: false, development: options.development }) };
}

/** The nonce of a policy that proxy.ts made for one request, or null. */
export function policyNonce(policy: string | null): string | null {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy ?? "")?.[1] ?? null;
}
