/**
 * The English word lists the engine reads, in one place: the calendar, number words, titles, nouns for posts,
 * speech verbs, function words and the inspection grades. Only words of the language belong here; a name from a
 * story (a council, a place, a party, a person) belongs in data/. All lower case, as the folded text is.
 * Constant tables: nothing here changes after start-up.
 */

/** A word with its first letter in upper case ("december" → "December"). */
export function capitalise<W extends string>(word: W): Capitalize<W> {
  return (word.charAt(0).toUpperCase() + word.slice(1)) as Capitalize<W>;
}

// ---------------------------------------------------------------- the calendar

/** The months, January first: a month's number is its index + 1. */
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** The months' short forms with their numbers ("Sept" and "Sep" both; May has none). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sept: 9, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** The days of the week, Monday first as a British calendar prints them. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** The weekdays' short forms, as diaries, listings and timelines print them ("Tue 14 Dec", "Thurs 14/12"). */
export const WEEKDAY_ABBREVIATIONS: Readonly<Record<string, (typeof WEEKDAYS)[number]>> = {
  mon: 'monday', tue: 'tuesday', tues: 'tuesday', wed: 'wednesday', weds: 'wednesday', thu: 'thursday', thur: 'thursday',
  thurs: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday',
};

// ---------------------------------------------------------------- numbers

/** The numbers below twenty, as words, with their values. */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

/** Counts said in dozens, with their values ("half a dozen areas of concern"). */
export const DOZEN_WORDS: Readonly<Record<string, number>> = { 'half a dozen': 6, 'a dozen': 12 };

/** The tens, as words, with their values ("twenty-one" is a ten and a unit). */
export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Ordinal numbers as words, with their values. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

/**
 * Words that qualify a length or a figure ("just over a year", "nearly eight years"), by what they make of it:
 * a little more, anything more, a little less (up to it), anything less, or roughly it.
 */
export const LENGTH_QUALIFIERS: Readonly<Record<string, 'justOver' | 'over' | 'nearly' | 'under' | 'about'>> = {
  'just over': 'justOver', 'a little over': 'justOver', 'little over': 'justOver', 'slightly over': 'justOver',
  'well over': 'over', 'more than': 'over', over: 'over', 'at least': 'over',
  'just under': 'nearly', 'a little under': 'nearly', nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', barely: 'nearly',
  under: 'under', 'less than': 'under', 'fewer than': 'under', 'up to': 'under',
  about: 'about', around: 'about', roughly: 'about', approximately: 'about', some: 'about',
};

// ---------------------------------------------------------------- titles

