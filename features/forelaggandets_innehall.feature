# language: sv
@VitesL_2 @SoL_28_kap_9
Egenskap: Föreläggandets innehåll, föreläggande utan vite och vilken lag som gäller
  Ett vitesföreläggande ska riktas till en eller flera namngivna adressater och ange en
  tidpunkt eller tidsfrist för åtgärden (2 § lag (1985:206) om viten); ett föreläggande ska
  innehålla uppgifter om de åtgärder som IVO anser nödvändiga (28 kap. 9 § tredje stycket
  socialtjänstlagen (2025:400)). Ett föreläggande som brister i något av detta kan inte
  ligga till grund för utdömande av vite och ska kompletteras innan det delges.
  Vilken socialtjänstlag som gäller avgörs av beslutsdagen: socialtjänstlagen (2001:453) för
  beslut före den 1 juli 2025, socialtjänstlagen (2025:400) från den dagen; ett överklagande av
  ett beslut som meddelats före ikraftträdandet prövas enligt den upphävda lagen
  (övergångsbestämmelse 6 till socialtjänstlagen (2025:400)).

  Scenariomall: Ett föreläggande utan <brist> måste kompletteras innan det delges
    Givet <beslut>
    När tiden går fram till den 2 oktober 2014
    Så ska ärendet vara avslutat med "Föreläggandet måste kompletteras"
    Och ärendet ska inte ha passerat "Delge föreläggandet"
    Och ärendets uppgift brister ska nämna "<lagrum>"

    Exempel:
      | brist                 | beslut                                                                                                                                    | lagrum                                    |
      | namngiven adressat    | att IVO den 1 oktober 2014 har beslutat ett föreläggande vid vite av 1 000 000 kr utan att ange vem det riktas till                        | 2 § lag (1985:206) om viten               |
      | angivna åtgärder      | att IVO den 1 oktober 2014 har beslutat ett föreläggande vid vite av 1 000 000 kr mot Oskarshamns kommun utan att ange vilka åtgärder som krävs | 28 kap. 9 § tredje stycket SoL          |
      | tidpunkt för åtgärden | att IVO den 1 oktober 2014 har beslutat ett föreläggande vid vite av 1 000 000 kr mot Oskarshamns kommun utan att ange när åtgärderna ska vara vidtagna | 2 § lag (1985:206) om viten     |

  @SoL_28_kap_11
  Scenario: Ett föreläggande utan vite som inte följts – IVO överväger nytt föreläggande vid vite eller förbud
    Givet att IVO den 2 september 2025 har förelagt Älmhults kommun att senast den 1 december 2025 vidta åtgärder utan vite
    Och att kommunen inte är part som företräder det allmänna
    När kommunen tar del av beslutet den 4 september 2025
    Så ska sista dag för överklagande vara torsdagen den 25 september 2025
    Och regeln "44 § förvaltningslagen (2017:900)" ska anges
    När dagen den 1 december 2025 har passerat
    Och IVO den 2 december 2025 konstaterar att föreläggandet inte har följts
    Så ska ärendet vänta på "Överväg fortsatta åtgärder"
    Och steget "Överväg fortsatta åtgärder" ska ange lagrummet "28 kap. 9 och 11 §§ socialtjänstlagen (2025:400)"
    När IVO den 3 december 2025 har övervägt fortsatta åtgärder
    Så ska ärendet vara avslutat med "Fortsatta åtgärder övervägda"
    Och ärendet ska inte ha passerat "Ansök om utdömande av vite hos förvaltningsrätten"

  @SoL_ovg_6 @SoL_2001_13_kap_8
  Scenario: Föreläggande meddelat enligt 13 kap. 8 § SoL (2001:453) före 2025-07-01 – överklagandet prövas enligt den upphävda lagen
    Givet att IVO den 16 juni 2025 har förelagt Älmhults kommun vid vite av 500 000 kr att senast den 15 september 2025 vidta åtgärder
    Och att kommunen inte är part som företräder det allmänna
    När kommunen tar del av beslutet den 17 juni 2025
    Och kommunens överklagande kommer in till IVO den 3 juli 2025
    Och IVO den 4 juli 2025 överlämnar överklagandet till förvaltningsrätten
    Så ska ärendet vänta på förvaltningsrättens dom
    Och steget "Föreläggande beslutat" ska ange lagrummet "13 kap. 8 § socialtjänstlagen (2001:453)"
    Och steget "Föreläggande beslutat" ska inte ange lagrummet "28 kap. 9 § socialtjänstlagen (2025:400)"
    Och steget "Förvaltningsrätten meddelar dom" ska ange lagrummet "16 kap. 4 § socialtjänstlagen (2001:453)"
    Och steget "Överklagandetiden löper ut" ska ange lagrummet "44 § förvaltningslagen (2017:900)"

  @SoL_35_kap_2
  Scenario: Föreläggande meddelat efter 2025-07-01 beslutas och överklagas enligt socialtjänstlagen (2025:400)
    Givet att IVO den 2 juli 2025 har förelagt Älmhults kommun vid vite av 500 000 kr att senast den 15 oktober 2025 vidta åtgärder
    Och att kommunen inte är part som företräder det allmänna
    När kommunen tar del av beslutet den 3 juli 2025
    Och kommunens överklagande kommer in till IVO den 10 juli 2025
    Och IVO den 11 juli 2025 överlämnar överklagandet till förvaltningsrätten
    Så ska steget "Föreläggande beslutat" ange lagrummet "28 kap. 9 § socialtjänstlagen (2025:400)"
    Och steget "Föreläggande beslutat" ska inte ange lagrummet "13 kap. 8 § socialtjänstlagen (2001:453)"
    Och steget "Förvaltningsrätten meddelar dom" ska ange lagrummet "35 kap. 2 § socialtjänstlagen (2025:400)"
