import { createHash, randomBytes } from "node:crypto";

/** A random secret for a session id, a CSRF token or an invitation (256 bits, base64url). */
export const randomToken = (): string => randomBytes(32).toString("base64url");

/** Only hashes of secrets are stored, so a leaked database gives no working session or invitation. */
export const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");
