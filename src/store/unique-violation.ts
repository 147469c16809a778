/**
 * Whether a database error is a unique-key violation (PostgreSQL 23505, SQLite's UNIQUE constraint):
 * how the store notices that a concurrent writer took a number or a version first.
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  return (
    e?.code === "23505" ||
    e?.code === "SQLITE_CONSTRAINT_UNIQUE" ||
    /UNIQUE constraint/i.test(e?.message ?? "")
  );
}
