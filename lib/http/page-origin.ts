import "server-only";
import { headers } from "next/headers";
import { originForHost } from "@/lib/urls";

/** For pages and their metadata: the origin to write absolute URLs on for this request (lib/urls decides). */
export async function pageOrigin(): Promise<string> {
  return originForHost((await headers()).get("host"));
}
