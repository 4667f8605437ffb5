/**
 * Articles, prepositions, conjunctions, pronouns and question words of Spanish, Portuguese, French,
 * Italian, German, Swedish, Norwegian, Tagalog, romanised Hindi, Turkish, Swahili, Dutch, Romanian, Finnish, Czech, Polish, Hungarian, Serbian and Swiss German, Sudanese Arabic in Latin letters, Russian in Latin (or Cyrillic) letters, Vietnamese without its marks, West African Pidgin ("wetin dey", "dem", "wey") and Jamaican Patois ("di", "wid", "nuh"), written without accents as `words` folds them. Like English stopwords they say
 * nothing of the topic, so "¿qué trabajos de la lista piden saber machine learning?" is a short
 * question about a skill, not one of many words the knowledge does not know. Words that are also
 * English content words ("man", "come", "hat") are left out.
 */
export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `de o y e en el em que cual cuales quien quienes donde como cuando del las los unos unas por para sin sobre al lo su sus mi mis tu es
  son hay esta estan este esto eso ese muy mas pero tambien ya le les nos tiene tienen
  qual quais quem onde quando do da dos das os um uma ou em no na nas com sem ao seu sua meu minha sao tem isso esse
  muito mas ja lhe
  qui quel quelle quels quelles comment quand du des la le un une et dans avec par pour sur aux sa ses mon ma mes est
  sont il elle ils elles ce cette ces tres plus mais aussi je nous vous
  che chi quale quali dove quando di della dei delle il gli una uno con senza alla si suo mio mia sono ci questo
  questa molto piu anche
  was wer welche welcher welches wo wie wann der die das den dem ein eine einen einem und oder im mit fur von zu zum
  zur auf am ist sind er sie wir ich sehr mehr aber auch haben tun welchen welchem bei muss sich denn als etwas noch schon
  ang ng mga sa ba ako ko mo ikaw siya sya niya nila kami namin tayo natin sila akin kanya ito iyan yan yung yun iyon
  nung noong ano anong sino sinong saan paano bakit kailan meron mayroon po opo din rin lang naman tsaka kasi kung
  dito doon dun ganyan ganito nang alin ganun kahit ngayon marunong kailangan
  wetin dey dem wey abeg dis dat una sabi
  wid nuh yuh inna pon ting tings seh haffi cyaan neva
  vad vilka vilken vilket heter dar som och mellan ett att med pa hur jag du vi det den brukar egentligen
  hva kalles hvilke hvilken hvor og jeg er paa har slags gjor
  hai hain ka ki ke ko se mein mujhe mera meri mere tera teri kya kaun kaunsa kaunse kaunsi kis kisi kitna kitne kahan
  kaha kaise kyun kyu aur bhi toh wala wali wale hota hoti hote hu hoon tha thi koi kuch nahi nahin ek yeh woh jo jaise
  liye sab bahut zyada abhi pe isme usme iske uske iska uska unka unke apna apne aap hum karna karta karti karte sakte
  sakta sakti
  ve bir bu ne nasil hangi hangisi icin ile mi mu var yok ben sen biz siz onlar gibi cok daha ama veya kim nerede neden yani her
  bana beni benim senin nedir olan
  ni kwa hii hiyo nini gani je kama lakini sana mimi wewe sisi yeye kuna iko hapa huko za cha vya ndio hapana pia nani
  wapi vipi ili katika kwenye
  pra nessa nesse nessas nesses nesta neste dessa desse daqui aqui aquele aquela aqueles aquelas isto
  voce voces algum alguma
  pues porque aqui alli esa esas esos alguien algun alguna nada usted ustedes yo lo cuanto cuantos cuanta
  cuantas desde hasta entre hacia segun tan tanto asi
  quoi jai nai ne pas rien
  eh elly illi ely dol wa ana enta enti fel fi min leya liya hena feeh fih wala keda kda howa heya homa
  ezay izay tab ya3ni 3shan 3ala 3and m3a ma3 mesh msh kaman bardo aw
  yg yang itu aja apa ada gak ga nggak bisa ke di dari dan atau saya aku buat untuk jadi kalo kalau sama gitu skrg sekarang cocok cocoknya
  dulu mau pengen lebih harus ini kok sih dong udah sudah belum juga tapi karena kayak seperti mana
  agar wagera waghera aata ayega aayega usko isko mil
  h ta tou ths twn ton thn stous stis sta sto kai k tha den einai eimai eisai poios poia poio poies poioi pws pou apo gia afto afth me ti kanei kanoun enas mia ena autos auth auto dhladh kati san yparxei kapoios kapoia re
  aftos afta ekei edw mou sou mas sas ca cela ceci leur leurs notre nos votre vos moi toi lui eux celui celle ceux celles dont alors donc
  het een van wat welke welk waar wanneer waarom uit voor mij mijn jij jouw zij hun hier daar niet ook maar nog iets iemand deze dit naar bij aan heeft hebben kun kunnen moet wordt worden ik
  si ce cine care un unei unui este sunt sa ca cu din pe pentru ii il ei lui mai foarte vreun vreo ceva asta acest aceasta trebuie
  mita mika mihin missa kuka ketka joka jotka ovat ja tai etta ettei se sita siihen sen teilla ma mina mun sa sina sulta voiko vai pitaako ois olis nyt siis lahinna vahan yleensa nayta kaikki ylipaataan tata joku
  el bi w da di ma3a shinu minu kaif wein inu law gabl aw bil zabt bita3 hina inta
  je jak kde kdo ktera ktery ktere ty se si ve ze pro pri ale nebo jsem jsi jsou mam muzes muzu bych tu tomu toho tim ke jaky jaka jake vlastne presne hlavne trochu ted driv nez neco nejaky obcas mne
  ya onu kisi gibi hangileri bana beni nereye kim buna baska
  az egy es hogy nem van vagy mit melyik hol hova ki kell nekem itt ahol amik meg mar most lehet valami milyen hozza
  ko sta koji koja koje su li od za ili kako gde kad sad ovih kojim neko umesto nego onaj trenutno
  kto chto kak gde kogda pochemu zachem kakoy kakaya kakoe kakie kotoryy kotoraya kotoroe kotorye eto etot eti
  vo so ko ot iz po pri dlya bez ili ni net li zhe uzhe eshche tozhe takzhe ochen mozhno nuzhno nado mne menya moy
  moya moi tebe vy vam vas on ona oni ikh yego yee yest est budet chtoby tolko a
  la cua va cho nguoi lam gi nao co khong toi minh duoc nhu voi trong nhung cac mot nay thi se rat cung hoac vay nhe
  oi dau sao bao nhieu
  czy jest sa nie albo lub zeby jaki jakie ktory ktora ktore gdzie kiedy dlaczego moze musi trzeba wystarczy mozna tez juz jeszcze bardzo mnie moj moja tego tej tylko teraz
  isch au oppis fur en es si het gseit vo welere mer mal chonnt chonnti chasch wurdi ine i de dr d schaff bin min mis dini dis dem wie wo
`
    .split(/\s+/)
    .filter(Boolean),
);
