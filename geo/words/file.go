package words

import (
	"encoding/json"
	"fmt"

	"github.com/khoroomap/khoroomap/assets"
)

// JSON returns the embedded translation file of l as it is stored: one
// object keyed by the English text, in the format Fyne's lang package reads.
func JSON(l Lang) ([]byte, error) {
	data, err := assets.Translations.ReadFile("translations/" + string(l) + ".json")
	if err != nil {
		return nil, fmt.Errorf("words: no translations for %q: %w", l, err)
	}
	return data, nil
}

// Table reads the translations of l into a map from key to text. A value
// may be a string or, for Fyne's own plural strings, an object whose
// "other" (else "one") member is the text.
func Table(l Lang) (map[string]string, error) {
	data, err := JSON(l)
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("words: translations/%s.json: %w", l, err)
	}
	t := make(map[string]string, len(raw))
	for k, v := range raw {
		s, err := text(v)
		if err != nil {
			return nil, fmt.Errorf("words: translations/%s.json: %q: %w", l, k, err)
		}
		t[k] = s
	}
	return t, nil
}

// text reads one value: a string, or {"one": ..., "other": ...}.
func text(v json.RawMessage) (string, error) {
	var s string
	if json.Unmarshal(v, &s) == nil {
		return s, nil
	}
	var forms map[string]string
	if err := json.Unmarshal(v, &forms); err != nil {
		return "", fmt.Errorf("neither a string nor plural forms")
	}
	if s, ok := forms["other"]; ok {
		return s, nil
	}
	if s, ok := forms["one"]; ok {
		return s, nil
	}
	return "", fmt.Errorf("plural forms without \"other\"")
}
