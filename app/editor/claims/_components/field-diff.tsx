import type { FieldChange } from "@/lib/claims/diff";

/** One changed field: before and after, with removed words struck and added words marked when the text is prose. `plain` for a whole snapshot (create, discard). */
export function FieldDiff({ change, plain = false }: { change: FieldChange; plain?: boolean }) {
  return (
    <tr>
      <th scope="row">{change.label}</th>
      <td className="diff-before">
        {change.before === null ? (
          <span className="muted">(empty)</span>
        ) : change.words ? (
          change.words.map((part, i) =>
            part.kind === "added" ? null : part.kind === "removed" ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>,
          )
        ) : plain ? (
          <span className="whole">{change.before}</span>
        ) : (
          <del className="whole">{change.before}</del>
        )}
      </td>
      <td className="diff-after">
        {change.after === null ? (
          <span className="muted">(empty)</span>
        ) : change.words ? (
          change.words.map((part, i) =>
            part.kind === "removed" ? null : part.kind === "added" ? <ins key={i}>{part.text}</ins> : <span key={i}>{part.text}</span>,
          )
        ) : plain ? (
          <span className="whole">{change.after}</span>
        ) : (
          <ins className="whole">{change.after}</ins>
        )}
      </td>
    </tr>
  );
}
