package extract_test

import "testing"

// TestConstructionsProduces10 checks a battery maker's name before bare
// goods nouns, a second plant "in the same town", a village "near" a
// town, a company's named cell that it sends out, and a plant named for
// a "Cell Technologies" company.
func TestConstructionsProduces10(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "a battery maker's name before bare modules says it makes battery modules",
		text:     "Norvik Energy says its new gigafactory in Vejle, Denmark, will open next year. The plant sits beside Norvik Energy's first Vejle battery plant. Next door, Arvo Motors builds the Zorvan 4 at its Vejle car plant. The Vejle car plant assembles battery packs from Norvik Energy modules.",
		entities: []string{"battery module/product"},
		want:     []string{"Norvik Energy produces battery module"},
		notWant:  []string{"Arvo Plant Vejle produces battery module"},
	}, {
		name:    "a capital at the start of a sentence is no maker",
		text:    "Norvik Energy runs a battery plant in Vejle. The cell's chemistry was developed in Aarhus.",
		notWant: []string{"Norvik Energy produces battery cell"},
	}, {
		name:     "a plant in the same town is a second plant there, and the battery plant takes its kind in its name",
		text:     "Arvo Motors has added a second assembly line to its battery plant in Vejle, Denmark. The packs go into the company's electric trucks, which are built at the main Arvo Motors plant in the same town and at Arvo Motors' plant in Tula, Russia.",
		entities: []string{"Arvo Battery Plant Vejle/plant", "Arvo Plant Vejle/plant", "Arvo Plant Tula/plant"},
		want:     []string{"Arvo Plant Vejle produces electric truck", "Arvo Motors operates Arvo Battery Plant Vejle", "Arvo Motors operates Arvo Plant Vejle"},
	}, {
		name:     "a name between in and near a town is a place, though a headline makes it a subject",
		text:     "Brannhof starts making round cells\n\nCylindrical battery cells are now coming off the pilot lines of the Cell Prototype Centre (CPC) in Brannhof near Hamburg. Arvo Motors has invested 170m euros in the centre, where it is learning how to produce the cells for its next battery.",
		entities: []string{"Brannhof/location"},
		want:     []string{"Arvo Motors operates Cell Prototype Centre", "Cell Prototype Centre produces cylindrical battery cell"},
	}, {
		name:     "a company sending its named cell to carmakers makes it",
		text:     "Lighter packs and more range: that is the promise of solid-state batteries, and Kovra Energy is already sending its Zeta Cell to carmakers for testing.",
		entities: []string{"Zeta Cell/product"},
		want:     []string{"Kovra Energy produces Zeta Cell"},
	}, {
		name:     "a company named for its goods and technologies keeps the whole name in its plant's name",
		text:     "Kovra Cell Technologies has started building its cell factory in Hardin County, Kentucky. The plant will produce LFP cells for commercial vehicles from 2027.",
		entities: []string{"Kovra Cell Technologies Plant Hardin County/plant"},
		want:     []string{"Kovra Cell Technologies operates Kovra Cell Technologies Plant Hardin County"},
	}})
}
