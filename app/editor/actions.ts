"use server";

import { refresh } from "next/cache";
import { getDb } from "@/db/client";
import { actorForAction } from "@/lib/auth/session";
import { actionFailure, formValue, SIGNED_OUT, type FormResult } from "@/lib/http/action-state";
import { setPairStatus } from "@/lib/pairs/write";
import { PAIR_STATUS_LABELS } from "@/lib/vocabulary";

/** Sets a pair's headline status from the dashboard (editors and admins). */
export async function setPairStatusAction(slug: string, _prev: FormResult, form: FormData): Promise<FormResult> {
  const actor = await actorForAction();
  if (!actor) return SIGNED_OUT;
  try {
    const pair = setPairStatus(getDb(), actor, slug, { status: formValue(form, "status") });
    refresh();
    return { ok: true, message: `Now “${PAIR_STATUS_LABELS[pair.status]}”.` };
  } catch (error) {
    return actionFailure(error);
  }
}
