"""Indonesian lexicon for the extraction engine.

Word lists come from reading Indonesian wire and newspaper copy (detik, Kompas, Antara,
Tribun): the speech verbs and post-quote cues that carry attribution there. All entries are
lower case; the engine matches them case-insensitively on word boundaries.
"""

CODE = "id"

# Verbs of saying that take a noun phrase as often as a clause (`mengungkap kasus`, `membenarkan
# hal itu`): cues only before a clause (CLAUSE_ONLY_VERBS).
_NP_OR_CLAUSE_VERBS = ("mengungkap", "membeberkan", "membenarkan", "menjawab", "bercerita")

# Finite speech verbs used as `X VERB (bahwa|,) content`. Value: stance.
SPEECH_VERBS = {
    "mengatakan": "assert", "menyatakan": "assert", "menyebut": "assert", "menyebutkan": "assert",
    "menegaskan": "assert", "menjelaskan": "assert", "menambahkan": "assert", "menuturkan": "assert",
    "mengungkapkan": "assert", "menyampaikan": "assert", "mengklaim": "assert", "memaparkan": "assert",
    "mendalilkan": "assert", "berjanji": "assert",
    "menerangkan": "assert", "mengemukakan": "assert", "mengakui": "assert", "memperingatkan": "assert",
    "mengumumkan": "assert", "melaporkan": "assert", "mengutarakan": "assert", "menekankan": "assert",
    "berpendapat": "assert", "menilai": "assert", "berkata": "assert", "bilang": "assert",
    "mengingatkan": "assert", "menuliskan": "assert", "menulis": "assert", "memastikan": "assert",
    "mengonfirmasi": "assert", "mengkonfirmasi": "assert", "menandaskan": "assert", "menyinggung": "assert",
    "menggarisbawahi": "assert", "mengaku": "assert", "meyakini": "assert", "memprediksi": "assert",
    "membantah": "deny", "menepis": "deny", "menyangkal": "deny", "menampik": "deny", "membantahnya": "deny",
    "menuduh": "accuse", "menuding": "accuse", "mengecam": "accuse", "mengkritik": "accuse", "mendakwa": "accuse", "menyalahkan": "accuse",
    "memperkirakan": "assert", "menduga": "assert", "mengeklaim": "assert", "berujar": "assert",
    "mengisyaratkan": "assert", "mensinyalir": "assert", "memproyeksikan": "assert", "memprakirakan": "assert",
    "berdalih": "assert", "berkilah": "assert", "beralasan": "assert",
    **dict.fromkeys(_NP_OR_CLAUSE_VERBS, "assert"),
    # What an agency or official says it learned (`NIS mendapatkan informasi kalau ...`): a
    # claim of theirs, but only with a clause after it (CLAUSE_ONLY_VERBS).
    **{f"{verb} {noun}": "assert" for verb in ("mendapatkan", "mendapat", "memperoleh", "menerima")
       for noun in ("informasi", "laporan", "kabar")},
}
# A speaker named by a name they go by (`Seorang peretas dengan nama samaran Kalong_X mengklaim`,
# `seorang warga bernama Budi mengatakan`): that name is the speaker.
IDENTIFIED_AS_RE = (r"\s(?:dengan\s+nama(?:\s+samaran)?|bernama|yang\s+menamakan\s+diri(?:nya)?)\s+"
                    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b")
# Appeals (`meminta masyarakat menggalakkan 3M`, `mengimbau warga agar tidak ...`): a statement
# when they address someone (`agar`, `kepada`, a group of people, a capitalised name) who is to
# act (a verb or `agar`/`untuk` within a few words). `meminta maaf`, `meminta waktu`, `keadaan mendesak` are
# no statements.
APPEAL_VERBS = {"meminta": "assert", "mengimbau": "assert", "menyerukan": "assert", "mengajak": "assert",
                "mendesak": "assert", "mengusulkan": "assert", "menuntut": "assert", "menyarankan": "assert",
                "memerintahkan": "assert", "menginstruksikan": "assert"}
_ADDRESSEES = ("masyarakat", "warga", "warganya", "pemerintah", "semua", "seluruh", "para", "pihak", "publik",
               "pengguna", "penggunanya", "peserta", "orang", "orang tua", "pelajar", "mahasiswa", "petani",
               "nelayan", "pengemudi", "produsen", "pedagang", "pengusaha", "investor", "aparat", "kepolisian",
               "polisi", "jajaran", "jajarannya", "tokoh", "kementerian", "pemudik", "penumpang", "perusahaan",
               "anggota", "kader", "umat", "rakyat", "pasien", "tenaga", "maskapai", "operator", "nasabah",
               "konsumen", "pelaku", "pekerja", "buruh", "guru", "sekolah", "pengelola", "pemda", "instansi",
               "lembaga", "dinas", "wisatawan", "pengendara", "pembeli", "importir", "eksportir", "bank",
               "otoritas", "penyelenggara", "pengurus", "manajemen", "pimpinan", "panitia", "keluarga", "pendaki",
               "peternak", "pembudidaya", "pemilik", "pengunjung", "pelanggan", "penghuni")
APPEAL_CLAUSE_RE = (r"(?:agar|supaya|kepada\s|(?:\S+\s+){1,3}?untuk\s+[a-z]|(?:" + "|".join(_ADDRESSEES) + r")\b"
                    r"|(?!(?:Bagi|Untuk|Dalam|Di|Pada|Menurut|Sejak|Saat|Ketika|Jika|Karena|Selain|Namun)\b)(?-i:[A-Z]))"
                    # (up to 16 words: an addressee with a relative clause, `warga yang demam tinggi, ... segera berobat`)
                    r"(?:\S*\s+){0,16}?(?:agar|supaya|untuk|tidak|tak|jangan|segera|(?:me|ber|di)[a-z]{4,})\b")
SPEECH_VERBS.update(APPEAL_VERBS)
# Appeals whose verb also means to cause (`Kemudahan tes mendorong warga untuk ...`): a statement
# only with `agar`/`supaya` right after it (`mendorong agar pembayaran diintegrasikan`).
NARROW_APPEAL_VERBS = {"mendorong": "assert"}
NARROW_APPEAL_CLAUSE_RE = r"(?:agar|supaya)\s"
SPEECH_VERBS.update(NARROW_APPEAL_VERBS)
# Threats (`mengancam akan mogok nasional`): a statement of what the speaker will do, only with
# `akan` right after the verb (`banjir mengancam keselamatan warga` says nothing).
THREAT_VERBS = {"mengancam": "assert"}
THREAT_CLAUSE_RE = r"akan\s"
SPEECH_VERBS.update(THREAT_VERBS)
# `"Q," X said, and urged ...`: an appeal joined to the attribution after a quotation
APPEAL_JOINERS = ("dan", "serta")
# What an agency records (`BNPB mencatat 14 orang meninggal`, `Kemenkes mencatat kasus DBD telah
# mencapai 41.260`): a claim of figures, the kind fact-checkers check, when a figure follows within
# a few words; `mencatat identitas pelaku` is no statement.
DATA_VERBS = {"mencatat": "assert", "menargetkan": "assert"}  # (not `mencatatkan`: `mencatatkan peningkatan` is a result, not a report)
DATA_CLAUSE_RE = (r"(?:bahwa\s|(?:\S+\s+){0,9}?(?:\d|(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
                  r"sepuluh|belasan|puluhan|ratusan|ribuan|jutaan|sebanyak|setidaknya|sedikitnya)\b))")
SPEECH_VERBS.update(DATA_VERBS)
# Cues that carry a statement only before a clause (`bahwa`/`kalau` or a pronoun), not before a
# noun phrase: `menerima laporan dari warga` reports nothing.
# Subjects that open a clause after such a verb (`membenarkan pihaknya telah menerima surat`):
# the speaker's own side, written as a noun with -nya.
CLAUSE_SUBJECTS = ("pihaknya", "dirinya", "timnya", "lembaganya", "instansinya", "kementeriannya", "partainya")
CLAUSE_ONLY_VERBS = (*(verb for verb in SPEECH_VERBS if " " in verb), *_NP_OR_CLAUSE_VERBS)

# Cues written after a quote or a content clause: `"...," kata X` / `..., ujarnya`.
TRAILING_CUES = {
    "kata": "assert", "ujar": "assert", "ucap": "assert", "tutur": "assert", "jelas": "assert",
    "imbuh": "assert", "tambah": "assert", "ungkap": "assert", "tegas": "assert", "papar": "assert",
    "terang": "assert", "sebut": "assert", "lanjut": "assert", "pungkas": "assert", "tandas": "assert",
    "cetus": "assert", "seru": "assert", "tulis": "assert",
    "beber": "assert", "kilah": "deny", "bantah": "deny", "tukas": "assert", "sergah": "assert",
    "timpal": "assert", "aku": "assert", "klaim": "assert", "tanya": "assert",
    "keluh": "assert",
    "mengatakan": "assert", "menambahkan": "assert", "menegaskan": "assert", "menjelaskan": "assert",
    "demikian dilansir": "assert", "seperti dilansir": "assert", "dilansir": "assert",
    "menuturkan": "assert", "mengungkapkan": "assert", "menyatakan": "assert",
}
NYA = "nya"
# A cue and its speaker between commas inside the sentence: `Kemenkes, kata dia, akan ...`,
# `Selain itu, kata Bima, ...` (the words after a connective are the speaker's).
PARENTHETICAL_KATA = ("kata", "ujar", "tutur", "jelas", "imbuh", "tambah", "ungkap", "tegas", "lanjut", "papar", "terang",
                      "menurut")
PARENTHETICAL_CONNECTIVES = ("selain itu", "namun", "meski demikian", "oleh karena itu", "karena itu", "maka dari itu",
                             "di sisi lain", "sementara itu", "adapun", "lebih lanjut", "dengan demikian", "untuk itu",
                             "sebab itu", "akan tetapi", "tetapi", "bahkan", "kendati demikian", "meski begitu")

# `Menurut X, ...` and `..., menurut X.`
ACCORDING_TO = ("menurut", "kata", "berdasarkan data", "berdasarkan catatan", "mengacu pada data")
# ... with its pronoun attached (`Menurutnya, ...`, `..., menurutnya.`): whoever spoke last.
ACCORDING_TO_PRONOUNS = ("menurutnya", "menurut dia", "menurut ia")

# Agentive passives: `... dibantah (keras) oleh X`. Value: stance.
PASSIVE_CUES = {
    "dibantah": "deny", "ditepis": "deny", "disangkal": "deny", "dibantahnya": "deny",
    "dikatakan": "assert", "disampaikan": "assert", "diungkapkan": "assert", "ditegaskan": "assert",
    "dijelaskan": "assert", "dinyatakan": "assert", "dituturkan": "assert", "diutarakan": "assert",
}
# Subjects that point back at the previous sentence: `Hal itu disampaikan X`.
BACKREF_SUBJECTS = (
    "hal itu", "hal tersebut", "hal ini", "demikian", "pernyataan itu", "pernyataan tersebut",
    "hal senada", "penjelasan itu", "penjelasan tersebut", "keterangan itu", "keterangan tersebut",
    "tuduhan itu", "tuduhan tersebut", "klaim itu", "klaim tersebut", "tudingan itu", "tudingan tersebut",
)
# The same denial in the active voice, its object pointing back (`X membantah kabar tersebut`):
# the verbs and the objects.
ACTIVE_DENIAL_VERBS = ("membantah", "menepis", "menyangkal", "membantah keras", "menepis keras")
BACKREF_OBJECTS = tuple(f"{head} {dem}" for head in (
    "kabar", "klaim", "informasi", "tudingan", "tuduhan", "isu", "narasi", "unggahan", "berita", "laporan", "hal")
    for dem in ("itu", "tersebut", "ini"))
ACTIVE_DENIAL_TAILS = ("pada", "dalam", "saat", "ketika", "di", "melalui", "kepada", "kemarin", "hari", "sejak")
# ... of which these say another speaker said the same: the earlier words stay the earlier speaker's.
SIMILAR_BACKREFS = ("hal senada", "senada")
# Words of an agentless accusation in the sentence a back-pointing denial refers to.
ACCUSATION_MARKERS = ("dituduh", "dituding", "diduga", "disebut-sebut", "dikabarkan")

# Pronouns that take the previous speaker.
PRONOUNS = ("ia", "dia", "beliau", "mereka", "saya", "kami")
# Words that end a speaker phrase (what follows is an adjunct: time, place, channel).
NP_STOPS = (
    "dalam", "kepada", "saat", "ketika", "pada", "di", "seusai", "usai", "melalui", "lewat",
    "sambil", "seraya", "kemarin", "tadi", "ketika", "sewaktu", "selepas", "setelah", "sebelum",
    "dikutip", "seperti", "sebagaimana", "yang", "terkait", "soal", "mengenai", "tentang", "menanggapi",
    "dihubungi", "dikonfirmasi", "ditemui", "kepadanya", "secara", "via", "dari", "saat",
)
# Written capitalised, a stop word is part of a name (`Menteri Dalam Negeri`), not a preposition.
STOPS_LOWER_CASE = True
# ... except inside a role phrase that has no name before the stop word and ends in a full name
# after it: `Wakil Ketua Komisi II dari Fraksi X Ana Lestari mengatakan` (not `Ana Lestari dari X`).
NP_STOPS_INSIDE_ROLE = ("dari",)
# Adverbs between a speaker and the verb: `X juga mengatakan`.
NP_TRAILING_ADVERBS = (
    "juga", "pun", "sebelumnya", "kembali", "telah", "sudah", "pernah", "lantas", "kemudian", "bahkan",
    "sendiri", "justru", "lagi", "pula", "hanya", "sempat", "tak", "tidak", "malah", "akhirnya",
    "lalu", "sebelumnya,", "selanjutnya", "menambahkan", "pun", "sementara", "jelas",
    # how long or how often (`sudah lama menuduh`, `berulang kali mengatakan`)
    "lama", "sejak lama", "selama ini", "berulang kali", "berulang-ulang", "terus", "terus-menerus",
    "kerap", "sering", "seringkali", "sering kali", "beberapa kali", "sekali lagi", "masih", "tetap",
    "belakangan ini", "secara terbuka", "dengan tegas",
)
# Name words that are common words too: before another capitalised word they open a name (Sasak
# `Lalu Muhammad Zaini`, `Baiq Nuril`), not a sentence (`lalu`, then).
GIVEN_NAME_WORDS = ("lalu", "baiq")
# Sentence-initial connectives and adverbials dropped before looking for a speaker.
LEADING_CONNECTIVES = (
    "dimana", "di mana", "apalagi", "padahal", "bahkan", "selain itu", "oleh sebab itu",
    "namun", "tetapi", "akan tetapi", "sementara itu", "sementara", "sebelumnya", "selain itu",
    "di sisi lain", "adapun", "kemudian", "lebih lanjut", "oleh karena itu", "karena itu",
    "baru-baru ini", "dalam kesempatan itu", "dalam kesempatan tersebut", "pada kesempatan itu",
    "pada kesempatan tersebut", "sedangkan", "sebaliknya", "meski demikian", "meski begitu",
    "kendati demikian", "selanjutnya", "dengan demikian", "secara terpisah", "terpisah", "sementara",
    "bahkan", "lalu", "juga", "dan", "tapi", "padahal", "akhirnya", "saat itu", "ketika itu",
)
# Prepositions that open a fronted adverbial (`Pada Jumat (24/5), X mengatakan`).
FRONTED_ADVERBIAL_HEADS = (
    "pada", "dalam", "di", "saat", "ketika", "usai", "seusai", "sebelumnya", "dikutip", "seperti",
    "dilansir", "mengutip", "melansir", "menurut", "sejak", "setelah", "terkait", "menanggapi",
    "sebagaimana", "kepada", "dari", "melalui", "lewat", "untuk", "atas",
    "berbeda", "senada", "sejalan",  # `Berbeda (dengan Darmawan), ekonom X berpendapat`
    # a time of day (`Pagi tadi, Hendra menyebut ...`)
    "pagi", "siang", "sore", "malam", "kemarin", "semalam", "tadi", "subuh", "dini",
)
COMPLEMENTIZERS = ("bahwa", "kalau", "jika")
# ... of which these also open a condition (`terancam jika porsi subsidi naik`).
CONDITIONAL_COMPLEMENTIZERS = ("kalau", "jika")
# `kepada X` names the medium the speaker spoke to.
CHANNEL_PREPS = ("kepada",)
GENERIC_CHANNELS = ("wartawan", "media", "awak media", "pers", "jurnalis", "kami", "dia", "mereka")
# Words that coordinate several speakers (`Malaysia bersama sekutunya, Singapura`).
SPEAKER_COORD = ("bersama sekutunya", "bersama", "dan", "serta")
# One speaker under two names (`Bapanas atau badan pangan nasional`): the first is its name.
SPEAKER_ALTERNATIVE = ("atau", "alias", "yang juga dikenal sebagai")
DOCUMENT_HEADS = ("pernyataan", "pernyataan resmi", "keterangan", "keterangan resmi", "rilis", "siaran pers", "laporan", "dokumen", "surat", "data", "survei", "hasil", "kajian", "studi", "riset")
ORG_HEADS = (
    "pemerintah", "kementerian", "badan", "kantor", "lembaga", "dinas", "komisi", "partai", "pihak",
    "militer", "tentara", "intelijen", "kepolisian", "polisi", "polda", "polres", "kejaksaan",
    "pengadilan", "mahkamah", "dewan", "majelis", "otoritas", "perusahaan", "pt", "bank", "juru",
    "kelompok", "komunitas", "gerakan", "koalisi", "aliansi", "organisasi", "yayasan", "asosiasi",
    "himpunan", "serikat", "paguyuban", "forum", "ikatan", "persatuan", "perkumpulan",
)

# Title words that are name words too (`Lukman Hakim Pratama`, `Raja Juli Antoni`): inside a run
# of capitalised words after one that can only be a name, they are part of the name.
TITLES_IN_NAMES = ("hakim", "agung", "raja", "ratu", "pangeran", "utama")
# ... of which a royal title ends no office's name: after an office noun it opens the name
# (`Menteri Kehutanan Raja Juli Antoni`; but `Kejaksaan Agung Harli Siregar`).
ROYAL_TITLES = ("raja", "ratu")
# The noun of a field an office holds (`Menteri Kehutanan`, `Kepala Dinas Perhubungan`): a
# ke-...-an or pe-...-an noun, never a given name.
OFFICE_NOUN_RE = r"^(?:ke|pe[rmn]?)\w{3,}an$"

# The offices of police and military units, written as one word (`Dirreskrimsus Polda Sulsel Kombes
# Pol X`: director of special crimes).
_POLICE_AND_MILITARY_OFFICES = (
    "dirreskrimsus", "dirreskrimum", "dirresnarkoba", "dirressiber", "dirlantas", "dirpolairud", "dirsamapta",
    "dirintelkam", "dirbinmas", "kasatreskrim", "kasatnarkoba", "kasatlantas", "kasatintelkam", "kasatsamapta",
    "kanit", "kanitreskrim", "wakapolda", "wakapolres", "wakapolri", "kapolresta", "kapolrestabes", "kabidhumas",
    "kasubbid", "kapendam", "kadispen", "kadispenad", "kadispenal", "kadispenau", "kapuspen",
)
# Role words before a name (`Juru bicara kepolisian Budi Hartono`): never part of the name itself.
TITLES = (
    "presiden", "wakil", "menteri", "menlu", "menhan", "mensos", "mendagri", "menkes", "menkeu", "mendag",
    "menperin", "mentan", "menhub", "menaker", "menpora", "menag", "menkominfo", "mendikbud", "kepala", "ketua", "juru", "bicara", "jubir",
    "direktur", "dirut", "gubernur", "bupati", "wali", "kota", "sekretaris", "jenderal", "sekjen",
    "komisaris", "besar", "ajun", "inspektur", "brigadir", "letnan", "kolonel", "mayor", "kapten",
    "kapolda", "kapolres", "kapolri", "kapolsek", "kabid", "kasat", "kasubdit", "dir", "irjen", "brigjen",
    *_POLICE_AND_MILITARY_OFFICES, "kombes", "akbp", "kompol", "akp", "ipda", "iptu", "aiptu", "bripka", "jenderal", "marsekal",
    "laksamana", "panglima", "deputi", "asisten", "staf", "khusus", "anggota", "pimpinan", "pemimpin",
    "tertinggi", "perdana", "senior", "pengamat", "peneliti", "ekonom", "analis", "dosen", "guru",
    "profesor", "prof", "dr", "drs", "dra", "drg", "drh", "ir", "h", "hj", "kh", "ustaz", "pendeta", "bapak", "ibu", "pak", "bu",
    "humas", "bidang", "kasubbag", "kabag", "plt", "pj", "ketum", "waketum", "bendahara", "koordinator",
    "manajer", "manager", "founder", "ceo", "ahli", "pakar", "dokter", "epidemiolog", "sosiolog",
    "raja", "ratu", "pangeran", "kanselir", "rektor", "dekan", "hakim", "jaksa", "agung", "umum",
    "utama", "eksekutif", "operasional", "pelaksana", "tugas", "kepresidenan", "istana", "duta", "besar",
    "mantan", "eks", "calon", "capres", "cawapres", "caleg", "legislator", "politikus", "politisi", "kader",
    "senator", "camat", "lurah", "kades", "kepala desa", "sekda", "kadis", "kapuspen", "karopenmas",
    "pengacara", "advokat", "kuasa", "hukum", "penasihat", "warga", "petani", "nelayan", "pedagang", "mahasiswa",
    # people who hold no office, quoted as a group (`Para pelapor mengaku ...`) or before a name
    "pelapor", "penumpang", "pengguna", "siswa", "pasien", "korban", "saksi", "relawan", "pengungsi", "buruh",
    "karyawan", "pegawai", "penambang", "sopir", "pengemudi", "peserta", "nasabah", "konsumen", "pendemo",
    # (nouns of people shaped like per- verbs: `Seorang perawat mengatakan`)
    "perawat", "peretas", "perajin", "perokok", "perantau", "perampok", "perompak", "perenang", "perwira",
    "dirjen", "wamen", "menko", "deputi", "direktur jenderal", "pol",
    # the second word of a rank (`Marsekal Madya Kusworo`, `Laksamana Madya`); not `muda` or
    # `pertama`, which are common words too (`perempuan wali kota pertama di Surabaya`)
    "madya",
    # English job titles that Indonesian outlets keep (`Corporate Secretary PT X Rizky`, `General
    # Manager Bandara X Rudy`, `Vice President Corporate Communication X`)
    "corporate", "secretary", "vice", "president", "general", "chief", "officer", "head", "director",
    "communication", "communications", "public", "relations",
)

# Portfolio and unit words written capitalised inside titles (`Menteri Perdagangan Budi`).
TITLES = TITLES + (
    "perdagangan", "keuangan", "pendidikan", "sosial", "luar", "negeri", "pertahanan", "kesehatan",
    "agama", "hukum", "perhubungan", "pertanian", "perindustrian", "koordinator", "perekonomian",
    "pariwisata", "bumn", "negara", "dalam", "kebudayaan", "riset", "teknologi", "ketenagakerjaan",
    "perencanaan", "pembangunan", "investasi", "kelautan", "perikanan", "lingkungan", "hidup",
    "kehutanan", "pertahanan", "keamanan", "politik", "energi", "sumber", "daya", "mineral",
    "komunikasi", "informatika", "pemuda", "olahraga", "perumahan", "rakyat", "pekerjaan", "umum",
    "desa", "koperasi", "ukm", "hubungan", "masyarakat", "penerangan", "pusat",
    # (the portfolios of ministries named in lists: `Menteri Desa, Pembangunan Daerah Tertinggal, dan
    # Transmigrasi`, `Menteri Pemberdayaan Perempuan dan Perlindungan Anak`)
    "transmigrasi", "tertinggal", "pdt", "agraria", "tata", "ruang", "pertanahan", "aparatur",
    "reformasi", "birokrasi", "pemberdayaan", "perempuan", "perlindungan", "anak", "kependudukan", "ekonomi",
    "kreatif", "industri", "dasar", "menengah", "tinggi", "sains", "hak", "asasi", "manusia", "imigrasi",
    "pemasyarakatan", "pangan", "pekerja", "migran",
)

DAY_NAMES = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")

# Abbreviations that end in a period but do not end a sentence (the splitter's list).
ABBREVIATIONS = (
    "jl.", "dll.", "dsb.", "dst.", "tbk.", "prof.", "dr.", "drs.", "dra.", "drg.", "drh.", "ir.", "h.", "hj.", "no.", "st.",
    "kh.", "m.", "s.", "a.", "sh.", "se.", "mh.", "msi.", "mm.", "phd.", "rp.", "tel.", "kab.", "kec.",
    "kel.", "ds.", "sdr.", "yth.", "bpk.", "ny.", "tn.", "nn.", "pol.", "purn.", "ket.", "hlm.", "vol.",
    "bag.", "mr.", "mrs.", "ms.", "jr.", "sr.", "u.s.", "st.", "gen.", "lt.", "col.", "sgt.", "jend.",
)

# Sentence-initial fronted participles: `Dihubungi terpisah, X mengatakan`.
FRONTED_ADVERBIAL_HEADS = FRONTED_ADVERBIAL_HEADS + (
    "dihubungi", "dikonfirmasi", "ditemui", "ditanya", "ditanyai", "berbicara", "menanggapi",
    "merespons", "menjawab", "berdasarkan", "sebagai", "mengenai", "soal", "tentang", "meski",
    "meskipun", "walaupun", "jika", "apabila", "karena", "sebab", "agar", "supaya", "secara",
)
# Lower-case words allowed inside a speaker phrase besides titles and organisation heads.
NP_FILLERS = (
    "dan", "atau", "bersama", "sekutunya", "serta", "dari", "para", "sejumlah", "beberapa", "pihak",
    "juru", "bicara", "parlemen", "nasional", "daerah", "provinsi", "kabupaten", "kota", "negara",
    "luar", "negeri", "dalam", "pertahanan", "keamanan", "kesehatan", "keuangan", "umum", "rakyat",
    "perwakilan", "sekolah", "tinggi", "universitas", "warga", "politik", "hukum", "ekonomi",
    "kebijakan", "publik", "sosial", "pendidikan", "agama", "tim", "satgas", "gugus", "tugas",
    "penanganan", "pusat", "divisi", "biro", "bagian", "seksi", "unit", "kepolisian", "resor",
    "sektor", "lalu", "lintas", "reserse", "kriminal", "khusus", "narkoba", "intelijen", "laporan",
    "militer", "pemerintah", "kementerian", "badan", "kantor", "lembaga", "dinas", "komisi", "partai",
    "tentara", "polisi", "kejaksaan", "pengadilan", "mahkamah", "dewan", "majelis", "otoritas",
    "perusahaan", "bank", "kepresidenan", "kantor", "berita", "media", "pemerhati", "aktivis",
    "pengajar", "pengurus", "ketua", "anggota", "relawan", "koalisi", "masyarakat", "sipil", "lembaga",
    "swadaya", "penyidik", "penyelidik", "petugas", "pejabat", "tersangka", "saksi", "korban",
    "pengacara", "kuasa", "hukum", "penasihat", "pelaksana", "harian", "wilayah", "bidang", "urusan",
    "deputi", "staf", "ahli", "senior", "utama", "muda", "madya", "negeri", "swasta", "sang", "si",
    "bin", "binti", "van", "de", "der", "al", "el", "pengamat", "peneliti", "ekonom", "analis",
    # groups of people who speak as one in news and fact-checks (`sejumlah warganet mengklaim`)
    "warganet", "netizen", "pengguna", "petani", "nelayan", "pedagang", "buruh", "mahasiswa", "demonstran",
    "pengunjuk", "rasa", "penduduk", "pekerja", "karyawan", "pegawai", "orang", "tua", "siswa", "pelajar",
)
# A lower-case word of this shape inside a would-be speaker phrase marks a clause, not a name:
# passive di- and active me-/ber- verbs (`dibonceng`, `menggunakan`).
# Words shaped like verbs by their prefix (`mengatakan`, `perlu`): as a speaker phrase alone, a
# capitalised one the body never writes in lower case is a name (`Pertamina`, `Bernard`, `Permadi`).
VERB_SHAPE_RE = r"^(?:di|me|ber|ter|mem|men|meng|meny)\w{4,}$|^per(?!\w+an$)\w{4,}$"
CLAUSE_WORD_RE = r"^(?:di|me|ber|ter|mem|men|meng|meny)\w{4,}$|^per(?!\w+an$)\w{4,}$|^(?:harus|akan|sudah|telah|masih|bisa|dapat|ini|itu|tersebut|adalah|ialah|merupakan|tidak|tak|belum|untuk|dengan|yang|karena|agar|jika|kalau|saat|ketika|sejalan|ada|hanya|semua|seketika|hingga|kini|sebab|namun|dimana|tujuannya|\w+nya)$"
# `-nya` cues and third-person pronouns take the last person who spoke (PFSA-ID's rule), not
# the last name mentioned.
PRONOUN_TAKES_SUBJECT = False
# ... except a subject pronoun right after a sentence that introduced someone by a role noun (`Bupati
# X telah menetapkan ... Dia mengatakan ...`): that person, as for a `-nya` cue.
NEW_PERSON_PRONOUNS = ("dia", "ia", "beliau")
# ... but a person a sentence introduces by a role noun after the last quotation (`Gubernur Jabar
# Ana Lestari berharap ...`) is who the next `-nya` cue speaks for: the role nouns that open such a subject.
ROLE_HEADS = frozenset((
    "presiden", "wakil", "menteri", "kepala", "ketua", "gubernur", "bupati", "wali", "direktur", "sekretaris",
    "juru", "koordinator", "pengamat", "peneliti", "dosen", "guru", "rektor", "dekan", "anggota", "komisaris",
    "kapolda", "kapolres", "kapolri", "kapolsek", "kabid", "kombes", "akbp", "irjen", "brigjen", "jenderal",
    "panglima", "deputi", "asisten", "plt", "pelaksana", "dokter", "ahli", "pakar", "epidemiolog", "ekonom",
    "analis", "politisi", "pendiri", "manajer", "kasubdit", "kasat", "komandan", "camat", "lurah", "sekjen",
    "ketum", "dirut", "jaksa", "pengacara", "advokat", "kuasa", "jubir", "kabag", "kapuspen",
    "kadis", "kasi", "kasubag", "wamen", "senator", "legislator", "kasatreskrim", "kapuspenkum", "ketua", "staf",
    *_POLICE_AND_MILITARY_OFFICES,
))
# What news calls the people it quotes who hold no office (`Siti Khotijah (52), warga Tambak Lorok,
# ...`, `Yusran, seorang penambang, ...`): after a name and a comma, they introduce the next quote's speaker.
CITIZEN_ROLES = frozenset((
    "warga", "seorang", "salah", "penambang", "pengungsi", "korban", "nelayan", "pedagang", "petani", "sopir",
    "pengemudi", "mahasiswa", "siswa", "buruh", "karyawan", "pegawai", "penumpang", "saksi", "ibu", "orang",
))

# Where a resident lives, after the name (`Sri Wahyuni (45), warga Kelurahan Tlogosari Kulon, Kecamatan
# Pedurungan, Kota Semarang, mengaku ...`): a phrase about the speaker, the places no speakers.
ADDRESS_TAIL_RE = (r",\s*(?:warga|penduduk|tinggal di)\s+[^,\x00]{2,60}"
                   r"(?:,\s*(?:(?:Desa|Kelurahan|Dusun|Kampung|RT|RW|Kecamatan|Kabupaten|Kota|Provinsi)\b[^,\x00]{0,40}"
                   # (a place named without its unit: `warga Desa Batursari, Mranggen, mengaku`)
                   r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))*\s*,?\s*$")

