import "server-only";
import { asc, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { people } from "@/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { pairsForPerson } from "@/lib/pairs/queries";
import { audienceOf } from "./pairs";
import { personBySlug, type PersonView } from "@/lib/people/queries";
import { pairToJson } from "./pairs";
import { apiJson, parsePathParam, parseQuery, readScope } from "./read";
import { noQuerySchema, peopleQuerySchema, slugParam } from "./schemas";

function personToJson(p: PersonView) {
  return { slug: p.slug, name: p.name, aliases: p.aliases, description: p.description };
}

function decodeSlugCursor(cursor: string): string {
  const slug = Buffer.from(cursor, "base64url").toString("utf8");
  if (!slugParam.safeParse(slug).success)
    throw new ValidationError("Some query parameters need fixing.", {
      cursor: "Not a cursor from this API; use the nextCursor of the previous page",
    });
  return slug;
}

/** GET /api/v1/people — people by slug, a page at a time. */
export function listPeopleResponse(db: Db, request: Request): Response {
  const scope = readScope(db, request);
  const query = parseQuery(request, peopleQuerySchema);
  const after = query.cursor ? decodeSlugCursor(query.cursor) : null;
  const rows = db
    .select({ id: people.id, slug: people.slug, name: people.name, aliases: people.aliases, description: people.description })
    .from(people)
    .where(after ? gt(people.slug, after) : undefined)
    .orderBy(asc(people.slug))
    .limit(query.limit + 1)
    .all();
  const data = rows.slice(0, query.limit);
  const nextCursor = rows.length > query.limit ? Buffer.from(data[data.length - 1].slug, "utf8").toString("base64url") : null;
  return apiJson(request, { data: data.map(personToJson), nextCursor }, scope);
}

/** GET /api/v1/people/{slug} — a person and their pairs. */
export function personResponse(db: Db, request: Request, rawSlug: string): Response {
  const scope = readScope(db, request);
  parseQuery(request, noQuerySchema);
  const slug = parsePathParam(slugParam, rawSlug, "person");
  const person = personBySlug(db, slug);
  if (!person) throw new NotFoundError(`No person "${slug}".`);
  return apiJson(
    request,
    { ...personToJson(person), pairs: pairsForPerson(db, person.id, undefined, audienceOf(scope)).map(pairToJson) },
    scope,
  );
}
