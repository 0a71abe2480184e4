package names

import "testing"

func TestVariantPairs(t *testing.T) {
	sim := DefaultOptions().similarity()
	mustFind := [][]string{
		{"Soleimani", "Suleimani", "Soleymani"},
		{"Qadhafi", "Gaddafi", "Qaddafi", "Gadhafi"},
		{"Zelensky", "Zelenskyy", "Zelenskiy"},
		{"Mohammed", "Muhammad"},
		{"Sudani", "Sudani"},
		{"José", "Jose"},
		{"McDonald", "MacDonald"},
		{"O'Brien", "O’Brien"},
		{"Vakhitov", "Vahitov"}, {"Lakhvi", "Lakvi"},
		{"Zimovsky", "Zimousky"}, {"Kostrubitsky", "Kostrubitskij"}, {"Khalife", "Khalifeh"},
	}
	for _, group := range mustFind {
		for _, a := range group {
			for _, b := range group {
				if ka, kb := keyOf(a), keyOf(b); !sim.variant(&ka, &kb) {
					t.Errorf("%s and %s should be variants (%+v, %+v)", a, b, keyOf(a), keyOf(b))
				}
			}
		}
	}
	mustNot := [][2]string{
		{"Clinton", "Clifton"}, {"Johnson", "Johnston"}, {"Hassan", "Hussein"},
		{"Un", "Il"}, {"Iraq", "Iran"}, {"Brown", "Green"},
		{"Germany", "German"}, {"Wells", "Welsh"}, {"Venice", "Fenice"}, {"Masi", "Maso"},
		{"Clark", "Clarke"}, {"Israel", "Israeli"},
	}
	for _, p := range mustNot {
		if ka, kb := keyOf(p[0]), keyOf(p[1]); sim.variant(&ka, &kb) {
			t.Errorf("%s and %s should not be variants (%+v, %+v)", p[0], p[1], keyOf(p[0]), keyOf(p[1]))
		}
	}
}

func TestSlip(t *testing.T) {
	for _, p := range [][2]string{
		{"Keir", "Kier"}, {"Liam", "Laim"}, {"Rishi", "Rihsi"}, {"Haigh", "Haig"}, {"Reeves", "Reevs"},
		{"Badenoch", "Badenock"}, {"Streeting", "Streeling"}, {"Ian", "Iain"}, {"Philip", "Phillip"},
	} {
		if !slip(keyOf(p[0]).plain, keyOf(p[1]).plain) || !slip(keyOf(p[1]).plain, keyOf(p[0]).plain) {
			t.Errorf("%s and %s should be one slip apart", p[0], p[1])
		}
	}
	for _, p := range [][2]string{
		{"Johnson", "Johnston"}, {"Clinton", "Clifton"}, {"Brown", "Browne"}, {"Clark", "Clarke"},
		{"Hassan", "Hussein"}, {"Un", "Il"}, {"Wells", "Wales"}, {"Paul", "Paula"}, {"Mark", "Mary"},
		{"Tim", "Tom"}, {"Jane", "June"}, {"Dean", "Sean"}, {"Haig", "Haig"}, {"Muammar", "Saif"},
	} {
		if slip(keyOf(p[0]).plain, keyOf(p[1]).plain) || slip(keyOf(p[1]).plain, keyOf(p[0]).plain) {
			t.Errorf("%s and %s should not be one slip apart", p[0], p[1])
		}
	}
}