/** Titles written before a person's name ("Cllr Jane Smith", "Dr Smith"). */
export const TITLES = ['cllr', 'councillor', 'councilor', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev'] as const;

/** The titles that are short forms, which a writer may end with a full stop ("Dr.", "Cllr."). */
export const ABBREVIATED_TITLES = ['mr', 'mrs', 'ms', 'dr', 'cllr', 'prof', 'rev'] as const;

/** Words written with a full stop that does not end a sentence (lower case, without their last full stop). */
export const ABBREVIATIONS: readonly string[] = [
  ...ABBREVIATED_TITLES, 'sir', 'st', 'no', 'vs', 'etc', ...Object.keys(MONTH_ABBREVIATIONS),
  'e.g', 'i.e', 'cf', 'approx', 'gov', 'dept', 'co', 'ltd',
];

// ---------------------------------------------------------------- posts

/** Nouns for the posts people hold, as news copy names them. */
export const ROLE_NOUNS = [
  'leader', 'council leader', 'opposition leader', 'group leader', 'chief executive', 'director', 'interim director',
  'cabinet member', 'member', 'councillor', 'chair', 'chairman', 'chairwoman', 'chairperson', 'minister', 'secretary',
  'mp', 'reporter', 'chief reporter', 'editor', 'correspondent', 'commissioner',
] as const;

/** The words a post's noun ends with, which stand before a holder's name ("council leader Jane Smith"). */
export const ROLE_HEADS: readonly string[] = [...new Set(ROLE_NOUNS.map((r) => r.slice(r.lastIndexOf(' ') + 1)))];

/** Short forms of posts' words in notes and logs ("cab mbr", "dep ldr", "dir", "exec"). */
export const ROLE_SHORT_FORMS = ['mbr', 'memb', 'cab', 'ldr', 'dir', 'exec', 'cttee', 'dep', 'spokesperson', 'spokesman', 'spokeswoman', 'portfolio', 'lead'] as const;

/** Every word of the posts' nouns ("chief executive": "chief" and "executive"). */
export const ROLE_WORDS: readonly string[] = [...new Set(ROLE_NOUNS.flatMap((r) => r.split(' ')))];

// ---------------------------------------------------------------- speech

/** Verbs that report what a person said or wrote, in the forms news copy uses ("said", "says", "told"…). */
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'warned', 'warns', 'stated', 'states', 'wrote', 'writes',
  'asked', 'asks', 'concluded', 'concludes', 'described', 'describes', 'called', 'calls', 'explained', 'argued', 'claimed',
  'insisted', 'admitted', 'revealed', 'responded', 'replied', 'urged', 'stressed', 'commented', 'continued', 'quoted', 'quoting', 'quotes',
  'reminded', 'reminds', 'recalled', 'noted', 'acknowledged', 'conceded', 'declared', 'announced', 'promised', 'pledged',
  'vowed', 'assured', 'relayed', 'echoed',
  // (and what a document is said to do with words it holds: "the letter also recorded 'early signs of improvement'")
  'mentioned', 'cited', 'recorded', 'highlighted', 'observed', 'praised',
  // (and the present tense of those, as live copy and features tell it: "Jefferies insists the pressure is understood: '…'")
  'explains', 'argues', 'claims', 'insists', 'admits', 'reveals', 'responds', 'replies', 'urges', 'stresses', 'comments',
  'continues', 'recalls', 'notes', 'acknowledges', 'concedes', 'declares', 'announces', 'promises', 'pledges', 'vows',
  'mentions', 'cites', 'records', 'highlights', 'observes', 'praises',
] as const;

/**
 * Participles that report a saying after the speaker's own clause ("X went further, telling colleagues: '…'"). Not
 * "warning": it is as often the noun ("repeated the Department's warning: '…'").
 */
export const SPEECH_PARTICIPLES = ['telling', 'saying', 'adding', 'insisting', 'admitting', 'arguing', 'declaring', 'conceding'] as const;

/**
 * Verbs in the base form that open an instruction in notes and sub-editors' marks ("Add Leadbetter: '…'", "Ask
 * Wooster's office", "Call Aves"): before a surname they are the verb of an order, never a given name. (Not the verbs
 * that are also given names: "Mark", "Will", "Chase", "Grant", "Drew".)
 */
export const INSTRUCTION_VERBS = [
  'add', 'ask', 'call', 'ring', 'phone', 'email', 'text', 'cut', 'check', 'move', 'quote', 'insert', 'drop', 'trim',
  'confirm', 'thank', 'query', 'contact', 'interview', 'update', 'see', 'use', 'keep', 'swap', 'replace', 'credit',
  'cite', 'attribute', 'lose', 'tag', 'name', 'fix', 'top', 'lead', 'follow', 'get', 'try', 'put',
  // (a newsroom's tasks on a to-do list or a planning board: "Transcribe Jefferies interview", "Book Aves for Tuesday")
  'transcribe', 'book', 'pitch', 'draft', 'write', 'rewrite', 'edit', 'sub', 'file', 'send', 'brief', 'profile',
  'photograph', 'film', 'record', 'research', 'verify', 'source', 'request', 'pull', 'schedule', 'finish', 'prepare',
  'review', 'read', 'doorstep', 'arrange', 'invite', 'clip', 'approach', 'remind', 'visit', 'watch', 'listen', 'find',
] as const;

/** Verbs that say someone holds a post, with the post's noun: "Who chairs the group?" asks for its chair. */
export const POST_VERBS: Readonly<Record<string, string>> = {
  leads: 'leader', led: 'leader', chairs: 'chair', chaired: 'chair', heads: 'head', headed: 'head',
};

