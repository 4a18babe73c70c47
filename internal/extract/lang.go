package extract

import "github.com/citegraph/citegraph/internal/cite"

// language is everything the scanner knows about one language, as data:
// adding a language is adding a value of this type, not a code branch.
// Words are written as they look after registry.Fold (lower case, no
// accents); phrases are words separated by single spaces.
type language struct {
	code string

	// kinds maps the words that introduce a citation to its kind.
	kinds map[string]cite.Kind
	// possessives are the words that make "its resolution" a possessive.
	possessives []string
	// listWords join items of a list: "and", "et", "y".
	listWords []string
	// rangeWords join the first and last part of a range: "to", "à".
	rangeWords []string
	// adoptions are the nouns of "the adoption of resolution …, by the
	// Sub-Commission": the body after byWords later in the clause adopted
	// the instrument.
	adoptions []string
	byWords   []string
	// includeWords introduce members of a set named just before: "the
	// resolutions of the General Assembly on Namibia, including
	// resolution 1514 (XV)".
	includeWords []string
	// titleWords open the title an item of a dated list carries:
	// "72/283 of 22 June 2018 on strengthening …, 74/214 of …".
	titleWords []string
	// ofWords introduce a body named after the number ("of the", "de la").
	ofWords []string
	// bodyFirst: the body may be named between the kind word and the
	// numbers ("resoluciones del Consejo de Seguridad 822 (1993)").
	bodyFirst bool
	// bodyAfter: the body may be named right after the kind word, with
	// no preposition ("قرار مجلس الأمن 1990 (2011)"). An ofWords entry ""
	// says the body may follow the number with no preposition (the
	// Russian genitive: "резолюции 2118 (2013) Совета Безопасности").
	bodyAfter bool
	// possKinds are kind words that carry their own possessive suffix
	// (Arabic قراره "its resolution", قرارها "her resolution").
	possKinds map[string]cite.Kind
	// kindAfter are kind words written after the numbers (Chinese
	// 第2118(2013)号决议), and numberMarks the words that may stand
	// before the first number only (第).
	kindAfter   map[string]cite.Kind
	numberMarks []string
	// itemMarks may follow each number of a number-first list before the
	// kind word ends it (号 in 第2057(2012)号、第2109(2013)号决议);
	// inAfter closes "in resolution …" after the kind word (在…号决议中).
	itemMarks []string
	inAfter   []string
	// aboutWords may stand, with their topic, between a body's name and
	// the number-first phrase it issued (安全理事会关于利比亚的第1970(2011)号决议).
	aboutWords []string
	// ymd are the marks of a year–month–day date written with numbers
	// (2011年6月27日).
	ymd [3]string
	// partLetters are part letters written as words (Arabic باء → B).
	partLetters map[string]string
	// sessionMarks introduce a session number in parentheses, read as a
	// Roman numeral ("(د-30)" → (XXX)).
	sessionMarks []string
	// agents are the words that make a participle before them passive
	// ("the Committee established by resolution 661"): then the
	// participle is not the clause's verb.
	agents []string
	// dateWords introduce a date after a number ("of", "du", "de").
	dateWords []string
	// months are the month names, January first.
	months [12][]string
	// skip are words dropped when reading the words before a citation:
	// articles, possessives, auxiliaries and adverbs.
	skip []string
	// inWords are the prepositions of "in its resolution", "dans sa
	// résolution": after them, the clause's verb says what the
	// instrument did.
	inWords []string
	// connectors are phrases that end right before a citation and say its
	// relation (pursuant to, en application de …). "…" in a connector lets
	// two words stand between its words ("the request [to the
	// Secretary-General] contained in").
	connectors map[cite.Relation][]string
	// participles are verb forms that, followed by one of the connector
	// prepositions (preps), say the relation: "created by", "prorogé par".
	participles map[cite.Relation][]string
	preps       []string
	// after are phrases right after a citation that say its relation
	// ("establishing", "por la que se creó").
	after map[cite.Relation][]string
	// relatives open a relative clause after a citation ("by which",
	// "par laquelle", "en la que"): its verb says what the instrument did.
	relatives []string
	// asides are words set off by commas before a locator or a list
	// ("decision 2/CP.23, in particular paragraph 8, in which", "the
	// guidelines contained in, as applicable, decisions 4/CP.5"): they are
	// passed over.
	asides []string
	// passiveAux and passives read a passive relative clause whose subject
	// may hold commas ("in which developed country Parties, the operating
	// entities …, were urged", "dans laquelle les Parties ont été
	// priées"): the participle after the auxiliary says what the
	// instrument did; a decide participle ("it was decided", "il a été
	// décidé") is read like a decide verb.
	passiveAux []string
	passives   map[cite.Relation][]string
	// reportVerbs are the past tense of a report's conclusions ("The SBI
	// recalled decisions …", "took note of document …", "a pris note"):
	// after a subject, a list word or a comma, the nearest one before a
	// citation reads like the opening it stands for (held-out judgement
	// call). Those of cites end the reach of the one before.
	reportVerbs map[cite.Relation][]string
	// annexLinks link a locator to the instrument it is part of ("the
	// annex to decision", "annexed to"), as links do: two-word phrases
	// whose second word ends right before the citation's phrase.
	annexLinks []string
	// containWords say a noun phrase is found in the citation ("the
	// guidelines contained in the annex to decision 18/CMA.1", "les lignes
	// directrices figurant dans"): a connector reaches over them and the
	// short noun phrase before them.
	containWords []string
	// verbs are the finite verbs of "in its resolution X, the Council
	// requested …"; decideVerbs are the verbs of "decided", whose relation
	// depends on what was decided.
	verbs       map[cite.Relation][]string
	decideVerbs []string
	// createWords after a decide verb make it establishing; indefinites
	// (a, un, una) before a body name make it establishing too.
	createWords []string
	indefinites []string
	// articles before a word make it a noun, not a verb ("la demande").
	articles []string
	// replaceWords are verbs of replacing: "a new group … which would
	// replace the groups established by resolutions 78/20 and 78/238" ends
	// the mandate those resolutions gave, it does not establish anything
	// under them.
	replaceWords []string
	// locators name a part of an instrument (paragraph, section, annex):
	// commas around them do not end the clause a connector opens.
	locators []string
	// thatWords open a clause ("recalls that", "rappelle qu'"): a
	// connector before one does not govern the noun phrase a citation
	// completes.
	thatWords []string
	// renameWords rename an instrument in an editorial note ("Decision
	// 72/412, in section A of the Official Records …, becomes decision
	// 72/412 A"): the note names the text itself (markRenamed).
	renameWords []string
	// docWords introduce a document by its symbol ("document S/25147");
	// after "<name holding one of orgWords>, " they name another
	// organization's document (foreignDocument), unless the name holds one
	// of unNames or a body the registry knows.
	docWords []string
	orgWords []string
	unNames  []string
	// alsoWords join two citation phrases like a list word ("as well as").
	alsoWords []string
	// nominals name the creation of a body; a comma after one does not
	// end the clause ("the creation, pursuant to paragraph 26 of
	// resolution 1874 (2009), of a Panel"), and with a connector they
	// establish.
	nominals []string
	// yearWords may follow the year of a date ("27 июня 2011 года").
	yearWords []string
	// amendedBy introduce an instrument that amended the one cited just
	// before ("resolution 2205 (XXI), as amended by paragraph 8 of its
	// resolution 3108 (XXVIII)"): the citing text relates to it as to the
	// one it amended.
	amendedBy []string
	// clauseOpenings open a clause inside a sentence and give its
	// citations their relation (", recalling its decision 59/515 and its
	// resolutions …, acknowledging …").
	clauseOpenings map[cite.Relation][]string
	// verbFirst: the clause's verb may come before its subject and before
	// "in its resolution" (Arabic: "وأهاب مجلس الأمن، في قراره …").
	verbFirst bool
	// openings are the words a paragraph opens with (Recalling, Rappelant)
	// and the relation they give its citations; decideOpen words followed
	// within a few words by a word of openVerbs give that relation
	// ("Decides to extend").
	openings   map[cite.Relation][]string
	openVerbs  map[cite.Relation][]string
	decideOpen []string
	// heads are the capitalised short names used for a body already named
	// ("the Council", "la Conférence").
	heads []string
	// header words.
	sessionWords []string                        // "session", "período de sesiones"
	sessionFirst bool                            // the ordinal follows the session word ("الدورة التاسعة")
	agendaWords  []string                        // "agenda item", "point … de l'ordre du jour"
	originalWord []string                        // "original"
	langNames    map[string]string               // "anglais" → en
	types        map[string]string               // "note du secretariat" → note
	distr        map[string]string               // "generale" → general
	adoptedBy    []string                        // "resolution adopted by the"
	adopted      []string                        // "adopted", "adoptée", "aprobada": a clause that may stand between a citation and its relative clause
	ordinals     func(words []string) (int, int) // session ordinal words → value, words used
	stop         []string                        // frequent words, for detection
}

