import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { currentUser } from "@/lib/auth/session";
import { signOutAction } from "./login/actions";
import { SITE_FEED, TITLE_SUFFIX } from "@/lib/site";
import { pageOrigin } from "@/lib/http/page-origin";
import { SiteSearch } from "./_components/site-search";
import "./globals.css";

/** Canonical links and og:image are made absolute on this request's own origin (lib/urls decides which). */
export async function generateMetadata(): Promise<Metadata> {
  return {
    title: { default: "Rumor Ledger — celebrity rumors with their receipts", template: `%s${TITLE_SUFFIX}` },
    description: "Every celebrity romance rumor, claim by claim: who said it, where, how sure we are, and how the story developed.",
    metadataBase: new URL(await pageOrigin()),
    // Pages set their own canonical URL (with the feeds again: a page's `alternates` replaces this one).
    alternates: { types: { "application/atom+xml": [SITE_FEED] } },
  };
}

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbf8f3" },
    { media: "(prefers-color-scheme: dark)", color: "#16151a" },
  ],
};

// Every render carries its request's CSP nonce on its scripts (proxy.ts), which only a
// per-request render can do: a page prerendered at build time would have scripts without it.
// Anonymous readers still share one render per ledger version: server.mjs's front keeps it
// with a hash policy in place of the nonce (lib/cache/front.ts, ADR 15).
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Readers are anonymous and see the plain header; a signed-in editor also gets the way in and out.
  const user = await currentUser();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap header-inner">
            <Link href="/" className="brand">
              <span className="brand-mark" aria-hidden="true">
                ❦
              </span>{" "}
              Rumor Ledger
            </Link>
            <SiteSearch />
            <nav aria-label="Site">
              <ul>
                <li>
                  <Link href="/">Pairs</Link>
                </li>
                <li>
                  <Link href="/how-we-grade">How we grade</Link>
                </li>
                {user ? (
                  <>
                    <li>
                      <Link href="/editor" title={`Signed in as ${user.email}`}>
                        Editor
                      </Link>
                    </li>
                    <li>
                      <form action={signOutAction} className="sign-out">
                        <button type="submit" className="link-button">
                          Sign out
                        </button>
                      </form>
                    </li>
                  </>
                ) : null}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              Rumor Ledger keeps the receipts: every claim has its sources, its date as precisely as it is known and a published{" "}
              <Link href="/how-we-grade">confidence grade</Link>. Retracted claims stay visible with their correction.
            </p>
            <p>
              Follow: <a href="/feed.xml">Atom feed of the latest claims</a> · Take the data:{" "}
              <a href="/api/v1/openapi.json">the read API</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
