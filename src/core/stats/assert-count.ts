/**
 * Argument checks shared by the statistics: counts must be whole numbers ≥ 0. Breaking this is a
 * programmer error (the caller built a table wrongly), so it throws rather than returning a value.
 * `fn` names the public function in the message, e.g. "wilsonInterval requires an integer n".
 */
export const assertCount = (fn: string, name: string, value: number): void => {
  if (!Number.isInteger(value)) throw new TypeError(`${fn} requires an integer ${name}`);
  if (value < 0) throw new RangeError(`${fn} requires ${name} >= 0`);
};
