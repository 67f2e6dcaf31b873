import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireEditorPage } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { ActionForm } from "../_components/action-form";
import { Timestamp } from "../_components/revision-bits";
import { revokeTokenAction } from "./actions";
import { TokenForm } from "./token-form";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

export default async function AccountPage() {
  const user = await requireEditorPage("/editor/account");
  const tokens = listApiTokens(getDb(), { userId: user.id, role: user.role });
  const active = tokens.filter((t) => !t.revokedAt);
  const revoked = tokens.filter((t) => t.revokedAt);
  return (
    <>
      <p className="eyebrow">
        <Link href="/editor">Editors’ desk</Link>
      </p>
      <h1>Your account</h1>
      <div className="card facts-card">
        <dl className="facts">
          <dt>Name</dt>
          <dd>{user.name}</dd>
          <dt>Email</dt>
          <dd>{user.email}</dd>
          <dt>Role</dt>
          <dd>{user.role === "admin" ? "Admin (manages accounts and outlet grades)" : "Editor"}</dd>
        </dl>
      </div>

      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">Personal API tokens</h2>
        <p>
          Scripts use a token to call the write API (<code>/api/v1/…</code>) as you. Each change they make is recorded under your name.
          Revoke a token the moment you no longer need it.
        </p>
        <div className="card">
          <TokenForm />
        </div>
        <h3>Active tokens</h3>
        {active.length === 0 ? (
          <p className="empty">No active tokens.</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">
                    <span className="visually-hidden">Revoke</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {active.map((t) => (
                  <tr key={t.id}>
                    <th scope="row">{t.name}</th>
                    <td>
                      <Timestamp iso={t.createdAt} />
                    </td>
                    <td>{t.lastUsedAt ? <Timestamp iso={t.lastUsedAt} /> : <span className="muted">never</span>}</td>
                    <td>
                      <ActionForm
                        action={revokeTokenAction.bind(null, t.id)}
                        submitLabel="Revoke"
                        pendingLabel="Revoking…"
                        buttonClassName="danger small"
                        label={`Revoke ${t.name}`}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {revoked.length > 0 ? (
          <details className="revoked">
            <summary>
              {revoked.length} revoked {revoked.length === 1 ? "token" : "tokens"}
            </summary>
            <ul>
              {revoked.map((t) => (
                <li key={t.id}>
                  {t.name} — revoked <Timestamp iso={t.revokedAt!} />
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
    </>
  );
}