# `..., seperti yang diumumkan oleh Istana.`
AS_PASSIVE_RE = r"[,;]\s*(?:seperti|sebagaimana)\s+(?:yang\s+)?(?:di\w+)\s+(?:oleh\s+)?(?P<np>[^.;\x00]{1,140}?)[\s.!?]*$"
SOURCE_PREPS = ("dari", "oleh")

# Capitalised words that open a sentence but never a name.
NAME_STOPS = (
    "para", "sang", "si", "sejumlah", "beberapa", "semua", "seluruh", "setiap", "banyak", "namun", "tetapi",
    "dan", "atau", "sementara", "saat", "ketika", "dalam", "pada", "di", "ke", "dari", "untuk", "bagi",
    "ini", "itu", "tersebut", "dimana", "adapun", "kemudian", "lalu", "selain",
)

SPEECH_PARTICIPLES = ("mengutip", "dikutip", "melansir", "dilansir")

INVERSION_ADJUNCTS = ("pada", "di", "dalam", "saat", "ketika", "kepada", "usai", "seusai", "kemarin")

# `X bernama Y`: the name after the marker is the speaker.
NAMED_MARKERS = ("yang bernama", "bernama", "berinisial", "yang berinisial", "dengan inisial")
# `Melansir dari X, ...` / `Dikutip dari X, ...`: the source of a sentence that names no speaker.
MEDIA_CUES = ("melansir", "dilansir", "mengutip", "dikutip")
# Passives of saying whose agent may follow without `oleh` (`Keluhan serupa disampaikan Siti
# Maesaroh (38), warga ...`): the person named brings in the quotation that follows.
SPEECH_PASSIVES = ("disampaikan", "diungkapkan", "dikatakan", "dikeluhkan", "dituturkan", "diutarakan",
                   "dirasakan", "dialami")