// languages are the languages the scanner reads, in the order of the
// stop-word detector's tie-break.
var languages = []*language{english, french, spanish, russian, arabic, chinese}

var english = &language{
	code:         "en",
	orgWords:     []string{"organisation", "organization"},
	docWords:     []string{"document", "documents"},
	unNames:      []string{"United Nations"},
	renameWords:  []string{"becomes", "become"},
	thatWords:    []string{"that"},
	includeWords: []string{"including", "notably", "particularly", "especially"},
	adoptions:    []string{"adoption"},
	byWords:      []string{"by"},
	titleWords:   []string{"on", "entitled", "concerning", "regarding"},
	kinds: map[string]cite.Kind{
		"resolution": cite.KindResolution, "resolutions": cite.KindResolution,
		"decision": cite.KindDecision, "decisions": cite.KindDecision,
	},
	possessives: []string{"its", "their"},
	listWords:   []string{"and", "or"},
	rangeWords:  []string{"to", "through"},
	ofWords:     []string{"of the", "of", "by the", "adopted by the"},
	dateWords:   []string{"of", "dated", "adopted on"},
	months: [12][]string{{"january"}, {"february"}, {"march"}, {"april"}, {"may"}, {"june"},
		{"july"}, {"august"}, {"september"}, {"october"}, {"november"}, {"december"}},
	skip: []string{"the", "its", "their", "this", "that", "these", "those", "a", "an",
		"has", "have", "had", "been", "was", "were", "is", "are", "be", "also", "further",
		"most", "recently", "inter", "alia", "notably", "subsequently",
		"paragraph", "paragraphs", "para", "paras", "annex", "chapter", "section", "part", "article", "appendix", "of", "to", "thereto",
		"provisions", "terms"},
	inWords: []string{"in", "by", "through", "under", "with"},
	connectors: map[cite.Relation][]string{
		cite.Reaffirms: {"reaffirms", "reaffirming"},
		cite.Recalls:   {"recalls", "recalling"},
		cite.Pursuant: {"pursuant to", "in accordance with", "as per", "in conformity with", "in compliance with",
			"in follow-up to", "in response to", "under the terms of", "in pursuance of",
			"in full respect of", "in full compliance with", "in full conformity with", "in full accordance with",
			"as provided for in", "as provided in", "in line with", "consistent with", "consistently with", "in keeping with",
			"as set out in", "under"},
		// "as requested by the Council in resolution 2167 (2014)": the
		// resolution gave the task.
		cite.Mandates: {"as requested in", "as requested by", "as mandated in", "as mandated by", "as called for in",
			"requested in", "mandated in", "mandated by", "requests … contained in", "request … contained in",
			"obligations under", "obligations imposed by", "obligations set out in",
			"mandated under", "mandate under", "mandate set out in", "mandate as set out in",
			"as specified in", "as stipulated by", "as stipulated in",
			// What the instrument asked for, named as a noun (the held-out
			// set's judgement call): "the mandates ensuing from", "the
			// guidance contained in", "the request in", "the functions as
			// set out in", "the overall aim set out in".
			"mandates in", "mandates ensuing from", "mandates arising from", "mandates contained in", "mandate contained in",
			"mandates set out in", "guidance … contained in", "guidance provided in", "request in", "requests in",
			"request contained in", "invitation … in", "invitation contained in",
			"functions set out in", "functions as set out in",
			"aim set out in", "aim as set out in"},
		// "the statute …, contained in annex I to resolution 63/253 and
		// amended in resolution 73/276": another text, amended there, is
		// what the citing text speaks of (guidelines: cites).
		cite.Cites: {"amended in"},
	},
	participles: map[cite.Relation][]string{
		cite.Establishes: {"established", "created", "set up", "instituted", "constituted", "establishing", "creating"},
		cite.Extends:     {"extended", "renewed", "prolonged", "extending", "renewing", "maintained"},
		cite.Amends:      {"amended", "modified", "revised", "amending"},
		cite.Ends:        {"terminated", "superseded", "replaced", "abolished", "discontinued", "terminating"},
		cite.Mandates:    {"entrusted", "directed", "encouraged", "invited", "called upon", "urged", "tasked"},
	},
	preps: []string{"by", "in", "under", "pursuant to", "in pursuance of", "through", "in accordance with", "in its", "by its"},
	after: map[cite.Relation][]string{
		cite.Establishes: {"establishing", "creating", "established", "created"},
		cite.Extends:     {"extending", "renewing"},
		cite.Amends:      {"amending"},
		cite.Ends:        {"terminating"},
		cite.Mandates:    {"requires", "requests", "calls upon", "urges", "encourages", "imposes", "obliges", "demands", "requesting"},
	},
	reportVerbs: map[cite.Relation][]string{
		cite.Recalls: {"recalled", "also recalled", "further recalled", "took note", "also took note", "further took note", "noted", "also noted", "further noted"},
		cite.Cites:   {"welcomed", "considered", "initiated", "expressed", "emphasized", "stressed", "agreed", "concluded", "adopted", "acknowledged", "recognized", "continued", "encouraged", "invited", "requested", "urged"},
	},
	annexLinks:   []string{"annex to", "annexes to", "annexed to", "appendix to", "attached to"},
	containWords: []string{"contained", "included", "annexed", "attached"},
	passiveAux:   []string{"was", "were", "is", "are"},
	passives: map[cite.Relation][]string{
		cite.Mandates:    {"requested", "encouraged", "invited", "urged", "called upon", "mandated", "tasked", "asked", "authorized", "instructed"},
		cite.Establishes: {"established", "created", "set up", "launched"},
		cite.Extends:     {"extended", "renewed"},
		cite.Ends:        {"terminated", "abolished", "discontinued"},
	},
	asides:    []string{"in particular", "inter alia", "as applicable", "as appropriate"},
	relatives: []string{"by which", "whereby", "in which", "through which", "under which", "which", "that"},
	verbs: map[cite.Relation][]string{
		cite.Mandates:    {"requested", "encouraged", "invited", "urged", "called", "mandated", "directed", "entrusted", "asked", "tasked", "authorized", "recommended", "instructed", "demanded", "required"},
		cite.Establishes: {"established", "created", "instituted", "introduced"},
		cite.Extends:     {"extended", "renewed", "prolonged", "expanded"},
		cite.Amends:      {"amended", "modified", "revised"},
		cite.Ends:        {"terminated", "abolished", "discontinued", "replaced", "superseded"},
	},
	decideVerbs: []string{"decided", "resolved", "agreed"},
	createWords: []string{"establish", "established", "create", "created", "set up", "institute", "constitute", "convene"},
	indefinites: []string{"a", "an"},
	articles:    []string{"the", "an"}, // not "a": French "il a autorisé"
	locators:    []string{"paragraph", "paragraphs", "para", "paras", "section", "sections", "annex", "annexes", "chapter", "part", "article", "articles", "appendix", "of"},
	alsoWords:   []string{"as well as"},
	amendedBy:   []string{"as amended by", "as amended in", "as revised by"},
	nominals:    []string{"creation", "establishment", "launch"},
	clauseOpenings: map[cite.Relation][]string{cite.Recalls: {"recalling", "also recalling", "further recalling"},
		cite.Reaffirms: {"reaffirming", "also reaffirming", "further reaffirming"}, cite.Cites: {"referring"}},
	replaceWords: []string{"replace", "replaces", "replacing", "replaced", "supersede", "supersedes", "superseding",
		"succeed", "succeeds", "terminate", "terminates", "abolish", "abolishes", "discontinue", "discontinues", "merge", "merges",
		"in place of", "instead of"},
	openings: map[cite.Relation][]string{
		cite.Recalls: {"recalling", "recalls", "further recalling", "also recalling", "further noting", "also noting", "noting further", "noting also", "further bearing in mind", "noting", "notes", "taking note", "takes note", "bearing in mind", "mindful", "having regard", "acknowledging", "acknowledges", "guided",
			// "Also takes note", and the plural of the CMA's decisions ("Recall decision 7/CMA.1").
			"also takes note", "further takes note", "also recalls", "further recalls", "also notes", "further notes",
			"recall", "also recall", "further recall", "take note", "also take note", "further take note"},
		// Guidelines rule 5: "Welcoming", "Having considered" give no
		// more than cites. Written here, they and the other preambular
		// participles also end the reach of an earlier opening: "Recalling
		// … and stressing … resolution 2161 (2014)" cites.
		cite.Cites: {"welcoming", "welcomes", "having considered", "referring", "considering", "stressing", "emphasizing", "underlining",
			"expressing", "condemning", "recognizing", "deploring", "determining", "affirming", "commending", "underscoring",
			"highlighting", "reiterating", "encouraging", "urging"},
		cite.Reaffirms:   {"reaffirming", "reaffirms", "further reaffirming", "also reaffirming"},
		cite.Extends:     {"extends", "renews", "prolongs"},
		cite.Amends:      {"amends"},
		cite.Ends:        {"terminates", "abolishes", "supersedes", "replaces"},
		cite.Establishes: {"establishes", "creates"},
	},
	openVerbs: map[cite.Relation][]string{
		cite.Extends:     {"extend", "renew", "prolong"},
		cite.Amends:      {"amend", "change", "modify", "revise"},
		cite.Ends:        {"terminate", "discontinue", "abolish", "replace"},
		cite.Establishes: {"establish", "create"},
	},
	decideOpen:   []string{"decides", "decided", "resolves", "agrees"},
	heads:        []string{"assembly", "council", "conference", "commission", "meeting", "conference of the parties", "conference of the states parties", "meeting of the parties", "governing council"},
	sessionWords: []string{"session"},
	agendaWords:  []string{"agenda item", "item"},
	originalWord: []string{"original"},
	langNames:    map[string]string{"english": "en", "french": "fr", "spanish": "es", "russian": "ru", "arabic": "ar", "chinese": "zh"},
	types: map[string]string{
		"note by the secretariat": "note", "note by the secretary general": "note", "note": "note",
		"report of the secretary general": "report", "report of the": "report", "report": "report",
		"resolution adopted by": "resolution", "decision adopted by": "decision", "letter dated": "letter",
		"draft resolution": "draft resolution", "draft decision": "draft decision", "provisional agenda": "agenda",
		"statement by the president": "presidential statement",
	},
	distr:     map[string]string{"general": "general", "limited": "limited", "restricted": "restricted"},
	adoptedBy: []string{"resolution adopted by the", "decision adopted by the"},
	adopted:   []string{"adopted"},
	ordinals:  englishOrdinal,
	stop:      []string{"the", "of", "and", "to", "in", "that", "for", "with", "on", "by", "is", "its"},
}

