const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/**
 * The start of the reported period from `--since`: a span back from now ("7d", "24h", "2w", "90m")
 * or a date ("2026-11-01"). Undefined when the text is neither.
 */
export function parseSince(text: string, now = Date.now()): number | undefined {
  const span = /^(\d+)\s*([mhdw])$/i.exec(text.trim());
  if (span) return now - Number(span[1]) * UNIT_MS[span[2]!.toLowerCase()]!;
  if (!/^\d{4}-\d{2}-\d{2}/.test(text.trim())) return undefined;
  const at = Date.parse(text.trim());
  return Number.isNaN(at) ? undefined : at;
}
