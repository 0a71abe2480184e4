package names

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// flagged runs the rule on src and returns the flagged texts, each with
// its fix, as "text→fix".
func flagged(t *testing.T, name, src string, o ruletest.Options) []string {
	t.Helper()
	fs, _ := ruletest.Check(t, Rule, name, []byte(src), o)
	var out []string
	for _, f := range fs {
		s := src[f.Span.Start:f.Span.End]
		if len(f.Fixes) > 0 {
			s += "→" + f.Fixes[0].Edits[0].New
		}
		out = append(out, s)
	}
	return out
}

func TestPeople(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"surname variant", "General Qasem Soleimani was killed in a strike.\n\nIran said Suleimani had been a hero.",
			[]string{"Suleimani→Soleimani"}},
		{"two variants", "Muammar Gaddafi spoke for an hour.\n\nLater Qadhafi left. Mr Qaddafi was tired.",
			[]string{"Qadhafi→Gaddafi", "Qaddafi→Gaddafi"}},
		{"father and son", "Muammar Gaddafi met his son, Saif al-Islam Gaddafi, on Monday.\n\nGaddafi said little.", nil},
		{"shared surname misspelt", "Muammar Gaddafi met Saif al-Islam Gaddafi.\n\nLater Qadhafi spoke.",
			[]string{"Qadhafi→Gaddafi"}},
		{"Kim Jong Un and Kim Jong Il", "Kim Jong Un succeeded Kim Jong Il in 2011.", nil},
		{"Brown and Browne", "Gordon Brown met Jane Browne. Mr Browne said yes; Mr Brown said no.", nil},
		{"given name variant", "Mohammed Morsi was elected. Two years later Muhammad Morsi was removed.",
			[]string{"Muhammad→Mohammed"}},
		{"Clinton and Clifton", "Bill Clinton met Clifton at the airport. Clinton smiled.", nil},
		{"Johnson and Johnston", "Boris Johnson thanked Johnston. Johnson left.", nil},
		{"Hassan and Hussein", "Hassan Nasrallah spoke after Saddam Hussein. Hassan left and Hussein stayed.", nil},
		{"Zelensky", "Volodymyr Zelensky spoke. Zelenskyy then left, and Zelenskiy returned.",
			[]string{"Zelenskyy→Zelensky", "Zelenskiy→Zelensky"}},
		{"possessive and title", "Prime Minister Ehud Olmert said so. Mr Olmart’s office denied it.",
			[]string{"Olmart→Olmert"}},
		{"sentence start", "Ali Khamenei spoke. Khamenie said the talks were over.", []string{"Khamenie→Khamenei"}},
		{"al- dropped", "Prime Minister Mohammed Shia al-Sudani visited. Then, Sudani said yes.", []string{"Sudani→al-Sudani"}},
		{"al- dropped sentence start", "Basem al-Awadi spoke.\n\nAwadi said no.", []string{"Awadi→Al-Awadi"}},
		{"el- versus al-", "Abdel Fattah el-Sisi spoke. Later al-Sisi left.", []string{"al-Sisi→el-Sisi"}},
		{"diacritics", "José Mourinho arrived. Jose Mourinho left.", []string{"Jose→José"}},
		{"nickname", "General Michael “Erik” Kurilla spoke. Kurila left.", []string{"Kurila→Kurilla"}},
		{"headline case", "Gaddafi Speaks To Crowd In Tripoli\n\nMuammar Gaddafi spoke to a crowd.", nil},
		{"initials", "George W. Bush spoke. G. Bush left. Bush returned.", nil},
		{"glued article", "Marwan al-Rawi spoke. Later, Alrawi left.", []string{"Alrawi→al-Rawi"}},
		{"institution", "Thomas Perez spoke to the Press Association. Press reports differ.", nil},
		{"straight and curly apostrophes", "James O’Neill spoke. O'Neill left.", nil},
		// A first name one slip from another beside the same surname.
		{"first name letters swapped", "Sir Keir Starmer opened the summit. By evening Kier Starmer was on a plane.",
			[]string{"Kier→Keir"}},
		{"first name after Sir", "Sir Keir Starmer chaired cabinet. Afterwards Sir Kier spoke to reporters.",
			[]string{"Kier→Keir"}},
		{"both slips", "Sir Keir Starmer landed in Rome. Kier Starmer met the mayor.\n\nSir Kier then left.",
			[]string{"Kier→Keir", "Kier→Keir"}},
		{"Dame", "Dame Judi Dench took a bow. Later Dame Juid thanked the cast.", []string{"Juid→Judi"}},
		{"first names swapped, two people", "Liam Byrne questioned Rishi Sunak. Laim Byrne pressed on and Rihsi Sunak replied.",
			[]string{"Laim→Liam", "Rihsi→Rishi"}},
		{"first name vowel dropped", "Jeremy Hunt spoke first; Jermey Hunt later corrected himself.", []string{"Jermey→Jeremy"}},
		{"first name vowel changed", "Rachel Reeves set out the plan. Rachael Reeves said it was fair.", []string{"Rachael→Rachel"}},
		{"first name vowel added", "Iain Duncan Smith gave evidence. Ian Duncan Smith said he stood by it.", []string{"Ian→Iain"}},
		{"sisters", "Jane Smith and her sister June Smith ran the shop.", nil},
		{"Paul and Paula", "Paul Jones and Paula Jones were married in 1990.", nil},
		{"Sir with an unknown name", "Sir Keir Starmer spoke. Sir Ed Davey replied.", nil},
		// A surname-only mention one slip from a person's surname.
		{"surname h dropped", "Transport Secretary Louise Haigh set out the timetable. Ms Haig said trains would improve.",
			[]string{"Haig→Haigh"}},
		{"surname vowel dropped", "Chancellor Rachel Reeves will speak on Wednesday. Ms Reevs is expected to cut spending.",
			[]string{"Reevs→Reeves"}},
		{"surname ending changed", "Kemi Badenoch leads the opposition. Mrs Badenock called the plan reckless.",
			[]string{"Badenock→Badenoch"}},
		{"surname letter changed", "Wes Streeting visited a hospital. Mr Streeling praised the nurses.",
			[]string{"Streeling→Streeting"}},
		{"surname already caught", "Angela Rayner, Liz Truss and David Lammy met. Later Raynor, Trus and Lamy left.",
			[]string{"Raynor→Rayner", "Trus→Truss", "Lamy→Lammy"}},
		{"slip spelled by another full name", "Louise Haigh met Alexander Haig. Haig spoke first.", nil},
		{"Brown and Browne with first names", "Gordon Brown met Jane Browne. Browne left; Brown stayed.", nil},
		{"Kim Jong Un, Kim Jong Il again", "Kim Jong Un visited the tomb of Kim Jong Il. Un bowed.", nil},
		{"particles", "Ursula von der Leyen spoke. Von der Leyen left. Osama bin Laden hid. Bin Laden died.", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := flagged(t, "a.txt", c.src, ruletest.Options{})
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestAlPrefixStyles(t *testing.T) {
	src := "Basem al-Awadi spoke. Then, Awadi said nothing. Later al-Awadi said yes."
	for style, want := range map[string]string{
		AlKeep:   "Awadi→al-Awadi",
		AlDrop:   "al-Awadi→Awadi",
		AlEither: "",
	} {
		o := DefaultOptions()
		o.AlPrefix = style
		got := strings.Join(flagged(t, "a.txt", src, ruletest.Options{Options: o}), "; ")
		if got != want {
			t.Errorf("al_prefix %s: got %q, want %q", style, got, want)
		}
	}
}

func TestNewsroomList(t *testing.T) {
	sh := &rules.Shared{Names: []rules.NameEntry{{Preferred: "Muammar Gaddafi", Variants: []string{"Muammar Qadhafi"}}}}
	src := "Muammar Qadhafi spoke.\n\nQadhafi then left."
	fs, _ := ruletest.Check(t, Rule, "a.txt", []byte(src), ruletest.Options{Shared: sh})
	if len(fs) != 2 {
		t.Fatalf("want both mentions flagged, got:\n%s", ruletest.Format(fs))
	}
	for _, f := range fs {
		if !f.Fixes[0].Safe || f.Fixes[0].Edits[0].New != "Gaddafi" || !strings.Contains(f.Message, "names list") {
			t.Errorf("want a safe fix to Gaddafi from the list, got:\n%s", ruletest.Format(fs))
		}
	}
}

// The names list is indexed once a run: a second article, with the same
// list and similarity, is given the same index, and the list still applies
// to it; another similarity gets an index of its own.
func TestNewsroomListIndexedOnce(t *testing.T) {
	sh := &rules.Shared{Names: []rules.NameEntry{{Preferred: "Muammar Gaddafi", Variants: []string{"Muammar Qadhafi"}}}}
	sim := DefaultOptions().similarity()
	first := sharedListIndex(sh, sim)
	if sharedListIndex(sh, sim) != first {
		t.Error("the list was indexed again for a second article")
	}
	other := sim
	other.maxDist /= 2
	if sharedListIndex(sh, other) == first {
		t.Error("another similarity got the first one's index")
	}
	for range 2 { // two articles of the run
		fs, _ := ruletest.Check(t, Rule, "a.txt", []byte("Muammar Qadhafi spoke."), ruletest.Options{Shared: sh})
		if len(fs) != 1 || fs[0].Fixes[0].Edits[0].New != "Gaddafi" {
			t.Fatalf("want the list's spelling, got:\n%s", ruletest.Format(fs))
		}
	}
}

// A fix is safe only where the name stands in the source as it reads:
// not across an HTML entity.
func TestMarkupFixIsNotSafe(t *testing.T) {
	sh := &rules.Shared{Names: []rules.NameEntry{{Preferred: "Muammar Gaddafi"}}}
	src := "<p>Muammar Gaddafi spoke.</p>\n<p>Later Qadh&#97;fi left, and Qadhafi returned.</p>\n"
	fs, _ := ruletest.Check(t, Rule, "a.html", []byte(src), ruletest.Options{Shared: sh})
	if len(fs) != 2 {
		t.Fatalf("want two findings, got:\n%s", ruletest.Format(fs))
	}
	if fs[0].Fixes[0].Safe || !fs[1].Fixes[0].Safe {
		t.Errorf("want the entity-spelled mention unsafe and the plain one safe, got:\n%s", ruletest.Format(fs))
	}
}

func TestCRLF(t *testing.T) {
	src := "Qasem Soleimani spoke.\r\n\r\nSuleimani left.\r\n"
	got := flagged(t, "a.txt", src, ruletest.Options{})
	if strings.Join(got, ";") != "Suleimani→Soleimani" {
		t.Errorf("got %q", got)
	}
}
