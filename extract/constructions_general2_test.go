package extract_test

import "testing"

// More constructions of articles with unseen names: a company named like
// a model, companies named only by the role they play, plants with a
// proper name and a number, lower-case materials and parts.
func TestConstructionsGeneral2(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "a company named like an electric model acts as a company",
		text:     "Zorva Electric has begun production of its Tarn Cell at the Zorva Gigafactory in Velmar. The chemistry was developed at Zorva's Battery Centre. Zorva Electric will open a second line next year.",
		entities: []string{"Zorva Electric/company", "Tarn Cell/product"},
		same:     []string{"Zorva = Zorva Electric"},
		want:     []string{"Zorva Electric operates Zorva Gigafactory"},
	}, {
		name:     "the Group refers back to the group named before",
		text:     "Vellor Group is based in Tarsena. The Group is controlled by Immar Holding. The Group's plants in Italy are in Tarsena and Corvino; outside Europe it runs a scooter plant in Bien Hoa, Vietnam.",
		want:     []string{"Vellor Group operates Vellor Plant Bien Hoa"},
		notForms: []string{"Group", "Group Plant Bien Hoa", "Immar Plant Bien Hoa"},
	}, {
		name:     "a plant with a proper name and a number",
		text:     "Kestra Metals cuts Delta 2 in half. Kestra Metals has scaled back Delta 2, its plant in Dalton, Georgia. Its new process will be used at Delta 2. Its Rook 3 plant in Jackson, Tennessee, shreds spent batteries.",
		entities: []string{"Delta 2/plant", "Rook 3/plant"},
		want:     []string{"Kestra Metals operates Delta 2", "Delta 2 located_in Dalton", "Kestra Metals operates Rook 3", "Rook 3 located_in Jackson"},
		notForms: []string{"Kestra Metals Plant Dalton", "Kestra Metals Plant Jackson"},
	}, {
		name:     "lower-case parts a maker makes",
		text:     "Velmar Systems, the Lyon-based maker of sunroofs and heaters, builds panoramic roofs at its plant in Dijon. Torsk Industries makes wire harnesses and coach bodies.",
		entities: []string{"sunroof/product", "heater/product", "panoramic roof/product", "wire harness/product", "coach body/product"},
		want:     []string{"Torsk Industries produces wire harness", "Torsk Industries produces coach body"},
		notForms: []string{"harnesse"},
	}, {
		name:     "a recycler recovers metals",
		text:     "Kovra Materials opened a recycling plant in Dalton, Georgia. The plant shreds used modules. A chemical process then recovers lithium, nickel and copper.",
		entities: []string{"lithium/product", "copper/product"},
		want:     []string{"Kovra Materials Plant Dalton produces lithium", "Kovra Materials Plant Dalton produces copper"},
	}})
}
