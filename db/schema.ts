import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import {
  CLAIM_KINDS,
  CLAIM_STATUSES,
  CONFIDENCE_LEVELS,
  DATE_PRECISIONS,
  OUTLET_GRADES,
  PAIR_STATUSES,
  REVISION_ACTIONS,
  SETTLEMENT_OUTCOMES,
  STANCES,
  USER_ROLES,
} from "./enums";

/** `col IN ('a','b',…)` for a CHECK constraint; values are our own constants, never input. */
function oneOf(column: string, values: readonly string[]) {
  return sql.raw(`${column} IN (${values.map((v) => `'${v}'`).join(", ")})`);
}

const timestamps = {
  createdAt: text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  updatedAt: text("updated_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
};

export const people = sqliteTable("people", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  /** JSON array of alternative names, searched and shown on the person page. */
  aliases: text("aliases", { mode: "json" })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  description: text("description"),
  ...timestamps,
});

export const pairs = sqliteTable(
  "pairs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** `a--b` with the two people's slugs in alphabetical order. */
    slug: text("slug").notNull().unique(),
    personAId: integer("person_a_id")
      .notNull()
      .references(() => people.id),
    personBId: integer("person_b_id")
      .notNull()
      .references(() => people.id),
    status: text("status").$type<(typeof PAIR_STATUSES)[number]>().notNull().default("rumored"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("pairs_people_unique").on(t.personAId, t.personBId),
    index("pairs_person_b_idx").on(t.personBId),
    check("pairs_distinct_people", sql`${t.personAId} <> ${t.personBId}`),
    check("pairs_status_check", oneOf("status", PAIR_STATUSES)),
  ],
);

export const outlets = sqliteTable(
  "outlets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    url: text("url"),
    /** Admiralty reliability grade, A (completely reliable) … F (cannot be judged). */
    grade: text("grade").$type<(typeof OUTLET_GRADES)[number]>().notNull().default("F"),
    /**
     * True for an outlet an editor added: not yet graded, and `grade` means
     * nothing until an admin grades it (which clears this).
     */
    gradePending: integer("grade_pending", { mode: "boolean" }).notNull().default(false),
    ...timestamps,
  },
  () => [check("outlets_grade_check", oneOf("grade", OUTLET_GRADES))],
);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role").$type<(typeof USER_ROLES)[number]>().notNull().default("editor"),
    disabledAt: text("disabled_at"),
    ...timestamps,
  },
  () => [check("users_role_check", oneOf("role", USER_ROLES))],
);

export const claims = sqliteTable(
  "claims",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    pairId: integer("pair_id")
      .notNull()
      .references(() => pairs.id),
    kind: text("kind").$type<(typeof CLAIM_KINDS)[number]>().notNull(),
    headline: text("headline").notNull(),
    details: text("details"),
    quote: text("quote"),
    speakerId: integer("speaker_id").references(() => people.id),
    /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as it is known. */
    occurredOn: text("occurred_on").notNull(),
    precision: text("precision").$type<(typeof DATE_PRECISIONS)[number]>().notNull(),
    /** First and last day the date can mean; derived from occurredOn, used to sort and filter. */
    occurredStart: text("occurred_start").notNull(),
    occurredEnd: text("occurred_end").notNull(),
    reportedOn: text("reported_on"),
    place: text("place"),
    stance: text("stance").$type<(typeof STANCES)[number]>().notNull(),
    confidence: text("confidence").$type<(typeof CONFIDENCE_LEVELS)[number]>().notNull(),
    status: text("status").$type<(typeof CLAIM_STATUSES)[number]>().notNull().default("draft"),
    correction: text("correction"),
    retractedAt: text("retracted_at"),
    publishedAt: text("published_at"),
    /** How the claim turned out, once the record answered it: `borne-out`, `shown-false`, or null (open). */
    settlement: text("settlement").$type<(typeof SETTLEMENT_OUTCOMES)[number]>(),
    /** The day the record answered it (`YYYY-MM-DD`), and why the editor settled it so. */
    settledOn: text("settled_on"),
    settlementReason: text("settlement_reason"),
    version: integer("version").notNull().default(1),
    createdById: integer("created_by_id").references(() => users.id),
    ...timestamps,
  },
  (t) => [
    // The reader's hot path: one pair's published claims in date order.
    index("claims_pair_status_date_idx").on(t.pairId, t.status, t.occurredStart),
    // Latest published claims across pairs (home page, feeds).
    index("claims_status_published_idx").on(t.status, t.publishedAt),
    check("claims_kind_check", oneOf("kind", CLAIM_KINDS)),
    check("claims_precision_check", oneOf("precision", DATE_PRECISIONS)),
    check("claims_stance_check", oneOf("stance", STANCES)),
    check("claims_confidence_check", oneOf("confidence", CONFIDENCE_LEVELS)),
    check("claims_status_check", oneOf("status", CLAIM_STATUSES)),
    check("claims_version_positive", sql`${t.version} >= 1`),
    check("claims_headline_not_blank", sql`length(trim(${t.headline})) > 0`),
    check("claims_retraction_has_correction", sql`${t.status} <> 'retracted' OR ${t.correction} IS NOT NULL`),
    check(
      "claims_settlement_check",
      sql`${t.settlement} IS NULL OR (${oneOf("settlement", SETTLEMENT_OUTCOMES)} AND ${t.settledOn} IS NOT NULL AND ${t.settlementReason} IS NOT NULL)`,
    ),
    // Scoring reads only settled claims.
    index("claims_settlement_idx").on(t.settlement),
  ],
);

