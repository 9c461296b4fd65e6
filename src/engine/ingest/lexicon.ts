/**
 * Word lists for ingestion (Indonesian and English). Kept small and generic on purpose: they give
 * evidence (this capitalized word is a month, a country, a title) and never encode one article.
 */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s*\|\s*|\s*\n\s*/).filter(Boolean));

/** Month names and abbreviations, lowercase (Indonesian and English). */
export const MONTHS = set(`januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|
  january|february|march|may|june|july|august|october|december|
  jan|feb|mar|apr|jun|jul|agu|agt|aug|ags|sep|sept|okt|oct|nov|des|dec`);

/** Weekday names, lowercase (Indonesian and English). */
export const WEEKDAYS = set(`senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|
  monday|tuesday|wednesday|thursday|friday|saturday|sunday`);

/**
 * Countries, capitals and large regions, lowercase. A name made only of these is a place, never a
 * person; the list also feeds "where" answers. Indonesian and English spellings.
 */
export const PLACES = set(`indonesia|malaysia|singapura|singapore|thailand|vietnam|filipina|philippines|brunei|
  myanmar|kamboja|cambodia|laos|timor leste|australia|selandia baru|new zealand|jepang|japan|tiongkok|china|
  cina|taiwan|hong kong|korea|korea utara|korea selatan|north korea|south korea|india|pakistan|bangladesh|
  afghanistan|iran|irak|iraq|suriah|syria|israel|palestina|palestine|gaza|tepi barat|west bank|lebanon|
  yordania|jordan|arab saudi|saudi arabia|qatar|uni emirat arab|yaman|yemen|turki|turkey|mesir|egypt|
  libya|sudan|ethiopia|nigeria|afrika selatan|south africa|kenya|rusia|russia|ukraina|ukraine|belarus|
  polandia|poland|jerman|germany|prancis|perancis|france|inggris|britania raya|united kingdom|britain|
  england|skotlandia|scotland|irlandia|ireland|italia|italy|spanyol|spain|portugal|belanda|netherlands|
  belgia|belgium|swiss|switzerland|austria|swedia|sweden|norwegia|norway|finlandia|finland|denmark|
  yunani|greece|hungaria|hungary|rumania|romania|ceko|kanada|canada|amerika|amerika serikat|as|
  united states|us|usa|meksiko|mexico|brasil|brazil|argentina|chili|chile|kolombia|colombia|venezuela|
  kuba|cuba|eropa|europe|asia|afrika|africa|timur tengah|middle east|asia tenggara|southeast asia|
  semenanjung korea|korean peninsula|laut china selatan|south china sea|krimea|crimea|donbas|
  jakarta|surabaya|bandung|medan|semarang|makassar|palembang|yogyakarta|jogja|denpasar|bali|batam|
  bogor|depok|tangerang|bekasi|solo|malang|padang|pekanbaru|balikpapan|samarinda|pontianak|manado|
  jayapura|ambon|kupang|mataram|banda aceh|aceh|papua|sumatera|sumatra|jawa|java|kalimantan|borneo|
  sulawesi|maluku|nusa tenggara|jawa barat|jawa tengah|jawa timur|banten|lampung|riau|jambi|bengkulu|
  ibu kota nusantara|ikn|karawang|cirebon|sukabumi|tasikmalaya|purwakarta|
  moskow|moscow|kyiv|kiev|pyongyang|seoul|beijing|tokyo|washington|new york|london|paris|berlin|
  brussels|brussel|den haag|the hague|jenewa|geneva|wina|vienna|roma|rome|madrid|ankara|teheran|tehran|
  riyadh|kairo|cairo|yerusalem|jerusalem|tel aviv|dubai|doha|kuala lumpur|bangkok|manila|hanoi|
  canberra|sydney|melbourne|new delhi|delhi|mumbai|islamabad|kabul|baghdad|damaskus|damascus|
  beirut|ottawa|toronto|chicago|los angeles|san francisco|brasilia|buenos aires|frankfurt|munich|
  milan|amsterdam|stockholm|oslo|warsawa|warsaw|athena|athens|istanbul|kharkiv|odesa|kursk|belgorod`);

