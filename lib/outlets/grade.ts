import { sql } from "drizzle-orm";
import type { OutletGrade } from "@/db/enums";
import { outlets } from "@/db/schema";

/**
 * An outlet's grade as everyone reads it: NULL until an admin has graded the
 * outlet (an editor may add an outlet, never grade one). Every read selects
 * this instead of the raw column, so an ungraded outlet can never show the
 * column's placeholder.
 */
export const outletGrade = sql<OutletGrade | null>`CASE WHEN ${outlets.gradePending} THEN NULL ELSE ${outlets.grade} END`.as("grade");
