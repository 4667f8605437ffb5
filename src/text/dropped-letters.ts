/**
 * Letters dropped in speech and in the typing of it, written back when the word so typed is not one the
 * knowledge uses and the full word is: the g of an "-ing" ("weldin'", "fixin", "growin' soybeans") and
 * an h at a word's start, marked by an apostrophe ("wi' their 'ands", "'ome", "'ospital"). The
 * apostrophe that marks the drop goes with it.
 */
const SAID_WITHOUT_G = /(?<![\p{L}\p{M}])(\p{L}{3,}in)['’]?(?![\p{L}\p{M}])/gu;
/** Only with its apostrophe: "and" is no "hand", "ear" no "hear". */
const SAID_WITHOUT_H = /(?<![\p{L}\p{M}'’])['’](\p{L}{2,})(?![\p{L}\p{M}'’])/gu;

const writtenBack = (typed: string, written: string, isKnown: (word: string) => boolean) =>
  isKnown(written) ? written : typed;

/**
 * `isKnown`: the knowledge uses this very word; `isFormKnown`: it uses a form of it ("hand" for "hands").
 * The apostrophe marks a dropped h so plainly that a form will do; a g dropped without one must give the
 * knowledge's own word.
 */
export function withDroppedLettersWritten(
  text: string,
  isKnown: (word: string) => boolean,
  isFormKnown: (word: string) => boolean = isKnown,
): string {
  return text
    .replace(SAID_WITHOUT_G, (typed: string, word: string) =>
      isKnown(word.toLowerCase()) ? typed : writtenBack(typed, `${word.toLowerCase()}g`, isKnown),
    )
    .replace(SAID_WITHOUT_H, (typed: string, word: string) =>
      isKnown(word.toLowerCase()) ? typed : writtenBack(typed, `h${word.toLowerCase()}`, isFormKnown),
    );
}
