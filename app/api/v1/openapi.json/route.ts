import { openApiDocument } from "@/lib/api/openapi";
import { conditionalResponse } from "@/lib/http/cache";
import { requestOrigin } from "@/lib/urls";

/** GET /api/v1/openapi.json — the OpenAPI 3.1 description of the read API. */
export function GET(request: Request) {
  return conditionalResponse(request, JSON.stringify(openApiDocument(requestOrigin(request)), null, 2), {
    contentType: "application/json; charset=utf-8",
    headers: { "Access-Control-Allow-Origin": "*" },
  });
}
