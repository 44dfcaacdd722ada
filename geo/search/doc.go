// Package search finds features and annotations by what people type, in
// Cyrillic or Latin, the way Ulaanbaatar writes its own names: "СБД_06",
// "сбд 06", "sukhbaatar 6" and "сүхбаатар 6-р хороо" all mean the 6th
// khoroo of Сүхбаатар district.
//
// Text is cut into words at spaces, punctuation ("_", "-") and between
// letters and digits; numbers lose their zero padding; district
// abbreviations (СБД, SBD, ХУД, KhUD, ...) and two-word spellings
// ("Khan Uul") become the district's name; an ordinal ending ("-р", "-r",
// "th") is dropped. Every word of a query must appear in the feature's
// name, in one of its properties, in its layer's name or in what the
// layer's role calls its features ("хэсэг" for a kheseg layer), except the
// kind words "хороо", "khoroo", "дүүрэг", "district", which the city's
// files often leave out ("СБД_06"): they need not be found, but rank the
// features that hold them, or whose layer is of that kind, higher.
//
// Matches are ranked: those with every word in one field (the name, or one
// property) first, then more words found in the name, then more whole
// words (a query's 6 finds "6" whole, "60" only in part), then more kind
// words found ("сүхбаатар хороо" puts khoroos before the district), then
// names with fewer words left over ("Сүхбаатар" before "СБД_06" for
// "сүхбаатар"), then in the order the layers were added (the window's
// order, top layer first) and the features within them. Each match says
// what matched. Nothing here is translated: matches carry the data's own
// names and property keys.
//
// The window's search box and `khoroomap find` both use this package.
package search
