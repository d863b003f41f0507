/// The Swedish words the generated minutes are made of (data, not identifiers).
enum CorpusVocabulary {
    static let firstNames = [
        "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kerstin", "Ingrid", "Emma", "Malin", "Annika", "Sofia",
        "Lars", "Per", "Johan", "Erik", "Anders", "Karl", "Nils", "Mikael", "Jan", "Hans", "Ali", "Omar", "Björn",
        "Åsa", "Örjan", "Märta", "Göran", "Agneta", "Ulf", "Birgitta", "Fatima", "Leif", "Stefan",
    ]
    static let lastNames = [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Holm", "Ek", "Öst", "Åberg", "Söderström", "Lind",
        "Hedvall", "Hassan", "Berg", "Ström", "Sand", "Björk", "Hollmark", "Lundqvist", "Sjöberg", "Wallin",
        "Engström", "Samuelsson Björk", "Mohammed", "Åkesson", "Nyström", "Forsberg", "Dahl",
    ]
    static let parties = ["S", "M", "SD", "C", "V", "KD", "L", "MP"]
    static let organisations = [
        "Botkyrka kommun", "Haninge kommun", "Huddinge kommun", "Nynäshamns kommun", "Tyresö kommun",
        "Region Stockholm", "Södertörns brandförsvarsförbund", "Länsstyrelsen", "Samordningsförbundet",
    ]
    static let titles = ["kommundirektör", "ekonom", "nämndsekreterare", "förvaltningschef", "controller", "utredare"]
    static let municipalities = ["Nynäshamn", "Tyresö", "Haninge", "Botkyrka", "Huddinge", "Salem", "Nacka", "Värmdö"]
    static let organs = [
        "Kommunstyrelsen", "Kommunfullmäktige", "Barn- och utbildningsnämnden", "Socialnämnden",
        "Miljö- och samhällsbyggnadsnämnden", "Kultur- och fritidsnämnden", "Tekniska nämnden",
    ]
    static let groups = ["ledningsgruppen", "styrgruppen", "nätverket för kommundirektörer", "projektgruppen"]
    static let associations = [
        "Bostadsrättsföreningen Lönnen", "Idrottsföreningen Kamraterna", "Hembygdsföreningen Gillet",
        "Föreningen Södra Skärgården", "Koloniföreningen Solsidan",
    ]
    static let places = ["Stadshuset", "Nicolairummet, stadshuset", "Truten, Nynäshamn", "Föreningslokalen, Lönnvägen 3", "Sessionssalen, kommunhuset"]
    static let months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]

    static let itemTitles = [
        "Val av justerare", "Godkännande av dagordning", "Delårsrapport", "Budget och verksamhetsplan",
        "Anmälan av delegationsbeslut", "Remiss: ”Regional utvecklingsstrategi”", "Detaljplan för kvarteret Eken",
        "Taxor och avgifter", "Motion om cykelvägar", "Medborgarförslag om lekplats", "Intern kontroll",
        "Revisionsrapport", "Upphandling av skolskjuts", "Investeringsplan", "Information från förvaltningen",
        "Val av ombud", "Policy för digitalisering", "Lokalförsörjning", "Övriga frågor", "Workshop om samverkan",
    ]
    static let openings = [
        "Förvaltningen redogör för ärendet.", "Ordföranden inleder och ger ordet till förvaltningschefen.",
        "Ärendet har beretts av arbetsutskottet.", "Gruppen diskuterar frågan utifrån underlaget.",
    ]
    static let sentences = [
        "Resultatet är %AMOUNT% tkr bättre än budget, vilket motsvarar %PERCENT% procent.",
        "Beslutsunderlag: tjänsteskrivelse %DATE%.",
        "Synpunkterna sammanfattas i bilaga %N% till protokollet.",
        "Underlaget finns på https://www.example.se/protokoll/%DATE%-underlag.pdf.",
        "Frågan återkommer på sammanträdet den %DAY% %MONTH%.",
        "Arbetet pågår under vecka %N%-%N2% och redovisas därefter.",
        "Kostnaden beräknas till %AMOUNT% kr för perioden %YEAR%-%YEAR2%.",
        "Kontaktperson är utredaren, telefon 08-520 %N%%N2% 00.",
        "Diskussionen rör \"samverkan över gränserna\" och hur den kan stärkas.",
        "Nämnden noterar att remisstiden löper ut %DATE%.",
    ]
    static let clauses = [
        "godkänna redovisningen", "lägga informationen till handlingarna", "anta förvaltningens förslag",
        "överlämna ärendet till kommunfullmäktige", "uppdra åt förvaltningen att återkomma i frågan",
        "avslå motionen", "bevilja ansvarsfrihet för räkenskapsåret", "fastställa taxan från och med den 1 januari",
        "utse två ledamöter till arbetsgruppen", "anse medborgarförslaget besvarat",
    ]
}
