package search

import (
	"slices"
	"strings"

	"github.com/khoroomap/khoroomap/geo/place"
)

// district is one of Ulaanbaatar's nine districts as search knows it: its
// Mongolian name, and every folded spelling that means it.
type district struct {
	name    string   // the Mongolian name, as shown
	key     string   // the folded name, which every alias becomes
	aliases []string // folded abbreviations and spellings: СБД, SBD, SB...
}

// districts are geo/place's districts (one table for the city) with the
// spellings place folds for them: the KML's "СБД_06", KH_ENG "SB_06", the
// Latin names. Folding already merges kh/h and u/ü/o, so "KhUD", "HUD"
// and "ХУД" are one alias.
var districts = func() []district {
	spellings := place.DistrictSpellings()
	out := make([]district, len(place.Districts))
	for i, d := range place.Districts {
		out[i] = district{name: d.Name, key: spellings[i][0], aliases: spellings[i][1:]}
	}
	return out
}()

// districtOf maps every folded spelling (names and aliases) to its
// district's index in districts.
var districtOf = func() map[string]int {
	m := map[string]int{}
	for i, d := range districts {
		m[d.key] = i
		for _, a := range d.aliases {
			m[a] = i
		}
	}
	return m
}()

// canonDistricts rewrites, in place, each district alias among words to
// the district's folded name, joining two words that spell one ("han ool"
// for Хан-Уул, "songino hairhan"). Numbers are left alone.
func canonDistricts(words []string) []string {
	out := words[:0]
	for i := 0; i < len(words); i++ {
		w := words[i]
		if i+1 < len(words) && isLetters(w) && isLetters(words[i+1]) {
			if d, ok := districtOf[w+words[i+1]]; ok && len(w+words[i+1]) > 3 {
				out = append(out, districts[d].key)
				i++
				continue
			}
		}
		if d, ok := districtOf[w]; ok {
			w = districts[d].key
		}
		out = append(out, w)
	}
	return out
}

// districtName is the Mongolian name of the district a folded word stands
// for, or "".
func districtName(word string) string {
	if d, ok := districtOf[word]; ok && districts[d].key == word {
		return districts[d].name
	}
	return ""
}

// districtKeys are folded property keys that hold a district's name.
var districtKeys = []string{"dooreg", "district", "doorgiin ner"}

// isDistrictKey reports whether a property key names the district,
// remembering the answer for the keys of a layer.
func (c *cutter) isDistrictKey(key string) bool {
	if is, ok := c.districtKeys[key]; ok {
		return is
	}
	is := slices.Contains(districtKeys, strings.Join(words(key), " "))
	if c.districtKeys != nil {
		c.districtKeys[key] = is
	}
	return is
}
