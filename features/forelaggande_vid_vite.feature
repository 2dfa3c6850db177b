# language: sv
@SoL_28_kap_9 @SoL_2001_13_kap_8 @VitesL_2 @seed_000
Egenskap: Föreläggande vid vite – från beslut till laga kraft, efterlevnad och fortsatta åtgärder
  IVO får förelägga den som svarar för verksamheten att avhjälpa ett missförhållande som har
  betydelse för enskildas möjligheter att få de insatser de har rätt till, och föreläggandet
  får förenas med vite (28 kap. 9 § socialtjänstlagen (2025:400); för beslut före den 1 juli
  2025 13 kap. 8 § socialtjänstlagen (2001:453)). Föreläggandet ska delges adressaten
  (2 § lag (1985:206) om viten) och gäller omedelbart även om det överklagas (35 kap. 5 §
  socialtjänstlagen), om inte domstolen beviljar inhibition. Vitet får dömas ut först när
  föreläggandet har vunnit laga kraft (HFD plenum 2024, mål 4429–4430-22); det gör
  förvaltningsrätten på ansökan av IVO (6 § lag (1985:206) om viten). Följs föreläggandet inte
  väljer IVO hur det går vidare: ansökan om utdömande, nytt föreläggande med högre vite, förbud
  eller att avsluta ärendet.

  Bakgrund:
    Givet att IVO den 1 oktober 2014 har förelagt Oskarshamns kommun vid vite av 1 000 000 kr att senast den 19 januari 2015 vidta åtgärder
    Och att föreläggandet anger åtgärderna "säkerställa att de individuellt anpassade insatserna MI, Spelprogrammet, Väckarklockan, Vägen ut och Anhörigstöd föregås av utredning, bedömning och beslut"
    Och att kommunen inte är part som företräder det allmänna

  @SoL_35_kap_5 @FL_44
  Scenario: Oskarshamn – föreläggande vid vite 1 000 000 kr meddelat 2014-10-01 med åtgärdsfrist 2015-01-19
    När kommunen tar del av beslutet den 3 oktober 2014
    Så ska ärendet ha passerat "Föreläggande beslutat", "Kontrollera föreläggandets innehåll", "Delge föreläggandet", "Föreläggandet gäller omedelbart" i denna ordning
    Och sista dag för överklagande ska vara fredagen den 24 oktober 2014
    Och förklaringen ska nämna "fick del av beslutet"
    Och åtgärdsfristen ska vara måndagen den 19 januari 2015
    Och förklaringen ska nämna "flyttas därför inte enligt lag (1930:173)"
    Och ärendet ska vänta på "Överklagandetiden löper ut"
    Och ärendet ska vänta på "Åtgärdsfristen löper ut"
    Och steget "Föreläggande beslutat" ska ange lagrummet "socialtjänstlagen (2001:453)"
    Och ärendets uppgift lagrum_forelaggande ska vara 13 kap. 8 § socialtjänstlagen (2001:453)
    Och steget "Kontrollera föreläggandets innehåll" ska ange lagrummet "lag (1985:206) om viten"
    Och ärendets uppgift galler_omedelbart ska vara ja

  @FL_44 @lag_1930_173
  Scenario: Föreläggandet vinner laga kraft dagen efter sista dag för överklagande om det inte överklagas
    När kommunen tar del av beslutet den 3 oktober 2014
    Och tre veckor har förflutit
    Så ska ärendet inte ha passerat "Föreläggandet vinner laga kraft"
    När dagen den 24 oktober 2014 har passerat
    Så ska ärendet ha passerat "Delge föreläggandet", "Överklagandetiden löper ut", "Beslutet har inte överklagats i tid", "Föreläggandet vinner laga kraft" i denna ordning
    Och föreläggandet ska ha vunnit laga kraft den 25 oktober 2014
    Och ärendet ska vänta på "Åtgärdsfristen löper ut"
    Och IVO ska ännu inte kunna ansöka om utdömande av vitet

  Scenario: Kommunen följer föreläggandet före fristens utgång – ingen ansökan om utdömande, ärendet avslutas
    När kommunen tar del av beslutet den 3 oktober 2014
    Och dagen den 19 januari 2015 har passerat
    Så ska ärendet vänta på "Kontrollera om föreläggandet har följts"
    När IVO den 20 januari 2015 konstaterar att föreläggandet har följts
    Så ska ärendet vara avslutat med "Ärendet avslutat – föreläggandet har följts"
    Och ärendet ska ha passerat "Registrera kontrollen", "Har föreläggandet följts?", "Föreläggandet har följts" i denna ordning
    Och ärendet ska inte ha passerat "Överväg fortsatta åtgärder"

  Scenario: Kommunens redovisning visar att föreläggandet följts före fristen – ärendet avslutas när föreläggandet vunnit laga kraft
    När kommunen tar del av beslutet den 3 oktober 2014
    Och nämndens redovisning av vidtagna åtgärder kommer in till IVO den 10 oktober 2014
    Och IVO den 13 oktober 2014 bedömer att redovisningen inte visar att föreläggandet har följts
    Så ska ärendet vänta på "Åtgärdsfristen löper ut"
    När nämndens redovisning av vidtagna åtgärder kommer in till IVO den 5 december 2014
    Och IVO den 8 december 2014 bedömer att redovisningen visar att föreläggandet har följts
    Så ska ärendet vara avslutat med "Ärendet avslutat – föreläggandet har följts"
    Och ärendet ska ha passerat "Bedöm redovisningen", "Föreläggandet har följts före fristen", "Föreläggandet har följts" i denna ordning
    Och ärendet ska inte ha passerat "Åtgärdsfristen löper ut"

  @VitesL_6 @SoL_28_kap_11
  Scenario: Föreläggandet har inte följts och har vunnit laga kraft – IVO väljer hur det går vidare
    När kommunen tar del av beslutet den 3 oktober 2014
    Och dagen den 19 januari 2015 har passerat
    Och IVO den 20 januari 2015 konstaterar att föreläggandet inte har följts
    Så ska IVO kunna välja att ansöka om utdömande av vitet
    Och ärendet ska ha passerat följande i denna ordning:
      | steg                                    |
      | Föreläggande beslutat                   |
      | Delge föreläggandet                     |
      | Överklagandetiden löper ut              |
      | Föreläggandet vinner laga kraft         |
      | Åtgärdsfristen löper ut                 |
      | Kontrollera om föreläggandet har följts |
      | Har föreläggandet följts?               |
    Och steget "Överväg fortsatta åtgärder" ska ange lagrummet "6 § lag (1985:206) om viten"
    När IVO den 21 januari 2015 väljer åtgärden "okänd"
    Så ska ärendets uppgift vald_atgard_brist nämna "okänd åtgärd"
    Och ärendet ska vänta på "Överväg fortsatta åtgärder"
    När IVO den 22 januari 2015 väljer att ansöka om utdömande av vitet
    Så ska ärendet vänta på "Ansök om utdömande av vite hos förvaltningsrätten"

  @VitesL_2
  Scenario: Föreläggandet har inte följts – IVO meddelar ett nytt föreläggande med högre vite
    När kommunen tar del av beslutet den 3 oktober 2014
    Och dagen den 19 januari 2015 har passerat
    Och IVO den 20 januari 2015 konstaterar att föreläggandet inte har följts
    Och IVO den 21 januari 2015 väljer att meddela ett nytt föreläggande med högre vite
    Så ska ärendet vara avslutat med "Ersatt av nytt föreläggande"
    Och ärendets uppgift nytt_forelaggande ska nämna "'tidigare_vitesforelaggande_laga_kraft': True"

  @SoL_28_kap_9
  Scenario: Föreläggandet har inte följts – IVO avslutar ändå ärendet utan vidare åtgärd
    När kommunen tar del av beslutet den 3 oktober 2014
    Och dagen den 19 januari 2015 har passerat
    Och IVO den 20 januari 2015 konstaterar att föreläggandet inte har följts
    Och IVO den 21 januari 2015 väljer att avsluta ärendet utan vidare åtgärd
    Så ska ärendet vara avslutat med "Avslutat utan vidare åtgärd"

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
    Så ska ärendet ha passerat "Förvaltningsrättens dom vinner laga kraft", "Föreläggandet vinner laga kraft" i denna ordning
    Och föreläggandet ska ha vunnit laga kraft den 26 mars 2015
    Och IVO ska kunna välja att ansöka om utdömande av vitet

  @SoL_35_kap_5
  Scenario: Överklagat föreläggande gäller ändå omedelbart om inhibition inte beviljats
    När kommunen tar del av beslutet den 3 oktober 2014
    Och kommunens överklagande kommer in till IVO den 20 oktober 2014
    Och IVO den 21 oktober 2014 överlämnar överklagandet till förvaltningsrätten
    Och dagen den 19 januari 2015 har passerat
    Så ska ärendet vänta på förvaltningsrättens dom
    Och ärendet ska vänta på "Kontrollera om föreläggandet har följts"
    Och ärendet ska ha passerat "Överlämna överklagandet till förvaltningsrätten", "Åtgärdsfristen löper ut" i denna ordning

  @FPL_28
  Scenario: Förvaltningsrätten beviljar inhibition – åtgärdsfristen löper inte tills vidare och IVO bestämmer en ny frist
    När kommunen tar del av beslutet den 3 oktober 2014
    Och kommunens överklagande kommer in till IVO den 20 oktober 2014 med ett yrkande om inhibition
    Och IVO den 21 oktober 2014 överlämnar överklagandet till förvaltningsrätten
    Så ska ärendet vänta på "Pröva yrkandet om inhibition"
    När förvaltningsrätten den 5 november 2014 beviljar inhibition
    Så ska ärendet ha passerat "Inhibition meddelas", "Domstolen beviljar inhibition", "Åtgärdsskyldigheten gäller inte tills vidare" i denna ordning
    Och ärendet ska inte vänta på "Åtgärdsfristen löper ut"
    Och ärendets uppgift efterlevnad_varningar ska nämna "OVERIFIERAT: domstolen har beviljat inhibition"
    När förvaltningsrätten den 2 mars 2015 fastställer föreläggandet och domen delges parterna den 4 mars 2015
    Och dagen den 25 mars 2015 har passerat
    Så ska ärendet vänta på "Besluta ny åtgärdsfrist"
    När IVO den 27 mars 2015 bestämmer att åtgärderna ska vara vidtagna senast den 30 juni 2015
    Så ska "Den gällande åtgärdsfristen löper ut" löpa ut tisdagen den 30 juni 2015
    När dagen den 30 juni 2015 har passerat
    Och IVO den 1 juli 2015 konstaterar att föreläggandet har följts
    Så ska ärendet vara avslutat med "Ärendet avslutat – föreläggandet har följts"
    Och ärendet ska ha passerat "Registrera den nya fristen", "Den gällande åtgärdsfristen löper ut", "Kontrollera om föreläggandet har följts" i denna ordning

  @FPL_28
  Scenario: Inhibition som enligt ärendets inställning förlänger åtgärdsfristen med inhibitionens längd – 117 dagar, till en lördag som flaggas
    Givet att en beviljad inhibition förlänger åtgärdsfristen med inhibitionens längd
    När kommunen tar del av beslutet den 3 oktober 2014
    Och kommunens överklagande kommer in till IVO den 20 oktober 2014 med ett yrkande om inhibition
    Och IVO den 21 oktober 2014 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 5 november 2014 beviljar inhibition
    Och förvaltningsrätten den 2 mars 2015 fastställer föreläggandet och domen delges parterna den 4 mars 2015
    Och dagen den 25 mars 2015 har passerat
    Så ska "Den gällande åtgärdsfristen löper ut" löpa ut lördagen den 16 maj 2015
    Och en jurist ska varnas om att "är en lördag"
    Och ärendet ska inte ha passerat "Besluta ny åtgärdsfrist"

  @SoL_35_kap_2
  Scenario: Domstolen ändrar åtgärdsfristen – IVO kontrollerar efterlevnaden vid den nya fristen
    När kommunen tar del av beslutet den 3 oktober 2014
    Och kommunens överklagande kommer in till IVO den 20 oktober 2014
    Och IVO den 21 oktober 2014 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 15 december 2014 ändrar föreläggandet så att åtgärderna ska vara vidtagna senast den 30 april 2015 och vitet är 500 000 kr
    Och dagen den 19 januari 2015 har passerat
    Och IVO den 20 januari 2015 konstaterar att föreläggandet inte har följts
    Så ska "Den gällande åtgärdsfristen löper ut" löpa ut torsdagen den 30 april 2015
    När dagen den 30 april 2015 har passerat
    Och IVO den 4 maj 2015 konstaterar att föreläggandet inte har följts
    Så ska ärendet vänta på "Överväg fortsatta åtgärder"
    Och ärendets uppgift vite_belopp ska vara 500 000 kr
    Och ärendet ska ha passerat "Beslutet ändrat genom dom som vunnit laga kraft"

  @SoL_35_kap_2
  Scenario: Förvaltningsrätten upphäver föreläggandet – ärendet avslutas när domen vunnit laga kraft
    När kommunen tar del av beslutet den 3 oktober 2014
    Och kommunens överklagande kommer in till IVO den 20 oktober 2014
    Och IVO den 21 oktober 2014 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 15 december 2014 upphäver föreläggandet
    Så ska ärendet vänta på "Tiden för att överklaga domen löper ut"
    När dagen den 5 januari 2015 har passerat
    Så ska ärendet vara avslutat med "Föreläggandet upphävt av domstol"
    Och ärendet ska ha passerat "Beslutet upphävt genom dom som vunnit laga kraft", "Föreläggandet är upphävt" i denna ordning
    Och ärendet ska inte ha passerat "Föreläggandet vinner laga kraft"
    Och ärendet ska inte vänta på "Åtgärdsfristen löper ut"

  @FL_37
  Scenario: IVO återkallar föreläggandet – ärendet avslutas
    När kommunen tar del av beslutet den 3 oktober 2014
    Och IVO den 10 november 2014 återkallar föreläggandet med skälet "nämnden har ändrat sina rutiner så att insatserna föregås av utredning"
    Så ska ärendet vara avslutat med "Föreläggandet återkallat av IVO"
    Och ärendet ska ha passerat "IVO återkallar föreläggandet", "Registrera återkallelsen" i denna ordning

  @lag_1930_173
  Scenariomall: Åtgärdsfrist satt av IVO till en dag som inte är vardag flyttas inte i processen men flaggas för juristgranskning
    Givet att IVO den 2 februari 2015 har förelagt Oskarshamns kommun vid vite av 1 000 000 kr att senast <frist> vidta åtgärder
    När kommunen tar del av beslutet den 4 februari 2015
    Så ska åtgärdsfristen vara <frist>
    Och sista dagen ska inte ha flyttats
    Och en jurist ska varnas om att "<varning>"
    När dagen <frist> har passerat
    Så ska ärendet vänta på "Kontrollera om föreläggandet har följts"

    Exempel:
      | frist                          | varning             |
      | lördagen den 16 maj 2015       | är en lördag        |
      | fredagen den 19 juni 2015      | är midsommarafton   |
      | torsdagen den 24 december 2015 | är julafton         |
