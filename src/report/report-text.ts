import type { AdminReport } from './admin-report.js';

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;
const quote = (q: string) => `“${q.length > 100 ? `${q.slice(0, 99)}…` : q}”`;

/** The report as a person reads it in a terminal: the figures first, then what to act on. */
export function reportText(r: AdminReport): string {
  const out: string[] = [];
  out.push(
    `career-bot report, ${r.since.slice(0, 16).replace('T', ' ')} to ${r.until.slice(0, 16).replace('T', ' ')} UTC`,
  );
  out.push('');
  const surfaces = Object.entries(r.questions.bySurface)
    .map(([s, n]) => `${s} ${n}`)
    .join(', ');
  out.push(`Questions: ${r.questions.total}${surfaces ? ` (${surfaces})` : ''}`);
  for (const d of r.questions.byDay) out.push(`  ${d.day}  ${d.surface.padEnd(8)} ${d.count}`);
  const o = r.outcomes;
  out.push(
    `Outcomes: ${o.answered} answered, ${o.partial} answered in part, ${o.declined} declined, ${o.social} greetings or help`,
  );
  out.push(`Decline rate: ${pct(r.declineRate)}`);
  out.push(`Answer time: p50 ${r.latencyMs.p50 ?? '–'} ms, p95 ${r.latencyMs.p95 ?? '–'} ms`);

  out.push('', 'Declined questions, grouped (the knowledge to write next):');
  if (r.declined.length === 0) out.push('  none');
  for (const g of r.declined) {
    out.push(`  ${g.count} × ${quote(g.example)}`);
    for (const q of g.questions.filter((q) => q !== g.example).slice(0, 3)) out.push(`      also ${quote(q)}`);
  }
  out.push('', 'Asked for but not in the knowledge base:');
  if (r.gaps.length === 0) out.push('  none');
  for (const g of r.gaps) out.push(`  ${g.count} × ${g.gap}, e.g. ${quote(g.questions[0]!)}`);

  out.push('', `Most asked roles: ${r.topRoles.map((t) => `${t.id} (${t.count})`).join(', ') || 'none'}`);
  out.push(`Most named skills: ${r.topSkills.map((t) => `${t.id} (${t.count})`).join(', ') || 'none'}`);

  out.push('', `Feedback: ${r.feedback.up} 👍, ${r.feedback.down} 👎`);
  for (const f of r.feedback.downvoted)
    out.push(`  👎 ${f.question ? quote(f.question) : '(question no longer kept)'}${f.reason ? `: ${f.reason}` : ''}`);
  return out.join('\n');
}
