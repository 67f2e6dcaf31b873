/**
 * Runs once when a server process starts: applies migrations, and on a demo or
 * development install loads the demo dataset into an empty ledger. A production
 * start (NODE_ENV=production without RUMOR_LEDGER_DEMO=1) never adds demo data.
 * It also installs server.mjs's page front (lib/cache/front.ts) before the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // server.mjs answers TRACE and its kin itself (Next cannot represent them); the rule lives in lib.
  const { unrepresentableMethodAnswer } = await import("./lib/http/methods");
  const { registerServerHooks } = await import("./lib/server-hooks");
  registerServerHooks({ methodAnswer: unrepresentableMethodAnswer });
  const { startServer } = await import("./lib/startup");
  await startServer();
  await import("./lib/cache/front");
}
