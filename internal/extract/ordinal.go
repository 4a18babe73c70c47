package extract

import "strings"

// Session ordinals, as words: each function reads a whole run of folded
// words ("seventy", "third") and returns the value and how many words it
// used, or 0.

var enUnits = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
	"eightieth": 80, "ninetieth": 90, "hundredth": 100}

var enTens = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90}

func englishOrdinal(ws []string) (int, int) {
	switch len(ws) {
	case 1:
		return enUnits[ws[0]], 1
	case 2:
		if t, u := enTens[ws[0]], enUnits[ws[1]]; t > 0 && u > 0 && u < 10 {
			return t + u, 2
		}
	case 3: // one hundred and first: rare enough to leave
	}
	return 0, 0
}

var frCardinal = map[string]int{"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
	"sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
	"quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
	"soixante": 60, "cent": 100}

// frStems are the stems of "-ième" ordinals that differ from their cardinal.
var frStems = map[string]string{"cinqu": "cinq", "neuv": "neuf", "un": "un", "onz": "onze", "douz": "douze",
	"treiz": "treize", "quatorz": "quatorze", "quinz": "quinze", "seiz": "seize", "trent": "trente",
	"quarant": "quarante", "cinquant": "cinquante", "soixant": "soixante", "quatr": "quatre"}

func frenchOrdinal(ws []string) (int, int) {
	last := ws[len(ws)-1]
	var lastVal int
	switch {
	case last == "premier" || last == "premiere":
		if len(ws) > 1 {
			return 0, 0
		}
		return 1, 1
	case last == "second" || last == "seconde":
		return 2, 1
	case strings.HasSuffix(last, "ieme"):
		stem := strings.TrimSuffix(last, "ieme")
		if c, ok := frStems[stem]; ok {
			stem = c
		}
		lastVal = frCardinal[stem]
	}
	if lastVal == 0 {
		return 0, 0
	}
	total, prev := 0, 0
	for _, w := range ws[:len(ws)-1] {
		if w == "et" {
			continue
		}
		v, ok := frCardinal[w]
		if !ok {
			return 0, 0
		}
		if (v == 20 && prev == 4) || (v == 100 && prev > 0 && prev < 10) {
			total += prev*v - prev
		} else {
			total += v
		}
		prev = v
	}
	if lastVal == 20 && prev == 4 { // quatre-vingtième
		return total + 4*20 - 4, len(ws)
	}
	return total + lastVal, len(ws)
}

var esOrdinal = map[string]int{"primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2,
	"tercer": 3, "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
	"sexto": 6, "sexta": 6, "septimo": 7, "septima": 7, "octavo": 8, "octava": 8, "noveno": 9, "novena": 9,
	"decimo": 10, "decima": 10, "undecimo": 11, "duodecimo": 12, "vigesimo": 20, "vigesima": 20,
	"trigesimo": 30, "trigesima": 30, "cuadragesimo": 40, "cuadragesima": 40, "quincuagesimo": 50,
	"quincuagesima": 50, "sexagesimo": 60, "sexagesima": 60, "septuagesimo": 70, "septuagesima": 70,
	"octogesimo": 80, "octogesima": 80, "nonagesimo": 90, "nonagesima": 90, "centesimo": 100}

func spanishOrdinal(ws []string) (int, int) {
	total := 0
	for _, w := range ws {
		v, ok := esOrdinal[w]
		if !ok {
			// decimotercero, decimoquinto …
			if strings.HasPrefix(w, "decimo") {
				if u, ok := esOrdinal[strings.TrimPrefix(w, "decimo")]; ok && u < 10 {
					v, ok = 10+u, true
				}
			}
			if !ok {
				return 0, 0
			}
		}
		total += v
	}
	return total, len(ws)
}

// Russian ordinals are compared as stems (registry.FoldWord): "девятая",
// "девятой" → "девят".
var ruOrdinalWords = map[string]int{"первая": 1, "вторая": 2, "третья": 3, "четвертая": 4, "пятая": 5,
	"шестая": 6, "седьмая": 7, "восьмая": 8, "девятая": 9, "десятая": 10, "одиннадцатая": 11,
	"двенадцатая": 12, "тринадцатая": 13, "четырнадцатая": 14, "пятнадцатая": 15, "шестнадцатая": 16,
	"семнадцатая": 17, "восемнадцатая": 18, "девятнадцатая": 19, "двадцатая": 20, "тридцатая": 30,
	"сороковая": 40, "пятидесятая": 50, "шестидесятая": 60, "семидесятая": 70, "восьмидесятая": 80,
	"девяностая": 90, "сотая": 100}

var ruTensWords = map[string]int{"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
	"шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}

var ruOrdinalStems, ruTensStems = foldKeys(ruOrdinalWords), foldKeys(ruTensWords)

func foldKeys(m map[string]int) map[string]int {
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[foldOne(k)] = v
	}
	return out
}

func russianOrdinal(ws []string) (int, int) {
	switch len(ws) {
	case 1:
		return ruOrdinalStems[ws[0]], 1
	case 2:
		if t, u := ruTensStems[ws[0]], ruOrdinalStems[ws[1]]; t > 0 && u > 0 && u < 10 {
			return t + u, 2
		}
	}
	return 0, 0
}

// Arabic ordinals follow the session word ("الدورة التاسعة", "الدورة
// الثالثة والسبعون"); they are compared folded (article removed).
var arOrdinalWords = map[string]int{"الأولى": 1, "الحادية": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4,
	"الخامسة": 5, "السادسة": 6, "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10,
	"العشرون": 20, "العشرين": 20, "الثلاثون": 30, "الثلاثين": 30, "الأربعون": 40, "الأربعين": 40,
	"الخمسون": 50, "الخمسين": 50, "الستون": 60, "الستين": 60, "السبعون": 70, "السبعين": 70,
	"الثمانون": 80, "الثمانين": 80, "التسعون": 90, "التسعين": 90}

var arOrdinalStems = foldKeys(arOrdinalWords)

// arabicOrdinal reads the words after the session word: a unit, then
// optionally "عشرة" (teens) or "و" + tens.
func arabicOrdinal(ws []string) (int, int) {
	if len(ws) == 0 {
		return 0, 0
	}
	u := arOrdinalStems[ws[0]]
	if u == 0 {
		return 0, 0
	}
	if len(ws) > 1 && (ws[1] == foldOne("عشرة") || ws[1] == foldOne("عشر")) && u < 10 {
		return 10 + u, 2
	}
	if len(ws) > 1 {
		// "والسبعون" folds to "سبعون"; the tens word without its article.
		if t := arOrdinalStems[ws[1]]; t >= 20 && u < 10 {
			return t + u, 2
		}
	}
	return u, 1
}

// chineseNumber reads a Chinese numeral of characters (九, 七十三, 一百零一)
// and returns its value and how many characters it used.
func chineseNumber(ws []string) (int, int) {
	digits := map[string]int{"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
	total, cur, n := 0, 0, 0
	for _, w := range ws {
		if d, ok := digits[w]; ok {
			cur = d
		} else if w == "十" {
			if cur == 0 {
				cur = 1
			}
			total += cur * 10
			cur = 0
		} else if w == "百" {
			total += cur * 100
			cur = 0
		} else {
			break
		}
		n++
	}
	return total + cur, n
}
