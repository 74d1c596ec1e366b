package extract_test

import "testing"

// Constructions of held-out-style articles with unseen names, fifth set:
// company cues the shape of a name misses.
func TestConstructionsGeneral5(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "a place's possessive before a name ending in Technology: a company",
		text:     "The other big name is Orvik Robotics, owned since 2011 by Hong Kong's Lumo Technology.",
		entities: []string{"Lumo Technology/company"},
		want:     []string{"Lumo Technology owns Orvik Robotics"},
	}, {
		name:     "an unknown name opening a sentence before what a company does",
		text:     "Kestra remains the largest maker of welding robots in Europe. Aptor is investing $20 million in a new line.",
		entities: []string{"Kestra/company", "Aptor/company"},
	}, {
		name:     "the parties of a joint venture are companies",
		text:     "Cells come from Orvex Battery Pune, a joint venture of Sarda, Tomika and Delvo. Zelco, a joint venture of China's Polva Advanced Material and Al Zara, the investment holding of a royal family, is building a plant.",
		entities: []string{"Tomika/company", "Delvo/company", "Al Zara/company"},
		want:     []string{"Tomika partners_with Delvo", "Al Zara owns Zelco"},
	}, {
		name:     "merged with a name: a company",
		text:     "Varcadi Lithium was formed last year when Livora merged with Allmek.",
		entities: []string{"Allmek/company"},
	}, {
		name:    "a calling-off word takes back its own clause: the clause after stands",
		text:    "Varnel Energy has shelved the cell plant it had planned near Dorrow, and cut its plant in Kemby back to a single line. Lindor Motors halted production of the Zeta in 2024, and its plant in Harlow now builds the Zeta Pro.",
		want:    []string{"Varnel Energy operates Varnel Energy Plant Kemby", "Lindor Plant Harlow produces Zeta Pro"},
		notWant: []string{"Lindor Plant Harlow produces Zeta"},
	}, {
		name: "a calling-off word leaves the apposition of the subject",
		text: "Tesmo, the fuel-cell joint venture of Arvo Trucks and Kessel Group, has shelved its plans for production in Dorrow.",
		want: []string{"Arvo Trucks owns Tesmo", "Kessel Group owns Tesmo"},
	}, {
		name:     "legal forms of several words stay in the name",
		text:     "Varno & C. S.p.A. (Varno Group) today announced an investment. Kessler Antriebe GmbH & Co. KG supplies motors to Varno. Lumo Vehicles Private Limited opened a plant in Pune. Tavi Motors Pvt. Ltd. makes scooters.",
		entities: []string{"Varno & C. S.p.A/company", "Lumo Vehicles Private Limited/company", "Tavi Motors Pvt. Ltd/company"},
		want:     []string{"Kessler Antriebe supplies Varno Group", "Lumo Vehicles Private Limited operates Lumo Vehicles Plant Pune"},
		notForms: []string{"Varno & C", "Lumo Vehicles Private"},
	}})
}
