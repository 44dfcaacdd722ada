package place

// Labels are the names a map prints for the khoroos ks (one layer's, in
// feature order): the khoroos of the district named own (a District's
// Name; "" for none) by their names, the others with their district's
// short name ("СБД 1-р хороо", see Label), so that the "1-р хороо" of
// several districts are told apart. A khoroo of no known district keeps
// its name.
func Labels(ks []Khoroo, own string) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = k.Name
		if k.District.Name != "" && k.District.Name != own {
			out[i] = k.Label()
		}
	}
	return out
}

// SeveralDistricts tells whether ks belong to more than one known
// district; khoroos of no known district are not counted.
func SeveralDistricts(ks []Khoroo) bool {
	first := ""
	for _, k := range ks {
		switch d := k.District.Name; {
		case d == "":
		case first == "":
			first = d
		case d != first:
			return true
		}
	}
	return false
}
