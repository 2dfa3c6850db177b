# language: sv
@FL_44 @FL_45 @SoL_35_kap_2 @SoL_2001_16_kap_4
Egenskap: Kommunens överklagande av ett föreläggande – överklagandetid och IVO:s rättidsprövning
  Ett föreläggande får överklagas till allmän förvaltningsdomstol (35 kap. 2 § första stycket 3
  socialtjänstlagen (2025:400); före den 1 juli 2025 16 kap. 4 § socialtjänstlagen (2001:453)).
  Överklagandet ges in till IVO och ska ha kommit in inom tre veckor från den dag kommunen fick
  del av beslutet (44 § förvaltningslagen (2017:900); för beslut före den 1 juli 2018 23 §
  förvaltningslagen (1986:223)); sista dagen räknas enligt lag (1930:173). Är kommunen part som
  företräder det allmänna räknas tiden från den dag beslutet meddelades; om kommunen är det är
  inte fastställt, och då räknas båda dagarna: den tidigare binder kommunen och en jurist avgör
  frågan om ett överklagande kommer in mellan dagarna. IVO prövar om överklagandet kommit in i
  rätt tid och avvisar ett för sent överklagande, utom när förseningen beror på en felaktig
  överklagandehänvisning eller överklagandet inom tiden kom in till förvaltningsrätten (45 §
  förvaltningslagen). Annars överlämnar IVO överklagandet till förvaltningsrätten (46 §
  förvaltningslagen). Ett överklagande som kommer in efter att tiden gått ut prövas också.

  Bakgrund:
    Givet att IVO den 1 oktober 2014 har förelagt Oskarshamns kommun vid vite av 1 000 000 kr att senast den 19 januari 2015 vidta åtgärder

  @seed_000
  Scenario: Oskarshamn – överklagande inkommet till IVO senast 2014-10-22 är i rätt tid om beslutet mottogs 2014-10-01
    När kommunen tar del av beslutet den 1 oktober 2014
    Så ska sista dag för överklagande vara onsdagen den 22 oktober 2014
    När kommunens överklagande kommer in till IVO den 22 oktober 2014
    Så ska ärendet ha passerat "Överklagande inkommer till IVO", "Pröva om överklagandet kommit in i rätt tid", "Har överklagandet kommit in i rätt tid?" i denna ordning
    Och ärendet ska vänta på "Överlämna överklagandet till förvaltningsrätten"
    Och ärendet ska inte ha passerat "Avvisa överklagandet"
    Och steget "Pröva om överklagandet kommit in i rätt tid" ska ange lagrummet "24 § förvaltningslagen (1986:223)"

  @seed_000
  Scenario: Oskarshamn – när det inte är fastställt om kommunen företräder det allmänna binder den tidigare sista dagen
    Givet att det inte är fastställt om kommunen är part som företräder det allmänna
    När kommunen tar del av beslutet den 3 oktober 2014
    Så ska sista dag för överklagande vara onsdagen den 22 oktober 2014
    Och en jurist ska varnas om att "OVERIFIERAT: om kommunen är part som företräder det allmänna"
    Och förklaringen ska nämna "går ut fredagen den 24 oktober 2014"

  @seed_000
  Scenario: Ett överklagande som kommer in mellan de två möjliga sista dagarna prövas först när en jurist avgjort om kommunen företräder det allmänna
    Givet att det inte är fastställt om kommunen är part som företräder det allmänna
    När kommunen tar del av beslutet den 3 oktober 2014
    Och kommunens överklagande kommer in till IVO den 23 oktober 2014
    Så ska ärendet vänta på "Avgör om kommunen är part som företräder det allmänna"
    När IVO den 24 oktober 2014 avgör att kommunen inte är part som företräder det allmänna
    Så ska ärendet vänta på "Överlämna överklagandet till förvaltningsrätten"
    Och ärendet ska ha passerat "Avgör om kommunen är part som företräder det allmänna", "Pröva om överklagandet kommit in i rätt tid" i denna ordning

  Scenario: Ett överklagande mellan de två dagarna avvisas om en jurist avgör att kommunen företräder det allmänna
    Givet att det inte är fastställt om kommunen är part som företräder det allmänna
    När kommunen tar del av beslutet den 3 oktober 2014
    Och kommunens överklagande kommer in till IVO den 23 oktober 2014
    Och IVO den 24 oktober 2014 avgör att kommunen är part som företräder det allmänna
    Så ska ärendet vänta på "Avvisa överklagandet"

  Scenario: Överklagande som kommer in en dag för sent avvisas av IVO
    Givet att kommunen inte är part som företräder det allmänna
    När kommunen tar del av beslutet den 3 oktober 2014
    Och kommunens överklagande kommer in till IVO den 25 oktober 2014
    Så ska ärendet ha passerat "Föreläggandet vinner laga kraft", "Överklagande inkommer efter överklagandetiden", "Pröva om överklagandet kommit in i rätt tid" i denna ordning
    Och ärendet ska vänta på "Avvisa överklagandet"
    När IVO den 27 oktober 2014 avvisar överklagandet
    Så ska ärendet ha passerat "Avvisa överklagandet", "Överklagandet avvisat", "Det sena överklagandet är avgjort" i denna ordning
    Och ärendet ska inte ha passerat "Överlämna överklagandet till förvaltningsrätten"
    Och föreläggandet ska ha vunnit laga kraft den 25 oktober 2014
    Och ärendet ska vänta på "Åtgärdsfristen löper ut"

  Scenario: Sent överklagande avvisas inte när överklagandehänvisningen var felaktig
    Givet att kommunen inte är part som företräder det allmänna
    När kommunen tar del av beslutet den 3 oktober 2014
    Och kommunens överklagande kommer in till IVO den 27 oktober 2014 och överklagandehänvisningen i beslutet var felaktig
    Så ska ärendet vänta på "Överlämna överklagandet till förvaltningsrätten"
    Och ärendet ska inte ha passerat "Avvisa överklagandet"

  Scenario: Överklagande som inom tiden skickats direkt till förvaltningsrätten anses inkommet i tid
    Givet att kommunen inte är part som företräder det allmänna
    När kommunen tar del av beslutet den 3 oktober 2014
    Och kommunens överklagande kommer in till IVO den 28 oktober 2014 men hade kommit in till förvaltningsrätten inom överklagandetiden
    Så ska ärendet vänta på "Överlämna överklagandet till förvaltningsrätten"
    När IVO den 29 oktober 2014 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 15 december 2014 upphäver föreläggandet
    Och dagen den 5 januari 2015 har passerat
    Så ska ärendet vara avslutat med "Föreläggandet upphävt av domstol"
    Och ärendet ska ha passerat "Det sena överklagandet prövas", "Upphävs föreläggandet?", "Föreläggandet är upphävt" i denna ordning

  Scenario: Ett sent överklagande som prövas i sak men där föreläggandet står fast ändrar inte ärendet
    Givet att kommunen inte är part som företräder det allmänna
    När kommunen tar del av beslutet den 3 oktober 2014
    Och kommunens överklagande kommer in till IVO den 27 oktober 2014 och överklagandehänvisningen i beslutet var felaktig
    Och IVO den 28 oktober 2014 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 15 december 2014 fastställer föreläggandet och domen delges parterna den 17 december 2014
    Och dagen den 7 januari 2015 har passerat
    Så ska ärendet ha passerat "Beslutet står fast och har vunnit laga kraft", "Det sena överklagandet är avgjort" i denna ordning
    Och ärendet ska vänta på "Åtgärdsfristen löper ut"

  @lag_1930_173
  Scenariomall: I processen är sista dag för överklagande samma veckodag tre veckor senare, eller nästa vardag
    Givet att kommunen inte är part som företräder det allmänna
    När kommunen tar del av beslutet <mottaget>
    Så ska sista dag för överklagande vara <sista dag>
    När tiden går fram till <sista dag>
    Så ska ärendet inte ha passerat "Föreläggandet vinner laga kraft"
    När sista dagen för överklagande har passerat
    Så ska ärendet ha passerat "Överklagandetiden löper ut", "Föreläggandet vinner laga kraft" i denna ordning

    Exempel:
      | mottaget                       | sista dag                     |
      | fredagen den 3 oktober 2014    | fredagen den 24 oktober 2014  |
      | lördagen den 4 oktober 2014    | måndagen den 27 oktober 2014  |
      | måndagen den 15 december 2014  | måndagen den 5 januari 2015   |
      | onsdagen den 3 december 2014   | måndagen den 29 december 2014 |
      | onsdagen den 10 december 2014  | fredagen den 2 januari 2015   |

  @FL_44 @seed_000
  @seed_000
  Scenario: När det inte är fastställt om kommunen företräder det allmänna vinner föreläggandet laga kraft först när den senare dagen har passerat
    Givet att det inte är fastställt om kommunen är part som företräder det allmänna
    När kommunen tar del av beslutet den 3 oktober 2014
    Och dagen onsdagen den 22 oktober 2014 har passerat
    Så ska ärendet inte ha passerat "Föreläggandet vinner laga kraft"
    När dagen fredagen den 24 oktober 2014 har passerat
    Så ska ärendet ha passerat "Föreläggandet vinner laga kraft"
    Och föreläggandet ska ha vunnit laga kraft den 25 oktober 2014

  Scenariomall: Kommunen som part som företräder det allmänna – i processen räknas överklagandetiden från expedieringsdagen
    Givet <part>
    När kommunen tar del av beslutet den 3 oktober 2014
    Så ska sista dag för överklagande vara <sista dag>
    När sista dagen för överklagande har passerat
    Så ska föreläggandet ha vunnit laga kraft <laga kraft>

    Exempel:
      | part                                                                       | sista dag                    | laga kraft          |
      | att kommunen är part som företräder det allmänna                           | onsdagen den 22 oktober 2014 | den 23 oktober 2014 |
      | att kommunen inte är part som företräder det allmänna                      | fredagen den 24 oktober 2014 | den 25 oktober 2014 |