# Who runs the account a post came from (`pemilik akun mengklaim ...`): the account the article names.
ACCOUNT_OWNERS = ("pemilik akun", "pemilik akun tersebut", "pemilik akun itu", "pengunggah", "pengunggah video",
                  "pengunggah video tersebut", "pembuat video", "pembuat video tersebut")
# A role met before, named again with a demonstrative after it (`pejabat itu`, `akun tersebut`).
POSTPOSED_DEMONSTRATIVES = ("itu", "tersebut", "ini")
# ... a person (besides titles) when no earlier speaker was named by that noun: the person just quoted
DEMONSTRATIVE_PERSON_HEADS = ("pria", "wanita", "perempuan", "lelaki", "laki-laki", "pejabat", "politisi",
                              "politikus", "pengamat", "tokoh", "perwira", "diplomat", "legislator", "ekonom")
# ... and those that point back at the last body that spoke (`Lembaga itu memproyeksikan ...`).
DEMONSTRATIVE_BODY_HEADS = ("lembaga", "badan", "organisasi", "kementerian", "perusahaan", "institusi", "instansi",
                            "komisi", "otoritas", "bank", "dana")
# ... and never a speaker (`hal itu`, `kabar tersebut`: what was said)
DEMONSTRATIVE_NON_SPEAKERS = ("hal", "kabar", "informasi", "berita", "pernyataan", "klaim", "isu", "tuduhan", "kasus")
# What a post, a video or a chain message says (`Beredar unggahan di Facebook yang menyebut ...`,
# `video dengan narasi ...`): the thing itself is the speaker, as fact-checkers file it.
CARRIER_HEADS = ("unggahan", "postingan", "video", "pesan", "pesan berantai", "foto", "gambar", "konten",
                 "tangkapan layar", "cuitan", "twit", "artikel", "tulisan", "poster", "selebaran")
