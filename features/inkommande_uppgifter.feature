# language: sv
@SoL_28_kap_1 @SoL_27_kap_6 @PSL_7_kap_10
Egenskap: Inkommande uppgifter – klagomål, anmälningar och IVO:s ställningstagande
  IVO tar emot uppgifter om socialtjänsten: klagomål från enskilda och organisationer, lex
  Sarah-anmälningar, kommunens egen rapport om missförhållanden och urval ur IVO:s egen
  riskanalys. IVO har ingen skyldighet att utreda allt som anmäls inom socialtjänsten utan
  avgör självständigt om det finns skäl för tillsyn; klagomål på hälso- och sjukvård, också på
  legitimerad personal i socialtjänsten, prövas enligt patientsäkerhetslagen (7 kap. 10–12 §§).
  IVO kan inte ändra nämndens bedömning i ett enskilt ärende; det kan bara domstol efter
  överklagande. Uppgiftslämnaren underrättas om IVO:s ställningstagande; tiden för det (2–3
  veckor) är IVO:s praxis, inte lag. Inleds tillsyn öppnas ett nytt ärende.

  @PSL_7_kap_11
  Scenario: Klagomål på legitimerad sjuksköterska i hemtjänsten handläggs som hälso- och sjukvård enligt patientsäkerhetslagen
    Givet att en anhörig den 7 januari 2019 lämnar ett klagomål till IVO om "sjuksköterskans läkemedelshantering i hemtjänsten" i Älmhults kommun
    När IVO den 8 januari 2019 registrerar uppgifterna under diarienummer "3.5.1-100/2019" som legitimerad personal i socialtjänsten
    Så ska ärendet vara avslutat med "Handläggs som klagomål på hälso- och sjukvården"
    Och ärendet ska inte ha passerat "Bedöm uppgifterna och ta ställning"

  Scenario: Klagomål som gäller hälso- och sjukvård prövas enligt patientsäkerhetslagen
    Givet att en patient den 7 januari 2019 lämnar ett klagomål till IVO om "vården på vårdcentralen" i Älmhults kommun
    När IVO den 8 januari 2019 registrerar uppgifterna under diarienummer "3.5.1-101/2019" som hälso- och sjukvård
    Så ska ärendet vara avslutat med "Handläggs som klagomål på hälso- och sjukvården"

  @SoL_2001_16_kap_3 @seed_003
  Scenario: Farsta – upprepade klagomål om nämndens bedömningar i enskilda ärenden; IVO kan inte ändra biståndsbeslut men upplyser om rätten att överklaga
    Givet att Equal den 4 mars 2019 lämnar ett klagomål till IVO om "avslag på ansökan om plats på behandlingshem" i Stockholms stad
    När IVO den 5 mars 2019 registrerar uppgifterna under diarienummer "3.5.1-2019/140" som bara nämndens bedömning i ett enskilt ärende
    Så ska ärendet vänta på "Upplys om rätten att överklaga nämndens beslut till domstol"
    När IVO den 6 mars 2019 upplyser om rätten att överklaga nämndens beslut till domstol
    Så ska ärendet vara avslutat med "Registrerat – upplyst om rätten att överklaga"
    Och steget "Upplys om rätten att överklaga nämndens beslut till domstol" ska ange lagrummet "16 kap. 3 § socialtjänstlagen (2001:453)"

  @seed_003 @SoL_28_kap_3 @SoL_28_kap_9
  Scenario: Farsta – upprepade klagomål om nämndens bedömningar i enskilda ärenden; IVO kan inte ändra biståndsbeslut men kan granska handläggningen och följa upp en ej genomförd åtgärdsplan
    Givet att Equal den 4 mars 2019 lämnar ett klagomål till IVO om "avslut av placeringar på stödboenden" i Stockholms stad
    När IVO den 5 mars 2019 registrerar uppgifterna under diarienummer "3.5.1-2019/141" som socialtjänst
    Och IVO den 19 mars 2019 tar ställning till att inleda tillsyn i ett nytt ärende med diarienummer "8.5-2019/300"
    Så ska ärendets uppgift underrattelse nämna "'inom_malet': True"
    Och ärendet ska vänta på "Avgränsa tillsynen"
    När IVO den 20 mars 2019 avgränsar tillsynen till "avslut av placeringar på stödboenden"
    Och IVO den 2 maj 2019 kommunicerar ett förslag till beslut om krav på åtgärder med nämnden, med synpunkter senast den 16 maj 2019
    Och nämndens synpunkter kommer in till IVO den 15 maj 2019
    Och IVO den 10 juni 2019 beslutar att kräva att nämnden vidtar åtgärder och redovisar dem senast den 30 september 2019
    Och nämndens redovisning kommer in till IVO den 27 september 2019
    Och IVO den 14 oktober 2019 avslutar uppföljningen utan att eskalera med skälet "Nämnden har åtagit sig en ny åtgärdsplan; IVO följer frågan i sin riskanalys"
    Så ska ärendet vara avslutat med "Tillsyn inledd och genomförd"
    Och ärendet ska ha passerat "Öppna ett nytt tillsynsärende", "Avslutad utan eskalering", "Uppföljning av kraven", "Krav på åtgärder ställda och uppföljda", "Tillsyn", "Tillsyn inledd och genomförd" i denna ordning

  @SoL_27_kap_6 @seed_004
  Scenario: Älmhult 2019 – kommunens egen rapport om missförhållanden leder till att IVO öppnar ett nytt tillsynsärende och begär yttrande om 49 försenade utredningar
    Givet att Älmhults kommun den 14 januari 2019 rapporterar missförhållanden till IVO: "49 försenade barnavårdsutredningar"
    När IVO den 15 januari 2019 registrerar uppgifterna under diarienummer "3.5.2-2019/20" som socialtjänst
    Och IVO den 28 januari 2019 tar ställning till att inleda tillsyn i ett nytt ärende med diarienummer "8.5-2019/55"
    Och IVO den 29 januari 2019 avgränsar tillsynen till "hur nämnden har avslutat de 49 försenade utredningarna"
    Och IVO den 30 januari 2019 begär nämndens yttrande om "fyra utredningar som avslutats och sedan öppnats igen" senast den 28 februari 2019
    Så ska "Dagen för yttrandet passerar" löpa ut torsdagen den 28 februari 2019
    När nämndens yttrande kommer in till IVO den 25 februari 2019
    Så ska ärendet vänta på "Välj nästa utredningsåtgärd"
    Och ärendets uppgift nytt_arende ska nämna "'dnr': '8.5-2019/55'"
    Och ärendet ska ha passerat "Uppgifter inkommer till IVO", "Öppna ett nytt tillsynsärende", "Tillsyn inleds", "Begär yttrande", "Yttrandet inkommer" i denna ordning

  Scenario: Uppgifterna registreras utan åtgärd och uppgiftslämnaren underrättas
    Givet att en anhörig den 7 januari 2019 lämnar ett klagomål till IVO om "bemötandet på ett boende" i Älmhults kommun
    När IVO den 8 januari 2019 registrerar uppgifterna under diarienummer "3.5.1-102/2019" som socialtjänst
    Och IVO den 21 januari 2019 tar ställning till att registrera uppgifterna utan åtgärd
    Så ska ärendet vara avslutat med "Registrerat utan åtgärd"
    Och ärendets uppgift underrattelse ska nämna "'till': 'en anhörig'"

  Scenario: IVO lämnar över uppgifterna till nämnden, som ska utreda och åtgärda klagomålet
    Givet att en anhörig den 7 januari 2019 lämnar ett klagomål till IVO om "bemötandet på ett boende" i Älmhults kommun
    När IVO den 8 januari 2019 registrerar uppgifterna under diarienummer "3.5.1-103/2019" som socialtjänst
    Och IVO den 21 januari 2019 tar ställning till att lämna över uppgifterna till nämnden
    Och IVO den 22 januari 2019 lämnar över uppgifterna till nämnden
    Så ska ärendet vara avslutat med "Överlämnat till kommunen"

  Scenario: Uppgifterna tillförs en pågående tillsyn; att underrättelsen dröjer utöver IVO:s praxis flaggas men har ingen rättsföljd
    Givet att en anhörig den 7 januari 2019 lämnar ett klagomål till IVO om "väntetider för LSS-insatser" i Älmhults kommun
    När IVO den 8 januari 2019 registrerar uppgifterna under diarienummer "3.5.1-104/2019" som LSS
    Och dagen den 28 januari 2019 har passerat
    Så ska ärendet ha passerat "Målet för underrättelse passeras", "Dröjsmålet flaggat" i denna ordning
    Och ärendet ska vänta på "Bedöm uppgifterna och ta ställning"
    När IVO den 4 februari 2019 tar ställning till att tillföra uppgifterna en pågående tillsyn
    Och IVO den 5 februari 2019 tillför uppgifterna tillsynen "8.5-2018/900"
    Så ska ärendet vara avslutat med "Tillfört pågående tillsyn"
    Och IVO ska få beskedet "efter målet 2019-01-28"

  Scenario: IVO:s egen riskanalys – det finns ingen uppgiftslämnare att underrätta
    Givet att IVO den 7 januari 2019 väljer ut Älmhults kommun för tillsyn i sin riskanalys
    När IVO den 8 januari 2019 registrerar uppgifterna under diarienummer "3.5.3-105/2019" som socialtjänst
    Och IVO den 9 januari 2019 tar ställning till att registrera uppgifterna utan åtgärd
    Så ska ärendet vara avslutat med "Registrerat utan åtgärd"
    Och ärendets uppgift underrattelse ska vara okänt

  Scenario: Okänd källa och saknad organisation registreras med varningar, inte med tysta val
    Givet att en anhörig den 7 januari 2019 lämnar ett klagomål till IVO om "bemötandet på ett boende" i Älmhults kommun
    Och att uppgifterna kommer från en okänd källa "telefonsamtal"
    Och att ingen organisation är angiven
    När IVO den 8 januari 2019 registrerar uppgifterna under diarienummer "3.5.1-106/2019" som socialtjänst
    Så ska IVO få beskedet "Okänd källa telefonsamtal"
    Och IVO ska få beskedet "Organisation saknas"
    Och IVO ska få beskedet "Affärsparameter, inte lag"

  Scenario: Ett nytt tillsynsärende utan diarienummer registreras med en varning
    Givet att en anhörig den 7 januari 2019 lämnar ett klagomål till IVO om "bemötandet på ett boende" i Älmhults kommun
    När IVO den 8 januari 2019 registrerar uppgifterna under diarienummer "3.5.1-107/2019" som socialtjänst
    Och IVO den 21 januari 2019 tar ställning till att inleda tillsyn
    Så ska IVO få beskedet "Diarienummer för det nya tillsynsärendet är inte angivet"
    Och ärendet ska vänta på "Avgränsa tillsynen"
