/** "a" or "an" before a noun, by its first letter (good enough for role titles). */
export const article = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');
