import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import type { Actor } from "./actor";
import { clientAddressFromHeaders } from "./client-address";
import { cookieFromHeader, SESSION_COOKIE } from "./request";
import { userForSession } from "./sessions";
import { type UserView } from "./accounts";

/** The raw session token of this page request or server action, read by the same parser as the API's. */
export async function sessionToken(): Promise<string | null> {
  return cookieFromHeader((await headers()).get("cookie"), SESSION_COOKIE);
}

/** The signed-in editor or admin for a page or server action, or null for a reader. */
export async function currentUser(): Promise<UserView | null> {
  return userForSession(getDb(), await sessionToken());
}

/** For editor pages: the signed-in user, or a redirect to /login that comes back here. */
export async function requireEditorPage(returnTo: string): Promise<UserView> {
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For admin pages: the signed-in admin; a signed-in editor gets the 403 page (app/forbidden.tsx). */
export async function requireAdminPage(returnTo: string): Promise<UserView> {
  const user = await requireEditorPage(returnTo);
  if (user.role !== "admin") forbidden();
  return user;
}

/** For server actions: the acting editor, or null when signed out (the action answers with an error state). */
export async function actorForAction(): Promise<Actor | null> {
  const user = await currentUser();
  return user ? { userId: user.id, role: user.role } : null;
}

/** The client address for sign-in throttling, by the same rule as the API's (see client-address.ts). */
export async function clientAddress(): Promise<string> {
  return clientAddressFromHeaders(await headers());
}
