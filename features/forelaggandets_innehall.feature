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
      | namngiven adressat    | att IVO den 1 oktober 2014 har beslutat ett föreläggande vid vite av 1 000 000 kr utan att ange vem det riktas till                        | 2 § första stycket lag (1985:206) om viten |
      | angivna åtgärder      | att IVO den 1 oktober 2014 har beslutat ett föreläggande vid vite av 1 000 000 kr mot Oskarshamns kommun utan att ange vilka åtgärder som krävs | 13 kap. 8 § socialtjänstlagen (2001:453) |
      | tidpunkt för åtgärden | att IVO den 1 oktober 2014 har beslutat ett föreläggande vid vite av 1 000 000 kr mot Oskarshamns kommun utan att ange när åtgärderna ska vara vidtagna | 2 § första stycket lag (1985:206) om viten |

  Scenario: Vite får inte föreläggas när nämnden kan antas sakna möjlighet att följa föreläggandet
    Givet att IVO den 1 oktober 2014 har förelagt Oskarshamns kommun vid vite av 1 000 000 kr att senast den 19 januari 2015 vidta åtgärder
    Och att nämnden kan antas sakna faktisk eller rättslig möjlighet att följa föreläggandet
    När tiden går fram till den 2 oktober 2014
    Så ska ärendet vara avslutat med "Föreläggandet måste kompletteras"
    Och ärendets uppgift brister ska nämna "2 § andra stycket lag (1985:206) om viten"

  @VitesL_2
  Scenario: Nytt vitesföreläggande i samma sak nekas innan det tidigare vunnit laga kraft
    Givet att IVO den 2 februari 2015 har förelagt Oskarshamns kommun vid vite av 2 000 000 kr att senast den 1 juni 2015 vidta åtgärder
    Och att ett tidigare vitesföreläggande i samma sak ännu inte har vunnit laga kraft
    När tiden går fram till den 3 februari 2015
    Så ska ärendet vara avslutat med "Nytt vite får inte föreläggas ännu"
    Och ärendets uppgift nytt_vite_skal ska nämna "2 § tredje stycket lag (1985:206) om viten"
    Och ärendet ska inte ha passerat "Delge föreläggandet"

  @VitesL_2
  Scenario: Nytt vitesföreläggande i samma sak när det tidigare har vunnit laga kraft kan delges
    Givet att IVO den 2 februari 2015 har förelagt Oskarshamns kommun vid vite av 2 000 000 kr att senast den 1 juni 2015 vidta åtgärder
    Och att ett tidigare vitesföreläggande i samma sak har vunnit laga kraft
    När tiden går fram till den 3 februari 2015
    Så ska ärendet vänta på "Delge föreläggandet"

  @SoL_28_kap_11
  Scenario: Ett föreläggande utan vite som inte följts – IVO kan inte ansöka om utdömande men kan välja förbud, nytt föreläggande vid vite eller avslut
    Givet att IVO den 2 september 2025 har förelagt Älmhults kommun att senast den 1 december 2025 vidta åtgärder utan vite
    Och att kommunen inte är part som företräder det allmänna
    När kommunen tar del av beslutet den 4 september 2025
    Så ska sista dag för överklagande vara torsdagen den 25 september 2025
    Och regeln "44 § förvaltningslagen (2017:900)" ska anges
    När dagen den 1 december 2025 har passerat
    Och IVO den 2 december 2025 konstaterar att föreläggandet inte har följts
    Så ska ärendet vänta på "Överväg fortsatta åtgärder"
    Och steget "Överväg fortsatta åtgärder" ska ange lagrummet "28 kap. 11 § socialtjänstlagen (2025:400)"
    När IVO den 3 december 2025 väljer att ansöka om utdömande av vitet
    Så ska ärendets uppgift vald_atgard_brist nämna "inte förenat med vite"
    Och ärendet ska vänta på "Överväg fortsatta åtgärder"
    När IVO den 3 december 2025 väljer att avsluta ärendet utan vidare åtgärd
    Så ska ärendet vara avslutat med "Avslutat utan vidare åtgärd"
    Och ärendet ska inte ha passerat "Ansök om utdömande av vite hos förvaltningsrätten"

  @SoL_28_kap_8
  Scenario: Ett föreläggande att lämna handlingar kan inte leda till förbud
    Givet att IVO den 2 september 2025 har förelagt Älmhults kommun vid vite av 50 000 kr att senast den 1 oktober 2025 vidta åtgärder
    Och att föreläggandet gäller att lämna handlingar och upplysningar
    Och att kommunen inte är part som företräder det allmänna
    När kommunen tar del av beslutet den 4 september 2025
    Så ska ärendets uppgift lagrum_forelaggande vara 28 kap. 8 § socialtjänstlagen (2025:400)
    När dagen den 1 oktober 2025 har passerat
    Och IVO den 2 oktober 2025 konstaterar att föreläggandet inte har följts
    Och IVO den 3 oktober 2025 väljer att förbjuda fortsatt verksamhet
    Så ska ärendets uppgift vald_atgard_brist nämna "förbud förutsätter ett allvarligt missförhållande"
    Och ärendet ska vänta på "Överväg fortsatta åtgärder"

  @LSS_26_f
  Scenario: Ett föreläggande enligt LSS grundas på 26 f § lagen om stöd och service till vissa funktionshindrade
    Givet att IVO den 2 september 2025 har förelagt Älmhults kommun vid vite av 500 000 kr att senast den 1 december 2025 vidta åtgärder
    Och att föreläggandet meddelas enligt LSS
    När kommunen tar del av beslutet den 4 september 2025
    Så ska ärendets uppgift lagrum_forelaggande vara 26 f § första stycket lagen (1993:387) om stöd och service till vissa funktionshindrade

  @SoL_28_kap_10
  Scenario: Ett föreläggande om kommunens anmälningsskyldighet grundas på 28 kap. 10 § socialtjänstlagen
    Givet att IVO den 2 september 2025 har förelagt Älmhults kommun vid vite av 100 000 kr att senast den 1 december 2025 vidta åtgärder
    Och att föreläggandet gäller kommunens skyldighet att anmäla sin verksamhet
    När kommunen tar del av beslutet den 4 september 2025
    Så ska ärendets uppgift lagrum_forelaggande vara 28 kap. 10 § socialtjänstlagen (2025:400)

  @SoL_ovg_6 @SoL_2001_13_kap_8
  Scenario: Föreläggande meddelat enligt 13 kap. 8 § SoL (2001:453) före 2025-07-01 – överklagandet prövas enligt den upphävda lagen
    Givet att IVO den 16 juni 2025 har förelagt Älmhults kommun vid vite av 500 000 kr att senast den 15 september 2025 vidta åtgärder
    Och att kommunen inte är part som företräder det allmänna
    När kommunen tar del av beslutet den 17 juni 2025
    Och kommunens överklagande kommer in till IVO den 3 juli 2025
    Och IVO den 4 juli 2025 överlämnar överklagandet till förvaltningsrätten
    Så ska ärendet vänta på förvaltningsrättens dom
    Och ärendets uppgift lagrum_forelaggande ska vara 13 kap. 8 § socialtjänstlagen (2001:453)
    Och steget "Bestäm vilka regler som gäller" ska ange lagrummet "punkt 6 övergångsbestämmelserna till socialtjänstlagen (2025:400)"
    Och steget "Förvaltningsrätten meddelar dom" ska ange lagrummet "16 kap. 4 § socialtjänstlagen (2001:453)"
    Och steget "Förvaltningsrätten meddelar dom" ska inte ange lagrummet "socialtjänstlagen (2025:400)"
    Och steget "Överklagandetiden löper ut" ska ange lagrummet "44 § förvaltningslagen (2017:900)"

  @SoL_35_kap_2
  Scenario: Föreläggande meddelat efter 2025-07-01 beslutas och överklagas enligt socialtjänstlagen (2025:400)
    Givet att IVO den 2 juli 2025 har förelagt Älmhults kommun vid vite av 500 000 kr att senast den 15 oktober 2025 vidta åtgärder
    Och att kommunen inte är part som företräder det allmänna
    När kommunen tar del av beslutet den 3 juli 2025
    Och kommunens överklagande kommer in till IVO den 10 juli 2025
    Och IVO den 11 juli 2025 överlämnar överklagandet till förvaltningsrätten
    Så ska ärendets uppgift lagrum_forelaggande vara 28 kap. 9 § socialtjänstlagen (2025:400)
    Och steget "Bestäm vilka regler som gäller" ska inte ange lagrummet "övergångsbestämmelserna"
    Och steget "Förvaltningsrätten meddelar dom" ska ange lagrummet "35 kap. 2 § första stycket socialtjänstlagen (2025:400)"
    Och steget "Förvaltningsrätten meddelar dom" ska inte ange lagrummet "socialtjänstlagen (2001:453)"