/** Organizations that are commonly written without an organization word, lowercase. */
export const ORGS = set(`nato|pbb|un|uni eropa|eu|ue|asean|apec|g20|g7|imf|who|wto|opec|unesco|unicef|bank dunia|
  world bank|bulog|perum bulog|dpr|dpd|mpr|kpk|kpu|bawaslu|bi|ojk|bps|bpk|tni|polri|kemenkeu|kemendag|
  kementan|kemlu|bumn|pertamina|pln|telkom|garuda indonesia|istana|kremlin|pentagon|gedung putih|
  white house|reuters|ap|afp|antara|bloomberg|cnn|bbc|al jazeera|xinhua|tass|kcna|yonhap|kompas|tempo|
  detik|okezone|kontan|metro tv|cnbc|cnbc indonesia|the straits times|the guardian|the new york times`);

/**
 * News agencies (wires), lowercase. Their name in a dateline, credit or photo credit names the source
 * of the copy or picture ("(Reuters)", "AP Photo/…", "ANTARA FOTO/…").
 */
export const NEWS_AGENCIES = set(`reuters|ap|associated press|afp|agence france-presse|antara|bernama|xinhua|kyodo|
  yonhap|bloomberg|dpa|efe|epa|epa-efe|anadolu|tass|ria novosti|upi|aap|pa media|getty images|kcna`);

/**
 * Words that make a short capitalized phrase the name of a news outlet ("The Jakarta Post", "BBC News",
 * "IDN Times", "Metro TV"). Lowercase.
 */
export const MEDIA_WORDS = set(`news|newsasia|post|times|press|media|tv|televisi|radio|online|daily|herald|tribune|
  tribun|journal|wire|pos|harian|koran|globe|gazette|chronicle|observer|telegraph|inquirer|channel|network`);

/** Words that start an organization name: "Kementerian Perdagangan", "Bank Indonesia". Lowercase. */
export const ORG_HEADS = set(`kementerian|kemenko|badan|dewan|komisi|lembaga|majelis|mahkamah|pengadilan|kejaksaan|
  kepolisian|polda|polres|pemerintah|pemprov|pemkot|pemkab|dinas|partai|universitas|institut|sekolah|
  bank|pt|cv|perum|koperasi|yayasan|asosiasi|federasi|himpunan|ikatan|persatuan|serikat|
  angkatan|kantor berita|ministry|department|council|commission|agency|
  university|party|institute|association|federation|union|committee|court|office|bureau|service|
  kodim|korem|koramil|kejari|kejati|direktorat|ditjen|biro|po|
  balai|sekretariat|inspektorat|otoritas|fraksi|paguyuban|kelompok|komunitas|sanggar|grup|band|klub|
  perkumpulan|gabungan|satuan|satgas|pusat|maskapai|perusahaan|authority|board|club|secretariat|
  directorate|komite`);

/** Words that end an organization name: "Acme Corp", "Astra Tbk", "The Straits Times". Lowercase. */
export const ORG_TAILS = set(`tbk|inc|corp|corporation|ltd|plc|llc|ag|sa|nv|group|grup|holdings|times|post|news|
  journal|herald|tribune|daily|press|network|bank|airlines|airways|institute|foundation|agency|securities|
  sekuritas|capital|partners|energy|motors|systems|technologies|industries|international|persero|
  air|lines|shipping|express|electric|electronics|realty|properties|ventures|insight|insights|
  labs|studio|studios|logistics|solutions|services|consulting|pharma|foods|telecom|fc|united|athletic|
  rovers|authority|board|ministry|department|association|federation|council|commission|committee|
  club|band|orchestra|choir|academy|mail`);

