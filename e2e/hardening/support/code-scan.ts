import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./server";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const SOURCE = /\.(ts|tsx|js|jsx|mjs)$/;

function walk(dir: string, visit: (file: string) => void) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else if (SOURCE.test(entry.name) && !/\.test\.[jt]sx?$/.test(entry.name)) visit(full);
  }
}

export interface RouteExport {
  method: string;
  /** The URL pattern, e.g. /api/v1/claims/[id]/publish (route groups dropped). */
  pattern: string;
  file: string;
}

/** Every HTTP method exported by every route handler under app/, read from the source. */
export function routeExports(appDir = path.join(ROOT, "app")): RouteExport[] {
  const found: RouteExport[] = [];
  walk(appDir, (file) => {
    if (!/^route\.(ts|tsx|js|jsx|mjs)$/.test(path.basename(file))) return;
    const segments = path
      .relative(appDir, path.dirname(file))
      .split(path.sep)
      .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("@"));
    const pattern = "/" + segments.join("/");
    const text = fs.readFileSync(file, "utf8");
    const methods = new Set<string>();
    for (const m of text.matchAll(/export\s+(?:const|let|var|async\s+function|function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)\b/g))
      methods.add(m[1]);
    for (const m of text.matchAll(/export\s*\{([^}]*)\}/g)) {
      for (const part of m[1].split(",")) {
        const name = part
          .trim()
          .split(/\s+as\s+/)
          .pop()
          ?.trim();
        if (name && /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(name)) methods.add(name);
      }
    }
    for (const method of methods) found.push({ method, pattern, file: path.relative(ROOT, file) });
  });
  return found.sort((a, b) => `${a.pattern} ${a.method}`.localeCompare(`${b.pattern} ${b.method}`));
}

export function mutatingRoutes(): RouteExport[] {
  return routeExports().filter((r) => MUTATING.has(r.method));
}

export interface ServerActionSource {
  file: string;
  /** Exported function names of a file-level "use server" module. */
  exports: string[];
  /** Functions marked "use server" inside another module (inline actions). */
  inline: number;
}

/** Every server action in app/ and lib/, read from the source: "use server" modules' exports and inline "use server" functions. */
export function serverActionSources(): ServerActionSource[] {
  const found: ServerActionSource[] = [];
  for (const dir of ["app", "lib"]) {
    walk(path.join(ROOT, dir), (file) => {
      const text = fs.readFileSync(file, "utf8");
      if (!/["']use server["']/.test(text)) return;
      // File-level: the directive is the first statement (after comments).
      const body = text.replace(/^(\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*/, "");
      const fileLevel = /^["']use server["'];?/.test(body);
      const exports = fileLevel
        ? [...text.matchAll(/export\s+(?:async\s+function\s*\*?|function\s*\*?|const|let)\s+([A-Za-z_$][\w$]*)/g)].map((m) => m[1])
        : [];
      const directives = [...text.matchAll(/["']use server["']/g)].length;
      found.push({ file: path.relative(ROOT, file), exports, inline: fileLevel ? directives - 1 : directives });
    });
  }
  return found;
}

export interface ManifestAction {
  id: string;
  filename: string;
  exportedName: string;
  /** A page path that loads the action (any page can dispatch it; this one surely can). */
  pagePath: string;
}

/** The server actions the production build registered (.next/server/server-reference-manifest.json). */
export function manifestActions(): ManifestAction[] {
  const file = path.join(ROOT, ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as {
    node?: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node ?? {}).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    const pagePath =
      worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace(/\/\([^)]*\)/g, "") || "/";
    return { id, filename: entry.filename ?? "?", exportedName: entry.exportedName ?? "?", pagePath };
  });
}
