# language: sv
@VitesL_6 @VitesL_2
Egenskap: Utdömande av vite – IVO ansöker, förvaltningsrätten dömer
  IVO dömer aldrig själv ut ett vite: IVO ansöker och förvaltningsrätten prövar ansökan (6 §
  lag (1985:206) om viten). Ansökan får göras först när föreläggandet är förenat med vite, har
  delgivits, har vunnit laga kraft (HFD plenum 2024, mål 4429–4430-22), tiden för att följa det
  har gått ut och det inte har följts i tid. Domstolen prövar om föreläggandet är lagligen
  grundat, delgivet, har vunnit laga kraft, är tydligt och har överträtts, om adressaten hade
  möjlighet att följa det, om det finns en giltig ursäkt, om vitets ändamål kvarstår och om det
  finns särskilda skäl för jämkning; en åtgärd som vidtagits för sent hindrar inte att vitet döms
  ut men kan leda till jämkning. Vitet får inte förvandlas till fängelse (28 kap. 15 §
  socialtjänstlagen (2025:400)). Domen kan överklagas till kammarrätten inom tre veckor.

  @seed_ostra_goinge
  Scenario: Östra Göinge – HFD meddelar inte prövningstillstånd 2016-01-13, föreläggandet vinner laga kraft och IVO ansöker om utdömande hos Förvaltningsrätten i Stockholm
    Dagarna för beslutet, delgivningen, överklagandena och förvaltningsrättens dom är antagna
    (som i examples/ostra-goinge-2014.toml); kammarrättens dom den 16 april 2015 och HFD:s
    beslut den 13 januari 2016 finns i källorna.

    Givet att IVO den 26 mars 2014 har förelagt Östra Göinge kommun vid vite av 500 000 kr att senast den 23 april 2014 vidta åtgärder
    Och att det inte är fastställt om kommunen är part som företräder det allmänna
    När kommunen tar del av beslutet den 27 mars 2014
    Och kommunens överklagande kommer in till IVO den 9 april 2014
    Och IVO den 10 april 2014 överlämnar överklagandet till "Förvaltningsrätten i Stockholm"
    Och dagen den 23 april 2014 har passerat
    Och IVO den 24 april 2014 konstaterar att föreläggandet inte har följts
    Och förvaltningsrätten den 15 oktober 2014 fastställer föreläggandet och domen delges parterna den 16 oktober 2014
    Och kommunen den 3 november 2014 överklagar förvaltningsrättens dom
    Och kammarrätten den 10 december 2014 meddelar prövningstillstånd
    Och kammarrätten den 16 april 2015 fastställer föreläggandet och domen delges parterna den 20 april 2015
    Och kommunen den 6 maj 2015 överklagar kammarrättens avgörande
    Så ska IVO ännu inte kunna ansöka om utdömande av vitet
    När Högsta förvaltningsdomstolen den 13 januari 2016 meddelar inte prövningstillstånd
    Så ska föreläggandet ha vunnit laga kraft den 13 januari 2016
    Och IVO ska kunna välja att ansöka om utdömande av vitet
    När IVO den 20 januari 2016 väljer att ansöka om utdömande av vitet
    Och IVO den 20 januari 2016 ansöker hos "Förvaltningsrätten i Stockholm" om utdömande av vitet
    Så ska ärendet vänta på "Förvaltningsrätten prövar ansökan"
    Och ärendet ska ha passerat "Kammarrättens avgörande står fast", "Föreläggandet vinner laga kraft", "Får IVO ansöka om utdömande?", "Ansök om utdömande av vite hos förvaltningsrätten", "Registrera ansökan" i denna ordning

  Scenario: Föreläggandet har inte följts – förvaltningsrätten dömer ut vitet och domen vinner laga kraft
    Givet att IVO den 1 september 2025 har förelagt Älmhults kommun vid vite av 500 000 kr att senast den 1 december 2025 vidta åtgärder
    Och att kommunen inte är part som företräder det allmänna
    När kommunen tar del av beslutet den 3 september 2025
    Och dagen den 1 december 2025 har passerat
    Och IVO den 2 december 2025 konstaterar att föreläggandet inte har följts
    Och IVO den 8 december 2025 väljer att ansöka om utdömande av vitet
    Och IVO den 8 december 2025 ansöker hos förvaltningsrätten om utdömande av vitet
    Och förvaltningsrätten den 2 februari 2026 dömer ut vitet och domen delges parterna den 4 februari 2026
    Så ska ärendet vänta på "Tiden för att överklaga domen löper ut"
    När dagen den 25 februari 2026 har passerat
    Så ska ärendet vara avslutat med "Ansökan om utdömande av vite ingiven och prövad"
    Och ärendet ska ha passerat "Bedöm ansökan enligt checklistan", "Förvaltningsrättens dom vinner laga kraft", "Vitet utdömt", "Ansökan om utdömande av vite ingiven och prövad" i denna ordning
    Och utdömt belopp ska vara 500 000 kr
    Och ärendets uppgift utdomande_varningar ska nämna "vilken förvaltningsrätt som är behörig"
    Och ärendets uppgift regel_vite_ej_fangelse ska nämna "28 kap. 15 § socialtjänstlagen (2025:400)"

  @HFD_2024_mal_4429_4430_22
  Scenario: IVO får inte ansöka om utdömande innan föreläggandet vunnit laga kraft (HFD plenum 2024)
    Givet att IVO den 8 december 2025 överväger att ansöka om utdömande av vitet på 500 000 kr i ett föreläggande som beslutades den 1 september 2025 mot Älmhults kommun med åtgärdsfrist den 1 december 2025 och delgavs den 3 september 2025
    Och att föreläggandet är överklagat och ännu inte har vunnit laga kraft
    När tiden går fram till den 8 december 2025
    Så ska ärendet vara avslutat med "Ansökan om utdömande får inte göras"
    Och skälet för utgången ska nämna "inte vunnit laga kraft"

  Scenariomall: Ansökan om utdömande får inte göras när en förutsättning saknas
    Givet att IVO den 8 december 2025 överväger att ansöka om utdömande av vitet på 500 000 kr i ett föreläggande som beslutades den 1 september 2025 mot Älmhults kommun med åtgärdsfrist den 1 december 2025 och delgavs den 3 september 2025
    Och att föreläggandet vann laga kraft den 25 september 2025
    Och <förutsättning>
    När tiden går fram till den 8 december 2025
    Så ska ärendet vara avslutat med "Ansökan om utdömande får inte göras"
    Och skälet för utgången ska nämna "<skäl>"

    Exempel:
      | förutsättning                                   | skäl                                  |
      | att föreläggandet inte är förenat med vite      | inte förenat med vite                 |
      | att föreläggandet inte har delgivits            | inte delgivits                        |
      | att föreläggandet har följts i tid              | följts i tid                          |

  Scenario: Ansökan får inte göras före åtgärdsfristens sista dag
    Givet att IVO den 1 december 2025 överväger att ansöka om utdömande av vitet på 500 000 kr i ett föreläggande som beslutades den 1 september 2025 mot Älmhults kommun med åtgärdsfrist den 1 december 2025 och delgavs den 3 september 2025
    Och att föreläggandet vann laga kraft den 25 september 2025
    När tiden går fram till den 1 december 2025
    Så ska ärendet vara avslutat med "Ansökan om utdömande får inte göras"
    Och skälet för utgången ska nämna "inte gått ut"

  @SoL_ovg_4 @SoL_ovg_6
  Scenario: Ett föreläggande enligt den upphävda socialtjänstlagen – ansökan görs inte när IVO valt att inte verkställa sådana efter 2025-07-01
    Givet att IVO den 8 december 2025 överväger att ansöka om utdömande av vitet på 500 000 kr i ett föreläggande som beslutades den 2 juni 2025 mot Älmhults kommun med åtgärdsfrist den 1 september 2025 och delgavs den 4 juni 2025
    Och att föreläggandet vann laga kraft den 26 juni 2025
    Och att föreläggandet meddelades enligt socialtjänstlagen (2001:453) och IVO har valt att inte verkställa sådana förelägganden efter den 1 juli 2025
    När tiden går fram till den 8 december 2025
    Så ska ärendet vara avslutat med "Ansökan om utdömande får inte göras"
    Och skälet för utgången ska nämna "OVERIFIERAT"
    Och ärendets uppgift utdomande_varningar ska nämna "övergångsbestämmelserna nämner inte förelägganden"

  @seed_linkoping
  Scenario: Linköping – förvaltningsrätten avslår ansökan om utdömande eftersom föreläggandet var otydligt
    Dagarna är antagna som i examples/linkoping-2014.toml; att ansökan avslogs och varför finns i
    källan (IVO 2014).

    Givet att IVO den 16 september 2013 överväger att ansöka om utdömande av vitet på 1 000 000 kr i ett föreläggande som beslutades den 21 november 2012 mot Linköpings kommun med åtgärdsfrist den 1 mars 2013 och delgavs den 23 november 2012
    Och att föreläggandet vann laga kraft den 15 december 2012
    När IVO den 16 september 2013 ansöker hos "Förvaltningsrätten i Linköping" om utdömande av vitet
    Och förvaltningsrätten den 20 maj 2014 avslår ansökan eftersom föreläggandet var otydligt och domen delges parterna den 20 maj 2014
    Och dagen den 10 juni 2014 har passerat
    Så ska ärendet vara avslutat med "Ansökan om utdömande avslagen"
    Och skälet för utgången ska nämna "otydligt"

  @NJA_2020_jamkning
  Scenario: Kommunen vidtar åtgärden efter fristen men före domen – vitet kan dömas ut men jämkas
    Givet att IVO den 8 december 2025 överväger att ansöka om utdömande av vitet på 500 000 kr i ett föreläggande som beslutades den 1 september 2025 mot Älmhults kommun med åtgärdsfrist den 1 december 2025 och delgavs den 3 september 2025
    Och att föreläggandet vann laga kraft den 25 september 2025
    Och att åtgärderna vidtogs först den 15 januari 2026
    När IVO den 8 december 2025 ansöker hos förvaltningsrätten om utdömande av vitet
    Så ska ärendets uppgift utdomande_varningar nämna "det hindrar inte att vitet döms ut men kan leda till jämkning"
    När förvaltningsrätten den 2 februari 2026 dömer ut vitet efter jämkning till 300 000 kr och domen delges parterna den 4 februari 2026
    Och dagen den 25 februari 2026 har passerat
    Så ska ärendet vara avslutat med "Vitet utdömt efter jämkning"
    Och utdömt belopp ska vara 300 000 kr

  Scenario: Förvaltningsrätten jämkar vitet utan att ange något lägre belopp – det registreras som en brist
    Givet att IVO den 8 december 2025 överväger att ansöka om utdömande av vitet på 500 000 kr i ett föreläggande som beslutades den 1 september 2025 mot Älmhults kommun med åtgärdsfrist den 1 december 2025 och delgavs den 3 september 2025
    Och att föreläggandet vann laga kraft den 25 september 2025
    När IVO den 8 december 2025 ansöker hos förvaltningsrätten om utdömande av vitet
    Och förvaltningsrätten den 2 februari 2026 dömer ut vitet efter jämkning utan att ange något lägre belopp och domen delges parterna den 4 februari 2026
    Så ska ärendets uppgift utdomande_varningar nämna "inget lägre belopp har angetts"

  @RA_1998_not_74 @NJA_1992_s_194
  Scenariomall: Förvaltningsrätten avslår ansökan när en förutsättning för utdömande saknas
    Givet att IVO den 8 december 2025 överväger att ansöka om utdömande av vitet på 500 000 kr i ett föreläggande som beslutades den 1 september 2025 mot Älmhults kommun med åtgärdsfrist den 1 december 2025 och delgavs den 3 september 2025
    Och att föreläggandet vann laga kraft den 25 september 2025
    När IVO den 8 december 2025 ansöker hos förvaltningsrätten om utdömande av vitet
    Och förvaltningsrätten den 2 februari 2026 avslår ansökan eftersom <skäl> och domen delges parterna den 4 februari 2026
    Och dagen den 23 februari 2026 har passerat
    Så ska ärendet vara avslutat med "Ansökan om utdömande avslagen"

    Exempel:
      | skäl                                                 |
      | vitets ändamål har förfallit                         |
      | kommunen hade en giltig ursäkt                       |
      | kommunen saknade möjlighet att följa föreläggandet   |
      | föreläggandet inte har överträtts                    |
      | föreläggandet saknar laga grund                      |
      | föreläggandet inte har delgivits                     |
      | föreläggandet inte har vunnit laga kraft             |

  @SoL_28_kap_19
  Scenario: Sanktionsavgift får inte beslutas för en överträdelse som ligger till grund för ansökan om utdömande av vite
    Givet att IVO den 12 januari 2026 överväger att ansöka om utdömande av vitet på 500 000 kr i ett föreläggande som beslutades den 1 september 2025 mot Älmhults kommun med åtgärdsfrist den 1 december 2025 och delgavs den 3 september 2025
    Och att föreläggandet vann laga kraft den 25 september 2025
    När IVO den 12 januari 2026 ansöker hos förvaltningsrätten om utdömande av vitet
    Så ska ärendets uppgift sanktionsavgift_sparr vara ja
    Och ärendets uppgift regel_sanktionsavgift ska nämna "28 kap. 19 § socialtjänstlagen (2025:400)"

  Scenario: IVO återkallar ansökan innan förvaltningsrätten har prövat den
    Givet att IVO den 8 december 2025 överväger att ansöka om utdömande av vitet på 500 000 kr i ett föreläggande som beslutades den 1 september 2025 mot Älmhults kommun med åtgärdsfrist den 1 december 2025 och delgavs den 3 september 2025
    Och att föreläggandet vann laga kraft den 25 september 2025
    När IVO den 8 december 2025 ansöker hos förvaltningsrätten om utdömande av vitet
    Och IVO den 15 december 2025 återkallar ansökan om utdömande
    Så ska ärendet vara avslutat med "Ansökan återkallad"

  @FPL_6_a @FPL_34_a
  Scenario: Kommunen överklagar domen i vitesmålet – kammarrätten meddelar prövningstillstånd och jämkar vitet
    Givet att IVO den 8 december 2025 överväger att ansöka om utdömande av vitet på 500 000 kr i ett föreläggande som beslutades den 1 september 2025 mot Älmhults kommun med åtgärdsfrist den 1 december 2025 och delgavs den 3 september 2025
    Och att föreläggandet vann laga kraft den 25 september 2025
    När IVO den 8 december 2025 ansöker hos förvaltningsrätten om utdömande av vitet
    Och förvaltningsrätten den 2 februari 2026 dömer ut vitet och domen delges parterna den 4 februari 2026
    Och kommunen den 20 februari 2026 överklagar domen i vitesmålet
    Så ska ärendet vänta på kammarrättens beslut om prövningstillstånd
    När kammarrätten den 16 mars 2026 meddelar prövningstillstånd
    Och kammarrätten den 20 april 2026 jämkar vitet i vitesmålet till 250 000 kr
    Så ska ärendet vara avslutat med "Vitet utdömt efter jämkning"
    Och utdömt belopp ska vara 250 000 kr
    Och ärendets uppgift utdomande_varningar ska nämna "det steget är inte modellerat"

  Scenario: Kammarrätten meddelar inte prövningstillstånd i vitesmålet – förvaltningsrättens dom står fast
    Givet att IVO den 8 december 2025 överväger att ansöka om utdömande av vitet på 500 000 kr i ett föreläggande som beslutades den 1 september 2025 mot Älmhults kommun med åtgärdsfrist den 1 december 2025 och delgavs den 3 september 2025
    Och att föreläggandet vann laga kraft den 25 september 2025
    När IVO den 8 december 2025 ansöker hos förvaltningsrätten om utdömande av vitet
    Och förvaltningsrätten den 2 februari 2026 dömer ut vitet och domen delges parterna den 4 februari 2026
    Och kommunen den 20 februari 2026 överklagar domen i vitesmålet
    Och kammarrätten den 16 mars 2026 meddelar inte prövningstillstånd
    Så ska ärendet vara avslutat med "Vitet utdömt"
    Och ärendet ska ha passerat "Förvaltningsrättens dom står fast"

  Scenariomall: Prövningstillstånd krävs inte enligt ärendets inställning – kammarrätten prövar vitesmålet direkt
    Givet att IVO den 8 december 2025 överväger att ansöka om utdömande av vitet på 500 000 kr i ett föreläggande som beslutades den 1 september 2025 mot Älmhults kommun med åtgärdsfrist den 1 december 2025 och delgavs den 3 september 2025
    Och att föreläggandet vann laga kraft den 25 september 2025
    Och att prövningstillstånd inte krävs i kammarrätten i ett mål om utdömande av vite
    När IVO den 8 december 2025 ansöker hos förvaltningsrätten om utdömande av vitet
    Och förvaltningsrätten den 2 februari 2026 dömer ut vitet och domen delges parterna den 4 februari 2026
    Och kommunen den 20 februari 2026 överklagar domen i vitesmålet
    Så ska ärendet vänta på "Kammarrätten meddelar dom i vitesmålet"
    När kammarrätten den 20 april 2026 <dom> i vitesmålet
    Så ska ärendet vara avslutat med "<slut>"

    Exempel:
      | dom               | slut                             |
      | dömer ut vitet    | Vitet utdömt                     |
      | avslår ansökan    | Ansökan om utdömande avslagen    |

  @FPL_6_b
  Scenario: IVO:s överklagande av en jämkad vitesdom kommer in efter IVO:s sista dag och avvisas
    Givet att IVO den 8 december 2025 överväger att ansöka om utdömande av vitet på 500 000 kr i ett föreläggande som beslutades den 1 september 2025 mot Älmhults kommun med åtgärdsfrist den 1 december 2025 och delgavs den 3 september 2025
    Och att föreläggandet vann laga kraft den 25 september 2025
    När IVO den 8 december 2025 ansöker hos förvaltningsrätten om utdömande av vitet
    Och förvaltningsrätten den 2 februari 2026 dömer ut vitet efter jämkning till 300 000 kr och domen delges parterna den 4 februari 2026
    Och IVO den 24 februari 2026 överklagar domen i vitesmålet
    Så ska ärendet vänta på "Förvaltningsrätten avvisar överklagandet"
    När förvaltningsrätten den 2 mars 2026 avvisar överklagandet
    Så ska ärendet vara avslutat med "Vitet utdömt efter jämkning"
    Och ärendet ska ha passerat "Förvaltningsrätten avvisar överklagandet", "Förvaltningsrättens dom vinner laga kraft" i denna ordning

  Scenario: Ett för sent överklagande av vitesdomen prövas när överklagandehänvisningen var felaktig
    Givet att IVO den 8 december 2025 överväger att ansöka om utdömande av vitet på 500 000 kr i ett föreläggande som beslutades den 1 september 2025 mot Älmhults kommun med åtgärdsfrist den 1 december 2025 och delgavs den 3 september 2025
    Och att föreläggandet vann laga kraft den 25 september 2025
    När IVO den 8 december 2025 ansöker hos förvaltningsrätten om utdömande av vitet
    Och förvaltningsrätten den 2 februari 2026 dömer ut vitet efter jämkning till 300 000 kr och domen delges parterna den 4 februari 2026
    Och IVO den 24 februari 2026 överklagar domen i vitesmålet, vars överklagandehänvisning var felaktig
    Så ska ärendet vänta på kammarrättens beslut om prövningstillstånd

  Scenario: När det är oklart om kommunen företräder det allmänna avgör förvaltningsrätten frågan för överklagandet av vitesdomen
    Givet att IVO den 8 december 2025 överväger att ansöka om utdömande av vitet på 500 000 kr i ett föreläggande som beslutades den 1 september 2025 mot Älmhults kommun med åtgärdsfrist den 1 december 2025 och delgavs den 3 september 2025
    Och att föreläggandet vann laga kraft den 25 september 2025
    Och att det inte är fastställt om kommunen är part som företräder det allmänna i vitesmålet
    När IVO den 8 december 2025 ansöker hos förvaltningsrätten om utdömande av vitet
    Och förvaltningsrätten den 2 februari 2026 dömer ut vitet och domen delges parterna den 4 februari 2026
    Och kommunen den 24 februari 2026 överklagar domen i vitesmålet
    Så ska ärendet vänta på "Avgör om kommunen är part som företräder det allmänna"
    När förvaltningsrätten den 26 februari 2026 avgör att kommunen inte är part som företräder det allmänna
    Så ska ärendet vänta på kammarrättens beslut om prövningstillstånd
