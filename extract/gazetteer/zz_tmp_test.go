package gazetteer_test

import (
	"fmt"
	"testing"
)

func TestZZTowns(t *testing.T) {
	g := mustLoad(t)
	for _, n := range []string{"Dingolfing", "Regensburg", "Zwickau", "Debrecen", "Kecskemét", "Arnstadt", "Salzgitter", "Douai", "Douvrin", "Skellefteå", "Spartanburg", "Georgetown", "Camaçari", "Rayong", "Szeged", "Grünheide", "Casa Grande", "Normal", "De Soto",
		"Munich", "Cologne", "Nuremberg", "Prague", "Warsaw", "Hanover", "Hannover", "Frankfurt", "Stuttgart", "Wolfsburg", "Zuffenhausen", "Sindelfingen", "Győr", "Gyor", "Chennai", "Shenzhen", "Ningde", "Austin", "Fremont", "Shanghai", "Berlin", "Washington", "New York", "Paris", "Victoria", "Reading", "Mobile", "Nice", "Bath", "Commerce", "Enterprise", "Central", "Eastern", "Mexico", "Birmingham", "Cambridge", "Detroit", "Chattanooga", "Smyrna", "Marysville", "Lordstown", "Kokomo", "Tesla", "Ford", "General", "Apple", "Intel", "Samsung", "Toyota", "Honda", "Mercedes", "Audi", "Bosch", "Siemens", "Volvo", "Kia", "March", "May", "Will", "Mark", "China", "Jordan", "Chad", "Gigafactory", "Lithium", "Battery"} {
		ps := g.Places(n)
		if len(ps) == 0 {
			fmt.Printf("%-14s -\n", n)
			continue
		}
		p := ps[0]
		fmt.Printf("%-14s %d: %s %s %s/%s pop=%d word=%v %s\n", n, len(ps), p.Kind, p.Name, p.Country, p.Parent, p.Population, p.CommonWord, p.ID)
		if n == "De Soto" || n == "Georgetown" {
			for _, q := range ps[1:] {
				fmt.Printf("    %s %s/%s %d\n", q.Name, q.Country, q.Parent, q.Population)
			}
		}
	}
}
