/**
 * An "-ing" said without its g ("weldin'", "fixin", "growin' soybeans"), written back when the word so
 * typed is not one the knowledge uses and its "-ing" form is. The apostrophe that marks the drop goes
 * with it.
 */
const SAID_WITHOUT_G = /(?<![\p{L}\p{M}])(\p{L}{3,}in)['’]?(?![\p{L}\p{M}])/gu;

export function withDroppedGsWritten(text: string, isKnown: (word: string) => boolean): string {
  return text.replace(SAID_WITHOUT_G, (typed: string, word: string) => {
    const lower = word.toLowerCase();
    if (isKnown(lower)) return typed;
    const written = `${lower}g`;
    return isKnown(written) ? written : typed;
  });
}
