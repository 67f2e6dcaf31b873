"use server";

import { refresh } from "next/cache";
import { getDb } from "@/db/client";
import { adminAction } from "@/lib/auth/action-wrappers";
import { formValue, type FormResult } from "@/lib/http/action-state";
import { updateOutlet } from "@/lib/outlets/write";

/** Admin: an outlet's name, website and reliability grade (updateOutlet refuses editors). */
export const updateOutletAction = adminAction(
  async (actor, slug: string, _prev: FormResult, form: FormData): Promise<FormResult> => {
    const outlet = updateOutlet(getDb(), actor, slug, {
      name: formValue(form, "name"),
      url: formValue(form, "url"),
      grade: formValue(form, "grade") || undefined,
    });
    refresh();
    return { ok: true, message: `Saved: ${outlet.name}, ${outlet.grade === null ? "not yet graded" : `grade ${outlet.grade}`}.` };
  },
  {
    forbidden: "Only admins change outlets and their grades.",
    // One line beside the row: name the field that needs fixing.
    failure: (failure) =>
      failure.fields
        ? {
            ...failure,
            message: Object.entries(failure.fields)
              .map(([f, m]) => (m.toLowerCase().startsWith(f) ? m : `${f}: ${m}`))
              .join("; "),
          }
        : failure,
  },
);
