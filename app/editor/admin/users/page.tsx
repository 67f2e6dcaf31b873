import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { requireAdminPage } from "@/lib/auth/session";
import { listUsers } from "@/lib/auth/accounts";
import { ActionForm } from "../../_components/action-form";
import { Timestamp } from "../../_components/revision-bits";
import { changeRoleAction, setDisabledAction } from "./actions";
import { CreateUserForm } from "./create-user-form";

export const metadata: Metadata = { title: "Editor accounts", robots: { index: false } };

export default async function UsersPage() {
  const me = await requireAdminPage("/editor/admin/users");
  const users = listUsers(getDb());
  return (
    <>
      <p className="eyebrow">
        <Link href="/editor">Editors’ desk</Link> · Admin
      </p>
      <h1>Editor accounts</h1>
      <p className="lede">Who can sign in to log and edit claims. Disabling an account signs it out everywhere and stops its API tokens.</p>

      <div className="table-wrap">
        <table className="data-table users-table">
          <thead>
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Role</th>
              <th scope="col">Access</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => {
              const self = u.id === me.id;
              return (
                <tr key={u.id} className={u.disabledAt ? "row-disabled" : undefined}>
                  <th scope="row">
                    {u.name} {self ? <span className="badge">you</span> : null}
                    <div className="row-meta">{u.email}</div>
                    <div className="row-meta">
                      since <Timestamp iso={u.createdAt} />
                    </div>
                  </th>
                  <td>
                    {self ? (
                      <span>{u.role}</span>
                    ) : (
                      <ActionForm
                        action={changeRoleAction.bind(null, u.id)}
                        submitLabel="Change"
                        buttonClassName="secondary small"
                        className="inline-form"
                        label={`Role of ${u.email}`}
                      >
                        <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                          Role of {u.email}
                        </label>
                        <select key={u.role} id={`role-${u.id}`} name="role" defaultValue={u.role}>
                          <option value="editor">Editor</option>
                          <option value="admin">Admin</option>
                        </select>
                      </ActionForm>
                    )}
                  </td>
                  <td>
                    {u.disabledAt ? (
                      <span className="badge status-retracted">
                        Disabled <Timestamp iso={u.disabledAt} />
                      </span>
                    ) : (
                      <span className="badge status-published">Active</span>
                    )}{" "}
                    {self ? (
                      <span className="muted small">(you cannot disable yourself)</span>
                    ) : (
                      <ActionForm
                        action={setDisabledAction.bind(null, u.id, !u.disabledAt)}
                        submitLabel={u.disabledAt ? "Enable" : "Disable"}
                        pendingLabel="…"
                        buttonClassName={u.disabledAt ? "secondary small" : "danger small"}
                        className="inline-form"
                        label={`${u.disabledAt ? "Enable" : "Disable"} ${u.email}`}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="new-user-heading">
        <h2 id="new-user-heading">New account</h2>
        <CreateUserForm minPasswordLength={MIN_PASSWORD_LENGTH} />
      </section>
    </>
  );
}
