import { createHash, randomBytes } from "node:crypto";

/** A fresh random secret (256 bits), URL-safe. */
export function newSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** SHA-256 of a secret: what the database stores, so a leaked table yields no live sessions or tokens. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
