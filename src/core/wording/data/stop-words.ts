/**
 * Function words that tell Dutch from English, our own selection. Words both languages share
 * ("in", "is", "we", "of", "over", "die") are left out of both lists.
 */
export const STOP_WORDS_NL: ReadonlySet<string> = new Set(
  (
    "de het een en van je jij jou jouw wij ons onze zijn voor met op niet dat te bij ook als naar om aan " +
    "uit heb hebt heeft bent ben wordt worden door maar er dan deze wat wie hoe nog kan kunt zal zult " +
    "mag moet wel geen ook bent jullie hun haar zich waar omdat binnen tussen naast tijdens zoals"
  ).split(" "),
);

export const STOP_WORDS_EN: ReadonlySet<string> = new Set(
  (
    "the a an and to you your you'll you're our are for with on not that this be will as at by from or " +
    "have has it who what how can all more their they them which would should about into within while " +
    "such than these those been being were was do does"
  ).split(" "),
);
