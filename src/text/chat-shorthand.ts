/**
 * Chat shorthand written out, so the rules and the search read "what kind of ppl" as "what kind of
 * people" and "talk to ppl" as "talk to people". Only forms with one meaning are listed ("r" may be
 * the R language; "n" a letter).
 */
const SHORTHAND: [RegExp, string][] = [
  [/\bppl\b/gi, 'people'],
  // Northern "which uns", "them uns", Scots "which yins": ones.
  [/(?<=\b(which|them|those|these|the|young|little|big|old|wee) )(uns|yins)\b/gi, 'ones'],
  // "hiring rn?" is right now; "an RN" is a registered nurse.
  [/(?<!\b(an?|the|as|ex|my|our|senior|staff|qualified) )\brn(?=\s*([?!.,]|$))/gi, 'right now'],
  // "implant techs", "lab techs": the people; "tech" alone may be the technology.
  [/\btechs\b/gi, 'technicians'],
  [/\bppls\b/gi, "people's"],
  [/\bwat\b/gi, 'what'],
  // "any of 'em", "which of em": of them.
  [/(?<=\b(of|all|any|which) )'?em\b/gi, 'them'],
  // Scots and Geordie "to dae wi", "to dee wi": to do with.
  [/\b(dae|dee) wi\b(?!-)/gi, 'do with'],
  // Spanish "pa' mí", "pa él": para, before a person or "que".
  [
    /(?<![\p{L}\p{M}])pa'?(?= (m[ií]|ti|[eé]l|ella|ellos|ellas|nosotros|usted|ustedes|alguien|gente|que)(?![\p{L}\p{M}]))/giu,
    'para',
  ],
  // Pidgin and dialect "wit dat", "wit dem": with.
  [/\bwit\b(?= (dat|dis|dem|that|this|them|it|me|him|her|people|da|di|de)\b)/gi, 'with'],
  [/\babt\b/gi, 'about'],
  [/\bw\/(?=\s)/gi, 'with'],
  // A lone "w" before what it goes with: "spare parts w those machines".
  [/\bw\b(?= (those|these|the|a|an|no|my|his|her|their|our|them|it|that|this|people|kids|data)\b)/gi, 'with'],
  [/\b(smth|sth|somethin)\b/gi, 'something'],
  [/\b(bc|cuz|coz)\b/gi, 'because'],
  [/\bwanna\b/gi, 'want to'],
  [/\b(gotta|hafta|gotsta)\b/gi, 'have to'],
  [/\bneeda\b/gi, 'need to'],
  [/\bb4\b/gi, 'before'],
  [/\bsw\b/gi, 'software'],
  // A degree or trade clipped: "mech eng major", "elec eng".
  [/\bmech(anical)? eng(g)?\b/gi, 'mechanical engineering'],
  [/\belec(trical)? eng(g)?\b/gi, 'electrical engineering'],
  [/\bcivil eng(g)?\b/gi, 'civil engineering'],
  [/\b(tmrw|tmr|tmw|2moro|2morrow)\b/gi, 'tomorrow'],
  // "three-dimensional printers", "3-D": the knowledge writes 3D.
  [/\b(three[- ]dimensional|3-d|tridimensional(es)?|dreidimensional(e|en)?)\b/gi, '3D'],
  [/\bgonna\b/gi, 'going to'],
  [/(?<![\p{L}\p{M}\p{N}_'])ur(?![\p{L}\p{M}\p{N}_])/giu, 'your'],
  // Not a letter of a word with accents: Turkish "şu", French "où".
  [/(?<![\p{L}\p{M}\p{N}_'])u(?![\p{L}\p{M}\p{N}_])/giu, 'you'],
  [/\bprogrammin\b/gi, 'programming'],
  [/\bcodin\b/gi, 'coding'],
  // A dropped g: "talkin to people", "sittin behind a computer", "fixin phones".
  [
    /\b(talk|sitt|stopp|work|look|do|mak|fix|build|design|test|hack|learn|train|teach|manag|help|analys|protect|plann|fly|driv|runn|gett|tun|tak|hir|leav|fish|deliver|mess|flash|study|watch|catch|shopp|steward|bak|cook|clean|serv|sell|paint|weld|wir|lift|mind|fitt|install)in'?(?=\s|[.,!?]|$)/gi,
    '$1ing',
  ],
  // A hedge on a word: "medical-ish", "techy-ish" are the word, roughly.
  [/\b([a-z]{3,})-ish\b/gi, '$1'],
  [/\b([a-z]{3,})-y\b/gi, '$1'],
  // Patois: "yuh a real smaddy?" is "you a real somebody?".
  [/\byuh\b/gi, 'you'],
  // West Country: "see ee dreckly", "where ee teach a computer".
  [/\bee\b/gi, 'you'],
  [/\bsmaddy\b/gi, 'somebody'],
  // "the sensors n buses n that": a lone n between words is "and".
  [/(?<=\w )n(?= \w)/g, 'and'],
  // Spelt by ear: "hoo fixes the robots", "wot jobs", "wud i be good at it".
  // The bot addressed by what it is: "thanks robot", "hey robo" names no robots.
  [
    /(?<=\b(thanks|thank you|thx|ty|cheers|hi|hello|hey|hiya|yo|bye|ta|mr|mister|dear|dude|buddy|ok|okay|monsieur le|madame le|senor|señor|senhor|herr)\W{1,2})robo(t)?\b/gi,
    'bot',
  ],
  // "which ones r about…", "they r hiring": "r" between a subject and what it is; "R and python" stays.
  [
    /(?<=\b(which ones|which jobs|which roles|which|what|they|these|those|them|you|we|there|ones|jobs|roles) )r(?= (about|the|into|for|good|better|best|more|less|there|you|they|all|any|in|on|a|an|paid|hiring|needed|real|mostly|basically|really|actually|just|still)\b)/gi,
    'are',
  ],
  [/\bhoo\b/gi, 'who'],
  // Scots "skills fir it".
  [/\bfir\b(?= (it|them|me|him|her|us|a|an|the|that|this|yer|your)\b)/gi, 'for'],
  // Cockney and West Country drop an h and a g: "'ow do I get into bein' a plumber".
  [/(?<![\p{L}\p{N}])['’]ow\b/giu, 'how'],
  [/\bbein['’](?!\p{L})/giu, 'being'],
  [/\bwot\b/gi, 'what'],
  [/\b(wich|whcih|wihch|whitch)\b/gi, 'which'],
  [/\balot\b/gi, 'a lot'],
  [/\bwots\b/gi, "what's"],
  [/\bsorta\b/gi, 'sort of'],
  [/\byer\b(?= (do|dae|tell|help|know|ask|want|need|think|reckon|are|can)\b)/gi, 'you'],
  [/(?<=\b(can|could|do|would|will|are) )yer\b/gi, 'you'],
  [/\bwud\b/gi, 'would'],
  // Norfolk: "what dew yew know", "are yew a real person", "look arter them robots".
  [/\bdew (?=yew\b|you\b)/gi, 'do '],
  [/\byew\b(?= (know|are|do|can|could|a|an|the|tell|help|think|reckon)\b)/gi, 'you'],
  [/(?<=\b(do|are|can|could|will|would|did|dew) )yew\b/gi, 'you'],
  [/\barter\b/gi, 'after'],
  // Geordie and Scots "aboot"; Black Country "wot con yow do".
  [/\baboot\b/gi, 'about'],
  [/\bonything\b/gi, 'anything'],
  [/\bcon (?=yow\b|you\b)/gi, 'can '],
  [/\byow\b(?= (con|can|am|are|do|know|tell|help|one|a|an|the|real)\b)/gi, 'you'],
  [/(?<=\b(can|con|am|are|do|did|could|will|would) )yow\b/gi, 'you'],
  // Job-board shorthand: "basically CSM but for govtech".
  [/\bcsms?\b/gi, 'customer success manager'],
  [/\bcud\b/gi, 'could'],
  [/\bshud\b/gi, 'should'],
  [/\b(sumthing|sumthin|sumfin)\b/gi, 'something'],
  [/\banythin\b/gi, 'anything'],
  [/\bnothin\b/gi, 'nothing'],
  // Irish and northern English plural "you": "any use to yis?".
  [/\b(yis|yiz|youse|yous)\b/gi, 'you'],
  [/\benuff\b/gi, 'enough'],
  // Yorkshire and northern English: "owt for me?", "nowt", "summat".
  [/\bowt\b/gi, 'anything'],
  [/\bnowt\b/gi, 'nothing'],
  [/\bsummat\b/gi, 'something'],
  [/\bwiv\b/gi, 'with'],
  [/\b(becuz|becos|bcoz)\b/gi, 'because'],
  // West African pidgin: "the person wey protect…".
  [/\bwey\b/gi, 'who'],
  // "wha" is "what" in much of Britain and the Caribbean ("wha's it called", "wha fuh me?", "…or wha"),
  // and Scots "who" before what someone does ("wha programs the drones?"). "could he dae any o this", "ma pal".
  [
    /\bwha\b(?=('s|s|\s+(do|dey|they|yer|ye|you|yuh|u|fuh|fi|for|fit|can|de|di|about|else|sort|kind|kinda|now|job|jobs)\b)|\W*$)/gi,
    'what',
  ],
  [/\bwha\b/gi, 'who'],
  [/\bdae\b/gi, 'do'],
  [/\btae\b/gi, 'to'],
  [/\bfur\b/gi, 'for'],
  [
    /\bma\b(?= (pal|mate|pals|mates|son|daughter|wife|man|maw|da|brother|sister|job|trade|background|cousin|boy|boy's|lassie|laddie|wean|weans|bairn|bairns|lad|lass))/gi,
    'my',
  ],
  [/\bcannae\b/gi, 'cannot'],
  [/\bmair\b/gi, 'more'],
  // Geordie "wor lass": my wife; "ye dee": you do.
  [
    /\bwor\b(?= (lass|lad|lass's|lad's|kid|kids|bairn|bairns|mam|da|nan|missus|wife|husband|son|daughter|brother|sister|mate|pal|hinny)\b)/gi,
    'my',
  ],
  [/(?<=\b(ye|you|yous|we|they|i|what) )dee\b/gi, 'do'],
  // Patois and London slang "ting", chat's "biz".
  [/\bting\b/gi, 'thing'],
  [/\bbiz\b/gi, 'business'],
  [/\bye\b(?= (tae|to|need|be|can|could|ken|know|want|get)\b)/gi, 'you'],
  // "talkin tae folk", "good wi folk": folk are people.
  [/(?<=\b(to|tae|with|wi) )folks?\b/gi, 'people'],
  [/\bdinnae\b/gi, "don't"],
  [/\bwhos\b/gi, "who's"],
  [/\bthats\b/gi, "that's"],
  [/\btheres\b/gi, "there's"],
  // More Scots: "whit joabs need ye tae ken aboot robots", "ony joabs near hame?".
  [/\bwhit\b/gi, 'what'],
  [/\bjoabs\b/gi, 'jobs'],
  [/\bjoab\b/gi, 'job'],
  [/\baboot\b/gi, 'about'],
  [/\bony\b/gi, 'any'],
  [/\bmony\b/gi, 'many'],
  [/\bafore\b/gi, 'before'],
  [/\bfowk\b/gi, 'folk'],
  [/\bheids\b/gi, 'heads'],
  [/\bgaun\b/gi, 'going'],
  [/\bwid\b/gi, 'would'],
  [/\bnoo\b/gi, 'now'],
  [/\bhame\b/gi, 'home'],
  [/\bguid\b/gi, 'good'],
  [/\bblether\b/gi, 'talker'],
  [/\bken\b(?= (aboot|about|how|what|whit|the|a|an|anything|onything|ony|any))/gi, 'know'],
  // West Country: "any o' these jobs fer 'im?", "me boy's a welder", "'arbour deliveries".
  [/\bo'(?=\s)/gi, 'of'],
  [/\bfer\b/gi, 'for'],
  [/\bwi\b(?= \w)/gi, 'with'],
  [/\bo\b(?= (the|these|those|they|them|this|that)\b)/gi, 'of'],
  // "whit kind o stuff", "a lot o folk": "o" after a word of quantity or kind is "of".
  [/(?<=\b(kind|sort|type|lot|lots|bit|any|some|none|one|all|most|loads|much|many|out) )o\b(?= \w)/gi, 'of'],
  // "help wi?" at the end, and "can ye", "dae ye ken": "wi" is "with", "ye" after a verb is "you".
  [/\bwi\b(?=\W*$)/gi, 'with'],
  [/(?<=\b(can|could|do|did|will|would|are|were|have|should|if|when|what|whit|how|where) )ye\b/gi, 'you'],
  // Scots "the wife wis a hairdresser": was.
  [/\bwis\b/gi, 'was'],
  [/(?<=\s|^)'im\b/gi, 'him'],
  [/(?<=\s|^)'er\b/gi, 'her'],
  [/(?<=\s|^)'e\b/gi, 'he'],
  [/(?<=\s|^)'arbour\b/gi, 'harbour'],
  [
    /\bme(?= (own|boy|girl|lad|lass|son|daughter|wife|missus|husband|grandson|granddaughter|mum|mam|dad|brother|sister|mate|job|trade|engines?)\b)/gi,
    'my',
  ],
  // A brother-in-law is a brother to a careers bot, and no background in law.
  [/\b(brother|sister|son|daughter|father|mother|mum|mom|dad)[- ]in[- ]laws?\b/gi, '$1'],
  [/\bin-laws\b/gi, 'relatives'],
  [/\b(sort|fix) un\b/gi, '$1 it'],
  // Gamers' "pwn": to hack, take over.
  [/\bpwned\b/gi, 'hacked'],
  [/\bpwns\b/gi, 'hacks'],
  [/\bpwn\b/gi, 'hack'],
];

export function withoutShorthand(message: string): string {
  let text = message;
  for (const [pattern, written] of SHORTHAND) text = text.replace(pattern, written);
  return text;
}