/** The generic last words of bodies' names ("Care Quality Commission"): a name with another of them is misnamed. */
export const BODY_HEADS = ['commission', 'council', 'authority', 'agency', 'board', 'office', 'service', 'department', 'trust', 'committee'] as const;

/** Short forms a body's name is written with: "the Dept for Education", "Dept of Health". */
export const BODY_WORD_SHORT_FORMS: Readonly<Record<string, string>> = { department: 'dept' };

/** Last words of a body's name, never of a ward's ("SEND Task Group", "Labour Group", "Scrutiny Panel"). */
export const NAME_OF_BODY_ENDS = [...BODY_HEADS, 'group', 'panel', 'forum', 'team', 'partnership', 'cabinet', 'association', 'union', 'network'] as const;

/** Verbs that report what a document says ("the report found", "inspectors rated"). */
export const REPORTING_VERBS = ['found', 'finds', 'recommended', 'recommends', 'rated', 'rates'] as const;

// ---------------------------------------------------------------- little words

/** The articles. */
/** Words that deny what a clause says ("progress has not been made"); contractions ending in n't are negations too. */
export const NEGATIONS = ['not', 'never', 'no', 'nothing', 'none', 'cannot', 'nor', 'neither'] as const;

export const ARTICLES = ['the', 'a', 'an'] as const;

/** Words that join a sentence to the one before it and say nothing of their own ("But …", "So …"). */
export const CONNECTIVES = ['but', 'and', 'so', 'however', 'yet', 'also', 'now', 'well', 'that', 'because', 'indeed'] as const;

/**
 * Words a line of hard-wrapped text may stop on with its sentence going on below it (a headline never ends on one):
 * articles, conjunctions, prepositions, forms of "be" and "have", possessive pronouns. "… judged inadequate by Ofsted
 * in⏎January 2020."
 */
export const LINE_GOES_ON_WORDS: readonly string[] = [
  ...ARTICLES, 'and', 'or', 'nor', 'but', 'of', 'for', 'to', 'by', 'in', 'on', 'at', 'with', 'from', 'as', 'than', 'into',
  'after', 'before', 'since', 'until', 'during', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'his',
  'her', 'its', 'their', 'our', 'your',
];

/** Prepositions beyond the commonest (which STOP_WORDS holds): never a first name before a surname ("Under Wooster, …"). */
export const PREPOSITIONS = [
  'under', 'like', 'unlike', 'without', 'against', 'during', 'until', 'through', 'despite', 'towards', 'toward', 'among',
  'amid', 'between', 'beyond', 'within', 'upon', 'onto', 'behind', 'beside', 'besides', 'except', 'via', 'across',
] as const;

/** Function words: articles, conjunctions, prepositions, pronouns, forms of "be" and "have" and the like. */
export const STOP_WORDS = [
  ...ARTICLES, 'and', 'but', 'or', 'nor', 'so', 'yet', 'if', 'when', 'while',
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'as', 'from', 'after', 'before',
  'i', 'we', 'you', 'he', 'she', 'it', 'they', 'his', 'her', 'its', 'our', 'your', 'their',
  'this', 'that', 'these', 'those', 'all', 'who', 'which', 'where', 'what', 'why', 'how',
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'not', 'no', 'yes', 'also', 'then', 'now', 'there', 'here',
  'something', 'anything', 'nothing', 'everything',
] as const;

/**
 * A question of yes or no: an auxiliary first, a question mark last (past emphasis and quotation marks). It asserts
 * nothing: "Is the council still Conservative-run?", "Was that first rating given in 2021?"
 */
