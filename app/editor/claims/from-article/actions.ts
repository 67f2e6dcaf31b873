"use server";

import { getDb } from "@/db/client";
import { actorForAction } from "@/lib/auth/session";
import { reviewArticle, type ArticleReview } from "@/lib/extract/suggest";
import { saveSuggestedDrafts } from "@/lib/extract/save";
import { actionFailure, SIGNED_OUT, type ActionFailure } from "@/lib/http/action-state";

export type SuggestResult = ({ ok: true } & ArticleReview) | ActionFailure;

/** Reads a pasted article and answers its suggested claims and its sentences; saves nothing. */
export async function suggestFromArticleAction(input: {
  text: unknown;
  published: unknown;
  url?: unknown;
  outlet?: unknown;
}): Promise<SuggestResult> {
  const actor = await actorForAction();
  if (!actor) return SIGNED_OUT;
  try {
    return { ok: true, ...reviewArticle(getDb(), input) };
  } catch (error) {
    return actionFailure(error);
  }
}

export type SaveSuggestionsResult = { ok: true; saved: { id: number; headline: string }[]; duplicates: number[] } | ActionFailure;

/** Saves the kept suggestions as drafts in one transaction, each citing the article. */
export async function saveSuggestionsAction(input: unknown): Promise<SaveSuggestionsResult> {
  const actor = await actorForAction();
  if (!actor) return SIGNED_OUT;
  try {
    const { saved, duplicates } = saveSuggestedDrafts(getDb(), actor, input);
    return { ok: true, saved: saved.map((c) => ({ id: c.id, headline: c.headline })), duplicates };
  } catch (error) {
    return actionFailure(error);
  }
}
