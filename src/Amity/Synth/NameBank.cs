namespace Amity.Synth;

/// <summary>Syllables and words to compose plausible names of many countries; deterministic given the random source.</summary>
internal static class NameBank
{
    public sealed record Culture(string Country, string[] Surnames, string[] Given, bool SurnameFirst, string[] Regions, string RegionWord);

    public static readonly Culture[] Cultures =
    [
        new("KR", ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon"],
            ["Min-jun", "Seo-yeon", "Dong-hyun", "Ji-woo", "Hyun-woo", "Eun-ji", "Sung-ho", "Ye-jin", "Jae-won", "Soo-min", "Kyung-sook", "Tae-yang"], true,
            ["Gyeonggi", "Gangwon", "Chungbuk", "Chungnam", "Jeonbuk", "Jeonnam", "Gyeongbuk", "Gyeongnam", "Jeju", "Busan", "Incheon", "Daegu"], "Province"),
        new("CN", ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu", "Zhu", "Gao"],
            ["Wei", "Fang", "Lei", "Jing", "Hao", "Min", "Jun", "Yan", "Qiang", "Lin", "Leqing", "Guomin", "Hengxin", "Xiaoming"], true,
            ["Liaoning", "Jilin", "Shandong", "Jiangsu", "Zhejiang", "Guangdong", "Sichuan", "Hubei", "Hunan", "Fujian", "Yunnan", "Shaanxi"], "Province"),
        new("JP", ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada"],
            ["Hiroshi", "Yuki", "Kenji", "Aiko", "Takeshi", "Naoko", "Haruto", "Sakura", "Daichi", "Emi", "Kazuo", "Mika"], true,
            ["Kanagawa", "Shizuoka", "Aichi", "Hyogo", "Fukuoka", "Hokkaido", "Miyagi", "Niigata", "Nagano", "Kyoto", "Osaka", "Hiroshima"], "Prefecture"),
        new("VN", ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Vo", "Dang", "Bui", "Do"],
            ["Van Thang", "Thi Lan", "Minh Tuan", "Thi Hoa", "Quoc Bao", "Thanh Son", "Duc Anh", "Thi Mai"], true,
            ["Hanoi", "Da Nang", "Hai Phong", "Quang Ninh", "Khanh Hoa", "Binh Duong", "Can Tho", "Thua Thien Hue"], "Province"),
        new("DE", ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz", "von Arnim", "Krüger"],
            ["Anna", "Lukas", "Katrin", "Stefan", "Julia", "Matthias", "Sabine", "Jan", "Ulrike", "Hans"], false,
            ["Lower Saxony", "Bavaria", "Hesse", "Saxony", "Thuringia", "Brandenburg", "Saarland", "Bremen"], "State"),
        new("KE", ["Otieno", "Wanjiru", "Kamau", "Mwangi", "Achieng", "Kiprop", "Njoroge", "Chebet", "Odhiambo", "Mutua"],
            ["Grace", "Peter", "Faith", "Daniel", "Mercy", "Samuel", "Esther", "Joseph", "Wanjiku", "Brian"], false,
            ["Kisumu", "Nakuru", "Mombasa", "Kiambu", "Machakos", "Uasin Gishu", "Nyeri", "Kakamega"], "County"),
        new("MX", ["García López", "Hernández Ruiz", "Martínez Soto", "González Vega", "Rodríguez Peña", "Pérez Castillo", "Sánchez Mora", "Ramírez Ortiz"],
            ["María", "José", "Guadalupe", "Juan Carlos", "Ana Sofía", "Luis", "Fernanda", "Alejandro"], false,
            ["Jalisco", "Nuevo León", "Puebla", "Guanajuato", "Yucatán", "Querétaro", "Sonora", "Oaxaca"], "State"),
        new("BR", ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "dos Reis", "Almeida", "Ferreira"],
            ["Ana", "João", "Mariana", "Pedro", "Beatriz", "Rafael", "Camila", "Lucas"], false,
            ["Paraná", "Santa Catarina", "Minas Gerais", "Bahia", "Goiás", "Pernambuco", "Ceará", "Espírito Santo"], "State"),
        new("PL", ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński", "Szymańska"],
            ["Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Paweł", "Agnieszka", "Marek"], false,
            ["Lesser Poland", "Silesia", "Pomerania", "Lublin", "Łódź", "Masovia", "Podlaskie", "Opole"], "Voivodeship"),
        new("US", ["Johnson", "Williams", "Brown", "Davis", "Miller", "Wilson", "Moore", "Taylor", "Anderson", "Thomas"],
            ["Emily", "Michael", "Sarah", "David", "Jessica", "Robert", "Ashley", "James"], false,
            ["Oregon", "Washington", "Minnesota", "Ohio", "Georgia", "Colorado", "Utah", "Virginia"], "State"),
    ];

    public static readonly (string Title, string Kind)[] Bodies =
    [
        ("Provincial Assembly", "legislature"), ("University", "university"), ("Institute of Agricultural Sciences", "institute"),
        ("Trade Office", "office"), ("Provincial Museum", "museum"), ("Symphony Orchestra", "arts"), ("Development Agency", "agency"),
        ("Tourism Board", "agency"), ("Chamber of Commerce", "other"), ("Port Corporation", "company"), ("Institute of Technology", "university"),
        ("Health Research Institute", "institute"), ("Ballet", "arts"), ("Youth Foundation", "other"),
    ];

    public static readonly string[] LeaderTitles = ["Governor", "Vice Governor", "Party Secretary", "Mayor", "Premier", "Marshal", "Minister-President", "Director-General of International Affairs"];
    public static readonly string[] BodyTitles = ["President", "Director", "Chair", "Secretary-General", "Dean", "Chief Executive", "Curator", "Secretary"];

    public static readonly string[] Commitments =
    [
        "expand joint research on {0}", "hold an annual {0} forum", "exchange officials for training in {0}", "open a joint office for {0}",
        "promote student and faculty exchanges in {0}", "organize a trade mission on {0}", "share data and best practice on {0}",
        "co-host an exhibition on {0}", "support small and medium-sized enterprises in {0}", "launch a youth exchange on {0}",
    ];

    public static readonly string[] Topics =
    [
        "smart agriculture", "water management", "electric vehicles", "cultural heritage", "tourism promotion", "public health", "renewable energy",
        "semiconductors", "logistics", "marine science", "urban planning", "disaster prevention", "biotechnology", "film and media", "sports science",
    ];

    public static readonly string[] Places = ["the provincial government complex", "the governor's residence", "the convention center", "city hall", "the trade fair grounds", "the university campus"];
}
