import http from "node:http";

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
  /** The connection was closed after the answer's headers arrived (the body may be cut short). */
  reset?: boolean;
}

export interface HttpRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  agent?: http.Agent;
  timeoutMs?: number;
}

/** One keep-alive connection pool for a suite's sequential requests. */
export const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 8 });

/**
 * A raw HTTP request with node:http: any method, any header (Origin, a lying
 * Content-Length), any bytes as the body — what fetch would not send. A request
 * that finds its pooled keep-alive socket already closed by the server is sent
 * again on a new one (Node's documented `reusedSocket` pattern): the server
 * never saw it.
 */
export async function request(baseUrl: string, req: HttpRequest): Promise<HttpResult> {
  try {
    return await requestOnce(baseUrl, req);
  } catch (error) {
    if ((error as { reusedSocket?: boolean }).reusedSocket) return requestOnce(baseUrl, req);
    throw error;
  }
}

function requestOnce(baseUrl: string, req: HttpRequest): Promise<HttpResult> {
  const url = new URL(req.path, baseUrl);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let response: http.IncomingMessage | null = null;
    let settled = false;
    const finish = (reset: boolean) => {
      if (settled || !response) return;
      settled = true;
      const body = Buffer.concat(chunks);
      resolve({ status: response.statusCode ?? 0, headers: response.headers, body, text: body.toString("utf8"), reset });
    };
    // Frame every body with Content-Length (Node would send a DELETE body unframed), unless the caller frames it.
    const headers = { ...req.headers };
    const framed = Object.keys(headers).some((h) => /^(content-length|transfer-encoding)$/i.test(h));
    if (req.body !== undefined && !framed) headers["content-length"] = String(Buffer.byteLength(req.body));
    const r = http.request(
      url,
      { method: req.method ?? "GET", headers, agent: req.agent ?? keepAlive, timeout: req.timeoutMs ?? 30_000 },
      (res) => {
        response = res;
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => finish(false));
        res.on("error", () => finish(true));
      },
    );
    r.on("timeout", () => r.destroy(new Error(`${req.method ?? "GET"} ${req.path} timed out`)));
    r.on("error", (error: NodeJS.ErrnoException) => {
      // The server answered, then closed the connection while we were still sending a body
      // it never needed to read (a 413, a handler that ignores the body): that answer stands.
      if (response) return finish(true);
      if (settled) return;
      settled = true;
      reject(Object.assign(error, { reusedSocket: r.reusedSocket && error.code === "ECONNRESET" }));
    });
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}

export function jsonOf<T = unknown>(result: HttpResult): T {
  try {
    return JSON.parse(result.text) as T;
  } catch {
    throw new Error(`Expected JSON, got ${result.status}: ${result.text.slice(0, 300)}`);
  }
}

export const DEMO_EDITOR = { email: "editor@demo.test", password: "demo-editor-password" } as const;
export const DEMO_ADMIN = { email: "admin@demo.test", password: "demo-admin-password" } as const;

/**
 * Signs in through the API and returns the session cookie ("rl_session=…").
 * The X-Forwarded-For address keeps these sign-ins apart from any test that
 * deliberately fails sign-ins (the per-address throttle would otherwise 429 them).
 */
export async function signIn(baseUrl: string, account: { email: string; password: string }, address = "198.51.100.1"): Promise<string> {
  const result = await request(baseUrl, {
    method: "POST",
    path: "/api/v1/session",
    headers: { "content-type": "application/json", origin: baseUrl, "x-forwarded-for": address },
    body: JSON.stringify(account),
  });
  if (result.status !== 200) throw new Error(`Sign-in as ${account.email} failed: ${result.status} ${result.text}`);
  const setCookie = [result.headers["set-cookie"] ?? []].flat()[0] ?? "";
  const cookie = setCookie.split(";")[0];
  if (!cookie.startsWith("rl_session=")) throw new Error(`No session cookie in ${setCookie}`);
  return cookie;
}

/** Headers for a same-origin browser request carrying a session cookie (what the CSRF check expects). */
export function sessionHeaders(baseUrl: string, cookie: string, extra: Record<string, string> = {}): Record<string, string> {
  return { cookie, origin: baseUrl, "sec-fetch-site": "same-origin", ...extra };
}

/** A JSON call with a session cookie. */
export async function apiJson(baseUrl: string, cookie: string, method: string, path: string, body?: unknown): Promise<HttpResult> {
  return request(baseUrl, {
    method,
    path,
    headers: sessionHeaders(baseUrl, cookie, body === undefined ? {} : { "content-type": "application/json" }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/**
 * A pair of two new people, made through the API for one spec's writes, so no
 * spec piles its claims onto the demo pair that others read (and load-test).
 */
export async function ownPair(baseUrl: string, cookie: string, label: string): Promise<string> {
  const tag = `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const slugs: string[] = [];
  for (const side of ["Left", "Right"]) {
    const r = await apiJson(baseUrl, cookie, "POST", "/api/v1/people", { name: `${tag} ${side}` });
    if (r.status !== 201) throw new Error(`Could not create a person for ${label}: ${r.status} ${r.text}`);
    slugs.push(jsonOf<{ slug: string }>(r).slug);
  }
  const pair = await apiJson(baseUrl, cookie, "POST", "/api/v1/pairs", { people: slugs });
  if (pair.status !== 201) throw new Error(`Could not create a pair for ${label}: ${pair.status} ${pair.text}`);
  return jsonOf<{ slug: string }>(pair).slug;
}
