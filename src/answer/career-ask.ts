/**
 * "how do I become a fashion designer?", "what's the usual career path to becoming chief compliance
 * officer?": the asker names the career they want to reach. `careerAskedFor` returns those words, so
 * the reader can check whether the knowledge names any of them. People writing in a second language
 * often leave out the auxiliary: "how i become sommelier?".
 */
const REACHING =
  /\b(?:how (?:(?:do|can|could|would|should|might|does) )?(?:i|one|you|u|someone|somebody|we|he|she|my \w+) (?:ever |actually |even )?|how to |how (?:hard|easy|difficult|long|tough) (?:is it|would it be|would it take|does it take|will it take|'?s it) (?:\w+ ){0,2}(?:to|tae|ta) |(?:career )?(?:path|route|way) (?:to|into) )(?:become|becoming|get into|getting into|break into|breaking into|pivot (?:in)?to|move into|train (?:as|to be)|qualify as|start out as|go about becoming)\s+([^?.!,;:]+)|\b(?:c[oó]mo (?:llego|llegar|puedo llegar|hago para llegar|se llega) a ser|c[oó]mo (?:me hago|puedo ser|ser)|como (?:eu )?(?:viro|virar|me torno|posso me tornar|chego a ser|ser)|comment (?:devenir|je (?:deviens|peux devenir)|on devient)|jak se st[aá]t|(?:chci |chtěl bych |chtel bych )?se st[aá]t|(?<!\b(?:peut|peuvent|pourrait|pourraient|va|vont|puo|può|possa|potrebbe) )(?:devenir|diventare)|(?:estudiar|estudio|formarme|prepararme|estudar|formar-me|preparar-me) (?:para|pa|pra) ser|hoe word (?:je|ik|men)(?: eigenlijk| nou)?|wie (?:werde (?:ich|man)|wird man)|jak zosta[cć]|como (?:[eé] que )?se chega a|thelw na ginw|pa?ano (?:ako )?(?:maging|magiging)|(?:gimana|bagaimana|macam mana|gmn) (?:caranya |cara )?(?:untuk |utk )?(?:jadi|menjadi))\s+(?:(?:un|una|um|uma|une|el|la|o|a)\s+)?([^?.!,;:]+)|\b((?:[\w-]+ ){1,6})(?:kaise|kese|kaisay|kaisey) (?:bante|banta|banti|banu|banun|bane|banein|ban sakta|ban sakti|ban sakte)\b|\b((?:[\w-]+ ){1,3})(?:banna|banana|bnna) (?:chahta|chahti|chahte|chaahta|chaahti|hai|he)\b|\b(?:wants?|wanting|would like|'d like) (?:a|an) (?!(?:proper|second|new|real|stable|better|good|different|fresh|long|successful|meaningful|fulfilling|decent|great|serious|actual|future|next|solid|steady|secure|whole|full|lasting|first)\b)((?:[\w-]+ ){0,2}[\w-]+) career\b/i;

/** Words that point at the conversation's subject or at the knowledge: "how do I get into one of these?". */
const POINTS_AT_KNOWLEDGE =
  /\b(this|that|it|these|those|them|one|such|any|smart[- ]?cit(y|ies)|city|cities|tech|field|career|careers|roles?|jobs?)\b/i;

/** The words naming the career a question asks how to reach, unless they point at the knowledge itself. */
export function careerAskedFor(question: string): string | undefined {
  const reached = REACHING.exec(question);
  // Hindi and Urdu name the career first: "data entry operator kaise bante hain?", "baker banna chahta hai"; so
  // does wanting it: "she wants a tailoring career".
  const target = (reached?.[1] ?? reached?.[2] ?? reached?.[3] ?? reached?.[4] ?? reached?.[5])?.trim();
  if (!target || POINTS_AT_KNOWLEDGE.test(target)) return undefined;
  return target;
}
