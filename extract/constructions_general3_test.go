package extract_test

import "testing"

// Constructions of held-out-style articles with unseen names, third set:
// campuses as sites, plans called off, a town's campus that is the
// campus the article named.
func TestConstructionsGeneral3(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "a campus in a town is a site",
		text:     "Kovra Materials recovers lithium and copper at its campus in Dalton, Georgia.",
		entities: []string{"Kovra Materials Plant Dalton/plant"},
		want:     []string{"Kovra Materials operates Kovra Materials Plant Dalton", "Kovra Materials Plant Dalton located_in Dalton", "Kovra Materials Plant Dalton produces lithium"},
	}, {
		name:     "a campus name ending in a common noun is no town",
		text:     "Torvik Energy will run the plant inside Zentra Motors' Arvo City campus in Pelham, Tennessee.",
		notForms: []string{"City", "Arvo Plant City"},
	}, {
		name:     "a shelved or cancelled plant is no site",
		text:     "Kestra Power shelves Dornfeld gigafactory\n\nKestra Power has cancelled the cell plant in Varnholt. Torvo Metals had planned a cell factory in Lusk for 2026, but that project has been shelved.",
		notForms: []string{"Kestra Power Plant Dornfeld", "Kestra Power Plant Varnholt", "Torvo Metals Plant Lusk", "cell factory in Lusk"},
	}, {
		name:     "a plant beside a shelved one stays",
		text:     "Delmar Lithium has shelved the hydroxide plant it had planned near Bexley, and cut its plant in Caldor back to a single train.",
		entities: []string{"plant in Caldor/plant"},
	}, {
		name: "the town's campus is the named campus there",
		text: "Arvo has started production of the T20 at the Arvo Technology Campus in Varnik.\n\nT20 bodies in the paint shop at the Varnik campus. Photo: Arvo / Kerem Tal\n\nThe packs come from Selo, which assembles modules in its own plant.",
		same: []string{"Varnik campus = Arvo Technology Campus"},
	}, {
		name: "a founder works for the company founded",
		text: "Kovra Materials, founded in 2017 by former Zentra Motors executive Jon Bale, recovers lithium in Dalton. Arvo Robotics was founded by Mia Lund in 2010.",
		want: []string{"Jon Bale works_for Kovra Materials", "Jon Bale works_for Zentra Motors", "Mia Lund works_for Arvo Robotics"},
	}, {
		name: "every owner in a list after owned by",
		text: "Arvo Motors is owned by five groups: Kessel Group, Varn Holding and Zorvo Holding. Brava Cells is owned by Kessel Group (51%) and Varn Holding, which build packs.",
		want: []string{"Kessel Group owns Arvo Motors", "Varn Holding owns Arvo Motors", "Zorvo Holding owns Arvo Motors", "Kessel Group owns Brava Cells", "Varn Holding owns Brava Cells"},
	}})
}
