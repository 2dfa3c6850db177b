# language: sv
@SoL_35_kap_2 @SoL_35_kap_4 @FPL_6_a @FPL_6_b @FPL_34_a
Egenskap: Överklagandet i domstol – förvaltningsrätten, kammarrätten och Högsta förvaltningsdomstolen
  När IVO har överlämnat kommunens överklagande prövar förvaltningsrätten det; kommunen kan
  begära inhibition, och beslutet gäller omedelbart om inte inhibition beviljas (28 §
  förvaltningsprocesslagen). Förvaltningsrättens dom kan överklagas till kammarrätten inom tre
  veckor från den dag parten fick del av den, IVO (part som företräder det allmänna) från
  domsdagen (6 a § förvaltningsprocesslagen); överklagandet ges in till förvaltningsrätten,
  som prövar om det kommit in i rätt tid (6 b §). Prövningstillstånd krävs i kammarrätten
  (35 kap. 4 § socialtjänstlagen (2025:400)) och alltid i Högsta förvaltningsdomstolen. Nekas
  prövningstillstånd står den lägre instansens avgörande fast. Ett avgörande som inte längre
  kan överklagas har vunnit laga kraft.

  Bakgrund:
    Givet att IVO den 2 september 2025 har förelagt Älmhults kommun vid vite av 500 000 kr att senast den 1 juni 2026 vidta åtgärder

  Scenario: Förvaltningsrätten fastställer föreläggandet och ingen överklagar – beslutet står fast
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Så ska ärendet vänta på förvaltningsrättens dom
    Och ärendet ska ha passerat "Yrkar kommunen inhibition?"
    När förvaltningsrätten den 3 november 2025 fastställer föreläggandet och domen delges parterna den 5 november 2025
    Så ska sista dag för överklagande av domen vara onsdagen den 26 november 2025
    När dagen den 26 november 2025 har passerat
    Så ska ärendet ha passerat "Förvaltningsrättens dom vinner laga kraft", "Registrera det slutliga utfallet", "Beslutet står fast och har vunnit laga kraft", "Föreläggandet vinner laga kraft" i denna ordning
    Och föreläggandet ska ha vunnit laga kraft den 27 november 2025
    Och steget "Förvaltningsrätten meddelar dom" ska ange lagrummet "35 kap. 2 § första stycket socialtjänstlagen (2025:400)"

  Scenario: En dom utan angiven utgång registreras inte
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 3 november 2025 meddelar dom utan att ange utgången
    Så ska IVO:s system vägra
    Och ärendet ska vänta på "Förvaltningsrätten meddelar dom"

  @FPL_28
  Scenario: Förvaltningsrätten avslår yrkandet om inhibition – föreläggandet fortsätter att gälla
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025 med ett yrkande om inhibition
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 25 september 2025 avslår yrkandet om inhibition
    Så ska ärendet vänta på förvaltningsrättens dom
    Och ärendet ska vänta på "Åtgärdsfristen löper ut"
    Och ärendet ska inte ha passerat "Inhibition meddelas"

  @SoL_35_kap_4
  Scenario: Kammarrätten meddelar inte prövningstillstånd – förvaltningsrättens dom står fast
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 3 november 2025 fastställer föreläggandet och domen delges parterna den 5 november 2025
    Och kommunen den 20 november 2025 överklagar förvaltningsrättens dom
    Så ska ärendet vänta på kammarrättens beslut om prövningstillstånd
    När kammarrätten den 15 december 2025 meddelar inte prövningstillstånd
    Så ska ärendet ha passerat "Förvaltningsrättens dom står fast", "Beräkna tiden för att överklaga kammarrättens avgörande" i denna ordning
    Och ärendet ska vänta på "Tiden för att överklaga kammarrättens avgörande löper ut"
    När dagen den 5 januari 2026 har passerat
    Så ska ärendet ha passerat "Kammarrättens avgörande vinner laga kraft", "Beslutet står fast och har vunnit laga kraft" i denna ordning
    Och föreläggandet ska ha vunnit laga kraft den 6 januari 2026

  Scenario: Kammarrätten fastställer föreläggandet och Högsta förvaltningsdomstolen meddelar inte prövningstillstånd
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 3 november 2025 fastställer föreläggandet och domen delges parterna den 5 november 2025
    Och kommunen den 20 november 2025 överklagar förvaltningsrättens dom
    Och kammarrätten den 15 december 2025 meddelar prövningstillstånd
    Så ska ärendet vänta på kammarrättens dom
    När kammarrätten den 2 februari 2026 fastställer föreläggandet och domen delges parterna den 4 februari 2026
    Och kommunen den 16 februari 2026 överklagar kammarrättens avgörande
    Så ska ärendet vänta på Högsta förvaltningsdomstolens beslut om prövningstillstånd
    När Högsta förvaltningsdomstolen den 13 april 2026 meddelar inte prövningstillstånd
    Så ska ärendet ha passerat "Kammarrättens avgörande står fast", "Beslutet står fast och har vunnit laga kraft", "Föreläggandet vinner laga kraft" i denna ordning
    Och föreläggandet ska ha vunnit laga kraft den 13 april 2026

  Scenario: Högsta förvaltningsdomstolen upphäver föreläggandet
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 3 november 2025 fastställer föreläggandet och domen delges parterna den 5 november 2025
    Och kommunen den 20 november 2025 överklagar förvaltningsrättens dom
    Och kammarrätten den 15 december 2025 meddelar prövningstillstånd
    Och kammarrätten den 2 februari 2026 fastställer föreläggandet och domen delges parterna den 4 februari 2026
    Och kommunen den 16 februari 2026 överklagar kammarrättens avgörande
    Och Högsta förvaltningsdomstolen den 13 april 2026 meddelar prövningstillstånd
    Så ska ärendet vänta på "Högsta förvaltningsdomstolen meddelar dom"
    När Högsta förvaltningsdomstolen den 20 maj 2026 meddelar dom utan att ange utgången
    Så ska IVO:s system vägra
    När Högsta förvaltningsdomstolen den 20 maj 2026 upphäver föreläggandet
    Så ska ärendet vara avslutat med "Föreläggandet upphävt av domstol"
    Och ärendet ska ha passerat "Registrera Högsta förvaltningsdomstolens dom", "Beslutet upphävt genom dom som vunnit laga kraft" i denna ordning

  Scenario: Högsta förvaltningsdomstolen ändrar föreläggandet – ny frist och lägre vite
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 3 november 2025 fastställer föreläggandet och domen delges parterna den 5 november 2025
    Och kommunen den 20 november 2025 överklagar förvaltningsrättens dom
    Och kammarrätten den 15 december 2025 meddelar prövningstillstånd
    Och kammarrätten den 2 februari 2026 meddelar dom utan att ange utgången
    Så ska IVO:s system vägra
    När kammarrätten den 2 februari 2026 fastställer föreläggandet och domen delges parterna den 4 februari 2026
    Och kommunen den 16 februari 2026 överklagar kammarrättens avgörande
    Och Högsta förvaltningsdomstolen den 13 april 2026 meddelar prövningstillstånd
    Och Högsta förvaltningsdomstolen den 20 maj 2026 ändrar föreläggandet så att åtgärderna ska vara vidtagna senast den 1 oktober 2026 och vitet är 250 000 kr
    Så ska ärendet ha passerat "Beslutet ändrat genom dom som vunnit laga kraft", "Föreläggandet vinner laga kraft" i denna ordning
    Och föreläggandet ska ha vunnit laga kraft den 20 maj 2026

  @FPL_6_b
  Scenario: Ett överklagande av förvaltningsrättens dom som kommer in sedan domen vunnit laga kraft prövas av förvaltningsrätten och avvisas
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 3 november 2025 fastställer föreläggandet och domen delges parterna den 5 november 2025
    Och dagen den 26 november 2025 har passerat
    Så ska föreläggandet ha vunnit laga kraft den 27 november 2025
    När kommunens överklagande av domstolens avgörande kommer in den 1 december 2025, efter att det vunnit laga kraft
    Så ska ärendet vänta på "Förvaltningsrätten avvisar överklagandet"
    Och ärendet ska inte vänta på "Avvisa överklagandet"
    När förvaltningsrätten den 3 december 2025 avvisar överklagandet
    Så ska ärendet ha passerat "Ta emot ett sent överklagande av förvaltningsrättens dom", "Pröva om överklagandet till kammarrätten kommit in i rätt tid", "Förvaltningsrätten avvisar överklagandet", "Det sena överklagandet är avgjort" i denna ordning
    Och föreläggandet ska ha vunnit laga kraft den 27 november 2025

  @FPL_6_b
  Scenario: Ett sent överklagande av kammarrättens avgörande tas upp när överklagandehänvisningen var felaktig; avgörandet har då inte längre laga kraft
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 3 november 2025 fastställer föreläggandet och domen delges parterna den 5 november 2025
    Och kommunen den 20 november 2025 överklagar förvaltningsrättens dom
    Och kammarrätten den 15 december 2025 meddelar inte prövningstillstånd
    Och dagen den 5 januari 2026 har passerat
    Så ska föreläggandet ha vunnit laga kraft den 6 januari 2026
    När kommunens överklagande av domstolens avgörande kommer in den 2 februari 2026, efter att det vunnit laga kraft, och överklagandehänvisningen i avgörandet var felaktig
    Så ska ärendet ha passerat "Ta emot ett sent överklagande av kammarrättens avgörande", "Pröva om överklagandet till HFD kommit in i rätt tid" i denna ordning
    Och ärendet ska vänta på "Pröva prövningstillstånd i Högsta förvaltningsdomstolen"
    När Högsta förvaltningsdomstolen den 2 mars 2026 meddelar inte prövningstillstånd
    Så ska föreläggandet ha vunnit laga kraft den 2 mars 2026

  Scenario: Kammarrättens avgörande överklagas inte – det vinner laga kraft efter tre veckor
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 3 november 2025 fastställer föreläggandet och domen delges parterna den 5 november 2025
    Och kommunen den 20 november 2025 överklagar förvaltningsrättens dom
    Och kammarrätten den 15 december 2025 meddelar prövningstillstånd
    Och kammarrätten den 2 februari 2026 upphäver föreläggandet och domen delges parterna den 4 februari 2026
    Så ska ärendet vänta på "Tiden för att överklaga kammarrättens avgörande löper ut"
    När dagen den 23 februari 2026 har passerat
    Så ska ärendet vara avslutat med "Föreläggandet upphävt av domstol"
    Och ärendet ska ha passerat "Registrera kammarrättens dom", "Kammarrättens avgörande vinner laga kraft", "Beslutet upphävt genom dom som vunnit laga kraft" i denna ordning

  @FPL_6_b
  Scenario: Förvaltningsrätten ändrar föreläggandet; IVO:s överklagande kommer in efter IVO:s sista dag och avvisas av förvaltningsrätten
    Det noteras att IVO räknar tiden från domsdagen och kommunen från den dag den fick del av domen.
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 3 november 2025 ändrar föreläggandet så att åtgärderna ska vara vidtagna senast den 1 mars 2026 och vitet är 300 000 kr, och domen delges parterna den 5 november 2025
    Så ska sista dag för överklagande av domen vara onsdagen den 26 november 2025
    När IVO den 25 november 2025 överklagar förvaltningsrättens dom
    Så ska ärendet vänta på "Förvaltningsrätten avvisar överklagandet"
    När förvaltningsrätten den 1 december 2025 avvisar överklagandet
    Så ska ärendet ha passerat "Förvaltningsrätten avvisar överklagandet", "Förvaltningsrättens dom vinner laga kraft", "Beslutet ändrat genom dom som vunnit laga kraft" i denna ordning
    Och föreläggandet ska ha vunnit laga kraft den 27 november 2025

  @FPL_6_b
  Scenario: Ett för sent överklagande av förvaltningsrättens dom prövas när överklagandehänvisningen var felaktig
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 3 november 2025 ändrar föreläggandet så att åtgärderna ska vara vidtagna senast den 1 mars 2026 och vitet är 300 000 kr, och domen delges parterna den 5 november 2025
    Och IVO den 25 november 2025 överklagar förvaltningsrättens dom, vars överklagandehänvisning var felaktig
    Så ska ärendet vänta på kammarrättens beslut om prövningstillstånd

  Scenario: IVO överklagar förvaltningsrättens dom som upphävt föreläggandet – tiden räknas från domsdagen
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 3 november 2025 upphäver föreläggandet och domen delges parterna den 5 november 2025
    Så ska sista dag för överklagande av domen vara måndagen den 24 november 2025
    När IVO den 20 november 2025 överklagar förvaltningsrättens dom
    Så ska ärendet vänta på kammarrättens beslut om prövningstillstånd

  @FPL_6_b
  Scenario: Kammarrätten ändrar föreläggandet; IVO:s överklagande kommer in efter IVO:s sista dag och avvisas av kammarrätten
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 3 november 2025 fastställer föreläggandet och domen delges parterna den 5 november 2025
    Och kommunen den 20 november 2025 överklagar förvaltningsrättens dom
    Och kammarrätten den 15 december 2025 meddelar prövningstillstånd
    Och kammarrätten den 2 februari 2026 ändrar föreläggandet så att åtgärderna ska vara vidtagna senast den 1 maj 2026 och vitet är 300 000 kr, och domen delges parterna den 4 februari 2026
    Och IVO den 24 februari 2026 överklagar kammarrättens avgörande
    Så ska ärendet vänta på "Kammarrätten avvisar överklagandet"
    När kammarrätten den 2 mars 2026 avvisar överklagandet
    Så ska ärendet ha passerat "Kammarrätten avvisar överklagandet", "Kammarrättens avgörande vinner laga kraft", "Beslutet ändrat genom dom som vunnit laga kraft" i denna ordning
    Och föreläggandet ska ha vunnit laga kraft den 26 februari 2026

  Scenario: Ett för sent överklagande av kammarrättens avgörande prövas när överklagandehänvisningen var felaktig
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 3 november 2025 fastställer föreläggandet och domen delges parterna den 5 november 2025
    Och kommunen den 20 november 2025 överklagar förvaltningsrättens dom
    Och kammarrätten den 15 december 2025 meddelar prövningstillstånd
    Och kammarrätten den 2 februari 2026 ändrar föreläggandet så att åtgärderna ska vara vidtagna senast den 1 maj 2026 och vitet är 300 000 kr, och domen delges parterna den 4 februari 2026
    Och IVO den 24 februari 2026 överklagar kammarrättens avgörande, vars överklagandehänvisning var felaktig
    Så ska ärendet vänta på Högsta förvaltningsdomstolens beslut om prövningstillstånd

  Scenario: När det är oklart om kommunen företräder det allmänna avgör förvaltningsrätten frågan för överklagandet av sin dom
    Givet att det inte är fastställt om kommunen är part som företräder det allmänna
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 3 november 2025 fastställer föreläggandet och domen delges parterna den 5 november 2025
    Och kommunen den 25 november 2025 överklagar förvaltningsrättens dom
    Så ska ärendet vänta på "Avgör om kommunen är part som företräder det allmänna"
    När förvaltningsrätten den 27 november 2025 avgör att kommunen inte är part som företräder det allmänna
    Så ska ärendet vänta på kammarrättens beslut om prövningstillstånd

  Scenario: När det är oklart om kommunen företräder det allmänna avgör kammarrätten frågan för överklagandet av sitt avgörande
    Givet att det inte är fastställt om kommunen är part som företräder det allmänna
    När kommunen tar del av beslutet den 4 september 2025
    Och kommunens överklagande kommer in till IVO den 15 september 2025
    Och IVO den 16 september 2025 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 3 november 2025 fastställer föreläggandet och domen delges parterna den 5 november 2025
    Och kommunen den 20 november 2025 överklagar förvaltningsrättens dom
    Och kammarrätten den 15 december 2025 meddelar prövningstillstånd
    Och kammarrätten den 2 februari 2026 fastställer föreläggandet och domen delges parterna den 4 februari 2026
    Och kommunen den 24 februari 2026 överklagar kammarrättens avgörande
    Så ska ärendet vänta på "Avgör om kommunen är part som företräder det allmänna"
    När kammarrätten den 26 februari 2026 avgör att kommunen inte är part som företräder det allmänna
    Så ska ärendet vänta på Högsta förvaltningsdomstolens beslut om prövningstillstånd

