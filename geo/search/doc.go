// Package search finds features and annotations by what people type, in
// Cyrillic or Latin, the way Ulaanbaatar writes its own names: "СБД_06",
// "сбд 06", "sukhbaatar 6" and "сүхбаатар 6-р хороо" all mean the 6th
// khoroo of Сүхбаатар district.
//
// Text is cut into words at spaces, punctuation ("_", "-") and between
// letters and digits; numbers lose their zero padding; district
// abbreviations (СБД, SBD, ХУД, KhUD, ...) and two-word spellings
// ("Khan Uul") become the district's name; an ordinal ending ("-р", "-r",
// "th") is dropped, and "хороо", "khoroo", "дүүрэг", "district" need not be
// matched. Every other word of a query must appear in the feature's name,
// in one of its properties or in its layer's name.
//
// Matches are ranked: more words found in the name first, then more whole
// words (a query's 6 finds "6" whole, "60" only in part), then names with
// fewer words left over ("Сүхбаатар" before "СБД_06" for "сүхбаатар"),
// then in the order the layers were added (the window's order, top layer
// first) and the features within them. Each match says what matched.
//
// The window's search box and `khoroomap find` both use this package.
package search
