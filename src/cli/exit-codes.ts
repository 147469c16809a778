/** Exit codes of `aware` (CLI conventions): 0 ok, 1 findings when --fail-on is set, 2 usage or data error. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A mistake in the command line, worded for the user; exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
