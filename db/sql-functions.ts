import type Database from "better-sqlite3";

/** C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF: characters XML 1.0 forbids. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function stripText(value: unknown): unknown {
  return typeof value === "string" ? value.replace(CONTROL_CHARACTERS, "") : value;
}

function stripDeep(value: unknown): unknown {
  if (typeof value === "string") return stripText(value);
  if (Array.isArray(value)) return value.map(stripDeep);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripDeep(v)]));
  return value;
}

/**
 * SQL functions the migrations use, registered on every connection before
 * migrating. SQLite's own replace() cannot remove NUL (it stops at the first
 * NUL byte), so stripping control characters from stored rows (migration
 * strip_control_characters) needs these:
 * - `strip_control_characters(text)`: the text without them;
 * - `strip_control_characters_json(json)`: the JSON with every string in it
 *   stripped, re-serialised (unchanged when nothing was stripped).
 */
export function registerSqlFunctions(sqlite: Database.Database): void {
  sqlite.function("strip_control_characters", { deterministic: true }, (value: unknown) => stripText(value) as string | null);
  sqlite.function("strip_control_characters_json", { deterministic: true }, (value: unknown) => {
    if (typeof value !== "string") return value as null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return value;
    }
    const stripped = JSON.stringify(stripDeep(parsed));
    return stripped === JSON.stringify(parsed) ? value : stripped;
  });
}
