/**
 * Words that carry no topic on their own: question scaffolding and chat filler.
 * Removing them keeps lexical scores and the scope evidence about content words.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again all also am an and any are as at be because been before being below
  both but by can could did do does doing done down during each either else etc even ever every few for
  from further get gets getting give go goes going got had has have having he her here hers herself him
  himself his how however i if in into is it its itself just let lets like may me might mine more most much
  must my myself need needs no nor not now of off often on once one only or other our ours ourselves out
  over own per please quite rather really same say says shall she should so some such tell than that the
  their theirs them themselves then there these they thing things this those though through thus to too
  under until up upon us use used very via was we were what whatever when where whether which while who
  whom whose why will with within without would yet you your yours yourself yourselves hi hello hey thanks
  thank ok okay vs versus compare compared comparison difference differences suit suits suited fit fits kind kinds sort type ask asks asked want wants wanted know explain describe mean means called name named s t d ll m re ve don doesn didn isn aren wasn weren won wouldn shouldn couldn
  coming meaning meant definition define exactly actually basically even simply plain words pls plz u ur wat wot whats
  anything something stuff lol ones`
    .split(/\s+/)
    .filter(Boolean),
);