CARRIER_QUANTIFIERS = ("sebuah", "satu", "beberapa", "sejumlah", "berbagai")
CARRIER_LINKS = ("yang", "dengan")
# ... and as a subject, the words after its head that place it (`Unggahan di Facebook itu menyebut`).
CARRIER_SUBJECT_LINKS = ("di", "yang", "beredar", "viral", "dari", "tersebut", "itu", "ini", "akun", "milik")
CARRIER_CUES = ("menyebut", "menyebutkan", "mengklaim", "menyatakan", "mengatakan", "berisi", "berisikan",
                "menuliskan", "menarasikan", "menginformasikan", "narasi", "klaim", "keterangan", "judul")
# Where the speaker's words end and the reporter's begin: the medium that carried them
# (`X mengatakan A, seperti dikutip AFP.`).
REPORTER_TAIL_RE = r",\s*(?:(?:seperti|sebagaimana)\s+)?(?:dilansir|dikutip|melansir|mengutip)\s"
# Leading words of a speaker phrase after a trailing cue (`dilansir dari X`).
NP_AFTER_PREPS = ("dari",)

OBJECT_VERBS = ("memperingatkan", "mengingatkan", "memberi tahu", "memberitahu")
NAME_PARTICLES = ("bin", "binti", "van", "de", "al")
PLURAL_HEAD_RE = None

