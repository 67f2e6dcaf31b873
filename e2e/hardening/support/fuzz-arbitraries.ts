import fc from "fast-check";

/**
 * Generators of hostile input for the write API: wrong types, huge strings,
 * unicode edge cases (lone surrogates, NUL, bidi overrides, BOMs, combining
 * marks), nested junk, invalid dates, unknown ids and bytes that are not JSON.
 */

const EDGE_UNITS = [
  "\u0000",
  "\u0001",
  "\u001f",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u00ad",
  "\ud800",
  "\udbff",
  "\udc00",
  "\udfff",
  "\ud83d",
  "\ude00",
  "\ufeff",
  "\ufffe",
  "\uffff",
  "\ufffd",
  "\u200b",
  "\u200d",
  "\u202e",
  "\u2066",
  "\u2028",
  "\u2029",
  "e\u0301",
  "😀",
  "👩‍👩‍👧",
  "𝕏",
  "ﷺ",
  "Ⓐ",
  "ß",
  "İ",
  "ǅ",
  "\r\n",
  "\t",
  "\\",
  '"',
  "'",
  "`",
  "<",
  ">",
  "&",
  "%",
];

/** One "character": any code point, or one of the classic troublemakers (incl. lone surrogate halves). */
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(...EDGE_UNITS) },
);

export const weirdString = fc.string({ unit, maxLength: 40 });

export const trickyText = fc.constantFrom(
  "",
  " ",
  "   \t\n ",
  "null",
  "undefined",
  "NaN",
  "[object Object]",
  "__proto__",
  "constructor",
  "toString",
  "'; DROP TABLE claims; --",
  '" OR 1=1 --',
  "${jndi:ldap://x/a}",
  "{{7*7}}",
  "<%= 7*7 %>",
  "../../../../etc/passwd",
  "%00",
  "%s%s%s%n",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "data:text/html,<b>x</b>",
  "\u202egnp.exe",
  "a\u0000b",
  "\ud800",
  "x".repeat(201),
);

/** Strings from 1 KB to past the 256 KB body limit, made of one repeated troublemaker. */
export const hugeString = fc
  .tuple(fc.constantFrom(1_000, 5_001, 20_000, 70_000, 300_000), fc.constantFrom("a", "é", "😀", "\u0000", "\ud800", "<b>", " "))
  .map(([n, c]) => c.repeat(Math.ceil(n / c.length)));

export const invalidDate = fc.constantFrom(
  "2025-02-30",
  "2025-02-29",
  "1900-02-29",
  "2025-13-01",
  "2025-00-10",
  "2025-12-32",
  "2025-04-31",
  "0000-01-01",
  "0000",
  "2025-1-1",
  "25-01-01",
  "2025/01/01",
  "01/02/2025",
  "2025-W01",
  "2025-01-01T00:00:00Z",
  "+002025-01-01",
  "-2025",
  "99999",
  "2025-06-05\u0000",
  "２０２５",
  "2025-06",
  "2025",
  "Infinity",
  "1e3",
  "2025-06-05 ",
  "\u00002025",
);

export const number = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, 5e-324, Number.MAX_VALUE),
);

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: weirdString },
  { weight: 2, arbitrary: trickyText },
  { weight: 2, arbitrary: number },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: invalidDate },
);

/** Arbitrarily nested arrays and objects of leaves, including __proto__ keys. */
export const nestedJunk: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(weirdString, fc.constantFrom("__proto__", "constructor", "prototype", "id", "version", "")), tie("node"), {
      maxKeys: 4,
    }),
  ),
})).node;

/** A value of the wrong kind for almost any field. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: leaf },
  { weight: 2, arbitrary: nestedJunk },
  { weight: 1, arbitrary: hugeString },
  {
    weight: 1,
    arbitrary: fc.constantFrom({}, [], [[]], { $gt: "" }, { __proto__: { admin: true } }, JSON.parse('{"__proto__":{"role":"admin"}}')),
  },
);

/** Bodies that are not a JSON object at all: broken JSON, other JSON values, raw bytes. */
export const notAJsonObject: fc.Arbitrary<Buffer> = fc.oneof(
  fc
    .constantFrom(
      "",
      " ",
      "{",
      "}",
      '{"a":',
      '{"a":1,}',
      "{'a':1}",
      "{a:1}",
      "NaN",
      "[1,2",
      "undefined",
      '{"a":1}{"b":2}',
      "\ufeff{}",
      '{"a":"\\ud800"',
      '{"a":"\\u0000"',
      '{"a": 1e999999}',
      "[]",
      "null",
      "true",
      '"text"',
      "42",
      "-0",
      '{"a":"\\x41"}',
      '{"a":01}',
      "/* c */ {}",
      "{}\u0000",
      "[".repeat(50_000) + "]".repeat(50_000),
      '{"a":'.repeat(20_000) + "1" + "}".repeat(20_000),
    )
    .map((s) => Buffer.from(s, "utf8")),
  fc.string({ unit, maxLength: 200 }).map((s) => Buffer.from(s, "utf8")),
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  fc.constantFrom(
    Buffer.from([0xc3, 0x28]),
    Buffer.from([0xed, 0xa0, 0x80]),
    Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
    Buffer.from([0xf4, 0x90, 0x80, 0x80]),
  ),
  fc
    .oneof(nestedJunk, number, fc.array(junk, { maxLength: 3 }))
    .filter((v) => typeof v !== "object" || v === null || Array.isArray(v))
    .map((v) => Buffer.from(JSON.stringify(v) ?? "null", "utf8")),
);

/**
 * An object built from a template of valid field generators: any subset of its
 * fields, each kept valid (weight 1) or replaced by junk (weight 2), plus now
 * and then a field the endpoint does not know.
 */
export function mutatedObject(
  template: Record<string, fc.Arbitrary<unknown>>,
  required: string[] = [],
): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.fromEntries(
    Object.entries(template).map(([k, valid]) => [k, fc.oneof({ weight: 1, arbitrary: valid }, { weight: 2, arbitrary: junk })]),
  );
  const base = fc.record(fields, { requiredKeys: required.filter((k) => k in template) as never[] });
  const extra = fc.option(
    fc.dictionary(fc.oneof(weirdString, fc.constantFrom("id", "version", "createdAt", "status", "role", "__proto__")), junk, {
      minKeys: 1,
      maxKeys: 2,
    }),
    { freq: 5 },
  );
  return fc.tuple(base, extra).map(([obj, more]) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj))
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    if (more)
      for (const [k, v] of Object.entries(more))
        if (!(k in out)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  });
}

/** A path segment for an [id] or [slug]: a real one, an unknown one, or junk (percent-encoded so it arrives as the param). */
export function pathParam(real: string[], unknown: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...real) },
    { weight: 1, arbitrary: fc.constantFrom(...unknown) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(
          weirdString.filter((s) => s.length > 0),
          fc.constantFrom("0", "-1", "1.0", "1e3", "01", "0x10", "9".repeat(30), "%", "..", " 1", "1 ", "null"),
        )
        .map(percentEncode),
    },
    // Escapes that are not UTF-8 at all, or not escapes.
    { weight: 1, arbitrary: fc.constantFrom("%FF", "%ED%A0%80", "%C0%AF", "%00", "%", "%zz", "1%0A", "%E2%80%AE1") },
  );
}

/** Every byte of the UTF-8 form percent-encoded except unreserved letters and digits (lone surrogates become U+FFFD). */
function percentEncode(s: string): string {
  return [...Buffer.from(s, "utf8")]
    .map((b) =>
      /[A-Za-z0-9_~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");
}
