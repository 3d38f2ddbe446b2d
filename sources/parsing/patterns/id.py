"""Indonesian page furniture and metadata labels (detik, Kompas, Tribun, Kontan, Antara...)."""

import re

I = re.IGNORECASE

DROP_LINE = (
    # Inline links to other articles: "BACA JUGA: ...", "Baca juga: ...", "Lihat juga: ...".
    re.compile(r"^[•·*-]?\s*(?:baca|lihat|simak|tonton)\s+(?:juga|pula)\b.{0,300}$", I),
    # "Simak berita selengkapnya di halaman selanjutnya." and the like: pagination prompts.
    re.compile(r"^(?:simak|baca|lihat)\s+(?:berita|artikel|informasi|video)?\s*(?:selengkapnya|lainnya|berikutnya)\b.{0,120}$", I),
    re.compile(r"^(?:halaman|hal\.?)\s*(?:selanjutnya|berikutnya|\d+)\W*$", I),
    re.compile(r"^(?:selengkapnya|lanjutkan membaca|lanjut baca|(?:sebagian )?artikel ini (?:telah )?tayang di)\b.{0,200}$", I),
    # Editors' picks and reading prompts (Tempo, Kompas, CNN Indonesia, Liputan6).
    re.compile(r"^pilihan editor\s*:.{0,300}$", I),
    re.compile(r"^baca berita dengan sedikit iklan\b.{0,80}$", I),
    re.compile(r"^(?:simak breaking news|dapatkan update berita)\b.{0,400}$", I),
    re.compile(r"^url telah tercopy\W*$", I),
    re.compile(r"^(?:tulis komentar|konten premium|waktu baca \d+ menit|kamu sudah menonton video terbaru berikut ini\?)\W*$", I),
    re.compile(r"^silakan baca konten menarik lainnya\b.{0,150}$", I),
    re.compile(r"^(?:lihat foto|perbesar|bagikan (?:artikel|berita) ini(?: (?:melalui|lewat|via|ke))?)\W*$", I),
    re.compile(r"^kirim(?:kan)? ke email\b.{0,120}$", I),
    re.compile(r"^ikuti berita terkini\b.{0,150}$", I),
    re.compile(r"^simak video\b.{0,200}$", I),
    re.compile(r"^(?:baca halaman (?:berikutnya|selanjutnya)|scroll untuk melanjutkan)\W*$", I),
    re.compile(r"^scroll (?:down |ke bawah )?untuk (?:melanjutkan|lanjut) membaca\W*$", I),
    # Tempo: the font-size buttons and the note on its editorial guidelines.
    re.compile(r"^ukuran (?:font|huruf|teks)\s*:?(?:\s*(?:kecil|sedang|besar|normal))*\W*$", I),
    re.compile(r"^artikel ini telah disesuaikan dengan pedoman\b.{0,80}$", I),
    # Reading prompts: "Baca berita lengkap dan menarik lainnya di Google News" (CNN Indonesia), Liputan6's hoax hotline.
    re.compile(r"^baca (?:berita|artikel)\b.{0,60}\bdi google news\W*$", I),
    # "Cek Berita dan Artikel yang lain di Google News (dan WA Channel)", "Baca berita tanpa iklan. Gabung Kompas.com+"
    re.compile(r"^cek berita dan artikel yang lain di google news\b.{0,40}$", I),
    re.compile(r"^baca berita tanpa iklan\b.{0,60}$", I),
    # detik's link to its own copy and app prompt, CNN Indonesia's link to the full story.
    re.compile(r"^baca artikel detik\w*,.{0,250}\bselengkapnya\b.{0,120}$", I),
    re.compile(r"^download apps detik\w*\b.{0,120}$", I),
    re.compile(r"^baca (?:berita|artikel) (?:lengkap(?:nya)?|selengkapnya) di sini\W*$", I),
    # Katadata's and Bisnis's prompts
    re.compile(r"^dapatkan informasi terkini dan terpercaya\b.{0,200}$", I),
    re.compile(r"^nikmati konten premium\b.{0,80}$", I),
    re.compile(r"^[•·*-]?\s*fakta atau hoaks\?\s*untuk mengetahui kebenaran\b.{0,300}$", I),
    # A footer bar of site links: "Liputan6.com | Tentang Kami | Pedoman Media Siber | Kebijakan Privasi".
    re.compile(r"^(?:[^|]{1,40}\|\s*){1,6}pedoman media siber(?:\s*\|[^|]{1,40}){0,6}$", I),
    # The editors' initials closing a detik article: "(asm/sar)".
    re.compile(r"^\([a-z]{2,5}(?:/[a-z]{2,5}){1,3}\)$"),
    re.compile(r"^disclaimer\s*:.{0,400}$", I),
    re.compile(r"^dilarang keras mengambil konten\b.{0,300}$", I),
    # An infographic's title under the text (Liputan6): a heading, never a sentence.
    re.compile(r"^infografis\b[^.!?]{0,150}$", I),
    # Subscription banners and widgets seen on Kontan, Kompas, Tempo.
    re.compile(r"^banner\s+\w+(?:\s+\w+)?$", I),
    re.compile(r"^(?:berlangganan|langganan|download aplikasi|unduh aplikasi|ikuti kami|dapatkan update)\b.{0,150}$", I),
    re.compile(r"^(?:dengarkan berita ini|dengarkan artikel ini|tombol play)\b.{0,80}$", I),
    re.compile(r"^(?:google news|terpopuler|berita terkini|trending)\W*$", I),
    # Section labels printed above the title ("Berita Viral", "Internasional").
    re.compile(r"^(?:berita viral|berita utama|internasional|nasional|dunia|global|regional|ekonomi|politik|hukum)\W*$", I),
)