var french = &language{
	code:         "fr",
	orgWords:     []string{"organisation"},
	docWords:     []string{"document", "documents"},
	unNames:      []string{"Nations Unies"},
	renameWords:  []string{"devient", "deviennent"},
	thatWords:    []string{"que", "qu"},
	includeWords: []string{"notamment", "compris"},
	adoptions:    []string{"adoption"},
	byWords:      []string{"par"},
	titleWords:   []string{"sur", "intitulée", "relative", "concernant"},
	kinds: map[string]cite.Kind{
		"resolution": cite.KindResolution, "resolutions": cite.KindResolution,
		"decision": cite.KindDecision, "decisions": cite.KindDecision,
	},
	possessives: []string{"sa", "son", "ses", "leur", "leurs"},
	listWords:   []string{"et", "ou"},
	rangeWords:  []string{"a"},
	ofWords:     []string{"de la", "de l", "du", "des", "de", "adoptee par la", "adoptee par l", "adoptee par le"},
	dateWords:   []string{"du", "en date du", "adoptee le"},
	months: [12][]string{{"janvier"}, {"fevrier"}, {"mars"}, {"avril"}, {"mai"}, {"juin"},
		{"juillet"}, {"aout"}, {"septembre"}, {"octobre"}, {"novembre"}, {"decembre"}},
	skip: []string{"le", "la", "les", "l", "sa", "son", "ses", "leur", "leurs", "cette", "ce", "ces", "un", "une",
		"a", "ete", "avait", "ont", "est", "sont", "etait", "notamment", "aussi", "egalement", "plus", "recemment",
		"il", "elle", "ils", "elles", "y", "s", "ulterieurement", "comme", "qu", "que",
		"paragraphe", "paragraphes", "annexe", "chapitre", "section", "partie", "article", "appendice", "du", "de", "des", "au", "aux",
		"dispositions", "termes", "m", "me", "lui", "nous", "encore", "vient"},
	inWords: []string{"dans", "par", "en", "aux termes de"},
	connectors: map[cite.Relation][]string{
		cite.Reaffirms: {"reaffirme", "reaffirmant"},
		cite.Recalls:   {"rappelle", "rappelant"},
		cite.Pursuant: {"en application de", "conformement a", "en vertu de", "comme suite a", "aux termes de",
			"en execution de", "au titre de", "en conformite avec", "dans le cadre de", "suite a", "comme prevu dans",
			"selon", "conformement aux dispositions de"},
		cite.Mandates: {"comme demande dans", "comme l a demande dans", "ainsi que l a demande dans", "l a demande dans",
			"a demande dans", "obligations imposees par", "comme il est precise au", "comme il est precise dans",
			"mandat enonce dans", "mandat defini dans",
			"mandats enonces dans", "mandats decoulant de", "mandat figurant dans", "mandats figurant dans",
			"orientations figurant dans", "orientations … formulees dans", "demande formulee dans", "demande figurant dans",
			"fonctions definies dans", "fonctions enoncees dans"},
	},
	participles: map[cite.Relation][]string{
		cite.Establishes: {"cree", "creee", "crees", "creees", "etabli", "etablie", "etablis", "etablies",
			"institue", "instituee", "institues", "constitue", "constituee", "creant", "portant creation"},
		cite.Extends:  {"proroge", "prorogee", "proroges", "prorogees", "renouvele", "renouvelee", "prolonge", "prolongee", "prorogeant", "proroger", "renouveler", "maintenu", "maintenue"},
		cite.Amends:   {"modifie", "modifiee", "amende", "amendee", "revise", "revisee", "modifiant"},
		cite.Ends:     {"abroge", "abrogee", "remplace", "remplacee", "supprime", "supprimee", "mis fin", "abrogeant"},
		cite.Mandates: {"prie", "charge", "chargee", "mandate", "mandatee", "encourage", "invite", "exhorte", "confie", "confiee"},
	},
	preps: []string{"par", "dans", "en application de", "en vertu de", "conformement a", "au titre de", "aux termes de"},
	after: map[cite.Relation][]string{
		cite.Establishes: {"portant creation", "creant", "a cree", "a etabli"},
		cite.Extends:     {"prorogeant", "portant prorogation"},
		cite.Amends:      {"modifiant"},
		cite.Ends:        {"abrogeant"},
		cite.Mandates:    {"exige", "demande", "prie", "engage"},
	},
	reportVerbs: map[cite.Relation][]string{
		cite.Recalls: {"a rappele", "ont rappele", "a pris note", "ont pris note", "a note", "ont note", "a egalement rappele", "a egalement pris note"},
		cite.Cites:   {"a accueilli", "a examine", "a salue", "a souligne", "a adopte", "est convenu", "a encourage", "a invite", "a prie"},
	},
	containWords: []string{"figurant", "contenu", "contenue", "contenus", "contenues", "joint", "jointe", "joints", "jointes"},
	passiveAux:   []string{"a ete", "ont ete", "est", "sont"},
	passives: map[cite.Relation][]string{
		cite.Mandates:    {"prie", "priee", "pries", "priees", "invite", "invitee", "invites", "invitees", "engage", "engagee", "engages", "engagees", "encourage", "encouragee", "encourages", "encouragees", "charge", "chargee", "charges", "chargees"},
		cite.Establishes: {"cree", "creee", "crees", "creees", "etabli", "etablie", "etablis", "etablies", "institue", "instituee"},
	},
	asides: []string{"en particulier", "notamment", "selon qu'il convient", "le cas échéant"},
	relatives: []string{"par laquelle", "dans laquelle", "aux termes de laquelle", "en vertu de laquelle",
		"par lesquelles", "par lesquels", "dans lesquelles", "dans lesquels", "qui"},
	verbs: map[cite.Relation][]string{
		cite.Mandates:    {"demande", "prie", "encourage", "invite", "engage", "exhorte", "charge", "mandate", "recommande", "autorise", "confie", "demandait", "priait", "encourageait", "invitait", "exige"},
		cite.Establishes: {"cree", "creee", "etabli", "etablie", "institue", "instituee", "constitue"},
		cite.Extends:     {"proroge", "prorogee", "renouvele", "renouvelee", "prolonge", "prolongee", "elargi"},
		cite.Amends:      {"modifie", "modifiee", "amende", "amendee"},
		cite.Ends:        {"abroge", "abrogee", "supprime", "supprimee", "remplace", "remplacee"},
	},
	decideVerbs:    []string{"decide", "decidait", "resolu", "convenu"},
	createWords:    []string{"creer", "cree", "creee", "etablir", "etabli", "instituer", "constituer", "constituerait", "constituera", "constitue", "convoquer", "mettre en place"},
	indefinites:    []string{"un", "une"},
	articles:       []string{"le", "la", "les", "l", "un", "une", "cette"},
	locators:       []string{"paragraphe", "paragraphes", "section", "annexe", "chapitre", "partie", "article", "articles", "de", "du"},
	alsoWords:      []string{"ainsi que"},
	nominals:       []string{"creation", "lancement"},
	amendedBy:      []string{"telle que modifiee par", "tel que modifie par", "telles que modifiees par", "tels que modifies par"},
	clauseOpenings: map[cite.Relation][]string{cite.Recalls: {"rappelant"}, cite.Reaffirms: {"reaffirmant"}, cite.Cites: {"se referant"}},
	replaceWords: []string{"remplacer", "remplacera", "remplacerait", "remplace", "remplacant", "succeder", "succedera",
		"supprimer", "supprime", "abroger", "abroge", "fusionner", "en lieu et place de", "en lieu et place des", "au lieu de", "au lieu des", "a la place de", "a la place des"},
	openings: map[cite.Relation][]string{
		cite.Recalls: {"rappelant", "rappelle", "notant", "note", "prenant note", "prend note", "prend egalement note", "prend aussi note", "prend en outre note", "ayant a l esprit", "tenant compte", "consciente", "conscient", "sachant", "constatant"},
		cite.Cites: {"considerant", "accueillant", "se felicitant", "se felicite", "ayant examine", "se referant", "soulignant", "insistant", "exprimant",
			"condamnant", "reconnaissant", "deplorant", "affirmant", "mettant l accent"},
		cite.Reaffirms:   {"reaffirmant", "reaffirme"},
		cite.Extends:     {"proroge", "renouvelle", "prolonge"},
		cite.Amends:      {"modifie", "amende"},
		cite.Ends:        {"abroge", "met fin", "remplace"},
		cite.Establishes: {"cree", "etablit", "institue"},
	},
	openVerbs: map[cite.Relation][]string{
		cite.Extends:     {"proroger", "renouveler", "prolonger", "reconduire"},
		cite.Amends:      {"modifier", "amender", "changer", "reviser"},
		cite.Ends:        {"mettre fin", "supprimer", "abroger", "remplacer"},
		cite.Establishes: {"creer", "etablir", "instituer"},
	},
	decideOpen:   []string{"decide", "resout", "convient"},
	heads:        []string{"assemblee", "conseil", "conference", "commission", "reunion", "conference des parties", "conference des etats parties", "reunion des parties", "conseil d administration"},
	sessionWords: []string{"session"},
	agendaWords:  []string{"point"},
	originalWord: []string{"original"},
	langNames:    map[string]string{"anglais": "en", "francais": "fr", "espagnol": "es", "russe": "ru", "arabe": "ar", "chinois": "zh"},
	types: map[string]string{
		"note du secretariat": "note", "note du secretaire general": "note", "note": "note",
		"rapport du secretaire general": "report", "rapport de la": "report", "rapport du": "report", "rapport": "report",
		"resolution adoptee par": "resolution", "decision adoptee par": "decision", "lettre datee": "letter",
		"projet de resolution": "draft resolution", "projet de decision": "draft decision", "ordre du jour provisoire": "agenda",
		"declaration du president": "presidential statement",
	},
	distr:     map[string]string{"generale": "general", "limitee": "limited", "restreinte": "restricted"},
	adoptedBy: []string{"resolution adoptee par l", "resolution adoptee par le", "resolution adoptee par la", "decision adoptee par l", "decision adoptee par le", "decision adoptee par la"},
	adopted:   []string{"adoptee", "adopte"},
	ordinals:  frenchOrdinal,
	stop:      []string{"le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "au", "aux", "sur"},
}

var spanish = &language{
	code:         "es",
	orgWords:     []string{"organizacion"},
	docWords:     []string{"documento", "documentos"},
	unNames:      []string{"Naciones Unidas"},
	renameWords:  []string{"pasa a ser", "pasan a ser", "se convierte en"},
	thatWords:    []string{"que"},
	includeWords: []string{"incluida", "incluidas", "incluido", "incluidos", "particular"},
	adoptions:    []string{"aprobación", "adopción"},
	byWords:      []string{"por"},
	titleWords:   []string{"sobre", "titulada", "relativa", "relativo"},
	kinds: map[string]cite.Kind{
		"resolucion": cite.KindResolution, "resoluciones": cite.KindResolution,
		"decision": cite.KindDecision, "decisiones": cite.KindDecision,
	},
	possessives: []string{"su", "sus"},
	listWords:   []string{"y", "e", "o", "u"},
	rangeWords:  []string{"a"},
	ofWords:     []string{"del", "de la", "de los", "de las", "de", "aprobada por la", "aprobada por el"},
	// "las resoluciones del Consejo de Seguridad 822 (1993) y 853 (1993)"
	bodyFirst: true,
	dateWords: []string{"de", "del", "aprobada el"},
	months: [12][]string{{"enero"}, {"febrero"}, {"marzo"}, {"abril"}, {"mayo"}, {"junio"},
		{"julio"}, {"agosto"}, {"septiembre", "setiembre"}, {"octubre"}, {"noviembre"}, {"diciembre"}},
	skip: []string{"el", "la", "los", "las", "lo", "su", "sus", "esta", "este", "estas", "estos", "un", "una",
		"ha", "han", "habia", "sido", "fue", "fueron", "es", "son", "se", "tambien", "asimismo", "recientemente",
		"mas", "posteriormente", "como", "que",
		"parrafo", "parrafos", "anexo", "capitulo", "seccion", "parte", "articulo", "apendice", "de", "del", "al",
		"disposiciones", "dispuesto", "terminos", "vez", "ultima", "ultimo", "me", "le"},
	inWords: []string{"en", "por", "mediante"},
	connectors: map[cite.Relation][]string{
		cite.Reaffirms: {"reafirma", "reafirmando"},
		cite.Recalls:   {"recuerda", "recordando"},
		cite.Pursuant: {"de conformidad con", "en virtud de", "en cumplimiento de", "con arreglo a", "conforme a",
			"atendiendo a", "atendiendo a lo dispuesto en", "dimanante de", "de conformidad con lo establecido en",
			"con arreglo a lo establecido en", "conforme a lo establecido en", "segun lo establecido en", "en consonancia con", "segun", "de acuerdo con", "en el marco de",
			"conforme a lo dispuesto en", "en seguimiento de", "en respuesta a"},
		cite.Mandates: {"conforme a lo solicitado", "segun lo solicitado", "solicitado en", "obligaciones impuestas por",
			"mandato … enunciado en", "mandatos dimanantes de", "mandatos contenidos en", "mandato contenido en",
			"orientacion … contenida en", "orientaciones … contenidas en", "solicitud formulada en", "solicitud contenida en",
			"funciones enunciadas en", "funciones establecidas en"},
	},
	participles: map[cite.Relation][]string{
		cite.Establishes: {"establecido", "establecida", "establecidos", "establecidas", "creado", "creada", "creados", "creadas",
			"instituido", "instituida", "constituido", "constituida", "por la que se creo", "por la que se establecio"},
		cite.Extends:  {"prorrogado", "prorrogada", "prorrogo", "renovado", "renovada", "prolongado", "prolongada"},
		cite.Amends:   {"modificado", "modificada", "enmendado", "enmendada", "revisado", "revisada"},
		cite.Ends:     {"derogado", "derogada", "sustituido", "sustituida", "reemplazado", "reemplazada", "terminado", "suprimido"},
		cite.Mandates: {"encargado", "encomendado", "alentado", "invitado", "instado"},
	},
	preps: []string{"por", "en", "en virtud de", "de conformidad con", "mediante", "con arreglo a"},
	after: map[cite.Relation][]string{
		cite.Establishes: {"establecio", "creo"}, // ", se estableció un grupo"
		cite.Amends:      {"por la que se modifica"},
		cite.Mandates:    {"exige", "pide", "insta", "solicita", "impone", "imponen"},
	},
	reportVerbs: map[cite.Relation][]string{
		cite.Recalls: {"recordo", "recordaron", "tomo nota", "tomaron nota", "observo", "tambien recordo", "tambien tomo nota"},
		cite.Cites:   {"acogio", "examino", "destaco", "subrayo", "aprobo", "convino", "alento", "invito", "pidio"},
	},
	containWords: []string{"contenido", "contenida", "contenidos", "contenidas", "figura", "figuran", "incluido", "incluida", "incluidos", "incluidas"},
	passiveAux:   []string{"fue", "fueron", "es", "son"},
	passives: map[cite.Relation][]string{
		cite.Mandates:    {"invitado", "invitada", "invitados", "invitadas", "instado", "instada", "instados", "instadas", "alentado", "alentados", "solicitado", "solicitados", "exhortado", "exhortados", "encargado", "encargada"},
		cite.Establishes: {"establecido", "establecida", "creado", "creada"},
	},
	asides: []string{"en particular", "entre otras cosas", "según proceda"},
	relatives: []string{"por la que", "por la cual", "en la que", "en la cual", "en virtud de la cual", "mediante la cual",
		"por las que", "en las que", "por los que", "en los que", "en que", "que"},
	verbs: map[cite.Relation][]string{
		cite.Mandates:    {"pidio", "solicito", "alento", "invito", "insto", "exhorto", "encomendo", "encargo", "autorizo", "recomendo", "exhortaba", "pedia", "solicitaba", "exigio", "pidieron"},
		cite.Establishes: {"establecio", "creo", "instituyo", "constituyo", "establece", "crea"},
		cite.Extends:     {"prorrogo", "renovo", "prolongo", "amplio", "prorroga"},
		cite.Amends:      {"modifico", "enmendo"},
		cite.Ends:        {"derogo", "suprimio", "sustituyo", "puso fin"},
	},
	decideVerbs:    []string{"decidio", "resolvio", "acordo", "decidieron"},
	createWords:    []string{"establecer", "crear", "instituir", "constituir", "constituiria", "convocar"},
	indefinites:    []string{"un", "una"},
	articles:       []string{"el", "la", "los", "las", "un", "una", "esta"},
	locators:       []string{"parrafo", "parrafos", "seccion", "anexo", "capitulo", "parte", "articulo", "articulos", "de", "del"},
	alsoWords:      []string{"asi como"},
	nominals:       []string{"creacion", "establecimiento", "puesta en marcha"},
	amendedBy:      []string{"en su forma enmendada por", "en su version enmendada por"},
	clauseOpenings: map[cite.Relation][]string{cite.Recalls: {"recordando"}, cite.Reaffirms: {"reafirmando"}, cite.Cites: {"haciendo referencia"}},
	replaceWords: []string{"sustituir", "sustituiria", "sustituira", "sustituye", "reemplazar", "reemplazaria", "reemplazara",
		"reemplaza", "suprimir", "suprime", "derogar", "deroga", "fusionar", "en lugar de", "en sustitucion de"},
	openings: map[cite.Relation][]string{
		cite.Recalls: {"recordando", "recuerda", "observando", "toma nota", "tambien toma nota", "tambien recuerda", "toma nota tambien", "tomando nota", "teniendo presente", "teniendo en cuenta", "consciente"},
		cite.Cites: {"considerando", "acogiendo", "acoge", "habiendo examinado", "haciendo referencia", "destacando", "poniendo de relieve", "subrayando",
			"expresando", "condenando", "reconociendo", "deplorando", "afirmando"},
		cite.Reaffirms:   {"reafirmando", "reafirma"},
		cite.Extends:     {"prorroga", "renueva", "prolonga"},
		cite.Amends:      {"modifica", "enmienda"},
		cite.Ends:        {"deroga", "pone fin", "sustituye"},
		cite.Establishes: {"establece", "crea"},
	},
	openVerbs: map[cite.Relation][]string{
		cite.Extends:     {"prorrogar", "renovar", "prolongar"},
		cite.Amends:      {"modificar", "enmendar", "cambiar", "revisar"},
		cite.Ends:        {"poner fin", "suprimir", "derogar", "sustituir"},
		cite.Establishes: {"establecer", "crear", "instituir"},
	},
	decideOpen:   []string{"decide", "resuelve", "acuerda"},
	heads:        []string{"asamblea", "consejo", "conferencia", "comision", "reunion", "conferencia de las partes", "conferencia de los estados partes", "reunion de las partes", "consejo de administracion"},
	sessionWords: []string{"periodo de sesiones", "sesion", "periodo extraordinario de sesiones"},
	agendaWords:  []string{"tema"},
	originalWord: []string{"original"},
	langNames:    map[string]string{"ingles": "en", "frances": "fr", "espanol": "es", "ruso": "ru", "arabe": "ar", "chino": "zh"},
	types: map[string]string{
		"nota de la secretaria": "note", "nota del secretario general": "note", "nota": "note",
		"informe del secretario general": "report", "informe de la": "report", "informe del": "report", "informe": "report",
		"resolucion aprobada por": "resolution", "decision aprobada por": "decision", "carta de fecha": "letter",
		"proyecto de resolucion": "draft resolution", "proyecto de decision": "draft decision", "programa provisional": "agenda",
		"declaracion de la presidencia": "presidential statement",
	},
	distr:     map[string]string{"general": "general", "limitada": "limited", "reservada": "restricted"},
	adoptedBy: []string{"resolucion aprobada por la", "resolucion aprobada por el", "decision aprobada por la", "decision aprobada por el"},
	adopted:   []string{"aprobada", "aprobado", "adoptada"},
	ordinals:  spanishOrdinal,
	stop:      []string{"el", "los", "las", "del", "y", "una", "por", "con", "para", "que", "se", "al", "su"},
}

// Russian words are written in their natural forms: the tables fold them
// as the text is folded (registry.FoldWord strips the case ending), so
// "резолюция" stands for every case of the word.
var russian = &language{
	code:         "ru",
	orgWords:     []string{"организация"},
	docWords:     []string{"документ", "документы"},
	unNames:      []string{"Организации Объединенных Наций", "Организация Объединенных Наций"},
	renameWords:  []string{"становится", "становятся"},
	thatWords:    []string{"что"},
	includeWords: []string{"числе"},
	titleWords:   []string{"о", "об", "озаглавленная"},
	kinds: map[string]cite.Kind{
		"резолюция": cite.KindResolution, "резолюций": cite.KindResolution,
		"решение": cite.KindDecision, "решений": cite.KindDecision,
	},
	possessives: []string{"свою", "своей", "своих", "свои", "его", "ее", "её", "их"},
	listWords:   []string{"и", "или"},
	rangeWords:  []string{"по"},
	// The body follows in the genitive, with no preposition.
	ofWords:   []string{"", "принятой", "принятого", "принятых"},
	dateWords: []string{"от", "принятой"},
	months: [12][]string{{"января", "январь"}, {"февраля", "февраль"}, {"марта", "март"}, {"апреля", "апрель"}, {"мая", "май"}, {"июня", "июнь"},
		{"июля", "июль"}, {"августа", "август"}, {"сентября", "сентябрь"}, {"октября", "октябрь"}, {"ноября", "ноябрь"}, {"декабря", "декабрь"}},
	skip: []string{"эта", "этот", "эти", "настоящая", "свою", "своей", "своих", "его", "ее", "её", "их", "также", "впоследствии",
		"был", "была", "было", "были", "последний", "раз", "недавно", "пункт", "пункты", "пунктов", "приложение", "раздел", "часть", "статья",
		"положения", "положений", "которой", "который", "которая", "которого", "мандат", "срок", "действия"},
	inWords: []string{"в", "во", "по"},
	connectors: map[cite.Relation][]string{
		cite.Reaffirms: {"вновь подтверждая", "вновь подтверждает", "подтверждая", "подтверждает"},
		cite.Recalls:   {"ссылаясь на", "ссылается на", "напоминая о", "напоминает о", "напоминая об", "напоминает об", "напоминая"},
		cite.Pursuant: {"в соответствии с", "в соответствии со", "во исполнение", "согласно", "на основании", "в порядке выполнения",
			"как предусмотрено в", "в рамках", "в соответствии с положениями", "в ответ на"},
		cite.Mandates: {"в соответствии с просьбой", "высказанной", "высказанной в", "по просьбе"},
	},
	participles: map[cite.Relation][]string{
		cite.Establishes: {"учрежденный", "учрежден", "созданный", "создан", "учреждена", "создана", "учреждены", "созданы"},
		cite.Extends:     {"продленный", "продлен", "продлена", "продлено", "продлены", "продлил"},
		cite.Amends:      {"измененный", "изменен", "изменена"},
		cite.Ends:        {"прекращенный", "прекращен", "упраздненный", "упразднен", "замененный", "заменен"},
		cite.Mandates:    {"порученный", "поручено"},
	},
	preps: []string{"", "в", "на основании", "в соответствии с", "согласно"},
	after: map[cite.Relation][]string{
		cite.Establishes: {"об учреждении", "о создании", "учреждающей"},
		cite.Extends:     {"о продлении"},
		cite.Mandates:    {"требует", "просит", "возлагает"},
	},
	reportVerbs: map[cite.Relation][]string{
		cite.Recalls: {"напомнил", "напомнили", "принял к сведению", "приняли к сведению", "отметил", "отметили"},
		cite.Cites:   {"приветствовал", "рассмотрел", "подчеркнул", "принял", "согласился", "призвал", "просил"},
	},
	containWords: []string{"содержащиеся", "содержащимися", "содержащихся", "содержащийся", "содержащимся"},
	passiveAux:   []string{"было", "были", "был", "была"},
	passives: map[cite.Relation][]string{
		cite.Mandates:    {"предложено", "поручено", "рекомендовано", "призваны", "предложено"},
		cite.Establishes: {"учреждено", "учрежден", "учреждена", "создан", "создана", "создано"},
	},
	asides:    []string{"в частности", "в соответствующих случаях"},
	relatives: []string{"в которой", "которой", "по которой", "в которых"},
	verbs: map[cite.Relation][]string{
		cite.Mandates:    {"просил", "призвал", "предложил", "рекомендовал", "поручил", "уполномочил", "обратился", "потребовал"},
		cite.Establishes: {"учредил", "создал"},
		cite.Extends:     {"продлил", "расширил"},
		cite.Amends:      {"изменил"},
		cite.Ends:        {"прекратил", "упразднил", "заменил"},
	},
	decideVerbs:    []string{"постановил", "решил"},
	locators:       []string{"пункт", "пункты", "раздел", "приложение", "глава", "часть", "статья"},
	alsoWords:      []string{"а также"},
	yearWords:      []string{"года", "г"},
	clauseOpenings: map[cite.Relation][]string{cite.Recalls: {"ссылаясь"}, cite.Reaffirms: {"вновь подтверждая"}},
	replaceWords:   []string{"заменить", "заменит", "заменяет", "заменила", "упразднить", "прекратить"},
	createWords:    []string{"учредить", "создать", "созвать"},
	openings: map[cite.Relation][]string{
		cite.Recalls:     {"напоминает", "ссылается", "ссылаясь", "напоминая", "отмечая", "принимая к сведению", "принимает к сведению", "учитывая", "принимая во внимание", "будучи"},
		cite.Cites:       {"приветствуя", "рассмотрев", "подчеркивая", "особо отмечая", "выражая", "осуждая", "признавая"},
		cite.Reaffirms:   {"вновь подтверждая", "вновь подтверждает", "подтверждая", "подтверждает"},
		cite.Extends:     {"продлевает"},
		cite.Amends:      {"изменяет"},
		cite.Ends:        {"прекращает", "упраздняет"},
		cite.Establishes: {"учреждает"},
	},
	openVerbs: map[cite.Relation][]string{
		cite.Extends:     {"продлить"},
		cite.Amends:      {"изменить"},
		cite.Ends:        {"прекратить", "упразднить", "заменить"},
		cite.Establishes: {"учредить", "создать"},
	},
	decideOpen:   []string{"постановляет", "решает"},
	heads:        []string{"ассамблея", "совет", "конференция", "комиссия", "совещание", "конференция участников", "совещание сторон", "совет управляющих"},
	sessionWords: []string{"сессия"},
	ordinals:     russianOrdinal,
	agendaWords:  []string{"пункт"},
	originalWord: []string{"оригинал", "язык оригинала"},
	langNames:    map[string]string{"английский": "en", "французский": "fr", "испанский": "es", "русский": "ru", "арабский": "ar", "китайский": "zh"},
	types: map[string]string{
		"записка секретариата": "note", "записка генерального секретаря": "note",
		"доклад генерального секретаря": "report", "доклад": "report",
		"резолюция принятая": "resolution", "решение принятое": "decision", "письмо": "letter",
		"проект резолюции": "draft resolution", "проект решения": "draft decision", "предварительная повестка дня": "agenda",
		"заявление председателя": "presidential statement",
	},
	distr:   map[string]string{"общая": "general", "ограниченная": "limited"},
	adopted: []string{"принятая", "принятой"},
	agents:  []string{"в", "на"},
}

// Arabic words are written as in texts; the tables fold them as the text
// is folded (vowel marks and the article and one-letter proclitics
// removed: بالقرار → قرار), so "قرار" stands for القرار, بالقرار, للقرار.
var arabic = &language{
	code:        "ar",
	renameWords: []string{"يصبح", "تصبح"},
	thatWords:   []string{"أن", "أنه"},
	kinds: map[string]cite.Kind{
		"قرار": cite.KindResolution, "قراران": cite.KindResolution, "قرارا": cite.KindResolution, "مقررا": cite.KindDecision, "قرارين": cite.KindResolution, "قرارات": cite.KindResolution,
		"مقرر": cite.KindDecision, "مقرران": cite.KindDecision, "مقررين": cite.KindDecision, "مقررات": cite.KindDecision,
	},
	possKinds: map[string]cite.Kind{
		"قراره": cite.KindResolution, "قرارها": cite.KindResolution, "قرارهم": cite.KindResolution, "قراريه": cite.KindResolution,
		"قراريها": cite.KindResolution, "قراراته": cite.KindResolution, "قراراتها": cite.KindResolution, "قراراتهم": cite.KindResolution,
		"مقرره": cite.KindDecision, "مقررها": cite.KindDecision, "مقرريه": cite.KindDecision, "مقرريها": cite.KindDecision,
		"مقرراته": cite.KindDecision, "مقرراتها": cite.KindDecision,
	},
	listWords:  []string{"و", "أو"},
	rangeWords: []string{"إلى"},
	ofWords:    []string{"", "الصادر عن", "الذي اتخذه", "الذي اتخذته"},
	bodyAfter:  true,
	dateWords:  []string{"المؤرخ", "المؤرخة", "المؤرخين", "المؤرخات", "في"},
	// The names after the slash of "حزيران/يونيه" and "كانون الثاني/يناير"
	// (the first are read when alone, except كانون and تشرين, which
	// name two months each).
	months: [12][]string{{"يناير"}, {"فبراير", "شباط"}, {"مارس", "آذار"}, {"أبريل", "نيسان"}, {"مايو", "أيار"}, {"يونيه", "يونيو", "حزيران"},
		{"يوليه", "يوليو", "تموز"}, {"أغسطس", "آب"}, {"سبتمبر", "أيلول"}, {"أكتوبر"}, {"نوفمبر"}, {"ديسمبر"}},
	partLetters: map[string]string{"ألف": "A", "باء": "B", "جيم": "C", "دال": "D", "هاء": "E", "واو": "F", "زاي": "G",
		"حاء": "H", "طاء": "I", "ياء": "J", "كاف": "K", "لام": "L"},
	sessionMarks: []string{"د"},
	skip: []string{"هذا", "هذه", "ذلك", "تلك", "قد", "كان", "كانت", "تم", "أيضا", "مؤخرا", "ولايته", "ولايتها", "ولايتهما",
		"من", "الفقرة", "الفقرتين", "الفقرات", "المرفق", "الجزء", "الفرع", "المادة", "أحكام", "منطوق", "آخر", "مرة"},
	inWords:   []string{"في", "وفي"}, // وفي: "and in", the و kept on a short word
	verbFirst: true,
	connectors: map[cite.Relation][]string{
		cite.Mandates:  {"يطالب", "يطلب", "يقتضي", "تطالب", "تطلب", "وفقا لما طلبه", "وفقا لما طلبته", "حسب ما طلبه", "على النحو المطلوب في", "بصيغتها المحددة في"},
		cite.Reaffirms: {"يعيد تأكيد", "تعيد تأكيد", "يؤكد من جديد", "تؤكد من جديد"},
		cite.Recalls:   {"يشير إلى", "تشير إلى", "إذ يشير إلى", "إذ تشير إلى", "يشير", "تشير"},
		cite.Pursuant:  {"عملا", "وفقا", "بموجب", "طبقا", "استنادا إلى", "تنفيذا", "استجابة", "تمشيا مع", "تماشيا مع", "المنبثقة عن", "المنبثق عن"},
	},
	participles: map[cite.Relation][]string{
		cite.Establishes: {"المنشأة", "المنشأ", "المنشأين", "المنشأتين", "أنشئت", "أنشئ", "أنشأها", "أنشأه", "أنشأ", "أنشأت"},
		cite.Extends:     {"الممددة", "الممدد", "مددت", "مدد", "مدت", "جددت", "جدد", "تمديد"},
		cite.Amends:      {"المعدل", "المعدلة", "عدل", "عدلت"},
		cite.Ends:        {"الملغى", "ألغي", "ألغيت", "أنهيت", "استعيض"},
		cite.Mandates:    {"طلب", "طلبت", "طلبه", "طلبته", "كلف", "كلفت"},
		// "التدابير المفروضة بموجب القرار": measures imposed by the
		// resolution are cited, not acted under.
		cite.Cites: {"المفروضة", "المفروض"},
	},
	preps: []string{"", "عملا", "بموجب", "في", "وفقا"},
	after: map[cite.Relation][]string{
		cite.Establishes: {"المنشئ", "الذي أنشأ", "الذي أنشئ"},
		cite.Extends:     {"الذي مدد", "قرر فيه تمديد", "قررت فيه تمديد"},
		cite.Mandates:    {"يطلب", "يقتضي", "يلزم"},
	},
	relatives: []string{"الذي", "التي", "الذي بموجبه", "الذي فيه"},
	verbs: map[cite.Relation][]string{
		cite.Mandates:    {"طلب إلى", "طلب إلي", "طلب من", "طلبت", "شجع", "شجعت", "دعا", "دعت", "حث", "وحث", "حثت", "كلف", "كلفت", "أذن", "أوصى", "أهاب", "أهابت", "ناشد", "ناشدت", "طالب", "طالبت"},
		cite.Establishes: {"أنشأ", "أنشأت"},
		cite.Extends:     {"مدد", "مددت", "جدد", "جددت", "وسع", "وسعت"},
		cite.Amends:      {"عدل", "عدلت"},
		cite.Ends:        {"أنهى", "ألغى"},
	},
	decideVerbs:    []string{"قرر", "قررت", "قرروا"},
	locators:       []string{"الفقرة", "الفقرتين", "الفقرات", "الفرع", "المرفق", "الجزء", "المادة"},
	alsoWords:      []string{"وكذلك", "فضلا عن"},
	clauseOpenings: map[cite.Relation][]string{cite.Recalls: {"وإذ يشير", "وإذ تشير"}, cite.Reaffirms: {"وإذ يعيد تأكيد", "وإذ تعيد تأكيد"}},
	replaceWords:   []string{"يحل محل", "تحل محل", "سيحل محل", "ستحل محل", "يلغي", "إلغاء"},
	createWords:    []string{"إنشاء", "ينشئ", "تنشئ", "عقد"},
	openings: map[cite.Relation][]string{
		cite.Recalls:     {"إذ يشير", "إذ تشير", "يشير", "تشير", "إذ يحيط علما", "إذ تحيط علما", "يحيط علما", "تحيط علما", "إذ يضع في اعتباره", "إذ تضع في اعتبارها", "إذ يلاحظ", "إذ تلاحظ"},
		cite.Cites:       {"إذ يرحب", "إذ ترحب", "إذ يشدد", "إذ تشدد", "إذ يدين", "إذ تدين", "إذ يعرب", "إذ تعرب", "إذ يسلم", "إذ تسلم"},
		cite.Reaffirms:   {"إذ يعيد تأكيد", "إذ تعيد تأكيد", "إذ يؤكد من جديد", "إذ تؤكد من جديد", "يعيد تأكيد", "تعيد تأكيد", "يؤكد من جديد", "تؤكد من جديد"},
		cite.Extends:     {"يمدد", "تمدد", "يجدد", "تجدد"},
		cite.Ends:        {"ينهي", "تنهي"},
		cite.Establishes: {"ينشئ", "تنشئ"},
	},
	openVerbs: map[cite.Relation][]string{
		cite.Extends:     {"يمدد", "تمدد", "يجدد", "تجدد", "تمديد"},
		cite.Ends:        {"ينهي", "إنهاء"},
		cite.Establishes: {"ينشئ", "تنشئ", "إنشاء"},
	},
	decideOpen:   []string{"يقرر", "تقرر"},
	heads:        []string{"المجلس", "الجمعية", "المؤتمر", "اللجنة", "الاجتماع", "مجلس الإدارة"},
	sessionWords: []string{"الدورة"},
	sessionFirst: true,
	ordinals:     arabicOrdinal,
	agendaWords:  []string{"البند"},
	originalWord: []string{"الأصل"},
	langNames:    map[string]string{"بالإنكليزية": "en", "بالإنجليزية": "en", "بالفرنسية": "fr", "بالإسبانية": "es", "بالروسية": "ru", "بالعربية": "ar", "بالصينية": "zh"},
	types: map[string]string{
		"مذكرة من الأمانة": "note", "مذكرة من الأمين العام": "note", "تقرير الأمين العام": "report", "تقرير": "report",
		"مشروع قرار": "draft resolution", "مشروع مقرر": "draft decision", "جدول الأعمال المؤقت": "agenda", "رسالة مؤرخة": "letter",
		"بيان من رئيس": "presidential statement",
	},
	distr:   map[string]string{"عام": "general", "محدود": "limited"},
	adopted: []string{"المتخذ", "الذي اتخذ"},
}

// Chinese puts the kind word after the numbers, and 第 before the first:
// 第2118(2013)号决议, 第2121(2013)、2127(2013)号决议. Each character is a word
// (the lexer and registry.FoldWords split them), so phrases are written
// as they are and compared character by character; traditional
// characters fold to simplified ones.
var chinese = &language{
	code:        "zh",
	renameWords: []string{"成为", "改为"},
	kindAfter:   map[string]cite.Kind{"号决议": cite.KindResolution, "号决定": cite.KindDecision, "号主席声明": cite.KindPresidentialStatement},
	numberMarks: []string{"第"},
	itemMarks:   []string{"号"},
	aboutWords:  []string{"关于"},
	inAfter:     []string{"中"},
	ymd:         [3]string{"年", "月", "日"},
	possessives: []string{"其"},
	listWords:   []string{"和", "及", "与"},
	rangeWords:  []string{"至"},
	skip:        []string{"的", "其", "项", "各", "了", "最", "近", "段", "第"},
	inWords:     []string{"在"},
	relatives:   []string{"其中"},
	connectors: map[cite.Relation][]string{
		cite.Reaffirms: {"重申"},
		cite.Recalls:   {"回顾"},
		cite.Pursuant:  {"根据", "依照", "按照", "依据", "遵照", "依"},
	},
	participles: map[cite.Relation][]string{},
	after: map[cite.Relation][]string{
		cite.Establishes: {"所设", "设立", "所设立", "成立", "所成立", "创建", "建立", "中设立", "中决定设立", "中决定成立"},
		cite.Extends:     {"延长", "所延长", "中延长", "中决定延长", "续延", "扩大"},
		cite.Amends:      {"修正", "修订", "修改", "中修正"},
		cite.Ends:        {"终止", "取代", "中终止"},
		cite.Mandates:    {"中请", "中要求", "中的要求", "中鼓励", "中授权", "中吁请", "中敦促", "中促请", "中邀请", "中责成", "中呼吁", "要求", "授权", "鼓励", "敦促", "吁请", "促请", "呼吁", "责成"},
	},
	verbs: map[cite.Relation][]string{
		cite.Mandates:    {"要求", "鼓励", "授权", "吁请", "敦促", "促请", "责成", "呼吁"},
		cite.Establishes: {"设立", "成立"},
		cite.Extends:     {"延长", "扩大"},
		cite.Ends:        {"终止"},
	},
	decideVerbs:  []string{"决定"},
	replaceWords: []string{"取代", "替代", "接替", "终止"},
	createWords:  []string{"设立", "成立", "召开"},
	openings: map[cite.Relation][]string{
		cite.Recalls:     {"回顾", "注意到", "表示注意到", "铭记", "又回顾", "还回顾", "又注意到", "又铭记"},
		cite.Cites:       {"欢迎", "审议了", "强调", "为此强调", "着重指出", "谴责", "认识到"},
		cite.Reaffirms:   {"重申", "又重申", "还重申"},
		cite.Extends:     {"延长"},
		cite.Ends:        {"终止"},
		cite.Establishes: {"设立"},
	},
	openVerbs: map[cite.Relation][]string{
		cite.Extends:     {"延长", "延至", "延续"},
		cite.Ends:        {"终止", "取代"},
		cite.Establishes: {"设立", "成立"},
		cite.Amends:      {"修正", "修改"},
	},
	decideOpen:   []string{"决定"},
	heads:        []string{"理事会", "委员会", "缔约方会议"},
	originalWord: []string{"原件", "原文"},
	sessionWords: []string{"届会议", "届会"},
	langNames:    map[string]string{"英文": "en", "法文": "fr", "西班牙文": "es", "俄文": "ru", "阿拉伯文": "ar", "中文": "zh"},
	types: map[string]string{"秘书处的说明": "note", "秘书长的说明": "note", "秘书长的报告": "report", "报告": "report",
		"决议草案": "draft resolution", "决定草案": "draft decision", "临时议程": "agenda", "主席声明": "presidential statement"},
	distr: map[string]string{},
}
