import { withoutAccents } from '../text/normalize.js';

/**
 * Nouns that close the name of an occupation ("dental hygienist", "traffic engineer", "sous chef").
 * The knowledge's roles end in some of them too; the name matcher, not this list, says which
 * occupations the knowledge holds.
 */
const HEADS =
  'engineer|technician|therapist|hygienist|pilot|controller|manager|designer|chef|cook|nurse|doctor|lawyer|solicitor|teacher|driver|electrician|plumber|officer|agent|assistant|analyst|consultant|architect|planner|surveyor|inspector|operator|installer|mechanic|scientist|developer|specialist|programmer|director|coordinator|administrator|accountant|physicist|physiotherapist|pharmacist|dentist|vet|veterinarian|paramedic|firefighter|soldier|farmer|baker|florist|hairdresser|barber|barista|bartender|waiter|waitress|cashier|nanny|chauffeur|cleaner|porter|guard|clerk|secretary|receptionist|journalist|writer|photographer|artist|musician|actor|translator|interpreter|librarian|curator|researcher|postdoc|economist|statistician|geologist|biologist|chemist|physician|surgeon|midwife|carer|tutor|lecturer|professor|instructor|coach|trainer|broker|banker|trader|auditor|recruiter|marketer|influencer|youtuber|streamer|welder|carpenter|joiner|bricklayer|roofer|painter|decorator|landscaper|gardener|butcher|fishmonger|tailor|jeweller|optician|radiographer|sonographer|pathologist|psychologist|psychiatrist|counsellor|steward|stewardess|attendant|conductor|dispatcher|courier|postman|postwoman|miner|fisherman|sailor|captain|diver|lifeguard|zookeeper|ranger|forester';

/** One to three words ending in an occupation's noun, singular or plural: the occupation asked about. */
const X = `((?:[a-z][a-z'-]* ){0,2}?(?:${HEADS})(?:s|es)?)`;

/**
 * Phrasings that ask about an occupation as the career wanted, not as the asker's own: "is sous chef one
 * of your jobs?", "traffic engineer job?", "scope for geotechnical engineers", "is dental hygienist a
 * decent backup career?", "becoming a harbour pilot", "we also recruit a pastry chef". "Jobs for nurses"
 * asks where nurses fit, and is left to the fit rules.
 */
