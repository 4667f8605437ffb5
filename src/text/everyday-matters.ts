import { words } from './normalize.js';
import { PhraseIndex } from './phrase-index.js';

/**
 * Everyday matters people raise in the middle of a chat about careers, in the words of many languages: the
 * weather, a recipe, an ache, a child's homework, last night's match, an appliance, a paper jam or a blinking
 * light, sleep, a strike, a hacked account, a phone plan, a bank app, a ticket, a residence permit. Written as
 * `words` folds them (no accents; Cyrillic and Greek in Latin letters). Nothing here is a word the knowledge uses
 * ("forecast", "printer", "wifi" and "bus" are), nor one that as often asks about work: "tiempo" is also time, "gana"
 * also earns, "tarea" also a task, "ne radi" also does no work; rain and snow are worked in, a driving licence, a
 * passport or a visa may be what a job asks for, and brakes, a football club, cakes or tax returns what someone did
 * for a living. Nor a short word of another language ("ache" is Bengali for "there is").
 *
 * Mid-conversation they tell that a message in another language has left the subject, which its small words
 * cannot: those tell its language, used for follow-ups and errands alike.
 */
const MATTERS: Record<string, string> = {
  weather: `weather|weather forecast|pronostico del tiempo|el clima manana|previsao do tempo|meteo|previsioni meteo|wetter|wettervorhersage|weerbericht|weersverwachting|pogoda|pogody|pogode|prognoza pogody|pocasi|predpoved pocasi|vremenska prognoza|prognoza vremena|prognoz pogody|hava durumu|cuaca|prakiraan cuaca|lagay ng panahon|thoi tiet|mausam|hali ya hewa|prognoza meteo|idojaras|idojaras jelentes|ta9s|taqs|ob havo|ob-havo|laika prognoze|vedurspa|exanak|eghanak|moti sot|moti neser`,
  cooking: `recipe|recipes|flour|dough|oven|receta|recetas|cocinar|harina|horno|receita|receitas|cozinhar|farinha|forno|recette|recettes|cuisiner|farine|ricetta|ricette|cucinare|farina|rezept|rezepte|kochen|backen|mehl|przepis|gotowac|kuhati|kuvati|brasno|gotvam|syntagi|yemek tarifi|resep|masak|magluto|luto|nau an|cong thuc nau|khana banana|pakana|recept|receptu|recepti|receptot|retsept|retsepta|retsepty|retseptu|wasfa|wasfet|tabkha|mapishi|kupika|lutuin|retete|reteta|recepte|uppskrift|baghadratoms|mageirema`,
  health: `headache|backache|toothache|fever|flu|cough|sore throat|painkiller|painkillers|ibuprofen|paracetamol|aspirin|blood pressure|dolor|duele|fiebre|dor de cabeca|dor nas costas|febre|douleur|mal au dos|mal a la tete|fievre|dolore|mal di schiena|febbre|schmerzen|kopfschmerzen|ruckenschmerzen|fieber|bol glowy|boli mnie|goraczka|tabletki|bolest|boli me|bole me|groznica|tablete|bolit|golova bolit|temperatura tela|ponaei|ponokefalos|xapi|ilac|sakit kepala|demam|obat|gamot|lagnat|tambal|recepta|recepty|na recepte|bez recepty|sakit sa likod|dard|bukhar|dawai|maumivu|thuoc|s5ana|skhana|seda3|dawa ya|mal di testa|insomnia|insomnio|insonia|insomnie|bezsennosc|nesanica|mat ngu|makatulog|hindi makatulog|susah tidur|neend nahi`,
  homework: `homework|equation|equations|fractions|multiplication|times tables|deberes|ecuacion|ecuaciones|fracciones|dever de casa|licao de casa|equacao|equacoes|fracoes|devoirs|fractions|compiti|equazione|equazioni|frazioni|hausaufgabe|hausaufgaben|hausubung|gleichung|gleichungen|bruchrechnung|zadanie domowe|rownanie|ulamki|domaci ukol|rovnice|zlomky|domaca zadaca|domasna|domasno|jednacina|jednadzba|razlomci|ravenka|ravenki|domashnee zadanie|domashka|uravnenie|drobi|odev|denklem|kesir|pekerjaan rumah|persamaan|pecahan|takdang aralin|bai tap ve nha|phuong trinh|uy vazifasi|majasdarbs|heimavinna|tugas sekolah`,
  sport: `playoffs|scoreline|fixtures|partido de futbol|bundesliga|mecz|utakmica|natprevar|natprevarot|agonas|mac sonucu|pertandingan|derby|gewonnen|wygral|wygrali|vyhral|vyhrali|pobedi|pobijedio|pobedil|pobedila|zmagal|zmagala|vyigral|vyigrali|kerdise|kerdisei|kazandi|menang|nanalo|vinto|ha vinto|mobarat|mubarat|mechi|jeeta|jeetegi|jeeti|tran dau`,
  appliance: `washing machine|dishwasher|fridge|freezer|microwave|hoover|vacuum cleaner|robot vacuum|robot hoover|lavadora|lavavajillas|nevera|aspiradora|maquina de lavar|lava-loucas|geladeira|aspirador|machine a laver|lave linge|lave vaisselle|frigo|aspirateur|lavatrice|lavastoviglie|frigorifero|aspirapolvere|waschmaschine|spulmaschine|kuhlschrank|staubsauger|pralka|zmywarka|lodowka|odkurzacz|pracka|lednice|vysavac|perilica|frizider|hladnjak|usisavac|sesalnik|pylesos|stiralnaya mashina|holodilnik|camasir makinesi|buzdolabi|mesin cuci|kulkas|may giat|tu lanh|plyntirio`,
  account: `password reset|hacked account|piratearon|hackearon|hakearon|pirateado|hackeado|piratato|gehackt|zhakowane|zhakowali|hakovan|hakovali|hakiran|hakirali|vzlomali|hacklendi|dibajak|na hack|nahack|bi hack`,
  malfunction: `paper jam|clignote|blinkt|blinking|pisca|a piscar|parpadea|lampeggia|utripa|treperi`,
  strike: `on strike|huelga|greve|en greve|sciopero|streik|strajk|staking|welga|mogomo|grev var`,
  phonePlan: `data plan|mobile data|phone plan|plan de datos|datos moviles|recarga|plano de dados|dados moveis|mon forfait|forfait mobile|abonament|kuota|kuota data|paket data|pulsa|data pack|load ko|goi cuoc|goi data`,
  payments: `bank app|banking app|app banku|app od banke|app de la banque|app del banco|app do banco`,
  travel: `plane ticket|train ticket|boarding|billete|boleto|passagem|biglietto|fahrkarte|bilet|jizdenka|bilet na poezd|eisitirio|ucak bileti|tiket pesawat|ve may bay`,
  paperwork: `residence permit|permiso de residencia|autorizacao de residencia|titre de sejour|permesso di soggiorno|aufenthaltstitel|aufenthaltserlaubnis|karta pobytu|karte pobytu|trvaly pobyt|dozvola boravka|vid na zhitelstvo|ikamet`,
};

const MATTER_OF = new Map(
  Object.entries(MATTERS).flatMap(([matter, list]) => list.split('|').map((w) => [words(w).join(' '), matter])),
);
const PHRASES = new PhraseIndex(MATTER_OF.keys());

/** The everyday matters a message speaks of, each once, in the order of `MATTERS`. */
export function everydayMattersIn(message: string): string[] {
  const found = new Set(PHRASES.find(message).map((p) => MATTER_OF.get(p)!));
  return Object.keys(MATTERS).filter((m) => found.has(m));
}
