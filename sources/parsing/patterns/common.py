"""Language-independent page furniture."""

import re

I = re.IGNORECASE

DROP_LINE = (
    # Ad slots that survive copy-paste as a lone label.
    re.compile(r"^(?:advertisement|advertisements|advertising|advertorial|sponsored|iklan|ads?|hide ads|close ads?)\W*$", I),
    re.compile(r"^scroll (?:to|down to) continue(?: with content)?\W*$", I),
    # ... or both on one line: "Advertisement · Scroll to continue".
    re.compile(r"^(?:advertisement|advertising|iklan)\s*[·•|\-–—]\s*scroll (?:down )?to continue(?: reading| with content)?\W*$", I),
    # "Hide Ads" is sometimes glued to the last line of a promo block by the copy.
    re.compile(r"\bhide ads\s*$", I),
    # Share widgets: "Send to", "Share", "Tweet", "Copy link", "Bagikan".
    re.compile(r"^(?:send to|share(?: this)?(?: article)?|share\d|tweet|copy link|print|email|bagikan|salin link|facebook|twitter|whatsapp|telegram|line|linkedin|reddit|comments?|bookmark|save|skip links|skip to (?:main )?content)\W*$", I),
    re.compile(r"^(?:bagikan|share(?: this article)?)\s*:.{0,80}$", I),
    # A row of share buttons ("Facebook X Telegram WhatsApp Gift this article"), one button ("Share on Twitter").
    re.compile(r"^(?:facebook|x|twitter|telegram|whatsapp|linkedin|e-?mail|reddit)"
               r"(?:\s+(?:facebook|x|twitter|telegram|whatsapp|linkedin|e-?mail|reddit|line|copy link|salin (?:tautan|link)"
               r"|gift this article))+$", I),
    re.compile(r"^share (?:on|via|to) (?:facebook|x|twitter|telegram|whatsapp|linkedin|e-?mail|reddit|line)\W*$", I),
    # A tag line of hashtags under the text: "#Banjir Bandang #Luwu #Walhi".
    re.compile(r"^#[A-Za-z][^#.!?]{0,40}(?:#[A-Za-z][^#.!?]{0,40})+$"),
    # Agency desk codes closing a wire story (AFP): "bur-jfx/dhc", "str/dva/jm".
    re.compile(r"^[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5}(?:-[a-z]{2,5})?){1,4}$"),
    # Lines with almost no letters: tickers' separators ("| : WIB | INDIKATOR |"), rules, bullets.
    re.compile(r"^[\W\d_]*$"),
    re.compile(r"^\|.*\|$"),
    # Market tickers: a bullet, an upper-case symbol, then only numbers ("• USD/IDR 15.880 50,00 0,31%").
    re.compile(r"^[•·▪►▲▼-]?\s*[A-Z][A-Z0-9/&.-]{1,14}(?:\s+[\d.,%+\-−▲▼]+){2,}\s*$"),
    # A scrape stamp without content: "date 2024-05".
    re.compile(r"^date\s+\d{4}-\d{2}(?:-\d{2})?\s*$", I),
    # Ad-slot labels inside the text (Toronto Star) and database-export section labels (ProQuest).
    re.compile(r"^(?:article continued below|article continues below|abstract|full text)\W*$", I),
    # Icon names and font-size buttons left as text ("sosmed-whatsapp-white", "more-vertical", "A").
    re.compile(r"^[a-z]+(?:-[a-z]+){1,4}$"),
    re.compile(r"^[A-Za-z]$"),
    # A navigation bar: three or more short items set apart by runs of spaces ("Beranda   Cek Fakta   ...").
    re.compile(r"^[A-Za-z][^\s.!?]*(?: [^\s.!?]+){0,2}(?:\s{2,}[A-Za-z][^\s.!?]*(?: [^\s.!?]+){0,2}){2,}$"),
    # ... or set apart by bars: "Companies & Markets  |  Energy & Commodities".
    re.compile(r"^(?!(?:penulis|editor|oleh|reporter|pewarta|by|rep|red)\b)[A-Za-z][^.!?|:]{0,40}(?:\s+\|\s+[A-Za-z][^.!?|:]{0,40}){1,6}$", I),
    # Social handles under an article ("Twitter : @agency").
    re.compile(r"^(?:facebook|twitter|instagram|tiktok|youtube|threads|x)\s*:\s*@.{0,80}$", I),
    # A reporter's credit closing the text: "(Tribunpekanbaru.com/Rizky Armanda)".
    re.compile(r"^\([\w-]+(?:\.[a-z]{2,6}){1,3}/[A-Z][\w .'’-]{1,40}\)$", I),
    # Breadcrumbs: "Home » Sport » Sepakbola", "News > Politics".
    re.compile(r"^[^.!?»›>]{1,40}(?:\s[»›>]\s[^.!?»›>]{1,40}){1,5}$"),
    # Copyright lines ("Copyright © ANTARA 2025", "© 2025 Reuters").
    re.compile(r"^(?:copyright|hak cipta)\s*(?:©|\(c\))?.{0,250}$", I),
    re.compile(r"^©.{0,100}$"),
    # Video embeds left as markup ("[Gambas:Video CNN]", "[Gambas:Video 20detik]").
    re.compile(r"^\[gambas:[^\]]{0,60}\]$", I),
)

END_OF_ARTICLE = ()

# Photo agencies whose name alone on a line credits the photo below it (BBC's "Getty Images").
BARE_CREDITS = ("getty images", "shutterstock", "epa", "epa-efe", "pa media", "antara foto")