const ASKED = [
  new RegExp(
    `\\b(?:is|are) (?:a |an )?${X} (?:one of|among|part of|in|on) (?:your|ur|the|these|those|ya) (?:[\\w-]+ ){0,3}?(?:jobs|roles|careers|list|options)\\b`,
  ),
  new RegExp(
    `(?:^|[.!?;]\\s*)(?:any |got any )?${X} (?:jobs?|careers?|roles?|positions?|vacancies|openings)(?=\\s*(?:[.?!,]|$|got any|around|going|out there))`,
  ),
  new RegExp(`\\b(?:scope|outlook|prospects?|demand|future) (?:for|of) (?:a |an |the )?${X}\\b`),
  new RegExp(
    `\\b(?:is|are) (?:a |an |being (?:a |an )?)?${X},? (?:still )?(?:a |an )?(?:good |decent |solid |smart |viable |safe |real |legit |bad |worthwhile |sensible )?(?:backup |second |future[- ]proof )?(?:smart[- ]?city |tech )?(?:career|job|option|path|profession)\\b`,
  ),
  // Not what someone did first: "before qualifying as an accountant I spent years in procurement"; nor
  // what someone went on to do ("left the tower to become a paramedic"), or their own career ("my career
  // as a lecturer", "her job as a nurse", "had a part time job as a barista").
  new RegExp(
    `(?<!\\b(?:before|after|since|when|while|until|from) )(?<!\\b(?:left|went on|moved on|gone on|went off|resigned)\\b[^.!?]{0,40}\\bto )\\b(?:becom(?:e|ing)|(?:re)?train(?:ing)? as|qualify(?:ing)? as|regist(?:er|ering|ered) as|(?<!\\b(?:my|his|her|their|our|had|have|has|having|held|got|did) (?:a |an )?(?:[\\w-]+ ){0,2})(?:career|job) as) (?:a |an )?${X}\\b`,
  ),
  // "what's a dental hygienist make?": "what's" for "what does" in chat.
  new RegExp(`\\bwhat(?: does| do|'s|s) (?:a |an )?${X} (?:do|earn|make)\\b`),
  // "thinking of going for head gardener jobs": the posts wanted, not held.
  new RegExp(
    `\\b(?:going for|apply(?:ing)? for|applied for) (?:a |an )?${X} (?:jobs?|roles?|positions?|posts?|vacancies)\\b`,
  ),
  // "do florists earn much?": the pay of an occupation, asked of it in general.
  new RegExp(`\\b(?:do|does) (?:a |an )?${X} (?:earn|make|get paid)\\b`),
  // Of an occupation in general ("the duties of a water chemist"), not of someone in particular ("of the officer who…").
  new RegExp(`\\b(?:career|job|role|responsibilities|duties) of (?:a|an) ${X}\\b`),
  // A licence to come ("get a pilot licence"), not one held ("before I got my electrician license").
  new RegExp(
    `(?<!\\b(?:before|after|since|when|once|until) (?:i |he |she |we )?)\\b(?:get|getting|need|needs) (?:a |an |my |the )?${X} (?:licen[cs]es?|apprenticeships?)\\b`,
  ),
  // Terse pay questions: "florist pay?", "what's the average nurse salary", "wages for a welder".
  new RegExp(
    `(?:^|[.!?;]\\s*)(?:what(?:'s| is| are)? (?:the |a |an )?(?:typical |average |usual |starting )?)?${X}(?:'s|s')? (?:pay|salary|salaries|wages?|earnings|income)\\b`,
  ),
  new RegExp(
    `\\b(?:pay|salary|salaries|wages?|earnings|income|going rate|hourly rate|day rate|rates?) (?:for|of) (?:a |an )?${X}\\b`,
  ),
  new RegExp(
    `\\bhow much (?:does |do |would |will |can )?(?:a |an )?${X} (?:make|earn|get paid|get|take home|pull in|bring in|rake in|clear|pocket)\\b`,
  ),
  // Word order of other languages: "how much earn a mining engineer".
  new RegExp(`\\bhow much (?:earns?|makes?|gets? paid) (?:a |an )?${X}\\b`),
  // "how much salary tailor in bangkok?": the pay asked before the occupation, articles dropped.
  new RegExp(`\\bhow much (?:salary|pay|wages?|money) (?:for |of |does |do |is |a |an )*${X}\\b`),
  new RegExp(
    `\\b(?:career path|path|route|pathway|qualifications?|entry requirements?|requirements?|degree|training) (?:for|to become|into) (?:a |an |becoming (?:a |an )?)?${X}\\b`,
  ),
  // What an occupation asks of people, in general: "what skills does a florist need?", "skills needed for a baker?".
  // Not what it would take someone to move on from one ("what skills does a nurse need to get into this?").
  new RegExp(
    `\\b(?:skills?|skillsets?|skill sets?|qualifications?|certifications?|certs?|tools|training|education|degrees?) (?:does|do|would|will) (?:a |an )?${X} (?:need|needs|use|require|have)(?=\\s*(?:[?.!,;]|$))`,
  ),
  new RegExp(
    `\\b(?:skills?|skillsets?|skill sets?|qualifications?|certifications?|certs?|training|degrees?) (?:needed|required|necessary) (?:for|to be|to become|as) (?:a |an )?${X}(?=\\s*(?:[?.!,;]|$))`,
  ),
  new RegExp(
    `\\b(?:skills?|qualifications?|certifications?|certs?|training|degrees?) (?:do|does|would|will) (?:you|u|i|one|someone|she|he|they|we) need (?:to be|to become|to work as|as) (?:a |an )?${X}(?=\\s*(?:[?.!,;]|$| in | at ))`,
  ),
  // One post to fill ("we also recruit a pastry chef"), not a habit ("we used to hire consultants") or veterans.
  new RegExp(`(?<!\\bused to )\\b(?:hire|hiring|recruit|recruiting) (?:also |too )?(?:a |an )${X}\\b`),
];

/**
 * "is pro esports player a smart city career?", "would crypto trading count as one of these smart city careers?":
 * asked whether it is one of them, whatever its last noun. Not "is it…" or "is making that stuff…", which point at
 * what was said or describe the work, for which a role is the answer.
 */
const ASKED_IF_A_SMART_CITY_CAREER =
  /\b(?:is|are|would|could|does|do) (?:an? )?['"]?((?!(?:it|this|that|there|these|those|they|he|she|you|u|i|we|mine|yours|what|which)\b|[a-z]+ing\b)(?:(?!(?:it|this|that|these|those|stuff)\b)[a-z][a-z'-]* ){0,2}(?!(?:it|this|that|these|those|stuff)\b)[a-z][a-z'-]*)['"]?,? (?:\([^)]{0,60}\) )?(?:still |really |actually |even |also )?(?:(?:be |count as |qualify as |considered |counted as |seen as )(?:an? )?|an? |one of (?:the |these |those |your |ur )?|among (?:the |these |your )?|part of (?:the |these )?)smart[- ]?cit(?:y|ies) (?:careers?|jobs?|roles?|professions?)\b/;

/**
 * The occupation a question asks about as a career to reach, learn about or hire for, in its own
 * words, or undefined. Whether the knowledge holds it is for the caller to look up.
 */
export function occupationAskedAbout(question: string): string | undefined {
  const q = withoutAccents(question.toLowerCase()).replace(/\s+/g, ' ');
  for (const pattern of ASKED) {
    const found = pattern.exec(q)?.[1];
    if (found) return found;
  }
  return undefined;
}

/**
 * The words a question asks about as perhaps one of the smart-city careers, or undefined. Someone who tells what
 * they do asks where that fits ("i run a meme page… is 'influencer' a smart city career?"): for the caller to weigh.
 */
export function smartCityCareerAskedAbout(question: string): string | undefined {
  return ASKED_IF_A_SMART_CITY_CAREER.exec(withoutAccents(question.toLowerCase()).replace(/\s+/g, ' '))?.[1];
}