export const claimMentions = sqliteTable(
  "claim_mentions",
  {
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.personId] }), index("claim_mentions_person_idx").on(t.personId)],
);

export const citations = sqliteTable(
  "citations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    outletId: integer("outlet_id")
      .notNull()
      .references(() => outlets.id),
    url: text("url"),
    title: text("title"),
    publishedOn: text("published_on"),
    quote: text("quote"),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("citations_claim_idx").on(t.claimId, t.position), index("citations_outlet_idx").on(t.outletId)],
);

/** The evidence a claim was settled on: citations kept apart from the claim's own sources, so they never count as the claim citing an outlet. */
export const settlementCitations = sqliteTable(
  "settlement_citations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    outletId: integer("outlet_id")
      .notNull()
      .references(() => outlets.id),
    url: text("url"),
    title: text("title"),
    publishedOn: text("published_on"),
    quote: text("quote"),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("settlement_citations_claim_idx").on(t.claimId, t.position)],
);

/** Settlement suggestions an editor turned down: the claim, and the answering claim that suggested it. Never shown again. */
export const settlementRejections = sqliteTable(
  "settlement_rejections",
  {
    claimId: integer("claim_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    answerId: integer("answer_id")
      .notNull()
      .references(() => claims.id, { onDelete: "cascade" }),
    userId: integer("user_id").references(() => users.id),
    createdAt: text("created_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [primaryKey({ columns: [t.claimId, t.answerId] })],
);

/** Every change to a claim: who, when, what (before/after JSON), why. Never updated, never deleted. */
export const revisions = sqliteTable(
  "revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    claimId: integer("claim_id").notNull(),
    userId: integer("user_id").references(() => users.id),
    action: text("action").$type<(typeof REVISION_ACTIONS)[number]>().notNull(),
    version: integer("version").notNull(),
    reason: text("reason"),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
    createdAt: text("created_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [index("revisions_claim_idx").on(t.claimId, t.id), check("revisions_action_check", oneOf("action", REVISION_ACTIONS))],
);

export const sessions = sqliteTable(
  "sessions",
  {
    /** SHA-256 of the cookie token: a stolen database does not yield live sessions. */
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: text("expires_at").notNull(),
    createdAt: text("created_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    lastUsedAt: text("last_used_at"),
    revokedAt: text("revoked_at"),
    createdAt: text("created_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [index("api_tokens_user_idx").on(t.userId)],
);

/** Failed sign-ins, keyed by account e-mail and by client address, for throttling. */
export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    attemptedAt: text("attempted_at").notNull(),
  },
  (t) => [index("login_attempts_key_idx").on(t.key, t.attemptedAt)],
);
