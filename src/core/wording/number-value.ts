const WORDS: Readonly<Record<string, number>> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  vijftien: 15,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
};

/** The value of a number token ("35", "vijf", "five"); NaN for anything else. */
export function numberValue(lower: string): number {
  if (/^\d+$/.test(lower)) return Number(lower);
  return WORDS[lower] ?? Number.NaN;
}
