/** A titled part of a knowledge file's Markdown body; text before the first heading has heading ''. */
export interface Section {
  heading: string;
  text: string;
}

/** The body's sections by heading, their lines joined into paragraphs; empty sections dropped. */
export function sectionsOf(body: string): Section[] {
  const sections: Section[] = [];
  let current: Section = { heading: '', text: '' };
  for (const line of body.split('\n')) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      if (current.text.trim() || current.heading) sections.push(current);
      current = { heading: heading[1]!.trim(), text: '' };
    } else {
      current.text += `${line}\n`;
    }
  }
  sections.push(current);
  return sections
    .map((s) => ({
      heading: s.heading,
      text: s.text
        .replace(/\s*\n\s*(?!\n)/g, ' ')
        .replace(/\n+/g, '\n\n')
        .trim(),
    }))
    .filter((s) => s.text);
}
