"use client";

import { useEffect, useRef } from "react";
import { FIELD_LABELS } from "@/lib/claims/field-labels";
import type { FieldErrors } from "@/lib/errors";
import { fieldId } from "./field-bits";

function nameOf(key: string): string {
  const citation = /^citations\.(\d+)\.(\w+)$/.exec(key);
  if (citation) return `Source ${Number(citation[1]) + 1}, ${citation[2] === "publishedOn" ? "published on" : citation[2]}`;
  const mention = /^mentions\.(\d+)$/.exec(key);
  if (mention) return `Also mentioned, person ${Number(mention[1]) + 1}`;
  return FIELD_LABELS[key] ?? key;
}

/** Where a summary link should land: the field's input, or the group that holds it. */
function target(key: string): string {
  if (key === "pair") return "claim-people-0";
  if (/^mentions\.\d+$/.test(key)) return fieldId("mentions-new");
  return fieldId(key);
}

/**
 * Every field problem in one list at the top of the form, each linking to its
 * field. A new answer from the server (`answer` changes) brings it into view,
 * since the buttons that sent the form sit at its bottom.
 */
export function ErrorSummary({ errors, answer }: { errors: FieldErrors; answer: unknown }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (answer && box.current) {
      box.current.focus({ preventScroll: true });
      box.current.scrollIntoView({ block: "start", behavior: "smooth" });
    }
  }, [answer]);
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" ref={box} tabIndex={-1}>
      <p id="error-summary-title" className="error-summary-title">
        {entries.length === 1 ? "One thing needs fixing" : `${entries.length} things need fixing`} — nothing was saved yet
      </p>
      <ul>
        {entries.map(([key, message]) => (
          <li key={key}>
            <a href={`#${target(key)}`}>
              {nameOf(key)}: {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
