package extract_test

import "testing"

func TestConstructionsCompanies(t *testing.T) {
	runConstructions(t, []construction{{
		name:    "apposition naming the group's carmaker",
		text:    "The Dravik Group expanded its plant in Ostrava. Brenna Vardoni, chief executive of Vardo Motor Company, the group's flagship carmaker, opened the new hall.",
		want:    []string{"Dravik Group owns Vardo Motor Company"},
		notWant: []string{"Vardo Motor Company owns Dravik Group"},
	}, {
		name:    "apposition naming a company's brand",
		text:    "Norvik Cells will supply battery modules to Velmar Automobili, the Ostrana Group's performance brand, from 2027.",
		want:    []string{"Ostrana Group owns Velmar Automobili"},
		notWant: []string{"Velmar Automobili owns Ostrana Group", "Norvik Cells owns Velmar Automobili"},
	}, {
		name:    "brands listed after a comma",
		text:    "Photo: Arvona Group. The Sprint 4 is built at Arvona Group Plant Trenzo. The line builds four models from the group's two brands, Arvona and Velmar Cars, with three drive types.",
		want:    []string{"Arvona Group owns Velmar Cars"},
		notWant: []string{"Velmar Cars owns Arvona Group"},
	}, {
		name:    "shareholder apposition",
		text:    "The plant builds the Tarvo van, which Velmar Cars supplies to Ostrana Logistics, one of its largest shareholders.",
		want:    []string{"Ostrana Logistics invests_in Velmar Cars"},
		notWant: []string{"Velmar Cars invests_in Ostrana Logistics"},
	}, {
		name: "majority shareholder apposition",
		text: "Velmar Cars opened a new paint shop in Trenzo. Norvik Holdings, its majority shareholder, approved the budget.",
		want: []string{"Norvik Holdings owns Velmar Cars"},
	}, {
		name:    "brand controlled by a holding",
		text:    "Velmar Cars, the electric car brand controlled by Norvik Holdings, does not own a factory.",
		want:    []string{"Norvik Holdings owns Velmar Cars"},
		notWant: []string{"Velmar Cars owns Norvik Holdings"},
	}, {
		name: "majority of the company's shares",
		text: "Velmar Cars opened its second plant in 2023. Ostrana Capital, which first invested in Velmar Cars in 2018, holds a majority of the company's shares.",
		want: []string{"Ostrana Capital owns Velmar Cars"},
	}, {
		name:    "majority held without the company it is in",
		text:    "Tarvik Energy is a joint venture of Norvik Cells and Ostrana Motors. Norvik Cells holds the majority, Ostrana Motors the rest.",
		notWant: []string{"Norvik Cells owns Ostrana Motors"},
	}, {
		name:    "equipping a company's plant",
		text:    "Tarvik Systems will equip Norvik Cells' planned gigafactory in Velmo with its control software.",
		want:    []string{"Tarvik Systems supplies Norvik Cells"},
		notWant: []string{"Norvik Cells supplies Tarvik Systems"},
	}, {
		name:    "a plant equipped with robots names no supplier",
		text:    "Norvik Cells said its Velmo plant is equipped with robots from Tarvik Systems.",
		notWant: []string{"Norvik Cells supplies Tarvik Systems"},
	}, {
		name: "joint venture with a company, announced by an executive",
		text: "Mira Olsen, Arvo Motors' chair and chief executive, announced a separate joint venture with Norvik Cells in 2023.",
		want: []string{"Norvik Cells partners_with Arvo Motors"},
	}, {
		name: "a pair that developed something together",
		text: "The Velo Drive platform, which Arvo Motors and Norvik Cells developed together, has been in series production for a year.",
		want: []string{"Arvo Motors partners_with Norvik Cells"},
	}, {
		name:    "plants that together turn out cars",
		text:    "The Arvo Motors plant in Velmo and the Norvik Cars plant in Trenzo together turn out a million cars a year.",
		notWant: []string{"Arvo Motors partners_with Norvik Cars"},
	}, {
		name:    "a co-investor is no investment target",
		text:    "Arvo Motors first announced the Velmo battery project in 2021 with an initial investment of about $1.3 billion, together with trading company Norvik Tsusho.",
		notWant: []string{"Arvo Motors invests_in Norvik Tsusho"},
	}, {
		name:    "a partner named like the company is no subsidiary",
		text:    "Arvo Motors built the Velmo battery plant together with trading company Arvo Tsusho. The plant is Arvo's first outside Japan.",
		want:    []string{"Arvo Motors partners_with Arvo Tsusho"},
		notWant: []string{"Arvo Motors owns Arvo Tsusho"},
	}, {
		name:    "suppliers, starting with one",
		text:    "Arvo Motors builds the Velo 5 in Trenzo. Arvo Motors opened the site in 2023. More than 100 local suppliers have been approved, starting with Tarvik Systems, whose tyre factory is a few kilometres away.",
		want:    []string{"Tarvik Systems supplies Arvo Motors"},
		notWant: []string{"Arvo Motors supplies Tarvik Systems"},
	}, {
		name:    "a list of suppliers of goods",
		text:    "Arvo Motors, Tarvik Systems and Norvik Cells are among the largest suppliers of automotive chips.",
		notWant: []string{"Tarvik Systems supplies Norvik Cells", "Norvik Cells supplies Tarvik Systems", "Arvo Motors supplies Tarvik Systems"},
	}, {
		name:    "cells for a model named after its maker",
		text:    "Velo Motors builds the Velo 5 in Trenzo, Velo's largest car plant. Norvik Cells is building a gigafactory close to the car plant to supply cells for the Velo 5.",
		want:    []string{"Norvik Cells supplies Velo Motors"},
		notWant: []string{"Velo Motors supplies Norvik Cells"},
	}, {
		name:    "models built for the group's brands",
		text:    "Arvo Group builds electric cars at its Trenzo plant. Today six models from three group brands share the Trenzo plant: the V3 and V4 for Arvo, the Q7 for Velmar Cars, and the Nova for Norvik Motors.",
		want:    []string{"Arvo Group owns Velmar Cars", "Arvo Group owns Norvik Motors"},
		notWant: []string{"Arvo Group supplies Velmar Cars", "Arvo Group supplies Norvik Motors"},
	}, {
		name: "developed with another company",
		text: "The Velo and the Nova use the VX-E platform that Arvo Motors developed with Norvik Cars.",
		want: []string{"Arvo Motors partners_with Norvik Cars"},
	}, {
		name:    "the company that another set up",
		text:    "Since 2023 the Trenzo hub has belonged to Velmar Cars, the electric vehicle and software company that Arvo Group set up and has since kept in-house.",
		want:    []string{"Arvo Group owns Velmar Cars"},
		notWant: []string{"Velmar Cars owns Arvo Group"},
	}, {
		name:    "its technology partner is",
		text:    "Arvo Motors has opened a battery recycling plant in Trenzo. The carmaker invested a double-digit million euro sum in the factory. Its technology partner is Norvik Cells, a joint venture of Tarvik Systems and Velmar Cars.",
		want:    []string{"Arvo Motors partners_with Norvik Cells"},
		notWant: []string{"Arvo Motors partners_with Tarvik Systems"},
	}, {
		name:    "investing in an unnamed venture at a company's site",
		text:    "Arvo Motors and Norvik Cells will invest up to €4.1 billion in a 50:50 joint venture that is to build a battery plant at Arvo Motors's Trenzo site.",
		notWant: []string{"Norvik Cells invests_in Arvo Motors"},
	}, {
		name:    "cells destined for another company's cars",
		text:    "Norvik Cells builds battery cells in Trenzo. Norvik Cells plans two more blocks. The cells are destined for electric cars from Arvo Motors and Velmar Cars.",
		want:    []string{"Norvik Cells supplies Arvo Motors", "Norvik Cells supplies Velmar Cars"},
		notWant: []string{"Arvo Motors supplies Velmar Cars"},
	}, {
		name: "cells that go into a company's pickups",
		text: "Tarvik Cells started production at its Velmo plant in Ohio in 2022. The factory makes large pouch cells, and those cells go into Arvo Motors' electric pickups.",
		want: []string{"Tarvik Cells supplies Arvo Motors"},
	}, {
		name: "goods for a plant's vehicles come from a company",
		text: "Arvo Motors builds two electric SUVs at the Arvo Metaplant Trenzo. Battery cells for the Metaplant's vehicles are supposed to come from Norvik Cells, a joint venture of Arvo Motors and Velmar Energy.",
		want: []string{"Norvik Cells supplies Arvo Motors"},
	}, {
		name:    "a venture's customers are no parents",
		text:    "Norvik Energy and the Arvo Group will each hold half of a new venture that is to produce battery cells in Trenzo for the group's Arvo Motors and Velmar Cars factories.",
		want:    []string{"Norvik Energy partners_with Arvo Group", "Arvo Group owns Arvo Motors", "Arvo Group owns Velmar Cars"},
		notWant: []string{"Arvo Motors partners_with Velmar Cars", "Norvik Energy partners_with Velmar Cars", "Arvo Group partners_with Velmar Cars"},
	}, {
		name:    "a venture of two parents, then another clause",
		text:    "Once run by Norvik Motors, the joint venture of Arvo Motors and Velmar Cars, the Trenzo factory in Ohio now assembles Tarvik Systems' Model Q.",
		want:    []string{"Arvo Motors owns Norvik Motors", "Velmar Cars owns Norvik Motors", "Arvo Motors partners_with Velmar Cars"},
		notWant: []string{"Tarvik Systems owns Norvik Motors", "Arvo Motors partners_with Tarvik Systems"},
	}, {
		name:    "purchase of a company",
		text:    "Tarvik Systems closes purchase of Velmar Cars.",
		notWant: []string{"Velmar Cars supplies Tarvik Systems"},
	}, {
		name:    "a contract manufacturing deal",
		text:    "Tarvik Systems has completed its acquisition of the former plant in Trenzo, Ohio, from Velmar Cars and will build the Endurance pickup there under a contract manufacturing deal.",
		want:    []string{"Tarvik Systems supplies Velmar Cars"},
		notWant: []string{"Tarvik Systems partners_with Velmar Cars", "Velmar Cars supplies Tarvik Systems"},
	}, {
		name:    "a supply agreement is no partnership",
		text:    "Those cylindrical cells will come from Norvik Cells, which is building its Trenzo cell factory under a supply agreement with Arvo Motors.",
		want:    []string{"Norvik Cells supplies Arvo Motors"},
		notWant: []string{"Norvik Cells partners_with Arvo Motors"},
	}, {
		name:    "buying a partner out of a venture",
		text:    "Arvo Motors has agreed to buy Norvik Cells out of Tarvik Energy, the battery joint venture the two companies set up in Trenzo.",
		want:    []string{"Arvo Motors owns Tarvik Energy"},
		notWant: []string{"Norvik Cells supplies Arvo Motors", "Arvo Motors supplies Norvik Cells"},
	}, {
		name: "raising a shareholding",
		text: "In February 2022 Arvo Motors raised its shareholding in Norvik Cells from 50 to 75 percent.",
		want: []string{"Arvo Motors invests_in Norvik Cells"},
	}, {
		name:    "partnerships with a list, the partner named before",
		text:    "Tarvik Systems expands its work with leading automakers. Partnerships with Arvo Motors, Velmar Cars and Norvik Motors revolve around digital services.",
		want:    []string{"Tarvik Systems partners_with Arvo Motors", "Tarvik Systems partners_with Velmar Cars", "Tarvik Systems partners_with Norvik Motors"},
		notWant: []string{"Velmar Cars partners_with Norvik Motors"},
	}, {
		name: "a pair investing together in their venture",
		text: "Arvo Materials and Norvik Cells have formally launched their joint venture under the name TARVEX. Arvo Materials and Norvik Cells plan to invest about €3 billion together.",
		want: []string{"Arvo Materials invests_in TARVEX", "Norvik Cells invests_in TARVEX"},
	}, {
		name:    "a division at a company names no subsidiary",
		text:    "Arvo Motors will convert its Trenzo lines. Mira Olsen, who heads the advanced battery division at Norvik Cells, described the upgrade as proof that the partnership remains strong.",
		notWant: []string{"Arvo Motors owns Norvik Cells"},
	}, {
		name:    "selling through a distributor",
		text:    "Arvo Motors signed a deal with developer Tarvik Group for the land, and it has sold its cars in Thailand through the distributor Velmar Automotive since 2022.",
		want:    []string{"Arvo Motors supplies Velmar Automotive"},
		notWant: []string{"Tarvik Group supplies Velmar Automotive"},
	}, {
		name: "planned a factory with another company",
		text: "Arvo Motors had even planned its own cell factory in Trenzo with Norvik Cells, before buying out the Swedish company's share of that project in 2021.",
		want: []string{"Arvo Motors partners_with Norvik Cells"},
	}, {
		name: "a joint venture named after its parents is one company",
		text: "Arvo Motors and Kovra Energy signed a deal in May. In November the two companies launched Arvo and Kovra Technology, " +
			"a 50:50 joint venture that will develop a zonal electrical architecture for both companies' vehicles.",
		entities: []string{"Arvo and Kovra Technology/company"},
		want:     []string{"Arvo and Kovra Technology develops zonal electrical architecture"},
		notForms: []string{"Kovra Technology"},
	}, {
		name: "the two companies that launch a venture are the two named last",
		text: "Arvo Motors' finances have been shored up by Kovra Energy. " +
			"In November the two companies launched Norvik Systems, a 50:50 joint venture that will develop software for their vehicles.",
		want: []string{"Arvo Motors owns Norvik Systems", "Kovra Energy owns Norvik Systems", "Arvo Motors partners_with Kovra Energy"},
	}})
}
