using System.Collections.Frozen;

namespace Amity.Extraction.Text;

/// <summary>
/// The word lists the extractor relies on. They describe how press releases of any country name offices,
/// bodies, dates and occasions; none of them names a particular person or place except countries.
/// </summary>
internal static class Lexicon
{
    private static FrozenSet<string> Set(string words) =>
        words.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, string> Map(string pairs) =>
        pairs.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('='))
            .ToFrozenDictionary(p => p[0].Replace('_', ' '), p => p[1], StringComparer.Ordinal);

    /// <summary>Offices; multi-word ones written with '_' between words. Matched on lower-case words.</summary>
    public static readonly FrozenSet<string> Titles = Set("""
        governor lieutenant_governor governor-general mayor lord_mayor mayor-elect party_secretary secretary secretary-general
        secretary_general minister prime_minister minister-president premier president president-elect chair chairman
        chairwoman chairperson director director-general director_general ambassador consul_general consul-general consul
        commissioner councillor councilor council_member councilmember speaker rector dean provost chancellor vice-chancellor
        head chief_executive chief_executive_officer ceo managing_director general_manager manager executive_director
        prefect magistrate administrator envoy representative senator legislator lawmaker assemblyman assemblywoman
        assembly_member member_of_parliament mp spokesperson spokesman spokeswoman principal superintendent marshal voivode
        chief_minister chief_secretary county_executive supervisor alderman burgomaster founder curator conductor
        coordinator counsellor counselor ombudsman treasurer intendant headmaster sheriff bürgermeister oberbürgermeister
        landrat ministerpräsident presidente prefeito governador sindaco maire alcalde alcaldesa intendente starosta wojewoda
        marszałek attaché chief_of_staff commander deputy_governor vice_governor vice_mayor deputy_mayor vice_president
        vice-president vice_chair vice-chair vice_chairman vice-chairman deputy_director deputy_secretary-general
        vice-rector pro-rector vice-mayor vice-governor vice-minister vice-premier vice-chairwoman vice-chairperson vice-dean
        gov. akim hokim menteri_besar bupati regent wali_kota vice-consul vice-secretary deputy-mayor deputy-governor deputy-minister co-chair co-chairman co-chairwoman
        co-chairperson vice-marshal vice-prefect vice-director delegate_general delegate-general landeshauptmann landesrat
        landesrätin board_member adviser advisor officer cabinet_secretary
        alderwoman councilman councilwoman congressman congresswoman selectman selectwoman trustee
        hejtman hejtmanka landrätin bürgermeisterin oberbürgermeisterin primátor primátorka starostka prezydent
        wali khokim vali kaymakam başkan bashkan župan zupan hetman starost wójt burmistrz gubernur walikota prefeita
        governadora gobernador gobernadora presidenta regierungspräsident assessor assessore sen.
        cecm member_of_the_board member_of_the_provincial_executive member_of_the_executive_board
        city_clerk town_clerk clerk undersecretary under-secretary under_secretary subsecretary sub-secretary
        minister-counsellor minister-counselor general_director chief_municipal_executive
        consejero consejera conseller consellera conselheiro conselheira asambleísta asambleista concejal concejala regidor regidora
        diputado diputada deputado deputada vereador vereadora senador senadora
        """);

    /// <summary>Words that may precede an office and belong to it ("Vice Governor", "Acting Director").</summary>
    public static readonly FrozenSet<string> TitleModifiers = Set("""
        vice deputy acting executive senior assistant associate first second lord chief honorary permanent principal
        former interim managing lieutenant joint co under state regional municipal ministerial
        lt.
        """);

    /// <summary>Offices that belong to a region rather than to an agency or a company.</summary>
    public static readonly FrozenSet<string> RegionTitles = Set("""
        governor mayor party secretary premier minister-president prefect governor-general councillor councilor
        chief minister marshal voivode magistrate executive lord bürgermeister oberbürgermeister landrat ministerpräsident
        prefeito governador sindaco maire alcalde alcaldesa intendente starosta wojewoda marszałek president
        wali khokim vali kaymakam başkan bashkan župan zupan hetman starost wójt burmistrz gubernur walikota prefeita
        governadora gobernador gobernadora akim hokim bupati
        """);

    /// <summary>Capitalised words that name a portfolio inside an office ("Minister for Economic Affairs and Labour").</summary>
    public static readonly FrozenSet<string> Portfolio = Set("""
        affairs relations international foreign economic economy trade industry agriculture education culture cultural
        tourism health labour labor finance planning development environment environmental transport transportation
        justice interior science technology sports sport youth women energy commerce investment security defence defense
        housing works public social welfare water resources natural urban rural information communications digital
        innovation research higher cooperation co-operation exchange exchanges external protocol administration fisheries
        forestry mines mining arts heritage employment small business enterprise enterprises veterans family children
        gender equality climate infrastructure budget treasury tax customs immigration home legal policy strategy
        marketing operations human promotion partnerships global food local regional and of the relations
        interregional self-government export exports production
        action
        mobility job jobs creation integration safety logistics maritime aviation sustainability skills training growth
        competitiveness cohesion care
        """);

    /// <summary>
    /// Courtesy words before a name; dropped from the name. Not the Polish "Pan" ("Mr."): it is also a common Chinese family
    /// name, and releases about Chinese partners write "Vice Governor Pan …" far more often than an English text writes "Pan"
    /// for "Mr.". Malaysian honours come in chains ("Datuk Seri Panglima", "Dato' Wira", "Datin Paduka", "Prof. Datuk Ts. Dr.",
    /// Ts. being the professional "Technologist"), and Croatian academic ranks are written lower case ("izv. prof. dr. sc.").
    /// Party states put "Comrade" before every official's name (Vietnam, Laos, China in translation; "Cde." in Southern
    /// Africa); religious orders write "Br.", "Fr.", "Mons.", "Ven."; "Hajah" is the Malay spelling of "Hajjah". Not "Pak"
    /// (a Korean family name), "Tuan" (a Vietnamese given name) or "Awang" (a Malay given name).
    /// </summary>
    public static readonly FrozenSet<string> Honorifics = Set("""
        dr dr. mr mr. mrs mrs. ms ms. miss mx prof prof. professor prince princess sir dame lady sheikh sheikha chief
        h.e. excellency hon hon. honourable honorable rev rev. reverend engr engr. alhaji alhaja madam madame mme mme.
        herr frau señor señora sr. sra. don doña dom ing. mag. king queen emir sultan rabbi imam pastor justice judge
        mister monsieur signor signora pani smt smt. shri sri shrimati kumari yab yb dato dato' datuk datuk' seri tun
        haji hajjah puan encik barr barr. hon'ble eng eng. dra dra. lic lic. arq arq. mtro mtro. mtra mtra. mgr mgr. ing
        drs drs. dott dott. avv avv. cllr cllr. atty atty. mag.a prof.ª prof.a dr.ª dr.a
        sayyid sayyida sayyidah highness er. doutor doutora univ. dipl. kr
        hj hj. ir ir. drh drh. drg drg.
        hajji hadji alhaj sc. agr.
        licda licda. licdo licdo. lcda lcda. lcdo lcdo. mudr mudr. judr judr. rndr rndr. phdr phdr. paeddr paeddr. mvdr mvdr.
        doc. bc. pr.
        panglima wira paduka datin ts. ybhg ybhg. izv. worship
        m.sc. m.sc msc. b.sc. b.sc
        comrade comrades cde cde. hajah doctor br. bro. fr. mons. ven. rt. h.h. h.r.h. hrh mlle mlle. ustaz ustazah khun bapak
        """);

    /// <summary>
    /// Military ranks before a name ("Rear Admiral …", "Colonel …"): dropped from a person's name, but not courtesy words,
    /// since institutions are named after officers with their rank ("Admiral X Maritime University").
    /// </summary>
    public static readonly FrozenSet<string> MilitaryRanks = Set("""
        admiral rear vice-admiral colonel lieutenant-colonel brigadier commodore captain capt capt. lieutenant lt. sergeant major-general lieutenant-general
        """);

    /// <summary>
    /// Lower-case particles inside personal and place names. "es", "ez": the Arabic article as it is written before some
    /// letters inside a place's name ("Wadi es Velno"), as "al" and "el" are.
    /// </summary>
    public static readonly FrozenSet<string> NameParticles = Set("""
        de la del della delle degli di da do dos das du des van von der den ten ter le les bin binti ibn ben al el y e zu dei arap
        oglu oğlu ogly qizi kyzy kizi uulu dela ul ud uly qyzy
        ap
        es ez bint
        ya wa
        """);

    /// <summary>Organization head words and the kind they give.</summary>
    /// <summary>
    /// "Wirtschaftskammer", "Wirtschaftsförderungsgesellschaft", "Universitätsklinikum": a German compound whose last part
    /// is a head word is a head word of that kind.
    /// </summary>
    public static string? CompoundHeadKind(string lower)
    {
        if (lower.Length < 12) return null;
        foreach (var (part, kind) in CompoundHeads)
            if (lower.EndsWith(part, StringComparison.Ordinal)) return kind;
        return null;
    }

    private static readonly (string Part, string Kind)[] CompoundHeads =
    [
        ("kammer", "other"), ("gesellschaft", "company"), ("klinikum", "other"), ("verband", "other"), ("agentur", "agency"),
        ("stiftung", "other"), ("hochschule", "university"), ("universität", "university"), ("ministerium", "agency"),
        ("foreningen", "other"), ("förening", "other"),
    ];

    /// <summary>Whether a word, in any case, is the head of a region's name ("Province", "Regione", "Landkreis").</summary>
    public static bool IsRegionHead(string word) => OrganizationHeads.TryGetValue(word.ToLowerInvariant(), out var kind) && kind == "region";

    public static readonly FrozenDictionary<string, string> OrganizationHeads = Map("""
        province=region prefecture=region state=region city=region county=region region=region municipality=region
        district=region oblast=region krai=region voivodeship=region canton=region territory=region governorate=region
        republic=region emirate=region borough=region township=region metropolis=region commune=region shire=region
        assembly=legislature parliament=legislature congress=legislature senate=legislature diet=legislature
        council=legislature legislature=legislature landtag=legislature sejm=legislature sejmik=legislature
        duma=legislature bundestag=legislature bundesrat=legislature cortes=legislature knesset=legislature
        khural=legislature hural=legislature panlalawigan=legislature panlungsod=legislature panlalawigang=legislature
        majlis=legislature rada=legislature
        university=university college=university conservatory=university conservatoire=university polytechnic=university
        universität=university universidad=university université=university università=university
        universidade=university uniwersytet=university school=university faculty=university facultad=university faculté=university fakultät=university fakultas=university cégep=university cegep=university
        institute=institute academy=institute laboratory=institute laboratories=institute observatory=institute
        institut=institute instituto=institute
        museum=museum gallery=museum museo=museum musée=museum
        ballet=arts orchestra=arts philharmonic=arts symphony=arts opera=arts theatre=arts theater=arts choir=arts
        ensemble=arts troupe=arts quartet=arts
        co=company co.=company ltd=company ltd.=company inc=company inc.=company corp=company corp.=company
        corporation=company company=company group=company gmbh=company ag=company plc=company llc=company
        holdings=company bank=company jsc=company pjsc=company ojsc=company llp=company sarl=company airlines=company airways=company motors=company electronics=company
        industries=company enterprises=company s.a.=company s.p.a.=company kft=company kft.=company zrt=company zrt.=company
        k.k.=company bhd=company berhad=company pty=company pvt=company limited=company oy=company oyj=company ab=company
        bv=company b.v.=company nv=company n.v.=company srl=company s.r.l.=company ltda=company ltda.=company sas=company
        maatschappij=company
        agency=agency authority=agency department=agency ministry=agency bureau=agency commission=agency
        committee=agency government=agency administration=agency directorate=agency secretariat=agency office=agency
        board=agency police=agency brigade=agency ministère=agency ministerio=agency ministero=agency ministerium=agency embassy=office consulate=office chancellery=office division=office
        chamber=other cooperative=other co-operative=other cooperatives=other association=other federation=other foundation=other
        society=other union=other club=other alliance=other network=other hospital=other clinic=other polyclinic=other center=other centre=other
        league=other organization=other organisation=other trust=other fund=other
        parishad=other samiti=other kenjinkai=other hub=other confederation=other branch=office empresa=company
        provincia=region província=region provincie=region région=region regione=region departamento=region département=region
        gemeente=region kommune=region landkreis=region powiat=region gmina=region rayon=region aimag=region okrug=region
        wilaya=region kabupaten=region provinsi=region prefektur=region län=region fylke=region județ=region megye=region
        generalitat=agency xunta=agency junta=agency diputación=region ayuntamiento=region municipalidad=region
        prefeitura=region comune=region mairie=region intendencia=region estado=region
        parlament=legislature parlamento=legislature asamblea=legislature assembleia=legislature assemblée=legislature
        consiglio=legislature consejo=legislature conseil=legislature conselho=legislature sabha=legislature
        hluttaw=legislature jirga=legislature shura=legislature storting=legislature riksdag=legislature folketing=legislature
        hochschule=university fachhochschule=university universiteit=university universitas=university universitet=university
        politecnico=university politécnico=university escuela=university école=university scuola=university escola=university
        akademie=institute akademia=institute instituut=institute
        museu=museum muzeum=museum pinacoteca=museum galleria=museum galería=museum library=museum archives=museum
        teatro=arts théâtre=arts teatr=arts filarmonica=arts filharmonia=arts orquesta=arts orchestre=arts
        gobierno=agency gobernación=agency governo=agency gouvernement=agency regierung=agency kementerian=agency dinas=agency badan=agency
        secretaría=agency secretaria=agency ministério=agency ministerstwo=agency consejería=agency conselleria=agency
        agence=agency agencia=agency agência=agency agentur=agency autoridad=agency autorité=agency comisión=agency
        commissione=agency comissão=agency service=agency büro=office kantoor=office
        dirección=agency direção=agency direcção=agency direzione=agency cabildo=agency kenesh=legislature kengesh=legislature
        bibliotheca=institute biblioteca=institute bibliothèque=institute bibliothek=institute
        fundación=other fundação=other fondazione=other stiftung=other fondation=other asociación=other associação=other
        associazione=other verband=other kammer=other cámara=other câmara=other camera=other centro=other zentrum=other
        centrum=other federação=other federación=other federazione=other fédération=other universitat=university maslikhat=legislature kamara=other iparkamara=other universiti=university
        izba=other szpital=other politechnika=university komora=other universitatea=university
        univerzita=university sveučilište=university agenția=agency agentia=agency agenzia=agency odası=other odasi=other kamer=other
        handelskammer=other wirtschaftskammer=other akimat=agency khokimiyat=agency hokimiyat=agency alcaldía=agency alcaldia=agency
        incorporated=company empresas=company administración=agency administração=agency
        chambre=other compania=company compañía=company companhia=company compagnie=company azienda=company consorzio=company consorcio=company
        kreistag=legislature kreisverwaltung=agency sparkasse=company
        communauté=region ajuntament=region consiliul=legislature primăria=region primaria=region belediyesi=region belediye=region
        valiliği=agency valiligi=agency kaymakamlığı=agency landratsamt=agency bezirksamt=agency stadtwerke=company
        istituto=institute direction=agency chambers=other entreprise=company société=company patronato=agency landesamt=agency waterschap=agency kerajaan=agency perbadanan=company nigam=agency ülikool=university
        perifereia=region periferia=region dimos=region linnavalitsus=agency vallavalitsus=agency
        wetterskip=agency cluster=other inspectorate=agency producers=other growers=other exporters=other
        principality=region sociedad=other sociedade=other società=other
        technopark=other technopole=other technopolis=other band=arts
        factory=company seaport=agency
        pradesh=region velayat=region viloyat=region viloyati=region welayat=region vilayet=region kraj=region oblys=region dzongkhag=region hakimlik=agency
        colegio=university colégio=university liceo=university lycée=university collège=university régie=agency servicio=agency serviço=agency servizio=agency
        bolsa=company borsa=company bourse=company börse=company consello=legislature consell=legislature ente=agency
        filharmonía=arts filarmónica=arts filharmônica=arts philharmonie=arts philharmoniker=arts orquestra=arts orchester=arts
        orkestra=arts orkes=arts coro=arts chor=arts chorale=arts banda=arts klapa=arts sanggar=arts teatre=arts
        theatro=arts teater=arts opéra=arts ópera=arts oper=arts
        protezione=agency protección=agency proteção=agency protecção=agency zivilschutz=agency
        yayasan=other lembaga=agency dewan=legislature majelis=legislature pemerintah=agency kantor=office balai=agency pusat=other
        persatuan=other perkumpulan=other himpunan=other ikatan=other asosiasi=other koperasi=other politeknik=university
        sekolah=university akademi=institute jabatan=agency suruhanjaya=agency perusahaan=company
        verein=other behörde=agency
        consortium=other cooperativa=other sindicato=other hermandad=other cofradía=other agrupación=other
        accademia=institute academia=institute comarca=region concello=region mancomunidad=agency
        caucus=other caucuses=other
        """);

    /// <summary>Words before "Office" or "Center" that make it a representative office.</summary>
    public static readonly FrozenSet<string> OfficeWords = Set("trade representative liaison business economic overseas promotion commercial");

    /// <summary>Places that are buildings or venues, not organizations.</summary>
    public static readonly FrozenSet<string> Facilities = Set("""
        hall house park square building tower plaza palace hotel stadium arena airport station street road avenue bridge
        gate garden gardens headquarters campus complex venue residence pavilion port harbour harbor pier auditorium
        creek river lake lagoon wetland wetlands mangrove mangroves canyon gorge glacier volcano waterfall
        buildings halls towers palaces
        """);

    /// <summary>Event head words and the kind they give.</summary>
    public static readonly FrozenDictionary<string, string> EventHeads = Map("""
        forum=forum expo=expo exposition=expo fair=expo messe=expo roadshow=tour tour=tour mission=tour
        festival=festival carnival=festival gala=festival fiesta=festival week=festival days=festival
        festa=festival fête=festival fêtes=festival feria=expo foire=expo mart=expo semana=festival semaine=festival meet=forum
        biennale=exhibition biennial=exhibition triennale=exhibition exhibition=exhibition exhibit=exhibition
        showcase=exhibition show=exhibition salon=exhibition
        tournament=tournament championship=tournament championships=tournament cup=tournament games=tournament
        olympiad=tournament competition=tournament contest=tournament marathon=tournament match=tournament
        race=tournament league=tournament
        performance=performance concert=performance recital=performance
        conference=conference summit=conference symposium=conference congress=conference
        seminar=training workshop=training training=training camp=training course=training
        conclave=conference colloquium=conference roundtable=forum round-table=forum rencontres=conference encuentro=forum encontro=forum
        fiera=expo feira=expo fira=expo performances=performance concerts=performance festivities=festival
        celebration=festival celebrations=festival commemoration=other commemorations=other festas=festival matsuri=festival
        fiestas=festival ferias=expo feiras=expo pesta=festival pekan=festival
        mela=festival melas=festival mahotsav=festival utsav=festival eisteddfod=festival sagra=festival kermesse=festival kermis=festival
        """);

    /// <summary>Event heads that, lower-case, stand for an event only with an article ("a tour").</summary>
    public static readonly FrozenSet<string> WeakEventHeads = Set("show week days league match race mission course camp training congress meet");

    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["jan."] = 1, ["february"] = 2, ["feb"] = 2, ["feb."] = 2, ["march"] = 3, ["mar."] = 3,
        ["april"] = 4, ["apr"] = 4, ["apr."] = 4, ["may"] = 5, ["june"] = 6, ["jun."] = 6, ["july"] = 7, ["jul."] = 7,
        ["august"] = 8, ["aug"] = 8, ["aug."] = 8, ["september"] = 9, ["sept"] = 9, ["sept."] = 9, ["sep."] = 9,
        ["october"] = 10, ["oct"] = 10, ["oct."] = 10, ["november"] = 11, ["nov"] = 11, ["nov."] = 11,
        ["december"] = 12, ["dec"] = 12, ["dec."] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["several"] = -1, ["few"] = -1,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Countries and common short forms (lower case, written as <see cref="Names.Words"/> leaves them: "côte d ivoire"). They
    /// are context, not partners, so never emitted.
    /// </summary>
    public static readonly FrozenSet<string> Countries = """
        afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahrain|bangladesh|belarus|
        belgium|benin|bhutan|bolivia|bosnia and herzegovina|botswana|brazil|brunei|bulgaria|burkina faso|burundi|cambodia|
        cameroon|canada|chad|chile|china|colombia|congo|costa rica|croatia|cuba|cyprus|czechia|czech republic|denmark|
        djibouti|dominican republic|ecuador|egypt|el salvador|estonia|ethiopia|fiji|finland|france|gabon|gambia|georgia|
        germany|ghana|greece|guatemala|guinea|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|
        ivory coast|jamaica|japan|jordan|kazakhstan|kenya|korea|south korea|north korea|republic of korea|kosovo|kuwait|
        kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|
        maldives|mali|malta|mauritania|mauritius|mexico|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|
        namibia|nepal|netherlands|the netherlands|new zealand|nicaragua|niger|nigeria|north macedonia|norway|oman|pakistan|
        panama|papua new guinea|paraguay|peru|philippines|the philippines|poland|portugal|qatar|romania|russia|rwanda|
        saudi arabia|senegal|serbia|sierra leone|singapore|slovakia|slovenia|somalia|south africa|south sudan|spain|
        sri lanka|sudan|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tunisia|turkey|türkiye|europe|asia|africa|oceania|south america|north america|latin america|central america|
        turkmenistan|uganda|ukraine|united arab emirates|uae|united kingdom|uk|britain|great britain|england|scotland|wales|
        united states|united states of america|usa|us|u.s.|u.s.a.|america|uruguay|uzbekistan|venezuela|vietnam|viet nam|
        yemen|zambia|zimbabwe|europe|asia|africa|latin america|european union|eu|the atlantic|atlantic|pacific|
        kyrgyz republic|slovak republic|hellenic republic|russian federation|lao pdr|lao people s democratic republic|
        timor-leste|timor leste|east timor|eswatini|cabo verde|cape verde|côte d ivoire|cote d ivoire|equatorial guinea|
        guinea-bissau|guinea bissau|eritrea|central african republic|democratic republic of the congo|dr congo|
        republic of the congo|bahamas|the bahamas|barbados|belize|guyana|suriname|trinidad and tobago|samoa|tonga|fiji|
        vanuatu|solomon islands|kiribati|palau|micronesia|marshall islands|nauru|tuvalu|comoros|seychelles|
        são tomé and príncipe|sao tome and principe|san marino|holy see|vatican city|palestine|state of palestine|
        south asia|southeast asia|south-east asia|south east asia|east asia|central asia|west asia|central europe|eastern europe|western europe|
        northern europe|southern europe|middle east|the middle east|north africa|west africa|east africa|southern africa|
        sub-saharan africa|caribbean|the caribbean|scandinavia|balkans|the balkans|asia-pacific|asia pacific|indo-pacific|
        """.Split('|').Select(s => s.Trim()).Where(s => s.Length > 0).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words for people of a country or a language; never places.</summary>
    public static readonly FrozenSet<string> Demonyms = Set("""
        korean chinese japanese vietnamese german italian spanish french nigerian kenyan brazilian mexican polish american
        british english canadian australian indian indonesian thai malaysian filipino russian ukrainian turkish european
        african asian latin mongolian cambodian laotian singaporean dutch belgian swiss austrian swedish norwegian danish
        finnish portuguese greek czech hungarian romanian argentine argentinian chilean colombian peruvian egyptian
        moroccan ghanaian ethiopian tanzanian ugandan rwandan south-african israeli saudi emirati iranian pakistani
        bangladeshi uzbek kazakh georgian armenian irish scottish welsh arab hispanic western eastern northern southern
        arabic swahili kiswahili hindi urdu bengali persian farsi hebrew mandarin cantonese tagalog amharic hausa
        yoruba igbo zulu xhosa telugu malayalam kannada marathi gujarati punjabi nepali sinhala khmer burmese
        tunisian algerian libyan sudanese senegalese ivorian cameroonian beninese togolese malian nigerien burkinabe gambian
        guinean liberian zambian zimbabwean mozambican angolan namibian malawian somali eritrean djiboutian malagasy mauritian
        omani qatari kuwaiti bahraini yemeni jordanian lebanese syrian iraqi afghan turkmen kyrgyz tajik azerbaijani azeri
        belarusian moldovan lithuanian latvian estonian slovak slovenian croatian serbian bosnian montenegrin albanian
        macedonian bulgarian icelandic maltese cypriot taiwanese nepalese bhutanese maldivian tibetan fijian samoan tongan
        cuban haitian jamaican guatemalan honduran salvadoran nicaraguan panamanian venezuelan ecuadorian bolivian
        paraguayan uruguayan catalan basque andalusian bavarian styrian tyrolean carinthian flemish walloon breton corsican
        sicilian sardinian tuscan venetian quebecois
        """);

    /// <summary>Capitalised words that start sentences but never names.</summary>
    public static readonly FrozenSet<string> FunctionWords = Set("""
        the a an this that these those on in at to from for by with after before during following under as and but or it
        he she they we i you his her their our its my your both each all more most many several some then also later
        earlier meanwhile today yesterday tomorrow since while when where which who whom whose there here according
        upcoming over about among between into through until via per than not no yes if so such other another every
        last next this year years month months ago of is are was were be been has have had will would shall should can
        could may might must do does did said says say we're it's mr ms mrs dr also through throughout within without
        however moreover furthermore additionally besides further thus therefore hence accordingly overall together
        first second third fourth fifth new old former current recent meanwhile now once just only even still already
        """);

    /// <summary>Capitalised words that open a possessive which is part of a name ("People's Committee").</summary>
    public static readonly FrozenSet<string> CommonPossessives = Set("people's people’s workers' workers’ women's women’s children's children’s farmers' farmers’ citizens' citizens’ veterans' veterans’ teachers' teachers’ students' students’ youth's youth’s");

    /// <summary>Abbreviations that take a full stop without ending a sentence.</summary>
    public static readonly FrozenSet<string> Abbreviations = Set("""
        dr mr mrs ms prof st no nos gen sen rep gov hon jr sr vs mt ft dept univ assn bros approx etc e.g i.e fig col capt
        lt cmdr adm sgt rev engr mme messrs h.e smt barr eng ma jan feb mar apr jun jul aug sep sept oct nov dec co corp inc ltd u.s sp
        dra lic arq mtro mtra mgr ing drs dott avv cllr pvt atty mag er dipl san tic şti sdn
        hj ir drh drg
        sc agr
        licda licdo lcda lcdo mudr judr rndr phdr paeddr mvdr doc bc pr
        ts ybhg izv md
        m.sc b.sc msc
        sf sv
        """);

    /// <summary>Participles whose "by" names the person who did it ("led by", "chaired by", "signed by").</summary>
    public static readonly FrozenSet<string> AgentVerbs = Set("""
        led headed chaired presided signed hosted accompanied represented welcomed received greeted opened inaugurated
        presented moderated coordinated directed conducted introduced delivered attended joined
        """);

    /// <summary>Plural nouns that end the names of firms with no legal form ("X Estates", "X Foods"): no person's surname.</summary>
    public static readonly FrozenSet<string> FirmNameEnds = Set("""
        estates farms foods wines vineyards mills mines systems solutions technologies logistics partners brothers services
        textiles plantations fisheries ventures traders exports imports resources
        """);

    /// <summary>Lower-case words that may only precede a trigger when its occasion has not happened yet.</summary>
    public static readonly FrozenSet<string> Irrealis = Set("""
        to will would shall should could can may might must plan plans planned planning hope hopes hoped expect expects
        expected intend intends intended wish wishes invited invite invites request requested asked agreed aims aim
        scheduled set going let
        """);

    public static readonly FrozenSet<string> FutureMarkers = Set("will would shall upcoming next scheduled plans planned to_be_held forthcoming expects expected intends opens invited invites invitation");

    public static readonly FrozenSet<string> PastMarkers = Set("""
        ago last was were had did met visited signed held took established began concluded attended welcomed received
        hosted discussed agreed renewed arrived toured spoke said
        """);

    /// <summary>Keywords of the agreement area vocabulary; matched by prefix on lower-case words.</summary>
    public static readonly (string Prefix, string Area)[] AreaKeywords =
    [
        ("econom", "economy"), ("business", "economy"), ("enterprise", "economy"),
        ("trade", "trade"), ("export", "trade"), ("import", "trade"), ("commerce", "trade"), ("commercial", "trade"),
        ("invest", "investment"),
        ("industr", "industry"), ("manufactur", "industry"),
        ("scien", "science-technology"), ("technolog", "science-technology"), ("research", "science-technology"),
        ("innovation", "science-technology"), ("hydrogen", "science-technology"), ("digital", "science-technology"),
        ("agricultur", "agriculture"), ("agro", "agriculture"), ("farm", "agriculture"), ("agronom", "agriculture"),
        ("crop", "agriculture"), ("fisher", "agriculture"), ("livestock", "agriculture"),
        ("cultur", "culture"), ("art", "culture"), ("music", "culture"), ("heritage", "culture"), ("performance", "culture"),
        ("touris", "tourism"), ("tourist", "tourism"),
        ("sport", "sports"), ("football", "sports"), ("athlet", "sports"), ("olymp", "sports"),
        ("educat", "education"), ("school", "education"), ("student", "education"), ("academic", "education"),
        ("universit", "education"), ("training", "education"), ("train", "education"), ("vocational", "education"),
        ("teacher", "education"), ("scholarship", "education"), ("faculty", "education"), ("course", "education"),
        ("health", "health"), ("medic", "health"), ("hospital", "health"), ("pharma", "health"),
        ("environment", "environment"), ("water", "environment"), ("climate", "environment"), ("green", "environment"),
        ("carbon", "environment"), ("emission", "environment"), ("renewable", "environment"), ("ecolog", "environment"),
        ("youth", "youth"), ("young", "youth"),
        ("governance", "governance"), ("administrat", "governance"), ("civil service", "governance"),
    ];

    /// <summary>Words that must not be read as area keywords though they start like one.</summary>
    public static readonly FrozenSet<string> AreaStopWords = Set("article articles artifacts artifact arts-and trainee article's arrangements arrange arranged arrival arrived");
}
