import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() and app/forbidden.tsx: admin pages answer a signed-in editor with a real 403.
  experimental: { authInterrupts: true },
  // better-sqlite3 is a native module: never bundle it (it is also on Next's default list).
  serverExternalPackages: ["better-sqlite3"],
  async headers() {
    return [
      {
        source: "/((?!embed/).*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
