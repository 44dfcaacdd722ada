package annot

// PhotoIDs lists the photos the annotations of s show, each once, in the
// order they first appear.
func (s *Set) PhotoIDs() []string {
	seen := map[string]bool{}
	var out []string
	add := func(ids []string) {
		for _, id := range ids {
			if !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	for i := range s.Points {
		add(s.Points[i].Photos)
	}
	for i := range s.Gaps {
		add(s.Gaps[i].Photos)
	}
	return out
}