# A bare "Baca juga:" label: the headlines of the linked articles follow on their own lines.
LINK_LABEL = (
    re.compile(r"^[•·*-]?\s*(?:baca|lihat|simak)\s+(?:juga|pula)\s*:?\s*$", I),
    # Liputan6's video box: "Simak juga video pilihan berikut ini:", "Video Pilihan Hari Ini", then its title
    re.compile(r"^(?:simak\s+(?:juga\s+)?video\s+pilihan(?:\s+berikut(?:\s+ini)?)?|video\s+pilihan(?:\s+hari\s+ini)?)\s*:?\s*$", I),
)

END_OF_ARTICLE = (
    # Related-article lists and promo blocks at the foot of the page.
    re.compile(r"^(?:berita terkait|artikel terkait|berita lainnya|berita lain|baca berita lainnya|rekomendasi|pilihan redaksi|terkini lainnya|tag|tags|topik|topik terkait|tag terkait|komentar"
               r"|artikel selanjutnya|berita selanjutnya|baca berikutnya)\W*$", I),
    # Tempo: "Topik Terkait: Kebakaran Hutan | Kabut Asap".
    re.compile(r"^topik terkait\s*:.{0,300}$", I),
    re.compile(r"^ajang penghargaan persembahan\b", I),
    re.compile(r"^hoegeng awards(?: \d{4})?\W*$", I),
    re.compile(r"^tentang cek fakta\b.{0,60}$", I),
    # A bare "read more" button closes a promo box; the box's short lines above it go too.
    re.compile(r"^selengkapnya\W*$", I),
)

CAPTION = (
    re.compile(r"^foto ini (?:dirilis|diambil|diunggah)\b", I),
    re.compile(r"\bFoto ini (?:dirilis|diambil|diunggah)\b"),
)

# "seperti dilansir AFP", "dikutip dari Kompas.com", "melansir dari kantor berita Jepang, Kyodo".
# Cue patterns are written in lower case: they run on the lower-cased body.
WIRE_CUES = (
    re.compile(r"\b(?:di|me)?lansir(?:\s+dari)?\b", I),
    re.compile(r"\b(?:di|me)ngutip(?:\s+dari)?\b|\bdikutip(?:\s+dari)?\b", I),
    re.compile(r"\bdilaporkan\s+oleh\b", I),
    re.compile(r"\bmenurut\s+(?:laporan\s+)?(?:kantor berita)\b", I),
)

# The outlet comes right after these: "Kepada kantor berita AFP, Ketua ... mengatakan".
WIRE_ADJACENT_CUES = (
    re.compile(r"\bkepada\s+(?:kantor berita\s+)?", I),
)

AUTHOR_LABELS = (
    # Kompas: "Kontributor Flores Timur, Fransiskus Ola Tukan" (the stringer's place, then the name).
    re.compile(r"^(?i:kontributor|koresponden)\s+[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){0,2}\s*,\s*(?P<value>[A-Z][^|,]{2,60}?)\s*,?\s*(?=\||$)"),
    re.compile(r"(?:^|\|)\s*(?:penulis|reporter|pewarta|wartawan|kontributor|oleh)\s*:?\s*(?P<value>[^|]{3,60}?)\s*(?=\||$)", I),
    # Tribun: "Laporan Wartawan TribunnewsSultra.com, Laode Ari".
    re.compile(r"^laporan (?:wartawan|reporter|koresponden|kontributor)\s+[\w.\-]+(?:\s[\w.\-]+){0,2}\s*,\s*(?P<value>[A-Z][^|,]{2,60}?)\s*(?=\||$)", I),
    # Republika: "Rep: X/ Red: Y"
    re.compile(r"^rep\s*:\s*(?P<value>[^|/]{3,60}?)\s*(?=/|\||$)", I),
)
EDITOR_LABELS = (
    re.compile(r"(?:^|\|)\s*(?:editor|penyunting|redaktur)\s*:\s*(?P<value>[^|]{3,60}?)\s*(?=\||$)", I),
    re.compile(r"/\s*red\s*:\s*(?P<value>[^|/]{3,60}?)\s*(?=/|\||$)", I),
)
SOURCE_LABELS = (
    re.compile(r"(?:^|\|)\s*sumber\s*:\s*(?P<value>[^|]{2,60}?)\s*(?=\||$)", I),
)
# Section names of Indonesian sites ("Harian Contoh | Nasional"; see en.SECTION_NAMES).
SECTION_NAMES = ("berita", "nasional", "internasional", "ekonomi", "bisnis", "olahraga", "kesehatan", "hukum",
                 "politik", "daerah", "dunia", "metro", "teknologi", "sains", "otomotif", "beranda", "terkini")
