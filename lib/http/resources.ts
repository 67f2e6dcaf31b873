import type { ApiTokenView } from "@/lib/auth/api-tokens";
import type { UserView } from "@/lib/auth/accounts";
import type { OutletRecord } from "@/lib/outlets/write";
import type { PairSummary } from "@/lib/pairs/queries";
import type { PersonView } from "@/lib/people/queries";

/**
 * The API's JSON shapes for people, pairs, outlets, users and tokens
 * (the public JSON contract); claims have theirs in lib/claims/types.
 * Internal ids stay out except where a client needs one to act (tokens).
 */
export function personJson(p: PersonView) {
  return { slug: p.slug, name: p.name, aliases: p.aliases, description: p.description };
}

export function pairJson(p: PairSummary) {
  return { slug: p.slug, people: [p.people[0].slug, p.people[1].slug] as [string, string], status: p.status, heat: p.heat };
}

export function outletJson(o: OutletRecord) {
  return { slug: o.slug, name: o.name, url: o.url, grade: o.grade };
}

export function userJson(u: UserView) {
  return { id: u.id, email: u.email, name: u.name, role: u.role };
}

export function tokenJson(t: ApiTokenView) {
  return { id: t.id, name: t.name, createdAt: t.createdAt, lastUsedAt: t.lastUsedAt, revokedAt: t.revokedAt };
}
