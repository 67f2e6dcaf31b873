import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/auth/return-path";
import { currentUser } from "@/lib/auth/session";
import { LoginForm } from "./login-form";
import "../editor/editor.css";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const raw = (await searchParams).next;
  const next = safeReturnPath(Array.isArray(raw) ? raw[0] : raw);
  if (await currentUser()) redirect(next);
  return (
    <div className="narrow">
      <p className="eyebrow">Editors</p>
      <h1>Sign in</h1>
      <p className="lede">For the newsroom: log claims, fix mistakes, publish corrections. Readers need no account.</p>
      <LoginForm next={next} />
    </div>
  );
}
