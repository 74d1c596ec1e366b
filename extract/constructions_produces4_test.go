package extract_test

import "testing"

// TestConstructionsProduces4 checks products whose plant the text names
// through an abbreviated place, a pronoun after a customer or the
// company's one plant.
func TestConstructionsProduces4(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "an abbreviated saint in a town's name",
		text:     "In North America, Arvo Motors makes battery enclosures for Zorvan Trucks at its plant in St. Clair, Michigan.",
		entities: []string{"St. Clair/location"},
		want:     []string{"Arvo Plant St. Clair produces battery enclosures", "Arvo Plant St. Clair located_in St. Clair", "St. Clair located_in Michigan"},
	}, {
		name:    "its plant after a customer",
		text:    "Vejle is only one part of Arvo Motors' business. In North America the group makes battery enclosures for Zorvan Trucks at its plant in Kokomo, Indiana.",
		want:    []string{"Arvo Motors operates Arvo Plant Kokomo", "Arvo Plant Kokomo produces battery enclosures"},
		notWant: []string{"Zorvan Trucks operates Zorvan Plant Kokomo"},
	}, {
		name:     "the company's one plant",
		text:     "Kovra Energy's Vejle plant builds cars for five brands. Zorvan Trucks makes axles at its plant in Kokomo, Indiana. The Tolva KX and the Tolva KS, which Kovra Energy built for Tolva Motors from 2018, left the line in 2024.",
		entities: []string{"Tolva KX/product"},
		want:     []string{"Kovra Energy Plant Vejle produces Tolva KX"},
	}, {
		name:    "versions of the model named before",
		text:    "For now, the Zorvan KX for European buyers comes from Arvo Motors' plant in Vejle, Denmark. Right-hand-drive versions for Thailand are assembled by Kovra Motors, Arvo's joint venture with Tolva Group, at its plant in Chonburi, Thailand.",
		want:    []string{"Arvo Plant Vejle produces Zorvan KX", "Kovra Plant Chonburi produces Zorvan KX"},
		notWant: []string{"Arvo Plant Vejle produces Thailand"},
	}})
}
