/// Sentences typical of Swedish minutes, for idempotence and speed tests.
enum TypographerCorpus {
    /// The sentences, written the way secretaries type them.
    static let sentences = [
        "Sammanträdet hölls torsdagen den 5 september 2019 kl 12:00-16:30 i Rådhuset.",
        "Ordföranden förklarade mötet öppnat kl. 9.45 - fredag fortsatte det.",
        "Närvarande under punkt 2 - 7 samt §§ 1-5, 7.",
        "Se s. 11-29 i bilagan och åren 1996-2001.",
        "Ärendet (Dnr 2235-2014, KS 2017/97-04, S 2019-0043) bordlades.",
        "Ring 08-123 456 78 eller 070-123 45 67, personnummer 19800101-1234.",
        "Vägarna E4/E20 och läsåret 2021/2022 berördes.",
        "Budgeten är 71263221 kronor, varav 12345,5 tkr avser IT-stöd.",
        "Lise-Lott skickade e-post om perioden april-sept och maj-juni.",
        "Styrelsen beslutade - efter diskussion - att anta förslaget.",
        "- punkt ett i en lista\n- punkt två",
        "Hon sa \"nej\" och han sa 'kanske', men det spec'ades inte.",
        "Enligt §3 och § 4 gäller \"'nästlade' citat\".",
        "Mötet pågick klockan 19:30 till kl 21.",
        "Beloppet 12345:- betalas senast 2019-09-30.",
        "Redan typograferat: kl.\u{00A0}12.00–16.30, §§\u{00A0}1–5, 71\u{00A0}263\u{00A0}221, ”citat”.",
        "Öppet mån-fre kl 8-17, lör 10 - 14.",
        "Tid: 09.00-12.00 och 13:00 - 15:00.",
        "",
        "§",
        "kl",
        "\"",
        " - ",
    ]

    /// Every sentence, plus each pair joined by a space and by a line break.
    static var all: [String] {
        var texts = sentences
        for a in sentences {
            for b in sentences.prefix(8) {
                texts.append(a + " " + b)
                texts.append(a + "\n" + b)
            }
        }
        return texts
    }
}
