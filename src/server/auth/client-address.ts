import type { Context } from "hono";

/**
 * The client's address for throttling. From the Node socket by default: X-Forwarded-For can be forged
 * by anyone. Behind one trusted reverse proxy (AWARE_TRUST_PROXY=1) the socket is the proxy for every
 * client, so the address is the last entry of X-Forwarded-For, the one that proxy added.
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for");
    const last = forwarded
      ?.split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "")
      .at(-1);
    if (last) return last;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? "unknown";
}
