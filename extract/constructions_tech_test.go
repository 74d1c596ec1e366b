package extract_test

import "testing"

// TestConstructionsTech checks who develops a technology and which plant
// or company uses it.
func TestConstructionsTech(t *testing.T) {
	runConstructions(t, []construction{{
		name:    "a technology developed by a company",
		text:    "Arvo Motors opened its Vejle plant in 2021. The Vejle plant runs a digital twin and sends Zorbix, a four-legged inspection robot developed by Kalmora Robotics, on rounds every night.",
		want:    []string{"Kalmora Robotics develops Zorbix", "Vejle plant uses Zorbix"},
		notWant: []string{"Kalmora Robotics develops digital twin", "Arvo Motors develops Zorbix"},
	}, {
		name:    "a design with no owner names no developer",
		text:    "Arvo Motors builds the KV3 at its Vejle plant. The batteries combine cylindrical cells, which Arvo buys from Norcell Energy, using a cell-to-pack design.",
		notWant: []string{"Norcell Energy develops cell-to-pack", "Arvo Motors develops cell-to-pack"},
	}, {
		name:    "a plant designed under a concept",
		text:    "Arvo Motors builds the KV3 at its Vejle plant. Arvo Motors says Vejle is the first plant designed under the digital twin concept.",
		want:    []string{"Vejle plant uses digital twin"},
		notWant: []string{"Arvo Motors develops digital twin"},
	}, {
		name:    "companies that develop a platform together, in their clause",
		text:    "Arvo Motors builds the KV3 and the KV5 at its Vejle plant. The KV3 uses the Zorbix platform, which Arvo Motors and Solvik Automobiles developed together, while the KV5 sits on the newer Quendra platform.",
		want:    []string{"Arvo Motors develops Zorbix", "Solvik Automobiles develops Zorbix", "Vejle plant uses Quendra"},
		notWant: []string{"Arvo Motors develops Quendra", "Solvik Automobiles develops Quendra"},
	}, {
		name:    "what sits on a platform is not the company before it",
		text:    "Arvo Motors builds the KV3 and the KV5 at its Vejle plant. The KV3 uses the Zorbix platform, which Arvo Motors and Solvik Automobiles developed together, while the KV5 sits on the newer Quendra platform.",
		want:    []string{"Vejle plant uses Quendra", "Vejle plant uses Zorbix"},
		notWant: []string{"Solvik Automobiles uses Quendra", "Solvik Automobiles uses Zorbix"},
	}, {
		name: "a system a company rolled out",
		text: "Arvo Motors builds the KV3 at its Vejle plant. All production data flows into Zorbix, the digital production system that Arvo Motors developed in-house and has since rolled out across its plants worldwide.",
		want: []string{"Arvo Motors develops Zorbix", "Arvo Motors uses Zorbix"},
	}, {
		name:    "a supplier equips a plant with its own system",
		text:    "Solvik Automobiles builds the KV3 at its Vejle plant. Kalmora Systems will equip Solvik's Vejle plant with its Zorbix Enterprise platform.",
		want:    []string{"Kalmora Systems develops Zorbix Enterprise", "Vejle plant uses Zorbix Enterprise"},
		notWant: []string{"Kalmora Systems uses Zorbix Enterprise", "Solvik Automobiles develops Zorbix Enterprise"},
	}, {
		name: "the two companies develop",
		text: "Arvo Motors and Kalmora Energy run a battery venture in Vejle. Tomas Brenn, who heads batteries at Kalmora Energy, praised Arvo Motors. The two companies are also developing a solid-state battery for prismatic cells.",
		want: []string{"Arvo Motors develops solid-state battery", "Kalmora Energy develops solid-state battery"},
	}, {
		name:    "a subsidiary in apposition develops, not its parent",
		text:    "Kalmora Energy Co., Ltd., a subsidiary of Kalmora Holdings Corporation, develops and manufactures batteries ranging from dry cells to solid-state batteries for automotive uses.",
		want:    []string{"Kalmora Energy develops solid-state battery"},
		notWant: []string{"Kalmora Holdings Corporation develops solid-state battery"},
	}})
}
