/**
 * Closed word classes and a few curated lists of general business vocabulary.
 * WordNet has no function words and no notion of "which nouns head compounds",
 * so these are written by hand. Keep them general: never add a word only to
 * fix one phrase.
 */

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Words that open a noun phrase; after a noun/verb homograph they signal a verb ("Lead the team"). */
export const DETERMINERS = set(`
    the a an this that these those each every all any some both either neither no another such
    my your our their his her its whose what which
    it them him us me you yourself yourselves themselves ourselves everyone everybody someone anyone everything something anything
    one two three four five six seven eight nine ten twenty hundred
    more most less fewer many much several enough`);

export const CONJUNCTIONS = set('and or nor & plus');

export const PREPOSITIONS = set(`
    about above across after against along alongside amid among around as at before behind below beneath beside besides
    between beyond by despite during except for from in inside into like near of off on onto out outside over past per
    since than through throughout till to toward towards under until up upon versus vs via with within without`);

/** Prepositions that attach to nouns, not verbs: "Plan of record", "Calls per day", "Leads by source". */
export const NOMINAL_PREPOSITIONS = set('of per vs versus by without');

/** Adverbial particles of phrasal verbs: "Follow up", "Hand off", "Roll out". */
export const PARTICLES = set('up out off back down in on over through away around together forward ahead');

/** Particles that, right after a verb, are particles rather than prepositions ("Hand off to CS"). */
export const PURE_PARTICLES = set('up out off back down away together forward ahead');

/** Leading adverbs that do not end in -ly ("Always confirm next steps"). */
export const PLAIN_ADVERBS = set('always never often also then again just still soon now once ever only');

/** Verbs whose object can be a gerund ("Start prospecting"), so verb + -ing is not a noun compound. */
export const CATENATIVE_VERBS = set(`
    start stop keep avoid begin finish continue try consider practice quit resume recommend suggest risk enjoy mind
    prioritize prioritise delay postpone discuss encourage allow permit require`);

/**
 * Measures: the heads of KPI names ("Win rate", "Lead response time"). After a
 * noun/verb homograph they signal a noun phrase.
 */
export const MEASURE_NOUNS = set(`
    rate rates ratio ratios time times cycle accuracy volume size velocity length score scores cost costs value margin
    percentage count frequency yield share index duration latency probability likelihood`);

/**
 * Artifacts, categories and organisational units that typically head a
 * compound rather than being a verb's object ("Price list", "Deal desk").
 */
export const ARTIFACT_HEADS = set(`
    backlog variance date source category type level tier status stage
    list template templates script scripts notes note theme themes card cards rules criteria guidelines
    plan strategy process policy program programme model framework methodology playbook workflow matrix funnel
    map report dashboard review check cadence
    team desk center centre queue book deck gate trail step statement environment setup kit library
    board committee council office request update
    technique techniques skill skills tactic tactics method methods tip tips
    market segment channel system tool portal`);

/** Heads of job titles ("Lead sales engineer", "Contract administrator"). */
export const JOB_HEADS = set(`
    manager managers engineer engineers analyst analysts specialist specialists representative representatives rep reps
    administrator administrators coordinator coordinators director directors officer officers executive executives
    agent agents consultant consultants clerk clerks setter setters owner owners holder holders architect architects
    advisor advisors adviser associate associates assistant assistants developer developers designer designers
    planner planners strategist strategists writer writers supervisor supervisors leader leaders`);

/**
 * Business jargon verbs that WordNet lacks. Most are also nouns ("Upsell rate",
 * "Benchmark report"), so they are treated like noun/verb homographs.
 */
export const JARGON_VERBS = set(`
    upsell up-sell cross-sell co-sell onboard offboard prequalify pre-qualify requalify re-engage reengage
    multithread multi-thread productize operationalize incentivize monetize upskill reskill
    email e-mail text slack zoom dm ping benchmark scope baseline socialize`);

/**
 * Business nouns that WordNet's (literary) frequencies count as mostly verbs
 * but that in process, capability and KPI names mostly modify another noun:
 * "Lead qualification", "Deal registration", "Forecast management".
 */
export const MODIFIER_NOUNS = set(`
    lead deal bid quote order forecast call report schedule support review close win demand change email demo invoice`);

/** Measures that make a KPI name even after a verb-only word: "Attach rate", "Run rate". */
export const RATE_NOUNS = set('rate ratio percentage');

/** Title-level fixed expressions that read as verb + preposition but are names of documents. */
export const FIXED_NOUN_PHRASES = set(`
    request-for-proposal request-for-information request-for-quote request-for-quotation request-for-tender
    request-for-comment request-for-comments call-for-papers call-for-proposals proof-of-concept`);

/**
 * Mass nouns of the business domain: in rewrites they stay bare ("Generate
 * demand", "Recognize revenue") instead of taking "the" or a plural.
 */
export const MASS_NOUNS = set(`
    revenue pricing data cash inventory credit compliance content feedback information knowledge pipeline demand
    traffic spend training software equipment business support research performance quality growth value equity
    talent staff stock debt capital money time risk insight adoption engagement retention awareness interest
    consensus alignment funding coverage capacity headcount health hygiene intelligence security governance
    compensation performance execution visibility profitability rapport trust credibility momentum urgency`);

/** Business functions: as the object of a rewrite they read wrongly ("Sales kickoff" is not "Kick off sales"). */
export const FUNCTION_NOUNS = set('sales marketing service support finance procurement operations');

/**
 * Nouns derived from verbs whose business meaning is not the action, so no
 * rewrite: "Value proposition" is not "Propose value", "Sales department" not "Depart sales".
 */
export const NON_ACTION_NOUNS = set(`
    proposition disposition position institution constitution composition foundation organization organisation
    operation operations relation relations application statement agreement department government environment
    meeting booking offering listing earnings savings
    action activity population location memory motivation`);

/** Zero-derived action nouns that name one completed event: "Contract review" -> "Review the contract". */
export const EVENT_NOUNS = set('review check audit update');

/** Channel words: "Email marketing" is marketing by email, not marketing emails, so no rewrite. */
export const CHANNEL_MODIFIERS = set(
    'email e-mail phone telephone video web online social mobile field inside outside direct digital partner channel',
);

/** Irregular past participles ("Emails sent", "Deals won"): after a noun they describe it. */
export const IRREGULAR_PARTICIPLES = set(`
    sent made done given taken won lost paid sold held built brought bought kept left met spent told written
    shown known grown drawn driven chosen frozen broken spoken stolen begun`);

/**
 * What a report breaks its rows down by ("Leads by source", "Deals by stage and owner"): attributes a record
 * is grouped on, never the means or manner a verb is done by ("Settles by agreement", "Leads by example").
 */
export const BREAKDOWN_DIMENSIONS = set(`
    account age agent amount campaign category channel city company competitor country customer date day
    department device division family group hour industry line location manager market method month origin
    outcome owner partner period plan priority product profile quarter queue rating reason region rep
    representative revenue role segment severity size source stage state status store supplier team technician
    territory tier title type user vendor week year`);
