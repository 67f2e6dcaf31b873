import { getDb } from "@/db/client";
import { listOutletsResponse } from "@/lib/api/outlets";
import { apiRoute } from "@/lib/http/api";

/** GET /api/v1/outlets — every outlet with its reliability grade. */
export const GET = apiRoute((request: Request) => listOutletsResponse(getDb(), request));
