/**
 * What kind of answer a question wants, read from its phrasing. Whether it is in scope at all is
 * decided separately, from retrieval evidence.
 */
export type Intent =
  | 'compare'
  | 'background-fit'
  | 'roles-for-skill'
  | 'role-skills'
  | 'skills-overview'
  | 'roles-overview'
  | 'describe';

const COMPARE = /\b(vs|versus|compare[ds]?|comparing|comparison|difference|differences|differ|distinguish)\b|\bor\b.*\?$/;
const FIRST_PERSON = /\b(i|i'm|im|my|me)\b/;
const BACKGROUND = /\b(background|studied|study|studying|degree|major|majored|graduate[ds]?|trained|experience|worked|work|build|design|do|love|enjoy|like|good at|skilled|know|am a|am an)\b/;
const FIT = /\b(fit|for me|suit|suits|suited|should i|which role|what role|which job|what job|which career|what career|role called|job called|where do i|where can i|path|switch|transition|become)\b/;
const ROLES_FOR = /\b(which|what|any|list)\b.*\b(roles?|jobs?|careers?|positions?|professionals?|specialists?)\b.*\b(need|needs|needed|require|requires|required|use|uses|using|involve|involves|with|ask for|call for|want)\b|\bwho (needs|uses|works with)\b/;
const ROLES_OVERVIEW =
  /\b(jobs|roles|careers|positions|opportunities)\b.*\b(are there|available|exist|out there|on offer)\b|\b(list|all)( of)?( the)? (smart[- ]city )?(jobs|roles|careers|positions)\b|\bwhat (kinds? of )?(jobs|roles|careers) (do|will|can) (smart )?cities\b/;
/** Asking for the skills list itself: "which skills should I learn", "skills employers look for". */
const SKILLS_OVERVIEW =
  /\b(what|which|list|top|key|main|important|common|useful)\b.*\b(skills?|skillsets?|qualifications?)\b|\bskills?\b.*\b(in demand|in-demand|needed|employers?|learn|look for|want)\b|\bskills? (for|to get|to work)\b/;
const SKILLS = /\b(skills?|skillsets?|qualifications?|competenc(e|ies)|learn|know-how|requirements?)\b/;

export function classifyIntent(question: string, namedRoles: number, namedSkills: number): Intent {
  const q = question.toLowerCase();
  if (COMPARE.test(q) && namedRoles >= 2) return 'compare';
  if (/\b(vs|versus|compare[ds]?|comparing|difference between)\b/.test(q)) return 'compare';
  if (FIRST_PERSON.test(q) && BACKGROUND.test(q) && FIT.test(q) && namedRoles === 0) return 'background-fit';
  if (ROLES_FOR.test(q) && namedRoles === 0) return 'roles-for-skill';
  if (ROLES_OVERVIEW.test(q) && namedRoles === 0 && namedSkills === 0) return 'roles-overview';
  if (SKILLS.test(q) && namedSkills === 0 && namedRoles > 0) return 'role-skills';
  if (SKILLS_OVERVIEW.test(q) && namedSkills === 0 && namedRoles === 0) return 'skills-overview';
  return 'describe';
}