HONORIFICS = ("bapak", "ibu", "pak", "bu", "mbak", "mas", "bung", "dr", "drg", "drh", "prof", "kh", "h", "hj")

# Words that open a reported-speech frame without being a cue themselves (`seperti yang diumumkan`).
GATE_EXTRA = ("seperti", "sebagaimana")

# Content words that make a neutral cue a denial or an accusation. Topic words (senjata, peluru)
# stay out: supplying arms is news, not by itself an accusation.
DENY_CONTENT = (
    "tidak pernah", "tidak ada rencana",
    "tidak benar", "hoaks", "hoax", "bohong", "tidak berdasar", "tanpa dasar", "fitnah", "mengada-ada",
    "mematuhi kewajiban", "secara ketat mematuhi",
)
ACCUSE_CONTENT = (
    "diduga", "lalai", "menyalahgunakan", "penyalahgunaan", "menggelapkan", "penggelapan", "memanipulasi", "manipulasi", "kecurangan", "curang", "politik uang", "memasok senjata", "memasok amunisi", "senjata ke", "amunisi ke", "mengabaikan",
    "melanggar", "pelanggaran", "menipu", "penipuan",
    "korupsi", "suap", "menyuap", "menyelundupkan", "penyelundupan", "secara ilegal", "kejahatan perang",
    "menyiksa", "penyiksaan", "menculik",
)