CAPTION = (
    # Reuters' licensing link glued to its photo captions on syndicating sites.
    re.compile(r"(?:Acquire|Purchase) Licensing Rights\W*$", I),
    # A caption closed by its credit: "... 3 Maret 2025. TEMPO/Imam Sukamto", "... PHOTO: AFP",
    # "... Photograph: Ben Birchall/PA".
    re.compile(r"[.!?]\s+[A-Z][A-Z ]{1,20}/[A-Z][\w .'-]{1,40}(?:/[\w .'-]{1,30})?$"),
    re.compile(r"[.!?]\s+(?:PHOTO|FOTO|Photograph|Photo|Foto)\s*:\s*[A-Z][\w .'/&-]{1,60}$"),
    # ... or by a copyright credit: "... on September 17, 2025. © Mohd RASFAN / AFP", "... in the area © AFP/File".
    re.compile(r"\s©\s?[A-Z][\w .'’/&-]{0,60}$"),
    # Credits in parentheses at the end of a caption: "(dok. KCNA)", "(Foto: ANTARA/...)", "(Photo: AP)".
    re.compile(r"\((?:dok\.?|dokumentasi|foto|photo|ilustrasi|illustration|image|gambar|supplied)\s*[:.]?[^()]{0,120}\)\s*$", I),
    # A credit alone in brackets, or after a slash or a dash at the caption's end:
    # "(TRIBUNPEKANBARU.COM/RIZKY ARMANDA)", "... /Pikiran Rakyat/Ilham Nugraha", "... — Bernama pic",
    # "... —PHOTO COURTESY OF ILOILO PRESS CLUB", "Cekfakta.tempo.co/Ikhsan Rahmadi"
    re.compile(r"\([A-Z0-9][A-Z0-9.\- ]{2,40}/[A-Z][A-Z .'’-]{1,40}\)$"),
    re.compile(r"\s/[A-Z][\w .-]{1,30}/[A-Z][\w .'’-]{1,40}$"),
    re.compile(r"[—–]\s*[A-Z][A-Za-z]{1,15} pic$"),
    re.compile(r"[—–]\s*(?i:photo courtesy of)\s[\w .'’&-]{2,60}$"),
    re.compile(r"(?:^|\s)[a-z][\w-]*(?:\.[a-z]{2,6}){1,3}/[A-Z][\w .'’-]{2,40}$", I),
    # "Ilustrasi robot trading. [Shutterstock]", "... in Jakarta. [ANTARA/Aprillio Akbar]"
    re.compile(r"[.!?]\s*\[(?:[A-Z][\w.&' -]{1,40}/)*[A-Z][\w.&' -]{1,40}\]$"),
    # "Image by Sumatran Tiger Project via Flickr (CC BY-NC 2.0)." (Mongabay)
    re.compile(r"\b(?:Image|Photo|Photograph) (?:by|courtesy of)\b.{1,80}(?:\((?:CC|Creative Commons)\b[^()]{0,30}\)|via [A-Z]\w+)\.?$"),
    # "... in Lilongwe [File: Amos Gumulira/AFP]"
    re.compile(r"\s\[(?:File|Photo|Image|Foto)\s*:[^\]]{1,80}\]$"),
    # "... on March 24, 2025. Jire Carreon/Rappler", "... Bursa Efek Indonesia. Bisnis/Arief Hermawan P"
    re.compile(r"[.!?]\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}/[A-Z][\w .'’-]{1,40}$"),
    # Credit lines: "Photo : YONHAP News", "Foto: Istimewa", "date 2024-05 Photo : YONHAP News".
    re.compile(r"^(?:date\s+\S+\s+)?(?:photo|foto|image|gambar|ilustrasi|illustration|video)\s*:\s*.{0,80}$", I),
    # A photo agency named alone above its caption (BBC's "Getty Images").
    re.compile(rf"^(?:{'|'.join(re.escape(c) for c in BARE_CREDITS)})$", I),
    # Screenshot captions of fact-checks: "Screenshot taken on February 28, 2025 of the false post".
    re.compile(r"^(?:screenshot|tangkapan layar) (?:taken|diambil|dari)\b.{0,200}$", I),
    # "... emergency department. - Filepic/The Star"
    re.compile(r"[-–—]\s*File ?pic/[A-Z][\w .'’-]{1,40}$", I),
    # Gallery widgets: "Open this photo in gallery FILE PHOTO: ...".
    re.compile(r"^open this photo in gallery\b", I),
)

HEADER_CAPTION = (
    # A caption closed by its source in brackets: "... on Wednesday. (KCNA)", "... in Seoul. (Yonhap)".
    re.compile(r"[.!?]\s*\([A-Z][\w .&'/-]{1,40}\)$"),
    # A credit that names a photographer and an agency: "(Mikhail Metzel/Kantor Pers .../TASS)".
    re.compile(r"\((?:[^()]{0,80}/){1,4}[^()]{1,40}\)\s*$"),
    # Credit-only lines: "KCNA/KNS via AFP", "REUTERS/Kim Hong-Ji/File Photo", "AP Photo/Ahn Young-joon".
    re.compile(r"^[A-Z][\w.&'-]*(?:\s[\w.&'-]+){0,3}\s?/\s?[\w.&' -]{1,40}(?:/[\w.&' -]{1,40})*(?:\s+via\s+[\w.&' -]{1,30})?$"),
    re.compile(r"^[\w.&'/ -]{1,40}\s+via\s+(?:AFP|REUTERS|Reuters|AP|Getty Images|ANTARA)$"),
    re.compile(r"^(?:\(?(?:AP|AFP|EPA|REUTERS|ANTARA FOTO|Getty Images)\s*(?:Photo)?\s*/[^)]{1,80}\)?)$"),
)
