"use server";

import { refresh } from "next/cache";
import { getDb } from "@/db/client";
import { actorForAction } from "@/lib/auth/session";
import { settleClaim } from "@/lib/claims/settle";
import { rejectSuggestion } from "@/lib/claims/settlement-suggestions";
import { actionFailure, formValue, SIGNED_OUT, type FormResult } from "@/lib/http/action-state";

const text = (form: FormData, name: string) => {
  const v = formValue(form, name);
  return typeof v === "string" ? v : undefined;
};

/** Accepts a settlement suggestion: settles the claim with what the editor left in the prefilled form. */
export async function acceptSuggestionAction(claimId: number, _prev: FormResult, form: FormData): Promise<FormResult> {
  const actor = await actorForAction();
  if (!actor) return SIGNED_OUT;
  try {
    const url = text(form, "url")?.trim();
    const title = text(form, "title")?.trim();
    settleClaim(getDb(), actor, claimId, {
      version: Number(text(form, "version")),
      outcome: text(form, "outcome"),
      settledOn: text(form, "settledOn"),
      reason: text(form, "reason"),
      citations: [{ outlet: text(form, "outlet")?.trim() ?? "", ...(url ? { url } : {}), ...(title ? { title } : {}) }],
    });
    refresh();
    return { ok: true, message: "Settled." };
  } catch (error) {
    return actionFailure(error);
  }
}

/** Rejects a settlement suggestion: it is remembered and not shown again. */
export async function rejectSuggestionAction(claimId: number, answerId: number, _prev: FormResult, _form: FormData): Promise<FormResult> {
  const actor = await actorForAction();
  if (!actor) return SIGNED_OUT;
  try {
    rejectSuggestion(getDb(), actor, { claimId, answerId });
    refresh();
    return { ok: true, message: "Suggestion rejected." };
  } catch (error) {
    return actionFailure(error);
  }
}