# ... but not after these words: `sumber yang mengetahui pembicaraan itu mengatakan`
NP_STOPS_KEPT_AFTER = {"yang": ("sumber",)}
# Unnamed sources as news names them: `sumber yang mengetahui pembicaraan itu`.
ANONYMOUS_SOURCE_RE = r"^(?:beberapa\s+|dua\s+|tiga\s+)?sumber(?:\s+yang)?\s+(?:mengetahui|dekat\s+dengan|mengenal|memahami)\s"

# Before a verb of saying, nothing was said: `Yurianto tak mengumumkan jumlahnya`.
NEGATIONS = ("tidak", "tak", "belum", "bukan", "tiada", "enggan")

# Words a title leaves in lower case (`Laskar Pelangi dan Sang Pemimpi`).
TITLE_SMALL_WORDS = ("dan", "atau", "di", "ke", "dari", "yang", "untuk", "dengan", "pada")

# Places written between a title and a name (`Kepala Desa Sukamaju Oman Suherman`, `Kepala Kantor
# SAR Bandung Asep Rahmat Hidayat`): the word after an administrative unit is the place's, and so
# is a province or a large city; a direction word may follow (`Bandung Barat`).
PLACE_UNITS = ("desa", "kecamatan", "kabupaten", "kota", "kelurahan", "provinsi", "dusun", "kampung", "cabang",
               "kab.", "kec.", "kel.", "prov.", "kanwil", "wilayah", "daerah", "pulau", "nagari")