/**
 * Words that start a place name: "Pasar Jatinegara", "Gudang Bulog Purwosari", "Semenanjung Korea".
 * Lowercase.
 */
export const PLACE_HEADS = set(`pasar|jalan|jl|desa|kampung|kota|kabupaten|kecamatan|kelurahan|provinsi|pulau|gunung|
  sungai|danau|teluk|selat|semenanjung|laut|samudra|bandara|bandar udara|pelabuhan|stasiun|terminal|gudang|
  gedung|istana|kantor|masjid|gereja|pura|vihara|rumah sakit|rs|rsud|hotel|taman|lapangan|stadion|alun-alun|
  kompleks|perumahan|kawasan|wilayah|port|street|road|avenue|square|airport|station|river|lake|mount|
  gulf|sea|palace|hall|bridge|district|province|county|region|distrik|nagari|dusun|dukuh|
  padukuhan|jorong|gampong|kepulauan|tanjung|bukit|lembah|pantai|goa|gua|air terjun|waduk|bendungan|
  kali|ruas|tol|simpang|perempatan|bundaran|lapas|rutan|puskesmas|polsek|mapolres|mapolda|mapolsek|sd|sdn|
  lorong|gang|pangkalan|smp|smpn|sma|sman|smk|
  smkn|madrasah|pesantren|pondok|kampus|gor|gelanggang|mall|plaza`);

/**
 * Nouns that end an English place name: "Mong Kok Stadium", "Banton Island", "Klang Valley". A
 * name of two words or more that ends with one is a place. Lowercase.
 */
export const PLACE_TAIL_NOUNS = set(`stadium|arena|island|islands|city|valley|centre|center|road|street|avenue|
  square|bridge|airport|station|river|beach|estate|plaza|mall|market|tower|towers|hospital|
  harbour|harbor|port|district|province|county|region|highway|expressway|peninsula|strait|straits|
  village|town|township|heights|gardens|reservoir|canal|coast|delta|basin|terminal|pier|quay|wharf`);

/** Compass and size words that end a place name: "Jakarta Timur", "Jawa Barat". Lowercase. */
export const PLACE_TAILS = set(`utara|selatan|timur|barat|tengah|raya|daya|laut|kidul|lor|wetan|kulon|hulu|hilir|north|south|east|west|central`);

/**
 * Person titles and roles, lowercase, longest first when they share a start. A title before a
 * capitalized name ("Presiden Joko Widodo") or in an appositive ("Mark Rutte, NATO's secretary
 * general") marks the name as a person.
 */
