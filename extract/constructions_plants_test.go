package extract_test

import "testing"

func TestConstructionsPlants(t *testing.T) {
	runConstructions(t, []construction{{
		name:     "possessive over a passing adjective",
		text:     "Arvo Motors built cars in Vejle for decades. The first Zorvan was assembled at Brovik's new Vejle complex, which occupies the site of a Arvo Motors plant.",
		entities: []string{"Vejle complex/plant", "Arvo Motors plant/plant"},
		want:     []string{"Brovik operates Vejle complex", "Arvo Motors operates Arvo Motors plant"},
		notWant:  []string{"Arvo Motors operates Vejle complex"},
	}, {
		name:     "an indefinite plant in a country",
		text:     "Kovra Energy operates the Vejle plant. For Kovra Energy, it is a chance to scale up a cell type inside a US plant.",
		entities: []string{"Vejle plant/plant"},
		notForms: []string{"US plant"},
	}})
}
