package exchange

// osmCategories maps OpenStreetMap tags (key=value) to category IDs.
var osmCategories = map[string]string{
	"highway=bus_stop": "bus_stop", "public_transport=platform": "bus_stop", "public_transport=stop_position": "bus_stop",
	"amenity=drinking_water": "water_kiosk", "amenity=water_point": "water_kiosk", "man_made=water_well": "water_kiosk",
	"man_made=water_tap":   "water_kiosk",
	"amenity=kindergarten": "kindergarten", "amenity=childcare": "kindergarten",
	"amenity=school":    "school",
	"healthcare=centre": "family_health_centre",
	"amenity=hospital":  "hospital", "healthcare=hospital": "hospital",
	"amenity=clinic": "clinic", "amenity=doctors": "clinic", "healthcare=clinic": "clinic", "healthcare=doctor": "clinic",
	"amenity=dentist": "dentist", "healthcare=dentist": "dentist",
	"amenity=pharmacy": "pharmacy", "healthcare=pharmacy": "pharmacy", "shop=chemist": "pharmacy",
	"amenity=townhall": "khoroo_office", "office=government": "khoroo_office",
	"amenity=police":      "police_post",
	"highway=street_lamp": "street_light",
	"amenity=public_bath": "bathhouse", "leisure=sauna": "bathhouse",
	"shop=convenience": "grocery", "shop=supermarket": "grocery", "shop=grocery": "grocery", "shop=general": "grocery",
	"amenity=waste_disposal": "waste_point", "amenity=waste_basket": "waste_point",
	"amenity=recycling": "recycling_point",
	"amenity=fuel":      "fuel_station",
	"shop=laundry":      "household_services", "shop=hairdresser": "household_services", "shop=dry_cleaning": "household_services",
	"leisure=playground": "playground",
	"shop=coal":          "coal_seller", "shop=fuel": "coal_seller",
}

// osmKeys are the tag keys looked at, in order.
var osmKeys = []string{"highway", "public_transport", "amenity", "healthcare", "man_made", "office", "leisure", "shop"}
