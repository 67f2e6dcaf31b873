import { ValidationError } from "@/lib/errors";

/** Where a page of a timeline ended: the last claim's first possible day and id (the timeline's sort key). */
export interface TimelinePosition {
  start: string;
  id: number;
}

/** An opaque cursor for the next page. */
export function encodeCursor(position: TimelinePosition): string {
  return Buffer.from(JSON.stringify([position.start, position.id]), "utf8").toString("base64url");
}

/** Reads a cursor back; anything this API did not make is a 400 on `cursor`. */
export function decodeCursor(cursor: string): TimelinePosition {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === "string" &&
      /^\d{4}-\d{2}-\d{2}$/.test(value[0]) &&
      Number.isSafeInteger(value[1]) &&
      value[1] > 0
    ) {
      return { start: value[0], id: value[1] };
    }
  } catch {
    // fall through
  }
  throw new ValidationError("Some query parameters need fixing.", {
    cursor: "Not a cursor from this API; use the nextCursor of the previous page",
  });
}
