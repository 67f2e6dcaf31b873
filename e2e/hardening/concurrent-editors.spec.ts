import http from "node:http";
import { expect, test } from "@playwright/test";
import { report, suiteEnv } from "./support/env";
import { apiJson, DEMO_EDITOR, jsonOf, ownPair, request, sessionHeaders, signIn } from "./support/http";
import { openLedger } from "./support/ledger";

/**
 * Twenty editors (twenty sessions, twenty connections) edit one claim at the
 * same moment, each with the version it read. Per version exactly one edit
 * lands, the other nineteen get 409 with the current claim, and the revision
 * log holds exactly the accepted edits.
 */

const CLIENTS = 20;
const ROUNDS = 5;

interface Client {
  cookie: string;
  agent: http.Agent;
}

interface ClaimBody {
  id: number;
  version: number;
  headline: string;
}

async function editors(baseUrl: string): Promise<Client[]> {
  const list: Client[] = [];
  for (let i = 0; i < CLIENTS; i++)
    list.push({
      cookie: await signIn(baseUrl, DEMO_EDITOR, `198.51.100.${100 + i}`),
      agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
    });
  return list;
}

async function newClaim(baseUrl: string, cookie: string, label: string): Promise<ClaimBody> {
  const r = await apiJson(baseUrl, cookie, "POST", "/api/v1/claims", {
    pair: await ownPair(baseUrl, cookie, label),
    kind: "report",
    headline: `${label} ${Date.now()}`,
    occurredOn: "2025-08",
    precision: "month",
    stance: "neutral",
    confidence: "plausible",
    status: "published",
    citations: [{ outlet: "variety", url: "https://example.com/concurrency" }],
  });
  expect(r.status, r.text).toBe(201);
  return jsonOf<ClaimBody>(r);
}

const read = (baseUrl: string, c: Client, id: number) =>
  request(baseUrl, { path: `/api/v1/claims/${id}`, headers: sessionHeaders(baseUrl, c.cookie), agent: c.agent }).then((r) =>
    jsonOf<ClaimBody>(r),
  );
const patch = (baseUrl: string, c: Client, id: number, body: Record<string, unknown>) =>
  request(baseUrl, {
    method: "PATCH",
    path: `/api/v1/claims/${id}`,
    headers: sessionHeaders(baseUrl, c.cookie, { "content-type": "application/json" }),
    agent: c.agent,
    body: JSON.stringify(body),
  });

function updateRevisions(databasePath: string, id: number): { version: number; headline: string }[] {
  const db = openLedger(databasePath, { readonly: true });
  try {
    return db
      .prepare(
        "SELECT version, json_extract(after, '$.headline') AS headline FROM revisions WHERE claim_id = ? AND action = 'update' ORDER BY id",
      )
      .all(id) as { version: number; headline: string }[];
  } finally {
    db.close();
  }
}

test("20 editors saving the same version at once: exactly one wins per version, 19 get 409, the revision log holds every accepted edit", async () => {
  test.setTimeout(120_000);
  const { baseUrl, databasePath } = suiteEnv();
  const clients = await editors(baseUrl);
  const claim = await newClaim(baseUrl, clients[0].cookie, "Concurrent editors");
  const winners: { version: number; headline: string }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    // Everyone reads first, then everyone saves at once with the version they read.
    const seen = await Promise.all(clients.map((c) => read(baseUrl, c, claim.id)));
    const version = seen[0].version;
    expect(seen.every((s) => s.version === version)).toBe(true);
    const results = await Promise.all(
      clients.map((c, i) =>
        patch(baseUrl, c, claim.id, { version, headline: `Round ${round}: editor ${i} was here`, reason: `editor ${i}` }),
      ),
    );
    const ok = results.filter((r) => r.status === 200);
    const conflicts = results.filter((r) => r.status === 409);
    expect(ok.length, `round ${round}: ${results.map((r) => r.status).join(",")}`).toBe(1);
    expect(conflicts.length).toBe(CLIENTS - 1);
    const saved = jsonOf<ClaimBody>(ok[0]);
    expect(saved.version).toBe(version + 1);
    for (const c of conflicts) {
      const body = jsonOf<{ error: { code: string }; current: ClaimBody }>(c);
      expect(body.error.code).toBe("edit_conflict");
      // The loser is shown what is there now: the winner's edit.
      expect(body.current).toMatchObject({ version: version + 1, headline: saved.headline });
    }
    winners.push({ version: saved.version, headline: saved.headline });
  }
  expect(updateRevisions(databasePath, claim.id)).toEqual(winners);
  const final = await read(baseUrl, clients[0], claim.id);
  expect(final).toMatchObject(winners.at(-1)!);
  report(
    `concurrent editors: ${ROUNDS} rounds × ${CLIENTS} simultaneous PATCHes: 1 × 200 and ${CLIENTS - 1} × 409 each round; ${winners.length} update revisions, versions ${winners.map((w) => w.version).join(",")}`,
  );
});

test("20 editors who retry on 409 with the current version: all 20 edits land, none is lost, each is a revision", async () => {
  test.setTimeout(120_000);
  const { baseUrl, databasePath } = suiteEnv();
  const clients = await editors(baseUrl);
  const claim = await newClaim(baseUrl, clients[0].cookie, "Retrying editors");
  let conflicts = 0;
  await Promise.all(
    clients.map(async (c, i) => {
      let version = (await read(baseUrl, c, claim.id)).version;
      // Bounded: with 20 writers, each needs at most 20 tries.
      for (let attempt = 0; attempt < CLIENTS * 2; attempt++) {
        const r = await patch(baseUrl, c, claim.id, {
          version,
          details: `editor ${i} adds a line`,
          place: `Place ${i}`,
          reason: `editor ${i}`,
        });
        if (r.status === 200) return;
        expect(r.status, r.text).toBe(409);
        conflicts++;
        version = jsonOf<{ current: ClaimBody }>(r).current.version;
      }
      throw new Error(`editor ${i} never got their edit in`);
    }),
  );
  const revisions = updateRevisions(databasePath, claim.id);
  expect(revisions.map((r) => r.version)).toEqual(Array.from({ length: CLIENTS }, (_, i) => i + 2));
  const db = openLedger(databasePath, { readonly: true });
  const places = (
    db.prepare("SELECT json_extract(after, '$.place') AS place FROM revisions WHERE claim_id = ? AND action = 'update'").all(claim.id) as {
      place: string;
    }[]
  )
    .map((r) => r.place)
    .sort();
  db.close();
  expect(places).toEqual(Array.from({ length: CLIENTS }, (_, i) => `Place ${i}`).sort());
  report(
    `concurrent editors: ${CLIENTS} retrying editors, ${conflicts} conflicts answered 409 on the way, all ${CLIENTS} edits landed as versions 2–${CLIENTS + 1}`,
  );
});
