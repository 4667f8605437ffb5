import { PhraseIndex } from '../text/phrase-index.js';

/**
 * Large and well-known cities, written in lower case: people leave the capital off in chat
 * ("what is toronto doing…"), and a city the knowledge does not cover is an honest gap. A place the
 * knowledge knows (Berlin, Hamburg, Chula Vista) is filtered out by the caller, as a known word.
 */
const CITIES = `tokyo delhi new delhi shanghai sao paulo mexico city cairo mumbai beijing dhaka osaka new york karachi
buenos aires chongqing istanbul kolkata manila lagos rio de janeiro tianjin kinshasa guangzhou los angeles moscow
shenzhen lahore bangalore bengaluru paris bogota jakarta chennai lima bangkok seoul nagoya hyderabad london tehran
chicago chengdu nanjing wuhan ho chi minh city saigon hanoi luanda ahmedabad kuala lumpur xian hong kong dongguan
hangzhou foshan shenyang riyadh baghdad santiago surat madrid suzhou pune harbin houston dallas toronto dar es salaam
miami belo horizonte singapore philadelphia atlanta fukuoka khartoum barcelona johannesburg saint petersburg
st petersburg qingdao dalian washington yangon alexandria jinan guadalajara nairobi accra addis ababa casablanca
tunis algiers dakar abidjan kampala kigali cape town durban melbourne sydney brisbane perth adelaide auckland
wellington vancouver montreal calgary ottawa edmonton quebec seattle san francisco san diego san jose boston denver
phoenix austin detroit las vegas portland minneapolis pittsburgh baltimore nashville charlotte orlando tampa
rome milan naples turin florence venice vienna prague budapest warsaw krakow bucharest sofia athens lisbon porto
amsterdam rotterdam the hague brussels antwerp copenhagen stockholm oslo helsinki dublin edinburgh glasgow manchester
birmingham liverpool leeds bristol zurich geneva basel munich frankfurt cologne stuttgart dusseldorf leipzig dresden
lyon marseille toulouse nice bordeaux lille valencia seville bilbao malaga kyiv kiev minsk riga tallinn vilnius
belgrade zagreb ljubljana bratislava tel aviv jerusalem dubai abu dhabi doha kuwait city muscat amman beirut
karachi islamabad colombo kathmandu taipei kaohsiung busan incheon songdo sapporo yokohama kyoto kobe hiroshima
manila cebu ho chi minh da nang phnom penh vientiane tashkent almaty astana baku tbilisi yerevan havana santo domingo
san juan panama city caracas quito montevideo asuncion la paz curitiba recife porto alegre brasilia salvador
fortaleza medellin cali monterrey puebla tijuana
lucknow kanpur jaipur indore bhopal nagpur patna kochi chandigarh ankara izmir bursa antalya mombasa kisumu nakuru
eldoret darwin kalgoorlie karratha nantes strasbourg winnipeg halifax aberdeen dundee inverness ulsan daegu sevilla
zaragoza manaus belem
cardiff swansea belfast newcastle sheffield nottingham leicester coventry bradford`
  .split(/\s+/)
  .join(' ');

/** Cities whose names are more than one word. */
const MULTI_WORD = [
  'new delhi',
  'sao paulo',
  'mexico city',
  'new york',
  'buenos aires',
  'rio de janeiro',
  'los angeles',
  'ho chi minh city',
  'ho chi minh',
  'kuala lumpur',
  'hong kong',
  'dar es salaam',
  'belo horizonte',
  'saint petersburg',
  'st petersburg',
  'addis ababa',
  'cape town',
  'san francisco',
  'san diego',
  'san jose',
  'las vegas',
  'the hague',
  'tel aviv',
  'abu dhabi',
  'kuwait city',
  'phnom penh',
  'santo domingo',
  'san juan',
  'panama city',
  'la paz',
  'porto alegre',
  'da nang',
];
/** Words of multi-word names that name nothing alone. */
const IN_MULTI = new Set(
  'new san los las la the de es city saint st abu tel da ho chi minh dar salaam town'.split(' '),
);

let index: PhraseIndex | undefined;

/** The cities a question names, as written: "what is toronto doing" gives "toronto". */
export function cityNamesIn(question: string): string[] {
  index ??= new PhraseIndex([...MULTI_WORD, ...CITIES.split(' ').filter((w) => !IN_MULTI.has(w))]);
  return index.find(question);
}
