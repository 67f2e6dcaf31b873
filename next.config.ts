import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() and app/forbidden.tsx: admin pages answer a signed-in editor with a real 403.
  experimental: { authInterrupts: true },
  // Native modules: never bundle them (better-sqlite3 is also on Next's default list; resvg rasterises chart PNGs).
  serverExternalPackages: ["better-sqlite3", "@resvg/resvg-js"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      {
        source: "/((?!embed/).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          // Embeds (/embed/…) are framable by any site and send their own `frame-ancestors *`; nothing else may be framed.
          // Pages get proxy.ts's nonce policy instead of this one; this one covers the API, feeds and other files:
          // opened as a document, none of them may load or run anything (inline styles for an SVG excepted).
          {
            key: "Content-Security-Policy",
            value: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
          },
        ],
      },
    ];
  },
};

export default nextConfig;