PLACE_MODIFIERS = ("barat", "timur", "utara", "selatan", "tengah", "raya", "jaya", "besar", "kidul")
# Geographic nouns that open a two-word place name (`Tanjung Pinang`, `Teluk Bintuni`, `Sungai
# Penuh`, `Muara Enim`, `Gunung Kidul`): opening a run of capitalised words before a person's name,
# one takes the next word into the place.
TOPONYM_HEADS = ("tanjung", "teluk", "sungai", "muara", "kuala", "bukit", "gunung", "tanah", "labuhan", "labuan",
                 "bandar", "banda", "kepulauan", "danau", "selat", "ujung", "pangkalan", "lubuk")
# A relay opening a sentence that is reported content (`Seperti dilansir Reuters, Minggu (9/11/2025),
# PVMBG menaikkan status ...`, then `Hal itu disampaikan X`): the medium and its day, no content.
SOURCE_FRAME_RE = (r"(?:seperti\s+(?:yang\s+)?)?(?:dilansir|dikutip|mengutip|melansir)\s+(?:dari\s+)?[^,.;\n]{1,60},\s*"
                   r"(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\s*(?:\([^)]{1,20}\))?,\s*)?")
# News calls a person by the first word of their name (`kata Agustinus` for Agustinus Boli Lamanepa).
CALLS_BY_FIRST_NAME = True
# Legal forms that open a company's name (`PT Mitra Husada Farmaindo`), written before its officer's name.
COMPANY_FORMS = ("PT", "CV", "Perum", "Persero")
# The words that close a place's name and are no part of a person's (`Flores Timur`, `Jawa Barat`).
COMPASS_WORDS = ("barat", "timur", "utara", "selatan", "tengah", "tenggara", "daya", "kidul")
# Words that open a person's name in regional naming (Buton, Bali, Aceh, Java): an office's name
# ends before them (`Direktur PT Wakatobi Lintas Samudra La Ode Syamsul Arifin`).
NAME_OPENERS = ("la ode", "wa ode", "anak agung", "ida bagus", "i gusti", "i made", "i wayan", "i nyoman",
                "i ketut", "i putu", "i komang", "i kadek", "ni made", "ni luh", "ni putu", "ni nyoman",
                "ni ketut", "ni kadek", "teuku", "tengku", "raden")