export const TITLES = set(`presiden|wakil presiden|wapres|perdana menteri|menteri|menko|wamen|wakil menteri|
  sekretaris jenderal|sekjen|sekretaris|kepala|kepala staf|direktur utama|direktur|dirut|ketua umum|ketua|
  wakil ketua|gubernur|wakil gubernur|bupati|wakil bupati|wali kota|walikota|camat|lurah|kepala desa|
  juru bicara|jubir|konsul jenderal|konsul|konjen|kapolri|kapolda|kapolres|kapolsek|panglima|jenderal|laksamana|marsekal|kolonel|
  letnan|mayor|kapten|brigjen|irjen|kombes|akbp|akp|kompol|iptu|ipda|aiptu|aipda|bripka|brigadir|briptu|bripda|letkol|mayjen|
  laksma|serka|sertu|duta besar|dubes|raja|ratu|pangeran|senator|anggota|
  pedagang|petani|nelayan|warga|pengamat|ekonom|analis|peneliti|guru besar|profesor|dosen|komisaris|
  ceo|pendiri|pemilik|manajer|koordinator|deputi|penasihat|pimpinan|pemimpin|hakim|jaksa|pengacara|
  kuasa hukum|pelatih|ustaz|kiai|pastor|uskup|paus|pengemudi|sopir|pelajar|mahasiswa|guru|dokter|perawat|
  karyawan|buruh|pengusaha|pejabat|tokoh|aktivis|relawan|penumpang|penyanyi|musisi|pemain|atlet|
  pebulu tangkis|pesepak bola|pelari|perenang|kapolresta|kasat|kasatreskrim|kasi|kabid|kabag|kadis|
  kepsek|kades|sekda|plt|plh|bendahara|humas|staf|co-founder|cofounder|pasangan calon|pasangan|paslon|pensiunan|
  secretary of state|
  president|vice president|prime minister|minister|foreign minister|secretary|secretary-general|
  secretary general|chancellor|governor|mayor|representative|rep|sen|gov|king|queen|prince|general|
  gen|admiral|colonel|consul general|consul|chief executive|chief|cfo|coo|chairman|chairwoman|chair|managing director|
  head|spokesperson|spokesman|spokeswoman|analyst|economist|professor|judge|lawyer|attorney|
  founder|owner|manager|coach|leader|ambassador|envoy|commissioner|official|trader|farmer|resident|driver|
  teacher|doctor|nurse|worker|student|passenger|shopper|customer|engineer|scientist|researcher|expert|
  member|officer|hawker|stallholder|vendor|seller|runner|athlete|player|singer|striker|forward|
  midfielder|defender|goalkeeper|captain|substitute|fisherman|survivor|victim|witness|planner|
  director|executive|president-elect|deputy|inspector|superintendent|sergeant|commodore|
  coordinator|strategist|specialist|consultant|partner|principal|dean|rector|lecturer|chef|
  co-founder|cofounder|mp|legislator|lawmaker|councillor|councilor|candidate|challenger|incumbent|
  retiree|pensioner|homeowner|tenant|commuter|motorist|shopkeeper|prosecutor|forecaster|meteorologist|
  defendant|plaintiff`);

/**
 * Capitalized words that continue a title rather than start a name: "Menteri Luar Negeri",
 * "Direktur Utama", "Sekretaris Jenderal". Lowercase.
 */
export const TITLE_COMPLEMENTS = set(`luar|dalam|negeri|negara|keuangan|perdagangan|pertahanan|pertanian|perindustrian|
  kesehatan|pendidikan|sosial|agama|hukum|perhubungan|kelautan|perikanan|pariwisata|koperasi|energi|
  investasi|ketenagakerjaan|lingkungan|hidup|kehutanan|komunikasi|informatika|digital|agraria|pemuda|
  olahraga|pekerjaan|umum|perumahan|rakyat|perekonomian|politik|keamanan|koordinator|bidang|utama|
  eksekutif|jenderal|harian|besar|staf|republik|operasional|pemasaran|foreign|defense|defence|finance|
  trade|interior|home|state|deputy|vice|executive|general|senior|acting|former|mantan|prime|
  seksi|bagian|subbagian|subbidang|divisi|urusan|pelaksana|humas|hubungan|masyarakat|industrial|
  sumber|daya|manusia|teknis|penyidik|pidana|khusus|umum|pembinaan|pengawasan|perencanaan|
  health|education|transport|transportation|environment|labour|labor|justice|culture|tourism|industry|
  agriculture|energy|communications|affairs|information|research|operations|marketing|strategy|
  legal|corporate|public|relations|sales|technology|technical|security|national|regional|provincial|
  chief|assistant|associate|managing|interim|joint|parliamentary|permanent|sustainability|financial|operating`);

/**
 * Common capitalized words that are never (part of) a person's name: pronouns, conjunctions and
 * frequent sentence starters in both languages. Lowercase.
 */
