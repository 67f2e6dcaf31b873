// ESLint flat config: typescript-eslint, React hooks, Next's rules, and the layer boundaries
// (app → lib → db, one way; client files never reach the database). `npm run lint` runs it
// with --max-warnings 0, and `npm test` runs that first.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** A file that starts with "use client" must not import the database or anything that opens it. */
const clientBoundary = {
  meta: { type: "problem", messages: { server: 'A "use client" file must not import {{source}}: client code never reaches db/.' } },
  create(context) {
    const isClient = context.sourceCode.ast.body.some((n) => n.type === "ExpressionStatement" && n.directive === "use client");
    if (!isClient) return {};
    // db/enums holds only the closed vocabularies (plain constants), which the client may share.
    const forbidden = /^(@\/db(?!\/enums$)(\/|$)|better-sqlite3$|drizzle-orm|server-only$|node:)/;
    return {
      ImportDeclaration(node) {
        if (node.importKind === "type") return;
        if (forbidden.test(node.source.value)) context.report({ node, messageId: "server", data: { source: node.source.value } });
      },
    };
  },
};

const layers = (message, patterns) => ["error", { patterns: [{ group: patterns, message }] }];

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "data/**", "next-env.d.ts", "db/migrations/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin, local: { rules: { "client-boundary": clientBoundary } } },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "local/client-boundary": "error",
      // Matching control characters is deliberate here: they are refused or stripped for safety.
      "no-control-regex": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["db/**"],
    ignores: ["db/**/*.test.ts"],
    rules: { "no-restricted-imports": layers("db/ knows nothing of lib/ or app/.", ["@/lib/*", "@/app/*", "../lib/*", "../app/*"]) },
  },
  {
    files: ["lib/**"],
    ignores: ["lib/testing/**", "lib/**/*.test.ts"],
    rules: { "no-restricted-imports": layers("lib/ never imports app/ (only lib/testing may).", ["@/app/*", "../app/*", "../../app/*"]) },
  },
  { files: ["**/*.mjs", "**/*.cjs", "**/*.js"], languageOptions: { globals: globals.node } },
  // TypeScript checks names itself (typescript-eslint's advice): no-undef only misfires on types.
  { files: ["**/*.ts", "**/*.tsx", "**/*.mts"], rules: { "no-undef": "off" } },
);
