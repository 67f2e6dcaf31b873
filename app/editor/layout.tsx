import Link from "next/link";
import { currentUser } from "@/lib/auth/session";
import "./editor.css";

/** The editors' side: a second row of navigation. Each page checks the session itself (layouts do not re-run on navigation). */
export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <>
      {user ? (
        <nav className="editor-nav" aria-label="Editors">
          <ul>
            <li>
              <Link href="/editor">Dashboard</Link>
            </li>
            <li>
              <Link href="/editor/claims/new">New claim</Link>
            </li>
            <li>
              <Link href="/editor/import">Import</Link>
            </li>
            <li>
              <Link href="/editor/admin/outlets">Outlets</Link>
            </li>
            {user.role === "admin" ? (
              <li>
                <Link href="/editor/admin/users">Users</Link>
              </li>
            ) : null}
            <li className="editor-nav-me">
              <Link href="/editor/account">
                {user.name} <span className="muted">({user.role})</span>
              </Link>
            </li>
          </ul>
        </nav>
      ) : null}
      {children}
    </>
  );
}
