/**
 * Hashtags written out as the words they join: "#whoKeepsThemOut" is read as "who keeps them out",
 * "#MLScientist" as "ML Scientist", so a message written in tags is read like any other. Only a tag
 * that opens a word counts ("C#" stays C#); a tag in one case throughout ("#smartcities") keeps its
 * single word.
 */
const HASHTAG = /(^|[\s(])#(\p{L}[\p{L}\p{N}_]*)/gu;

export function withHashtagsSpelledOut(text: string): string {
  if (!text.includes('#')) return text;
  return text.replace(HASHTAG, (_, before: string, tag: string) => {
    const spelled = tag
      .replace(/_/g, ' ')
      .replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2');
    return `${before}${spelled}`;
  });
}
