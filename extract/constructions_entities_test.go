package extract_test

import "testing"

func TestConstructionsEntities(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "a generation code before a product phrase",
		text:     "The Vejle plant of Arvo Motors now covers all stages of in-house production of Gen5 high-voltage batteries.",
		entities: []string{"fifth-generation high-voltage battery/product"},
		notForms: []string{"Gen5"},
	}, {
		name:     "components come from a plant",
		text:     "Arvo Motors builds the Zorvan at its Vejle plant. The electric motors for the Zorvan and the Kelto come from Arvo's Klemt plant in Normandy.",
		entities: []string{"electric motors/product", "Klemt plant/plant"},
		want:     []string{"Klemt plant produces electric motors"},
		notWant:  []string{"Klemt plant produces Zorvan"},
	}, {
		name:    "components for a company's model come from a plant",
		text:    "Arvo Motors builds the Zorvan at its Vejle plant. The electric motors for Arvo's Zorvan and the Kelto come from the Klemt plant in Normandy.",
		want:    []string{"Arvo Plant Klemt produces electric motor"},
		notWant: []string{"Arvo Plant Klemt produces Zorvan"},
	}, {
		name:    "the model right before come from is what the parts are for",
		text:    "Arvo Motors builds the Zorvan at its Vejle plant. The electric motors for the Zorvan come from the Klemt plant in Normandy.",
		want:    []string{"Arvo Plant Klemt produces electric motor"},
		notWant: []string{"Arvo Plant Klemt produces Zorvan"},
	}, {
		name:     "two-word product head",
		text:     "The Vejle plant of Arvo Motors makes the drive units and the energy storage systems for the Zorvan.",
		entities: []string{"drive units/product", "electric drive unit/product", "energy storage system/product"},
		want:     []string{"Vejle plant produces electric drive unit", "Vejle plant produces energy storage system"},
	}, {
		name:     "company building a plant in a relative clause",
		text:     "Arvo Motors placed its plants in Vejle and Klemt into one unit. The Vejle plant assembles the Zorvan. That gap is being closed by Kovra Energy, which is building a gigafactory in Vejle, close to the car plant.",
		entities: []string{"gigafactory in Vejle/plant", "Vejle plant/plant"},
		want:     []string{"Kovra Energy operates gigafactory in Vejle", "Arvo Motors operates Vejle plant"},
		notWant:  []string{"Arvo Motors operates gigafactory in Vejle", "Kovra Energy operates Vejle plant"},
	}, {
		name:     "lower-case long form of a plural acronym",
		text:     "Arvo Motors has introduced automated guided vehicles (AGVs) at its Vejle plant to carry battery packs.",
		entities: []string{"automated guided vehicle/technology", "AGVs/technology"},
		want:     []string{"Vejle plant uses automated guided vehicle"},
	}, {
		name:     "a class of goods is no product",
		text:     "The Vejle plant of Arvo Motors makes cathode active materials from raw materials, and it also produces battery materials and drive components.",
		entities: []string{"cathode active material/product"},
		want:     []string{"Vejle plant produces cathode active material"},
		notForms: []string{"raw materials", "battery materials", "drive components"},
	}, {
		name:     "phrase in apposition to a name",
		text:     "The Vejle plant of Arvo Motors uses Zibbo, the six-legged robot developed by Kovra Robotics, to inspect the welding lines.",
		entities: []string{"Zibbo/technology"},
		notForms: []string{"six-legged robot"},
	}, {
		name:     "a product phrase called a design",
		text:     "The Zorvan built in Vejle carries a structural battery pack, a design Arvo Motors developed in-house.",
		entities: []string{"structural battery pack/technology"},
		want:     []string{"Arvo Motors develops structural battery pack"},
	}, {
		name:     "a plant's acronym used alone later",
		text:     "The Arvo Motors Vejle Works (AMVW) is building two electric SUVs. Kovra Energy supplies AMVW with battery cells. Production at AMVW itself was not interrupted.",
		entities: []string{"AMVW/plant"},
		notWant:  []string{"AMVW operates Arvo Motors Vejle Works"},
	}, {
		name:     "a product noun inside a longer compound",
		text:     "The Vejle plant of Arvo Motors makes chips that end up in airbags and engine control units.",
		entities: []string{"chips/product"},
		notForms: []string{"engine"},
	}})
}
