package names

// placeWords are countries, regions, nations and nationalities that look
// like surnames (Wales beside Wells, Briton beside Britain, Belgium beside
// van Balkom): they never outvote a person's full mention, and a
// surname-only mention spelled so is no variant of a person's surname.
//
// Countries: the one-word country names, and single words of the longer
// ones, of the ISO 3166 list as the tz database writes it (iso3166.tab,
// public domain), leaving out words that are also common given names or
// surnames (Jordan, Chad, Georgia, Martin, Cook, Marshall, Vincent…),
// since a person so named would lose their variants.
var placeWords = set(`afghanistan africa albania algeria andorra angola anguilla antarctica
	antigua arabia argentina armenia aruba australia austria azerbaijan bahamas bahrain
	bangladesh barbados belarus belgium belize benin bermuda bhutan bolivia bosnia botswana
	brazil britain brunei bulgaria burkina burundi caledonia cambodia cameroon canada caribbean
	cayman chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti
	dominica ecuador egypt emirates eritrea estonia eswatini ethiopia falkland faroe fiji finland
	france gabon gambia germany ghana gibraltar greece greenland grenada guadeloupe guatemala
	guiana guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
	jamaica japan kazakhstan kenya kiribati korea kuwait kyrgyzstan laos latvia lebanon lesotho
	liberia libya liechtenstein lithuania luxembourg macau macedonia madagascar malawi malaysia
	maldives malta martinique mauritania mauritius mexico micronesia moldova monaco mongolia
	montenegro montserrat morocco mozambique myanmar namibia nauru nepal netherlands nicaragua
	nigeria norway oman pakistan palau palestine panama papua paraguay peru philippines poland
	polynesia portugal qatar romania russia rwanda sahara samoa senegal serbia seychelles
	singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
	tajikistan tanzania thailand timor togo tonga tunisia turkey turkmenistan tuvalu uganda
	ukraine uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
	england wales scotland ulster holland america europe asia burma tibet kosovo chechnya
	kurdistan iberia scandinavia siberia balkans` + " " + nationalities)

// nationalities are the demonyms of the countries above most often in
// English news copy, with the nouns for one person (Briton, Scot, Dane).
// Plurals in -s are found by notPersonWord.
const nationalities = `afghan albanian algerian american angolan argentine argentinian armenian
	australian austrian azeri bangladeshi belarusian belgian bolivian bosnian brazilian briton
	british bulgarian burmese cambodian cameroonian canadian chilean chinese colombian
	congolese croat croatian cuban cypriot czech dane danish dutch dutchman egyptian english
	englishman eritrean estonian ethiopian european filipino finn finnish french frenchman
	georgian german ghanaian greek haitian hungarian icelandic indian indonesian iranian
	iraqi irish irishman israeli italian ivorian jamaican japanese jordanian kenyan korean
	kurd kurdish kuwaiti latvian lebanese libyan lithuanian malaysian maltese mexican
	moroccan nigerian norwegian pakistani palestinian peruvian pole polish portuguese romanian
	russian rwandan saudi scot scots scottish scotsman serb serbian slovak slovenian somali
	spaniard spanish sudanese swede swedish swiss syrian taiwanese thai tibetan tunisian turk
	turkish ugandan ukrainian uruguayan venezuelan vietnamese welsh welshman yemeni zambian
	zimbabwean arab asian african scandinavian`

// partyWords are political parties and their members as news copy names
// them: the UK parties in the Commons and the devolved assemblies, the US
// parties, and parties often in foreign news. "Tory frontbencher Andrew
// Tyrie" is a party and a person, not two spellings of one name.
var partyWords = set(`tory tories labour conservative liberal libdem libdems democrat
	democratic republican unionist nationalist socialist communist ukip snp plaid cymru
	sinn fein dup sdlp whig likud kadima fatah hamas hezbollah baath baathist taliban bjp
	sandinista peronist gaullist`)

// mononyms are people known by one name, mostly footballers and singers:
// the article never gives them a full mention to make a person of their
// own, and their name sits close to real surnames (Ronaldo, Rinaldi;
// Rivaldo, Rinaldi; Kaka, Kaya). A short list of the best-known ones in
// English news copy, not a directory.
var mononyms = set(`ronaldo ronaldinho rivaldo romario pele kaka zico socrates eusebio juninho
	robinho adriano deco denilson cafu kleberson
	madonna bono sting cher shakira beyonce moby dido morrissey eminem bjork`)
