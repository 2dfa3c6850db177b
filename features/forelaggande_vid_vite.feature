# language: sv
@SoL_28_kap_9 @SoL_2001_13_kap_8 @VitesL_2 @seed_000
Egenskap: Föreläggande vid vite – från beslut till laga kraft, efterlevnad och utdömande
  IVO får förelägga den som svarar för verksamheten att avhjälpa ett missförhållande som har
  betydelse för enskildas möjligheter att få de insatser de har rätt till, och föreläggandet
  får förenas med vite (28 kap. 9 § socialtjänstlagen (2025:400); för beslut före den 1 juli
  2025 13 kap. 8 § socialtjänstlagen (2001:453)). Föreläggandet ska delges adressaten
  (2 § lag (1985:206) om viten) och gäller omedelbart även om det överklagas (35 kap. 5 §
  socialtjänstlagen). Vitet får dömas ut först när föreläggandet har vunnit laga kraft
  (HFD plenum 2024, mål 4429–4430-22); det gör förvaltningsrätten på ansökan av IVO
  (6 § lag (1985:206) om viten).

  Bakgrund:
    Givet att IVO den 1 oktober 2014 har förelagt Oskarshamns kommun vid vite av 1 000 000 kr att senast den 19 januari 2015 vidta åtgärder
    Och att föreläggandet anger åtgärderna "säkerställa att de individuellt anpassade insatserna MI, Spelprogrammet, Väckarklockan, Vägen ut och Anhörigstöd föregås av utredning, bedömning och beslut"
    Och att kommunen inte är part som företräder det allmänna

  @SoL_35_kap_5 @FL_44
  Scenario: Oskarshamn – föreläggande vid vite 1 000 000 kr meddelat 2014-10-01 med åtgärdsfrist 2015-01-19
    När kommunen tar del av beslutet den 3 oktober 2014
    Så ska ärendet ha passerat "Föreläggande beslutat", "Kontrollera föreläggandets innehåll", "Delge föreläggandet" i denna ordning
    Och sista dag för överklagande ska vara fredagen den 24 oktober 2014
    Och förklaringen ska nämna "fick del av beslutet"
    Och åtgärdsfristen ska vara måndagen den 19 januari 2015
    Och förklaringen ska nämna "flyttas därför inte enligt lag (1930:173)"
    Och ärendet ska vänta på "Överklagandetiden löper ut"
    Och ärendet ska vänta på "Åtgärdsfristen löper ut"
    Och steget "Kontrollera föreläggandets innehåll" ska ange lagrummet "lag (1985:206) om viten"

  @FL_44 @lag_1930_173
  Scenario: Föreläggandet vinner laga kraft dagen efter sista dag för överklagande om det inte överklagas
    När kommunen tar del av beslutet den 3 oktober 2014
    Och tiden går fram till den 24 oktober 2014
    Så ska ärendet inte ha passerat "Föreläggandet vinner laga kraft"
    När dagen den 24 oktober 2014 har passerat
    Så ska ärendet ha passerat "Delge föreläggandet", "Överklagandetiden löper ut", "Föreläggandet vinner laga kraft" i denna ordning
    Och ärendet ska vänta på "Åtgärdsfristen löper ut"
    Och IVO ska ännu inte kunna ansöka om utdömande av vitet

  Scenario: Kommunen följer föreläggandet före fristens utgång – ingen ansökan om utdömande, ärendet avslutas
    När kommunen tar del av beslutet den 3 oktober 2014
    Och dagen den 19 januari 2015 har passerat
    Så ska ärendet vänta på "Kontrollera om föreläggandet har följts"
    När IVO den 20 januari 2015 konstaterar att föreläggandet har följts
    Så ska ärendet vara avslutat med "Ärendet avslutat – föreläggandet har följts"
    Och ärendet ska inte ha passerat "Ansök om utdömande av vite hos förvaltningsrätten"

  @VitesL_6
  Scenario: Föreläggandet har inte följts och har vunnit laga kraft – IVO ansöker om utdömande av vitet hos förvaltningsrätten
    När kommunen tar del av beslutet den 3 oktober 2014
    Och dagen den 19 januari 2015 har passerat
    Och IVO den 20 januari 2015 konstaterar att föreläggandet inte har följts
    Så ska IVO kunna ansöka om utdömande av vitet
    När IVO den 21 januari 2015 ansöker hos förvaltningsrätten om utdömande av vitet
    Så ska ärendet vara avslutat med "Ansökan om utdömande av vite ingiven"
    Och ärendet ska ha passerat följande i denna ordning:
      | steg                                                        |
      | Föreläggande beslutat                                       |
      | Delge föreläggandet                                         |
      | Överklagandetiden löper ut                                  |
      | Föreläggandet vinner laga kraft                             |
      | Åtgärdsfristen löper ut                                     |
      | Kontrollera om föreläggandet har följts                     |
      | Har föreläggandet följts?                                   |
      | Är föreläggandet förenat med vite?                          |
      | Ansök om utdömande av vite hos förvaltningsrätten           |
      | Ansökan om utdömande av vite ingiven                        |

  @SoL_35_kap_5 @HFD_2024_mal_4429_4430_22 @VitesL_6
  Scenario: Vite kan inte dömas ut medan föreläggandet är överklagat (HFD plenum 2024)
    När kommunen tar del av beslutet den 3 oktober 2014
    Och kommunens överklagande kommer in till IVO den 20 oktober 2014
    Och IVO den 21 oktober 2014 överlämnar överklagandet till förvaltningsrätten
    Och dagen den 19 januari 2015 har passerat
    Och IVO den 20 januari 2015 konstaterar att föreläggandet inte har följts
    Så ska ärendet vänta på förvaltningsrättens dom
    Och IVO ska ännu inte kunna ansöka om utdömande av vitet
    När förvaltningsrätten den 2 mars 2015 fastställer föreläggandet och domen delges parterna den 4 mars 2015
    Så ska sista dag för överklagande av domen vara onsdagen den 25 mars 2015
    Och IVO ska ännu inte kunna ansöka om utdömande av vitet
    När dagen den 25 mars 2015 har passerat
    Så ska ärendet ha passerat "Föreläggandet vinner laga kraft"
    Och IVO ska kunna ansöka om utdömande av vitet
    När IVO den 26 mars 2015 ansöker hos förvaltningsrätten om utdömande av vitet
    Så ska ärendet vara avslutat med "Ansökan om utdömande av vite ingiven"

  @SoL_35_kap_5
  Scenario: Överklagat föreläggande gäller ändå omedelbart om inhibition inte beviljats
    När kommunen tar del av beslutet den 3 oktober 2014
    Och kommunens överklagande kommer in till IVO den 20 oktober 2014
    Och IVO den 21 oktober 2014 överlämnar överklagandet till förvaltningsrätten
    Och dagen den 19 januari 2015 har passerat
    Så ska ärendet vänta på förvaltningsrättens dom
    Och ärendet ska vänta på "Kontrollera om föreläggandet har följts"
    Och ärendet ska ha passerat "Överlämna överklagandet till förvaltningsrätten", "Åtgärdsfristen löper ut" i denna ordning

  @SoL_35_kap_2
  Scenario: Förvaltningsrätten upphäver föreläggandet – ärendet avslutas och åtgärdsfristen gäller inte längre
    När kommunen tar del av beslutet den 3 oktober 2014
    Och kommunens överklagande kommer in till IVO den 20 oktober 2014
    Och IVO den 21 oktober 2014 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 15 december 2014 upphäver föreläggandet
    Så ska ärendet vara avslutat med "Föreläggandet upphävt av domstol"
    Och ärendet ska inte ha passerat "Föreläggandet vinner laga kraft"
    Och ärendet ska inte vänta på "Åtgärdsfristen löper ut"
