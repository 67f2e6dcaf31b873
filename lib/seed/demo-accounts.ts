import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { createUser } from "@/lib/auth/accounts";

/** Well-known demo credentials: created only on a demo install, never by a production start. */
export const DEMO_ACCOUNTS = [
  { email: "editor@demo.test", password: "demo-editor-password", name: "Demo Editor", role: "editor" },
  { email: "admin@demo.test", password: "demo-admin-password", name: "Demo Admin", role: "admin" },
] as const;

export async function ensureDemoAccounts(db: Db): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    if (!db.select({ id: users.id }).from(users).where(eq(users.email, account.email)).get()) await createUser(db, account);
  }
}
