"use server";

import { refresh } from "next/cache";
import { getDb } from "@/db/client";
import { editorAction } from "@/lib/auth/action-wrappers";
import { formValue, type FormResult } from "@/lib/http/action-state";
import { setPairStatus } from "@/lib/pairs/write";
import { PAIR_STATUS_LABELS } from "@/lib/vocabulary";

/** Sets a pair's headline status from the dashboard (editors and admins). */
export const setPairStatusAction = editorAction(async (actor, slug: string, _prev: FormResult, form: FormData): Promise<FormResult> => {
  const pair = setPairStatus(getDb(), actor, slug, { status: formValue(form, "status") });
  refresh();
  return { ok: true, message: `Now “${PAIR_STATUS_LABELS[pair.status]}”.` };
});
