/**
 * JSON columns are text on both engines: we stringify on the way in and parse on the way out, so a
 * document comes back with its keys in the order written (PostgreSQL's jsonb would reorder them,
 * which would change any digest taken over the document).
 */
export function toJsonText(value: unknown, name: string): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError(`${name} must be a JSON value, got ${typeof value}`);
  return text;
}

export function fromJsonText<T>(text: string): T {
  return JSON.parse(text) as T;
}
