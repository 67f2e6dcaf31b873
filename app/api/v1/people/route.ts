import { getDb } from "@/db/client";
import { listPeopleResponse } from "@/lib/api/people";
import { apiRoute } from "@/lib/http/api";

/** GET /api/v1/people?limit=&cursor= */
export const GET = apiRoute((request: Request) => listPeopleResponse(getDb(), request));
