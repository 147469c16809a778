import type { DiscoveryError } from "../core/discovery/discovery-error.ts";

/** A discovery input error with the file it concerns, for the CLI's error line. */
export class DiscoveryInputError extends Error {
  constructor(
    readonly source: string,
    readonly error: DiscoveryError,
  ) {
    super(`${source}: ${error.message}`);
    this.name = "DiscoveryInputError";
  }
}
