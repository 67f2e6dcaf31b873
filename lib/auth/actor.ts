import type { UserRole } from "@/db/enums";

/** Who is making a change: every write records it in the revision log. */
export interface Actor {
  userId: number;
  role: UserRole;
}
