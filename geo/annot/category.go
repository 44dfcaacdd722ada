package annot

import (
	"fmt"
	"image/color"
	"strings"
	"time"

	"github.com/khoroomap/khoroomap/geo/words"
)

// Symbol is the shape a category's points are drawn with.
type Symbol string

// The symbol shapes.
const (
	Circle   Symbol = "circle"
	Square   Symbol = "square"
	Triangle Symbol = "triangle"
	Diamond  Symbol = "diamond"
	Hexagon  Symbol = "hexagon"
	Star     Symbol = "star"
	Cross    Symbol = "cross"
)

// Symbols lists every shape, in the order a user picks from.
var Symbols = []Symbol{Circle, Square, Triangle, Diamond, Hexagon, Star, Cross}

// Category is a kind of service point. ID is a stable key
// ("water_kiosk"); the names are what people read, in Mongolian and
// English.
type Category struct {
	ID     string
	NameMN string
	NameEN string
	Symbol Symbol
	Colour color.NRGBA
	// Hidden categories are kept but not drawn.
	Hidden bool
	// Modified is when the category was last changed (for merging).
	Modified time.Time
}

// Name returns the category's name in language code ("mn" or "en"),
// falling back to the other language, then to the ID.
func (c Category) Name(code string) string {
	first, second := c.NameEN, c.NameMN
	if words.Of(code) == words.MN {
		first, second = c.NameMN, c.NameEN
	}
	switch {
	case first != "":
		return first
	case second != "":
		return second
	}
	return c.ID
}

// Validate reports what is wrong with a category, or nil.
func (c Category) Validate() error {
	if strings.TrimSpace(c.ID) == "" {
		return fmt.Errorf("annot: a category needs an ID")
	}
	if strings.TrimSpace(c.NameMN) == "" && strings.TrimSpace(c.NameEN) == "" {
		return fmt.Errorf("annot: category %q needs a name", c.ID)
	}
	for _, s := range Symbols {
		if s == c.Symbol {
			return nil
		}
	}
	return fmt.Errorf("annot: category %q has an unknown symbol %q", c.ID, c.Symbol)
}

// Other is the ID of the catch-all category every project has.
const Other = "other"

// DefaultCategories returns the starting set for Ulaanbaatar: what people
// go to their khoroo and kheseg leaders about. Categories that share a
// shape differ in lightness by at least 20 L* (dark, middle, light), so
// they stay apart printed in greyscale and for colour-blind readers (a
// test simulates both); health services are crosses.
func DefaultCategories() []Category {
	c := func(id, mn, en string, s Symbol, rgb uint32) Category {
		return Category{ID: id, NameMN: mn, NameEN: en, Symbol: s, Colour: color.NRGBA{uint8(rgb >> 16), uint8(rgb >> 8), uint8(rgb), 0xff}}
	}
	return []Category{
		c("bus_stop", "Автобусны буудал", "Bus stop", Square, 0x0d47a1),
		c("water_kiosk", "Ус түгээх байр, худаг", "Water kiosk or well", Circle, 0x0288d1),
		c("kindergarten", "Цэцэрлэг", "Kindergarten", Triangle, 0xffca28),
		c("school", "Сургууль", "School", Triangle, 0x8d3200),
		c("family_health_centre", "Өрхийн эрүүл мэндийн төв", "Family health centre", Cross, 0xe53935),
		c("hospital", "Эмнэлэг", "Hospital", Cross, 0x8b0000),
		c("pharmacy", "Эмийн сан", "Pharmacy", Cross, 0x81c784),
		c("clinic", "Клиник, эмчийн кабинет", "Clinic or doctor", Star, 0xf48fb1),
		c("dentist", "Шүдний эмнэлэг", "Dentist", Diamond, 0x26a69a),
		c("khoroo_office", "Хорооны байр", "Khoroo office", Star, 0x8e24aa),
		c("police_post", "Цагдаагийн хэсэг", "Police post", Hexagon, 0x1a237e),
		c("street_light", "Гудамжны гэрэл", "Street light", Diamond, 0xfdd835),
		c("bathhouse", "Нийтийн халуун ус", "Public bathhouse", Hexagon, 0x00897b),
		c("grocery", "Хүнсний дэлгүүр", "Grocery", Square, 0xaed581),
		c("waste_point", "Хог цуглуулах цэг", "Waste collection point", Diamond, 0x4e342e),
		c("recycling_point", "Дахивар цуглуулах цэг", "Recycling point", Circle, 0x1b4d1e),
		c("fuel_station", "Шатахуун түгээх станц", "Fuel station", Square, 0x78909c),
		c("household_services", "Ахуйн үйлчилгээний төв", "Household services centre", Hexagon, 0xd1a3dc),
		c("playground", "Тоглоомын талбай", "Playground", Triangle, 0xf06292),
		c("coal_seller", "Түлш, нүүрс борлуулах цэг", "Heating/coal seller", Star, 0x212121),
		c(Other, "Бусад", "Other", Circle, 0xc2c2c2),
	}
}