export const POLAR_QUESTION = /^[\s*_#>"'-]*(?:(?:q|question)\s*\d*\s*[:.]\s*[*_]*\s*)?(?:is|are|was|were|does|do|did|has|have|had|will|would|can|could|should)\s[^?]*\?[\s*_"']*$/;

/** Auxiliary verbs besides be and have (which STOP_WORDS holds): "Did Jefferies say …?" — a verb, not a given name. */
export const AUXILIARY_VERBS = ['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'shall', 'might', 'must'] as const;

// ---------------------------------------------------------------- inspection grades

/** The four grades of the national inspection scale for schools and children's services, best first. */
export const INSPECTION_GRADES = ['outstanding', 'good', 'requires improvement', 'inadequate'] as const;

/** Other ways a grade is written, with the grade each stands for. */
export const GRADE_FORMS: Readonly<Record<string, (typeof INSPECTION_GRADES)[number]>> = {
  // (the grade's full name on Ofsted's scale)
  'requires improvement to be good': 'requires improvement',
  'require improvement': 'requires improvement',
  'requiring improvement': 'requires improvement',
};

/** The grades' abbreviations, as inspectors' and reporters' notes write them ("rated RI"): a grade only in capitals. */
export const GRADE_ABBREVIATIONS: Readonly<Record<string, (typeof INSPECTION_GRADES)[number]>> = { ri: 'requires improvement' };

// ---------------------------------------------------------------- kinds of event

/**
 * Nouns naming a kind of happening that recurs (there is more than one visit, meeting or letter): a date written
 * right after one ("the visit of February 2023", "a meeting on 16 January") dates that happening.
 */
export const EVENT_NOUNS = [
  'visit', 'visits', 'inspection', 'inspections', 'meeting', 'meetings', 'report', 'reports', 'letter', 'letters',
  'election', 'elections', 'review', 'reviews', 'audit', 'hearing', 'debate', 'vote', 'budget', 'consultation',
] as const;

/**
 * Words that, standing right before a kind of happening's noun, say which kind it is: a body that holds it ("a
 * scrutiny committee meeting", "a full council meeting") or who may come ("a public meeting"). "A scrutiny meeting"
 * is another occurrence than "the cabinet meeting"; "a focused visit" than "the joint visit".
 */
export const KIND_WORDS = [
  // (not a bare "council": "a council meeting" is said loosely of any of a council's meetings)
  'full council', 'committee', 'board', 'panel', 'forum', 'group', 'team', 'trust', 'partnership', 'association', 'union',
  'cabinet', 'scrutiny', 'planning', 'public', 'select', 'parliamentary', 'party', 'emergency', 'extraordinary',
  'annual', 'general', 'commons', 'lords', 'community', 'residents', "residents'", 'staff', 'governors',
  // (kinds of inspection: "a focused visit", "an unannounced inspection")
  'focused', 'unannounced', 'targeted', 'thematic',
] as const;

/**
 * Inspections and ratings of other regimes than a public service's inspectorate: a kitchen's food hygiene, a
 * building's fire or gas safety, a vehicle's MOT. A sentence about one of them tells of no occurrence a source's
 * inspection may be.
 */
export const OTHER_REGIME = /\b(?:(?:food\s+)?hygiene|food\s+safety|fire\s+(?:safety|risk)|gas\s+safety|health\s+and\s+safety|environmental\s+health|mot)\b/;

/**
 * "back" as a word of time, not of returning: "back in December 2022", "back then", "back when it was rated". Asked of
 * the (lower-cased) text right after "back"; "back in post" and "back in charge" are not time and so stay a return.
 */
export const BACK_IN_TIME = new RegExp(
  `^\\s+(?:then|when|(?:in|during|around|at)\\s+(?:the\\s+(?:spring|summer|autumn|winter|start|end|beginning|middle|days?|time)\\b|(?:early|mid|late)\\b|(?:${MONTHS.join('|')})\\b|(?:19|20)\\d\\d\\b))`,
);

/**
 * A publication (or "we") as the subject of a verb of saying: "an article on 4 December said", "an earlier version of
 * this story stated", "the caption wrongly gave", "we incorrectly reported", "our report on the joint visit said". What
 * follows it to the sentence's end is what it said (the error a correction reports). "Report" alone only as ours ("our
 * report") or with what it was on or about ("a report on 15 December about …"): the sources' own documents are
 * reports, and what they said is checked. Asked of lower-cased text.
 */
export const PUBLICATION_SAID = /\b(?:(?:(?:an?|the|our|this|that)\s+(?:same\s+|earlier\s+|previous\s+|online\s+|print\s+|first\s+|original\s+|initial\s+)?(?:version\s+of\s+(?:this|the|an?|our)\s+)?(?:article|story|piece|headline|caption|column|graphic|tweet|post|upload|video|clip|description|bulletin|profile|feature|episode|programme|newsletter|version|draft|edition|manuscript|timeline|explainer|factbox|chart|leaflet|letter\s+(?=published\b|printed\b)|report\s+(?=on\b|about\b))|(?:our|this)\s+(?:same\s+|earlier\s+|previous\s+)?report)\b[^.;:]{0,100}?|we)\s+(?:also\s+)?(?:wrongly\s+|incorrectly\s+|mistakenly\s+)?(?:said|stated|reported|claimed|suggested|described|named|gave|called|referred\s+to|implied|quoted|misquoted|misspelt|misspelled|misnamed|misidentified|misattributed)\b(?:\s+that\b)?/;

/**
 * A sentence that opens by denying the one before: "It did not.", "That is wrong:", "Not quite.", "Wrong year.", "The
 * panel found no basis for …", "Check: the 2018 date is a slip.", "Neither half is supported …" (a label before it is
 * read past). Not "It was not a new story", which denies something else. Asked of lower-cased text.
 */
export const DENIAL_OPENS = /^[\s*_>[\]-]*(?:[a-z ]{1,20}:[\s*_]*)?(?:(?:it|they|he|she|that|this)\s+(?:did|does|do|was|were|is|are|has|have|had)(?:\s+not|n't)\s*(?:[.:;,!\u2013\u2014-]|so\b|true\b)|(?:that|this|it|the\s+[a-z0-9' ]{1,30}?)\s+(?:is|was|are|were)\s+(?:(?:simply|plainly|also)\s+)?(?:wrong|false|untrue|not\s+true|incorrect|inaccurate|mistaken|a\s+(?:slip|mistake|myth)|an\s+error|unsupported|not\s+(?:supported|borne\s+out))\b|(?:neither|none)\s+(?:[a-z']+\s+){0,3}?(?:is|are|was|were)\s+(?:supported|true|correct|accurate|right|borne\s+out)\b|not\s+(?:so|true|quite|correct)\b|(?:wrong|false|untrue|incorrect)\b|no(?:[,:!]|\.(?!\s*\d))|(?:there\s+(?:is|was)|(?:the\s+)?[a-z]+\s+found)\s+no\s+(?:basis|evidence|record)\b)/;

/**
 * Words that date a document itself, not what it tells ("published on 12 January 2026", "Filed: 15 December 2022",
 * "Paper of: Friday 16 December 2022"), as a pattern's alternatives.
 */
export const DATES_THE_COPY = String.raw`last\s*mod(?:ified)?|modified|published|posted|printed|broadcast|aired|updated|issued|issue\s+date|dated|filed|submitted|sent|received|written|paper\s+of|edition(?:\s+of)?`;

/** Only markup and a title before a name: "Councillor John Hart" on its line, "Cllr Whitton:" opening a sentence. */
export const TITLE_ONLY = new RegExp(`^[\\s*_>-]*(?:(?:${TITLES.join('|')})\\.?\\s+)?$`);

/** A credit line of its own: a dash, then a name (a capital first), on one line ("— Steve Race, Exeter MP, 2025"). */
export const CREDIT_LINE = /^(?:\u2014|\u2013|\u2015|--?)[ \t]*[A-Z][^\n]{2,80}$/;

/** An arrow between two states or times ("inadequate → good", "2015 → 2022"), as a pattern's alternatives. */
export const ARROWS = String.raw`\u2192|\u27f6|\u21d2|->|=>`;

/**
 * A document's own labels for a part of it ("Summary:", "Teaser:", "Background –"): a label of the text that follows,
 * never the name of a body it tells of.
 */
export const DOCUMENT_LABELS = [
  'summary', 'description', 'excerpt', 'snippet', 'teaser', 'abstract', 'standfirst', 'caption', 'context', 'background',
  'comment', 'comments', 'preview', 'transcript', 'text', 'body', 'answer', 'response', 'reply', 'update', 'outcome',
  'finding', 'findings', 'reason', 'reasons', 'decision', 'details', 'extract', 'message', 'subject', 'headline', 'intro',
] as const;

/** What introduces a respelling that tells a reader how to say a name in a broadcast script ('AVES = "AYVZ"', "(say: WIT-un)", "pronounced LED-bet-er"). */
export const RESPELLING_CUES = ['=', 'pronounced', 'pronunciation:', 'say', 'rhymes with', 'sounds like'] as const;

/**
 * A phrase with its last word's verb forms ("revisit" → "revisits", "revisited", "revisiting"; "return visit" is kept
 * as it is, its last word a noun as often as a verb, and so gets the same forms): copy writes "inspectors revisited",
 * where the data names the happening "revisit". Words already inflected, or of fewer than five letters ("came back"), are kept alone.
 */
/**
 * The simple past of the instruction verbs, as a desk's note reports what was done ("Kept Aves high", "Moved Hart to
 * par 2", "Asked Whitton's office"): no given name before a surname.
 */
export function pastOfInstructions(): string[] {
  const irregular: Record<string, string> = {
    keep: 'kept', get: 'got', find: 'found', send: 'sent', lose: 'lost', lead: 'led', write: 'wrote', rewrite: 'rewrote',
    see: 'saw', read: 'read', put: 'put', cut: 'cut', sub: 'subbed', drop: 'dropped', top: 'topped', clip: 'clipped',
    trim: 'trimmed', tag: 'tagged', swap: 'swapped', brief: 'briefed', try: 'tried', query: 'queried', verify: 'verified',
  };
  return INSTRUCTION_VERBS.map((v) => irregular[v] ?? (v.endsWith('e') ? v + 'd' : v + 'ed'));
}

export function withVerbForms(phrase: string): string[] {
  const m = /([a-z]+)$/.exec(phrase);
  const w = m?.[1];
  if (!w || w.length < 5 || /(?:ed|ing|s)$/.test(w)) return [phrase];
  const stem = phrase.slice(0, phrase.length - w.length);
  const forms = w.endsWith('e') ? [w + 's', w + 'd', w.slice(0, -1) + 'ing'] : [w + 's', w + 'ed', w + 'ing'];
  return [phrase, ...forms.map((f) => stem + f)];
}

/**
 * Words that head a line of a broadcast or film script and name no one: what is on screen ("SUPER:", "CAPTION:",
 * "ASTON:"), what is heard ("SOT", sound on tape; "VO", voice-over; "SFX", "ATMOS"), what is shot ("GV", "PTC",
 * "VT") and a clip's own marks ("CLIP", "IN", "OUT", "DUR"). "SOT AVES:" credits Aves; "SUPER:" is no speaker.
 */
export const SCRIPT_CUES: ReadonlySet<string> = new Set([
  'super', 'caption', 'aston', 'chyron', 'strap', 'gfx', 'vo', 'sot', 'sov', 'oov', 'upsot', 'ptc', 'gv', 'gvs', 'vt', 'pkg',
  'sfx', 'fx', 'atmos', 'music', 'clip', 'actuality', 'cue', 'in', 'out', 'dur', 'vision', 'sound', 'on-screen text',
]);

/** Words that head a script's line for the voice that reads the writer's own copy ("VOICEOVER:", "PRESENTER:"): no body. */
export const SCRIPT_VOICES: ReadonlySet<string> = new Set([
  'voiceover', 'voice-over', 'narrator', 'presenter', 'anchor', 'host', 'announcer', 'newsreader', 'continuity',
]);

/** Nouns ending in -ing that name a council's portfolio ("housing cabinet member"), not a participle ("echoing"). */
export const ING_PORTFOLIOS: ReadonlySet<string> = new Set([
  'housing', 'planning', 'safeguarding', 'funding', 'learning', 'training', 'parking', 'licensing', 'building', 'marketing',
  'commissioning', 'engineering', 'nursing', 'policing', 'fostering', 'wellbeing', 'recycling', 'lending', 'spending',
]);
