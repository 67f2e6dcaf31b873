import { getDb } from "@/db/client";
import { listPeopleResponse } from "@/lib/api/people";
import { requireEditor } from "@/lib/auth/request";
import { apiRoute, cachedApiRoute, readJson, writeResponse } from "@/lib/http/api";
import { personJson } from "@/lib/http/resources";
import { createPerson } from "@/lib/people/write";

/** POST /api/v1/people `{name, aliases?, description?}` → 201 person. */
export const POST = apiRoute(async (request: Request) => {
  const db = getDb();
  const actor = requireEditor(db, request);
  const person = createPerson(db, actor, await readJson(request));
  return writeResponse(personJson(person), 201);
});

/** GET /api/v1/people?limit=&cursor= */
export const GET = cachedApiRoute((request: Request) => listPeopleResponse(getDb(), request));
