import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/session";
import { formVocabulary } from "@/lib/editor/form-vocabulary";
import { outletOptions } from "@/lib/editor/pickers";
import { safeExternalUrl } from "@/lib/urls";
import { GradeBadge } from "@/app/_components/badges";
import { gradeLabel } from "@/lib/vocabulary";
import { ActionForm } from "../../_components/action-form";
import { updateOutletAction } from "./actions";

export const metadata: Metadata = { title: "Outlets", robots: { index: false } };

export default async function OutletsPage() {
  const user = await requireEditorPage("/editor/admin/outlets");
  const outlets = outletOptions(getDb());
  const { grades } = formVocabulary();
  const admin = user.role === "admin";
  return (
    <>
      <p className="eyebrow">
        <Link href="/editor">Editors’ desk</Link> · Admin
      </p>
      <h1>Outlets</h1>
      <p className="lede">
        Every source and its reliability grade on the Admiralty scale. Readers see the grade beside each citation.
        {admin
          ? " Changing a grade changes how every claim citing the outlet is shown."
          : " Only admins change names and grades; add a new outlet from the claim form."}
      </p>
      {admin ? (
        <ul className="outlet-edit-list">
          {outlets.map((o) => (
            <li key={o.slug} className="card">
              <ActionForm
                action={updateOutletAction.bind(null, o.slug)}
                submitLabel="Save"
                className="outlet-form"
                label={`Edit ${o.name}`}
              >
                <div className="field">
                  <label htmlFor={`outlet-${o.slug}-name`}>Name</label>
                  <input id={`outlet-${o.slug}-name`} name="name" type="text" defaultValue={o.name} required />
                </div>
                <div className="field">
                  <label htmlFor={`outlet-${o.slug}-url`}>Website</label>
                  <input id={`outlet-${o.slug}-url`} name="url" type="url" defaultValue={o.url ?? ""} placeholder="https://…" />
                </div>
                <div className="field">
                  <label htmlFor={`outlet-${o.slug}-grade`}>Grade</label>
                  <select key={o.grade} id={`outlet-${o.slug}-grade`} name="grade" defaultValue={o.grade ?? ""}>
                    {o.grade === null ? <option value="">Not yet graded: choose a grade</option> : null}
                    {grades.map((g) => (
                      <option key={g.value} value={g.value}>
                        {g.label}
                      </option>
                    ))}
                  </select>
                </div>
              </ActionForm>
            </li>
          ))}
        </ul>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Outlet</th>
                <th scope="col">Grade</th>
                <th scope="col">Website</th>
              </tr>
            </thead>
            <tbody>
              {outlets.map((o) => {
                const href = safeExternalUrl(o.url);
                return (
                  <tr key={o.slug}>
                    <th scope="row">{o.name}</th>
                    <td>
                      <GradeBadge grade={o.grade} /> {gradeLabel(o.grade)}
                    </td>
                    <td>
                      {href ? (
                        <a href={href} rel="noopener noreferrer nofollow">
                          {o.url}
                        </a>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
