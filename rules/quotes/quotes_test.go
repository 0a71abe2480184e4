package quotes

import (
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// flagged runs rule on an article given as paragraphs and returns the text
// of each finding, "info: " before those graded info.
func flagged(t *testing.T, rule *rules.Rule, paras ...string) []string {
	t.Helper()
	return flaggedIn(t, rule, "case.txt", strings.Join(paras, "\n\n"))
}

func expect(t *testing.T, rule *rules.Rule, want []string, paras ...string) {
	t.Helper()
	got := flagged(t, rule, paras...)
	if !slices.Equal(got, want) {
		t.Errorf("%s on %q:\n got  %q\n want %q", rule.ID, paras, got, want)
	}
}

func TestAttributed(t *testing.T) {
	for _, paras := range [][]string{
		{"“We will win the election,” she said."},
		{"He said: “We will win the election.”"},
		{"“We will win the election,” said Jane Smith, the party leader."},
		{"According to the minister, the plan “will cut waiting lists by half within a year”."},
		{"The ministry said in a statement that the talks “had been constructive and would continue next week”."},
		{"The mayor spoke for an hour.", "“We have built more homes than ever before.", "“And we will build more,” she said."},
		{"The notice on the door read:", "“All flights are cancelled until further notice.”"},
		{"“We are not going anywhere.” He said the club would stay in the town."},
		{"The minister was quoted as saying that the plan was “a disaster from start to finish”."},
		{"Trump tweeted that the report was “a total witch hunt by the media”."},
		{"Jane Smith arrived late.", "She said the plan was “not worth the paper it is written on”."},
		{`"We will win the election," she said.`},
		{"“He told me ‘you will never work in this town again’ and I believed him,” she said."},
		{"The players’ union said it was “deeply disappointed by the decision of the league”."},
		{"The ’90s rock ’n’ roll revival, she said, was “the best thing that ever happened to the town”."},
		{"“The company has no plans to close the factory,” a spokesperson said."},
		{"‘We will not back down,’ the union said."},
		{"“It was a long night,” the coach said. “But we got there in the end.”"},
		{"''The conflicts are cast in stone,'' Mr. Fitton said."},
		{"Asked about the vote, Smith replied, “It is too early to say who will win.”"},
		{"“Nobody expected the river to rise so fast,” Ms Jones, who runs the café, told the BBC."},
	} {
		expect(t, Unattributed, nil, paras...)
	}
}

func TestNotQuotations(t *testing.T) {
	for _, paras := range [][]string{
		{"Washington has described the step as a “transition” in the role."},
		{"General Michael “Erik” Kurilla arrived in Baghdad."},
		{"She starred in “The Art of the Deal” on stage last year."},
		{"‘We will fight on to the very end’ as leader quits", "The leader of the party resigned on Monday."},
		{"The so-called “reform” failed."},
		{"The Smiths’ house, Baghdad’s ire, don’t, ’90s, rock ’n’ roll, Shia’ al-Sudani and the boys' toys."},
	} {
		expect(t, Unattributed, nil, paras...)
	}
}

func TestUnattributed(t *testing.T) {
	cases := []struct {
		want  string
		paras []string
	}{
		{"“review the progress of the reforms and the budget for next year”",
			[]string{"The commission met twice in March to “review the progress of the reforms and the budget for next year” before the break."}},
		{"“Nobody expected the river to rise so fast.”",
			[]string{"The weather was cold on Tuesday.", "“Nobody expected the river to rise so fast.”"}},
		{"“the most ambitious reform in a generation”",
			[]string{"The plan is said to be “the most ambitious reform in a generation”."}},
		{`"unable to pay for heating and food this winter"`,
			[]string{`Prices rose sharply, leaving families "unable to pay for heating and food this winter".`}},
		{"“We have to be ready for anything, and we will be.",
			[]string{"The club has a new stadium.", "“We have to be ready for anything, and we will be.", "“Nobody can stop us now.”"}},
	}
	for _, c := range cases {
		expect(t, Unattributed, []string{c.want}, c.paras...)
	}
}

func TestUnbalanced(t *testing.T) {
	cases := []struct {
		want  []string
		paras []string
	}{
		{[]string{"“"}, []string{"“We will win, she said."}},
		{[]string{"”"}, []string{"We will win,” she said."}},
		{nil, []string{"“First part of it.", "“Second part,” she said."}},
		{[]string{"“"}, []string{"“First part of it.", "She left."}},
		{nil, []string{"The Smiths’ house, Baghdad’s ire, don’t, ’90s, rock ’n’ roll, Shia’ al-Sudani."}},
		{[]string{`"`}, []string{`He said "we will win.`}},
		{nil, []string{`He is 5' 10" tall.`}},
		{nil, []string{`He said: "We won. "We will win again."`}},
		{[]string{"‘"}, []string{"She called it ‘a disaster."}},
		{nil, []string{`"'Oh no, don't do anything,' she told me," he said.`}},
		{nil, []string{"“He said ‘never’ and meant it,” she said."}},
		{nil, []string{"“We will win,” she said.\r\n\r\n“Again,” he said."}},
	}
	for _, c := range cases {
		expect(t, Unbalanced, c.want, c.paras...)
	}
}

func TestScare(t *testing.T) {
	expect(t, Scare, []string{"“reform”"}, "The so-called “reform” failed.")
	expect(t, Scare, nil, "Critics call the plan a “stealth tax”.")
	expect(t, Scare, nil, "Washington has described the step as a “transition” in the role.")
}

func TestRuleIDs(t *testing.T) {
	if Unattributed.ID != "unattributed-quote" || Unattributed.Severity != rules.Warning || !Unattributed.Default {
		t.Error("unattributed-quote: wrong ID, severity or default")
	}
	if Unbalanced.ID != "unbalanced-quote" || Unbalanced.Severity != rules.Error || !Unbalanced.Default {
		t.Error("unbalanced-quote: wrong ID, severity or default")
	}
	if Scare.Default {
		t.Error("scare-quote must be opt-in")
	}
	for _, r := range Rules {
		if r.Summary == "" || r.Doc == "" {
			t.Errorf("%s: no documentation", r.ID)
		}
	}
}

func flaggedIn(t *testing.T, rule *rules.Rule, name, src string) []string {
	t.Helper()
	fs, _ := ruletest.Check(t, rule, name, []byte(src), ruletest.Options{})
	var out []string
	for _, f := range fs {
		text := src[f.Span.Start:f.Span.End]
		if f.Severity == rules.Info && rule.Severity != rules.Info {
			text = "info: " + text
		}
		out = append(out, text)
	}
	return out
}

func TestMarkup(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"a.md", "# Council\n\nThe mayor opened the meeting.\n\n> We will not raise taxes this year, whatever the auditors say.\n\nThe council then voted.\n",
			[]string{"We will not raise taxes this year, whatever the auditors say."}},
		{"b.md", "Jane Smith, the treasurer, told the meeting:\n\n> The budget is balanced for the first time in a decade.\n",
			nil},
		{"c.md", "The farmers met on Monday.\n\n> Nobody expected the river to rise so fast.\n>\n> — Tom Jones, a farmer\n",
			nil},
		{"d.md", "“We will *never* give up on this town,” she said.\n", nil},
		{"e.md", "The team met to “review the *entire* budget for next year” before the break.\n",
			[]string{"“review the *entire* budget for next year”"}},
		{"f.html", "<p>The team met to &ldquo;review the budget for next year and beyond&rdquo; before the break.</p>",
			[]string{"&ldquo;review the budget for next year and beyond&rdquo;"}},
		{"g.html", "<p>&ldquo;We will win the election,&rdquo; she said.</p>", nil},
		{"h.txt", "The weather was cold on Tuesday.\r\n\r\n“Nobody expected the river to rise so fast.”\r\n",
			[]string{"“Nobody expected the river to rise so fast.”"}},
		{"i.txt", "Cafe\u0301 owner Jose\u0301 Garci\u0301a said the plan was “not worth the paper it is written on”.\n", nil},
	}
	for _, c := range cases {
		if got := flaggedIn(t, Unattributed, c.name, c.src); !slices.Equal(got, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

func TestMoreAttribution(t *testing.T) {
	for _, paras := range [][]string{
		{"Clinton: “Our goal is not to contain the group, but to defeat it.”"},
		{"“Maybe we can build a bridge instead of a wall.” ― Steve Smith"},
		{"“We have to be a lot tougher than we are today,” he said.", "“We are playing with a different set of rules.”"},
		{"Many voters saw the party as ''the party of big government,'' Mr. From said."},
		{"“Would it be negotiable?” Hannity pressed."},
	} {
		expect(t, Unattributed, nil, paras...)
	}
	// news style: a paragraph reporting speech or about a person only
	// implies who speaks in the quotation after it (info); a quotation
	// going on from it is the same voice
	for _, paras := range [][]string{
		{"Officials said the bridge would reopen.", "“The repairs are going well and we expect traffic by Friday.”", "“We thank drivers for their patience.”"},
		{"Jane Smith, the head of the union, told reporters she was disappointed.", "“This is not the deal our members were promised.”"},
		{"Police said the man had been arrested.", "“He was known to officers and will appear in court on Monday.”"},
		{"Graham Barlow, editor of a computer magazine, is excited.", "“It is a small machine, but it changes everything.”"},
		{"The work grew out of research by the company's director Dr Alan Price.", "“We are trying to fool your ears into hearing things.”"},
		{"Fiona Deans, the director, said the copies were perfect.", "The films are locked. “People will see a clearer picture with no scratches.”"},
		{"Trump has denied the charge.", "“The whole story was made up by people who lost the election.”"},
		{"In Moscow, the management of the channel said on Monday it would appeal.", "“We will fight this decision in every court we can.”"},
		{"She said the process had been fair.", "“Nobody was treated differently from anyone else.”"},
	} {
		got := flagged(t, Unattributed, paras...)
		if len(got) != 1 || !strings.HasPrefix(got[0], "info: ") {
			t.Errorf("%q: got %q, want one info", paras, got)
		}
	}
}

// TestContext covers attribution found in a quotation's sentence beyond a
// plain cue, and in its frame by speaker continuity.
func TestContext(t *testing.T) {
	for _, paras := range [][]string{
		{"The offer was deemed “not in the best interests of the shareholders” by the board."},
		{"The letter was translated by a local charity as “we will never leave this valley”."},
		{"The song contains the lyrics “we will dance until the sun comes up”."},
		{"His advice to the young players was to “keep your head down and work hard”."},
		{"My advice to parents is “if you cannot beat them, join them”."},
		{"“We will keep the factory open” but the talks go on, said a union official."},
		{"The schools are “short of teachers and money” and “losing pupils every year,” the head of the board, Jane Smith, warned on Monday."},
		{"The report credited the team with “a remarkable turnaround in a single season”."},
		{"“Back in ten minutes, please wait here for me” was written on the door."},
		{"The storm closed the port. “The river rose faster than anyone had expected.” [Reuters]"},
		{"Smith said: “We played well.” After the match the team flew home. “Next week will be harder for all of us.”"},
		{"She ticked the “don't know at all” box on the form."},
		{"The old adage that “you get what you pay for in this world” held true."},
		{"A candidate quit after being quoted as wanting a “period of creative destruction in the schools”."},
		{"“Thank you all for coming tonight,” From said."},
		{"The magazine specified that entries had to be “a device that can be used on its own”."},
		{"The proposals include:", "- Visitors staying a year will have to “show they can pay for their own care”."},
		{"“Do you have it in you? How much do you hate to lose?”", "These are the questions the coach will be asking of his players."},
	} {
		expect(t, Unattributed, nil, paras...)
	}
	for _, c := range []struct {
		want  string
		paras []string
	}{
		{"“The budget will be cut by a third next year.”",
			[]string{"The council met on Monday.", "“The budget will be cut by a third next year.”"}},
		{"“review the budget for the coming year”",
			[]string{"The group met to “review the budget for the coming year”, with officials calling on members to attend."}},
		{"“The budget will be cut by a third next year.”",
			[]string{"Jane Smith wins the vote", "“The budget will be cut by a third next year.”", "The council met on Monday."}},
		{"“a partner in every step of the long process”",
			[]string{"Aid from the United States has been “a partner in every step of the long process”."}},
		{"“The budget will be cut by a third next year.”",
			[]string{"The talks were noted for their length.", "Meanwhile, the council met.", "“The budget will be cut by a third next year.”"}},
	} {
		expect(t, Unattributed, []string{c.want}, c.paras...)
	}
}

// TestNamedSubject: a stand-alone quotation after a sentence whose subject
// is a person named after a role, a title or an appositive is theirs (in
// its paragraph; from the paragraph before, only implied: info); one after
// a sentence that only mentions a name is not.
func TestNamedSubject(t *testing.T) {
	const q = "“Nobody here was consulted, and the damage is already done.”"
	for _, lead := range []string{
		"Retired nurse Ann Porter, 71, is angry.",
		"The club secretary, Raj Mehta, was blunt.",
		"His sister, Kate Moss, has doubts.",
		"The café’s manager, Luis Ortega, remains unconvinced.",
		"The chair of the parish council, Dr Ellen Shaw, sounded weary.",
		"Councillor Ben Adeyemi is not convinced.",
	} {
		expect(t, Unattributed, nil, "The bypass opened on Monday.", lead+" "+q)
		expect(t, Unattributed, []string{"info: " + q}, "The bypass opened on Monday.", lead, q)
	}
	for _, lead := range []string{
		"Officers arrested Ann Porter on Monday.",
		"Retired nurse Ann Porter’s garden is ruined.",
		"The bypass was named after Raj Mehta, 71, last year.",
		"The club secretary, Raj Mehta and two others resigned.",
		"The Regional Transport Authority approved the bypass.",
	} {
		expect(t, Unattributed, []string{q}, "The bypass opened on Monday.", lead+" "+q)
	}
}

// TestNotSaid: cues that are negated, refused or nouns name no speaker.
func TestNotSaid(t *testing.T) {
	const block = "> The ward will close at the end of the month, whatever the staff think.\n\n"
	const want = "The ward will close at the end of the month, whatever the staff think."
	for _, after := range []string{
		"The health board declined to comment.",
		"The health board refused to comment on the leak.",
		"The health board did not respond to requests for comment.",
		"A health board spokesman would not say who wrote it.",
		"The health board could not be reached for comment.",
		"The health board didn’t comment.",
		"Hospital car parking charges rose again in May.",
		"The claims were denied.",
	} {
		src := "The memo was leaked on Tuesday.\n\n" + block + after + "\n"
		if got := flaggedIn(t, Unattributed, "n.md", src); !slices.Equal(got, []string{want}) {
			t.Errorf("%q: got %q, want the block flagged", after, got)
		}
	}
	for _, after := range []string{
		"The health board said it would not comment further.",
		"A spokesman for the board says the memo is genuine.",
		"The board said the memo was a draft.",
	} {
		src := "The memo was leaked on Tuesday.\n\n" + block + after + "\n"
		if got := flaggedIn(t, Unattributed, "s.md", src); got != nil {
			t.Errorf("%q: got %q, want no finding", after, got)
		}
	}
	// in a quotation's own frame too
	expect(t, Unattributed, []string{"“The ward will close at the end of the month.”"},
		"The memo was leaked on Tuesday. The health board declined to comment.", "“The ward will close at the end of the month.”")
	// declined to detail the words it gives: still the board's words
	expect(t, Unattributed, nil,
		"The board declined to detail the memo’s “timetable for closing the ward and moving patients”.")
	// a number or a possessive before it: a noun
	expect(t, Unattributed, []string{"“the ward will close whatever the staff think”"},
		"The leak follows 2019 comments from a former minister’s aides that “the ward will close whatever the staff think”.")
}