export const NOT_NAMES = set(`ia|dia|beliau|mereka|kami|kita|saya|aku|anda|ini|itu|hal|yang|dan|atau|tetapi|namun|
  sementara|sedangkan|dalam|pada|di|ke|dari|untuk|bagi|dengan|oleh|karena|sebab|jika|kalau|bila|saat|
  ketika|setelah|sebelum|sejak|hingga|sampai|agar|supaya|meski|meskipun|walau|walaupun|bahkan|selain|
  menurut|berdasarkan|terkait|sebagai|adapun|sebelumnya|kemudian|lalu|selanjutnya|akhirnya|sebenarnya|
  tadi|kini|sekarang|saat ini|kemarin|besok|tak|tidak|bukan|belum|sudah|telah|akan|juga|pun|para|
  sang|salah|seorang|sejumlah|beberapa|banyak|semua|setiap|tiap|ada|apa|siapa|kapan|mengapa|bagaimana|
  berapa|mana|ya|oke|baca|simak|lihat|foto|video|sumber|reporter|editor|penulis|jurnalis|
  the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|this|that|these|those|and|or|but|however|
  while|in|on|at|of|for|to|from|with|by|as|after|before|since|when|if|because|although|meanwhile|
  according|also|more|most|some|many|all|each|read|watch|photo|updated|published|reporting|editing|
  writing|mr|mrs|ms|dr|prof|sir|madam|rp|us|usd|idr|sgd|rm|wib|wita|wit|nomor|no|number|
  menurutnya|katanya|ujarnya|sayangnya|untungnya|anehnya|intinya|awalnya|biasanya|rupanya|tampaknya|
  agaknya|nampaknya|ternyata|misalnya|contohnya|keduanya|ketiganya|semuanya|lainnya|selebihnya`);

/**
 * Honorifics and forms of address before a name ("Pak Budi", "Bu Leni", "Ms Lim", "Hj. Baiq
 * Nurhayati", "dr. Leni Marlina", "Datuk Seri Dr Kamal"). One before a capitalized name makes it
 * a person; they are never part of the name. Lowercase, without their dots.
 */
export const HONORIFICS = set(`pak|bu|bapak|ibu|mas|mbak|bang|kak|om|tante|cak|
  haji|hajah|hj|h|dr|drs|dra|ir|prof|ny|nn|tn|kh|gus|ustaz|ustazah|ustadz|habib|romo|
  mr|mrs|ms|mdm|madam|miss|sir|dame|lord|lady|datuk|dato|datin|seri|tun|tuan|puan|encik|cik|
  sheikh|syekh`);

/**
 * Nouns that head the name of a thing, an event or a law rather than a person: "Satelit Terra",
 * "Tari Guel", "Operasi Pasar", "KMP Bahari Nusa", "Typhoon Tamarin". Lowercase.
 */
export const THING_HEADS = set(`satelit|pesawat|kapal|kmp|km|kri|kereta|ka|program|operasi|festival|fest|tari|tarian|
  lagu|album|film|buku|level|status|undang-undang|uu|peraturan|perpres|perda|permen|pasal|liga|piala|lomba|
  kejuaraan|turnamen|konferensi|kongres|pekan|gerakan|proyek|skema|jalur|rute|tiket|kelas|topan|badai|
  typhoon|hurricane|cyclone|storm|operation|project|flight|mount`);

/**
 * Nouns that end the name of a thing, an event or a law rather than a person: "Harbour Cup",
 * "Home Cooling Grant", "Disease-Bearing Insects Act", "Job Creation Law". Lowercase.
 */
export const THING_TAILS = set(`act|bill|law|code|regulation|cup|league|series|challenge|championship|championships|
  games|open|award|awards|prize|grant|scheme|programme|program|plan|project|fund|index|marathon|summit|
  conference|forum|week|tour|expo|fair|show|rally|race|trophy|final|finals|plus|pro|max|mini|edition|lite|
  protocol|treaty|accord|pact|agreement|policy|strategy|initiative|mission|operation|campaign|system|app|
  platform|fest|festival`);

/** Subject pronouns that refer back to the last named speaker ("Ia menambahkan bahwa …"). */
export const SPEAKER_PRONOUNS = set(`ia|dia|beliau|he|she`);
