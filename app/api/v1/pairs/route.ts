import { getDb } from "@/db/client";
import { listPairsResponse } from "@/lib/api/pairs";
import { apiRoute } from "@/lib/http/api";

/** GET /api/v1/pairs — every pair with its heat, hottest first. */
export const GET = apiRoute((request: Request) => listPairsResponse(getDb(), request));
