import { words } from './normalize.js';
import { PhraseIndex } from './phrase-index.js';

/**
 * Everyday matters people raise in the middle of a chat about careers, in the words of many languages: the
 * weather, a recipe, an ache, a child's homework, last night's match, an appliance or a car, a thing that stopped
 * working, a hacked account, a phone plan, a bank app, a ticket, a residence permit. Written as `words` folds them
 * (no accents; Cyrillic and Greek in Latin letters). Nothing here is a word the knowledge uses ("forecast",
 * "printer", "wifi" and "bus" are), nor one that as often asks about work: "tiempo" is also time, "gana" also earns,
 * "tarea" also a task, "ne radi" also does no work; rain and snow are worked in, and a driving licence, a passport
 * or a visa may be what a job asks for.
 *
 * Mid-conversation they tell that a message in another language has left the subject, which its small words
 * cannot: those tell its language, used for follow-ups and errands alike.
 */
const MATTERS: Record<string, string> = {
  weather: `weather|weather forecast|pronostico del tiempo|el clima manana|previsao do tempo|meteo|previsioni meteo|wetter|wettervorhersage|weerbericht|weersverwachting|pogoda|pogody|pogode|prognoza pogody|pocasi|predpoved pocasi|vremenska prognoza|prognoza vremena|prognoz pogody|hava durumu|cuaca|prakiraan cuaca|lagay ng panahon|thoi tiet|mausam|hali ya hewa|prognoza meteo|idojaras|idojaras jelentes|ta9s|taqs|ob havo|ob-havo|laika prognoze|vedurspa|exanak|eghanak|moti sot|moti neser`,
  cooking: `recipe|recipes|bake|flour|dough|oven|receta|recetas|cocinar|harina|horno|receita|receitas|cozinhar|farinha|forno|recette|recettes|cuisiner|farine|ricetta|ricette|cucinare|farina|rezept|rezepte|kochen|backen|mehl|przepis|gotowac|kuhati|kuvati|brasno|gotvam|varit|syntagi|yemek tarifi|resep|masak|magluto|luto|nau an|cong thuc nau|khana banana|pakana|recept|receptu|recepti|receptot|retsept|retsepta|retsepty|retseptu|wasfa|wasfet|tabkha|mapishi|kupika|lutuin|retete|reteta|recepte|uppskrift|baghadratoms|mageirema`,
  health: `ache|aches|headache|backache|toothache|fever|flu|cough|sore throat|painkiller|painkillers|ibuprofen|paracetamol|aspirin|blood pressure|dolor|duele|fiebre|dor de cabeca|dor nas costas|febre|douleur|mal au dos|mal a la tete|fievre|dolore|mal di schiena|febbre|schmerzen|kopfschmerzen|ruckenschmerzen|fieber|bol glowy|boli mnie|goraczka|tabletki|bolest|boli me|bole me|groznica|tablete|bolit|golova bolit|temperatura tela|ponaei|ponokefalos|xapi|ilac|sakit kepala|demam|obat|gamot|lagnat|tambal|recepta|recepty|na recepte|bez recepty|sakit sa likod|dard|bukhar|dawai|maumivu|thuoc|s5ana|skhana|seda3|dawa ya|mal di testa`,
  homework: `homework|equation|equations|fractions|multiplication|times tables|deberes|ecuacion|ecuaciones|fracciones|dever de casa|licao de casa|equacao|equacoes|fracoes|devoirs|fractions|compiti|equazione|equazioni|frazioni|hausaufgabe|hausaufgaben|hausubung|gleichung|gleichungen|bruchrechnung|zadanie domowe|rownanie|ulamki|domaci ukol|rovnice|zlomky|domaca zadaca|domasna|domasno|jednacina|jednadzba|razlomci|ravenka|ravenki|domashnee zadanie|domashka|uravnenie|drobi|odev|denklem|kesir|pekerjaan rumah|persamaan|pecahan|takdang aralin|bai tap ve nha|phuong trinh|uy vazifasi|majasdarbs|heimavinna|tugas sekolah`,
  sport: `football|soccer|basketball|baseball|playoffs|scoreline|fixtures|futbol|partido de futbol|futebol|calcio|partita|fussball|bundesliga|pilka nozna|mecz|fotbal|zapas|nogomet|fudbal|utakmica|natprevar|natprevarot|podosfairo|agonas|mac sonucu|sepak bola|pertandingan|basketbol|derby|gewonnen|wygral|wygrali|vyhral|vyhrali|pobedi|pobijedio|pobedil|pobedila|zmagal|zmagala|vyigral|vyigrali|kerdise|kerdisei|kazandi|menang|nanalo|vinto|ha vinto|mobarat|mubarat|mechi|jeeta|jeetegi|jeeti|tran dau|da bong`,
  appliance: `washing machine|dishwasher|fridge|freezer|microwave|hoover|vacuum cleaner|robot vacuum|robot hoover|boiler|lavadora|lavavajillas|nevera|aspiradora|maquina de lavar|lava-loucas|geladeira|aspirador|machine a laver|lave linge|lave vaisselle|frigo|aspirateur|lavatrice|lavastoviglie|frigorifero|aspirapolvere|waschmaschine|spulmaschine|kuhlschrank|staubsauger|pralka|zmywarka|lodowka|odkurzacz|pracka|lednice|vysavac|perilica|frizider|hladnjak|usisavac|sesalnik|pylesos|stiralnaya mashina|holodilnik|camasir makinesi|buzdolabi|mesin cuci|kulkas|may giat|tu lanh|plyntirio`,
  vehicle: `brakes|tyre|tyres|flat tire|spark plug|glow plug|carburettor|carburetor|gearbox|clutch|frenos|neumatico|embrague|freios|pneu|pneus|embreagem|freins|embrayage|freni|gomma|frizione|bremsen|reifen|kupplung|hamulce|opona|sprzeglo|akumulator|kocnice|guma|kvacilo|tormoza|frena|lastik|ban bocor|preno|gulong`,
  account: `password reset|hacked account|piratearon|hackearon|hakearon|pirateado|hackeado|pirate|piratato|gehackt|zhakowane|zhakowali|hakovan|hakovali|hakiran|hakirali|vzlomali|hacklendi|dibajak|na hack|nahack|bi hack`,
  malfunction: `stopped working|wont turn on|paper jam|no funciona|dejo de funcionar|se descompuso|no prende|nao funciona|parou de funcionar|nao liga|ne marche plus|marche plus|ne fonctionne plus|en panne|non funziona|non va piu|funktioniert nicht|geht nicht mehr|kaputt|nie dziala|przestal dzialac|zepsul sie|zepsula sie|nefunguje|slomalsya|bozuldu|rusak|ga nyala|gak nyala|hindi gumagana|ayaw gumana|sira na|bi hong|hong roi|kharab ho|kharab hai|nahi chal raha|imeharibika|den leitourgei|halase|nu functioneaza|nem mukodik|doet het niet|kapot|offline|lemot|lelet|blinkt|blinking|pisca|a piscar|parpadea|clignote|lampeggia|utripa|treperi`,
  phonePlan: `data plan|mobile data|phone plan|plan de datos|datos moviles|recarga|plano de dados|dados moveis|mon forfait|forfait mobile|abonament|kuota|kuota data|paket data|pulsa|data pack|load ko|goi cuoc|goi data`,
  payments: `otp|bank app|banking app|app banku|app od banke|app de la banque|app del banco|app do banco|cuenta bancaria|conta bancaria|compte bancaire|paytm|gcash|mpesa|m-pesa|phonepe|upi pin`,
  travel: `plane ticket|train ticket|boarding|billete|boleto|passagem|biglietto|fahrkarte|bilet|jizdenka|bilet na poezd|eisitirio|ucak bileti|tiket pesawat|ve may bay`,
  paperwork: `residence permit|tax return|permiso de residencia|declaracion de la renta|autorizacao de residencia|imposto de renda|titre de sejour|impots|permesso di soggiorno|aufenthaltstitel|aufenthaltserlaubnis|steuererklarung|karta pobytu|karte pobytu|trvaly pobyt|dozvola boravka|vid na zhitelstvo|ikamet`,
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
