import { databasePath, getDb, isReadOnlyDatabase, openDatabase } from "@/db/client";
import { requireEditor } from "@/lib/auth/request";
import { detectFormat, importClaimsStreaming, readImportFile } from "@/lib/claims/import";
import { PayloadTooLargeError, UnavailableError, ValidationError } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api";
import { errorBody } from "@/lib/http/error-body";

/** Import files may be large; the cap keeps one upload from exhausting memory. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * POST /api/v1/import?dryRun=1&format=csv|json — the body is the file itself.
 * Answers with a stream of JSON lines: `{"progress": {phase, done, total}}` as it
 * goes, then `{"report": {…}}` or `{"error": {…}}` last.
 */
export const POST = apiRoute(async (request: Request) => {
  const actor = requireEditor(getDb(), request);
  const url = new URL(request.url);
  const dryRun = url.searchParams.get("dryRun") === "1" || url.searchParams.get("dryRun") === "true";
  if (Number(request.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES) throw new PayloadTooLargeError(MAX_IMPORT_BYTES);
  const buffer = await request.arrayBuffer();
  if (buffer.byteLength > MAX_IMPORT_BYTES) throw new PayloadTooLargeError(MAX_IMPORT_BYTES);
  if (buffer.byteLength === 0)
    throw new ValidationError("The file is empty.", { file: "Choose a CSV or JSON file with at least one claim" });
  const text = new TextDecoder("utf-8").decode(buffer);
  const requested = url.searchParams.get("format");
  const format = requested === "csv" || requested === "json" ? requested : detectFormat(url.searchParams.get("name") ?? "", text);
  const rows = readImportFile(text, format);
  // Known before the stream starts, so it can still be a proper 503 rather than a 200 that ends in an error line.
  if (!dryRun && isReadOnlyDatabase()) throw new UnavailableError();

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (value: unknown) => controller.enqueue(encoder.encode(JSON.stringify(value) + "\n"));
      try {
        const report = await importClaimsStreaming(() => openDatabase(databasePath(), { migrate: false }), actor, rows, {
          dryRun,
          onProgress: (progress) => send({ progress }),
        });
        send({ report });
      } catch (error) {
        send({
          error: errorBody(error, { where: "[import]", internalMessage: "The import failed on our side. Nothing was imported." }).body
            .error,
        });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
});