PLACES = (
    "aceh", "sumut", "sumbar", "riau", "jambi", "sumsel", "bengkulu", "lampung", "babel", "kepri", "jakarta", "dki",
    "jabar", "jateng", "diy", "yogyakarta", "jogja", "jatim", "banten", "bali", "ntb", "ntt", "kalbar", "kalteng",
    "kalsel", "kaltim", "kaltara", "sulut", "sulteng", "sulsel", "sultra", "gorontalo", "sulbar", "maluku", "malut",
    "papua", "medan", "padang", "pekanbaru", "palembang", "bandung", "semarang", "surabaya", "malang", "solo",
    "surakarta", "makassar", "manado", "denpasar", "mataram", "kupang", "pontianak", "banjarmasin", "balikpapan",
    "samarinda", "jayapura", "ambon", "batam", "bogor", "depok", "bekasi", "tangerang", "cirebon", "tasikmalaya",
    "sukabumi", "cianjur", "garut", "purwakarta", "karawang", "kediri", "madiun", "jember", "banyuwangi", "tegal",
    "pekalongan", "magelang", "klaten", "sleman", "bantul", "kulonprogo", "serang", "cilegon", "palu", "kendari",
    "mamuju", "ternate", "sorong", "merauke", "bukittinggi", "dumai", "tanjungpinang", "pangkalpinang", "bengkalis",
)
# The country whose places PLACES lists: a dateline there makes an English article's `the health
# ministry` Indonesia's (extraction/country.py).
COUNTRY = "ID"
# More places a dateline names, beside PLACES (which the name rules read too).
DATELINE_PLACES = (
    "indonesia", "palangka raya", "palangkaraya", "banda aceh", "bandar lampung", "nusa dua", "labuan bajo", "sumatra",
    "sumatera", "java", "jawa", "sulawesi", "lombok", "flores", "sumbawa", "bima", "ende", "maumere", "larantuka",
    "tarakan", "sampit", "bitung", "timika", "manokwari", "nabire", "lhokseumawe", "cilacap", "sidoarjo", "gresik",
    "probolinggo", "pasuruan", "mojokerto", "tuban", "purwokerto", "salatiga", "kudus", "jepara", "pati", "karanganyar",
    "wonosobo", "temanggung", "agam", "pariaman", "bukit tinggi", "payakumbuh", "tanjung priok", "kuta", "ubud",
    "singaraja", "gianyar", "tabanan", "bulukumba", "pare-pare", "parepare", "gowa", "maros", "luwu", "kolaka",
    "baubau", "tual", "kaimana", "fakfak", "biak", "wamena", "singkawang", "ketapang", "sintang", "kotawaringin",
    "tanjung selor", "nunukan", "bontang", "kutai", "tenggarong", "penajam", "nusantara", "jambi", "tangerang selatan",
)

# A one-word institution inside a title before a name (`Dirjen Perhubungan Darat Kemenhub Irwansyah
# Lubis`): the name starts after it.
INSTITUTION_WORD_RE = (r"^(?:kemen\w+|polda\w*|polres\w*|polsek\w*|pemkab\w*|pemkot\w*|pemprov\w*|dinkes\w*|disdik\w*"
                       r"|basarnas|bnpb|bpbd\w*|bmkg|bpom|bps|kpu\w*|bawaslu\w*|kpk|ojk|polri|kejati\w*|kejari\w*"
                       r"|kejagung|bpjs\w*|knkt|komnas\w*|diskominfo\w*|dishub\w*|kominfo|komdigi|bulog|brin|bnn\w*"
                       r"|dprd\w*|kemenkes"
                       # the last word of a body named in English (`peneliti Nusantara Cyber Research Lab
                       # Yudhistira Anggoro`): a person's name holds none of them
                       r"|lab|laboratory|institute|center|centre|foundation|group|watch|tbk|corp|inc|ltd|university|universitas)$")
# Words opening an adjunct between a speaker and the verb (`X, dalam konferensi pers, mengatakan`).
ADJUNCT_OPENERS = ("dalam", "saat", "di", "pada", "usai", "seusai", "ketika", "kepada", "melalui", "sebelum", "setelah")


# The nouns of a phrase naming an online account or a group whose name follows in quotation marks
# (`akun Facebook "Mamuju Bersuara"`, `kelompok "Gelombang Hijau"`): the account or group is the speaker.
ACCOUNT_HEADS = ("akun", "unggahan", "kanal", "grup", "laman", "halaman", "situs", "kelompok", "komunitas",
                 "gerakan", "koalisi", "aliansi", "forum", "paguyuban")

# `X mengatakan A dan meminta agar B`: a joiner right before a second speech verb with no subject
# of its own (and an adverb that may come between); the speaker is the same.
SHARED_SUBJECT_JOINERS = ("dan", "serta", "namun", "tetapi")
JOINED_VERB_ADVERBS = ("juga", "kemudian", "lalu", "pun")
# Words that join a second attribution to a first (`X mengatakan A, namun Y menyebut B`).
SECOND_CLAUSE_JOINERS = ("namun", "tetapi", "sedangkan", "sementara", "dan")
# The plain verbs of saying, which a second attribution uses (`namun Y menyebut B`).
CORE_SPEECH_VERBS = ("mengatakan", "menyatakan", "menyebut", "menyebutkan", "menegaskan", "menjelaskan",
                     "mengungkapkan", "menilai", "mengklaim", "berkata")
