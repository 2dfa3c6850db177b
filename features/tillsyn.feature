# language: sv
@SoL_28_kap_1 @SoL_28_kap_3 @SoL_28_kap_5 @FL_25 @SoL_35_kap_2
Egenskap: Tillsynsärendet – utredning, kommunicering och beslut
  IVO utövar tillsyn över socialtjänsten (28 kap. 1 § socialtjänstlagen (2025:400)). Nämnden är
  skyldig att på begäran lämna IVO de handlingar och upplysningar som behövs (28 kap. 5 §);
  lämnas de inte får IVO förelägga nämnden att lämna dem, vid vite (28 kap. 8 §). IVO får
  inspektera verksamheten (28 kap. 6–7 §§) och begära nämndens yttrande; en sådan begäran är inte
  ett föreläggande. Innan IVO beslutar ska nämnden få del av underlaget och tillfälle att yttra
  sig (25 § förvaltningslagen (2017:900)). Tillsynen kan avslutas utan åtgärd, med kritik, med
  krav på åtgärder som följs upp, med föreläggande eller med förbud. Bara föreläggande och förbud
  får överklagas (35 kap. 2 §); andra beslut av IVO får inte överklagas. Ett beslut som saknar
  det som krävs för sin art går tillbaka till beslutsfattaren.

  @seed_001 @SoL_2001_13_kap_8
  Scenario: Norrköping 2016 – kommunen bestrider att ett missförhållande föreligger innan föreläggande ("eventuellt föreläggande")
    Givet att IVO den 2 februari 2016 inleder tillsyn av Norrköpings kommun inom "missbruk och beroende"
    När IVO den 3 februari 2016 avgränsar tillsynen till "Öppen ingång i missbruksvården"
    Och IVO den 1 april 2016 kommunicerar ett förslag till beslut om föreläggande med nämnden, med synpunkter senast den 29 april 2016
    Så ska ärendet vänta på "Tiden för synpunkter går ut"
    När nämndens synpunkter kommer in till IVO den 28 april 2016, och nämnden bestrider att ett missförhållande föreligger
    Så ska ärendet vänta på "Besluta i tillsynsärendet"
    Och ärendet ska ha passerat "Nämndens synpunkter inkommer", "Registrera nämndens synpunkter" i denna ordning
    Och ärendets uppgift kommunen_bestrider ska vara ja
    När IVO den 4 maj 2016 beslutar att kräva att nämnden vidtar åtgärder och redovisar dem senast den 30 september 2016
    Så ska beslutet inte gå att överklaga
    Och ärendet ska vänta på "Dagen för redovisning passerar"
    Och ärendets uppgift tillsynsbeslut ska nämna "'kommunen_bestrider': True"

  @SoL_35_kap_2
  Scenariomall: Tillsynen avslutas utan åtgärd eller med kritik – beslutet går inte att överklaga
    Givet att IVO den 1 september 2025 inleder tillsyn av Älmhults kommun inom "barn och unga"
    När IVO den 2 september 2025 avgränsar tillsynen till "handläggningen av barnavårdsutredningar"
    Och IVO den 6 oktober 2025 kommunicerar ett förslag till beslut om <förslag> med nämnden, med synpunkter senast den 20 oktober 2025
    Och dagen den 20 oktober 2025 har passerat
    Och IVO den 3 november 2025 beslutar att <beslut>
    Så ska ärendet vara avslutat med "<slut>"
    Och beslutet ska inte gå att överklaga
    Och ärendet ska ha passerat "Tiden för synpunkter går ut", "Beslutets art och överklagbarhet" i denna ordning

    Exempel:
      | förslag          | beslut                               | slut                            |
      | avslut           | avsluta tillsynen utan åtgärd        | Tillsynen avslutad utan åtgärd  |
      | kritik           | rikta kritik mot nämnden             | Tillsynen avslutad med kritik   |
      | allvarlig kritik | rikta allvarlig kritik mot nämnden   | Tillsynen avslutad med kritik   |

  @FL_25
  Scenario: IVO beslutar utan att ha kommunicerat underlaget – beslutet registreras med en varning
    Givet att IVO den 1 september 2025 inleder tillsyn av Älmhults kommun inom "barn och unga"
    När IVO den 2 september 2025 avgränsar tillsynen till "handläggningen av barnavårdsutredningar"
    Och IVO den 3 november 2025 går till beslut utan att kommunicera underlaget med nämnden
    Och IVO den 3 november 2025 beslutar att avsluta tillsynen utan åtgärd
    Så ska ärendet vara avslutat med "Tillsynen avslutad utan åtgärd"
    Och IVO ska få beskedet "Beslut utan kommunicering"

  @SoL_28_kap_9 @VitesL_2
  Scenario: Tillsynen leder till föreläggande vid vite – beslutet går att överklaga och följs i föreläggandeprocessen
    Givet att IVO den 1 september 2025 inleder tillsyn av Älmhults kommun inom "barn och unga"
    Och att kommunen inte är part som företräder det allmänna i tillsynsärendet
    När IVO den 2 september 2025 avgränsar tillsynen till "handläggningen av barnavårdsutredningar"
    Och IVO den 6 oktober 2025 kommunicerar ett förslag till beslut om föreläggande med nämnden, med synpunkter senast den 20 oktober 2025
    Och nämndens synpunkter kommer in till IVO den 15 oktober 2025
    Och IVO den 3 november 2025 beslutar att förelägga nämnden vid vite av 500 000 kr att senast den 2 mars 2026 "avsluta de försenade barnavårdsutredningarna"
    Så ska beslutet gå att överklaga
    Och ärendet ska vänta på "Delge föreläggandet"
    När kommunen tar del av beslutet den 5 november 2025
    Och dagen den 2 mars 2026 har passerat
    Och IVO den 3 mars 2026 konstaterar att föreläggandet har följts
    Så ska ärendet vara avslutat med "Föreläggande meddelat"
    Och ärendet ska ha passerat "Ärendet avslutat – föreläggandet har följts", "Föreläggande att avhjälpa missförhållandet", "Föreläggande meddelat" i denna ordning

  @SoL_28_kap_11
  Scenario: Tillsynen leder till förbud – beslutet går att överklaga och följs i förbudsprocessen
    Givet att IVO den 1 september 2025 inleder tillsyn av Älmhults kommun inom "barn och unga"
    Och att kommunen inte är part som företräder det allmänna i tillsynsärendet
    När IVO den 2 september 2025 avgränsar tillsynen till "boendet Solrosen"
    Och IVO den 3 september 2025 går till beslut utan att kommunicera underlaget med nämnden
    Och IVO den 3 september 2025 beslutar att förbjuda fortsatt verksamhet eftersom den innebär fara för liv, hälsa eller personlig säkerhet
    Så ska beslutet gå att överklaga
    När kommunen tar del av beslutet den 4 september 2025
    Och dagen den 25 september 2025 har passerat
    Så ska ärendet ha passerat "Förbudet har vunnit laga kraft och gäller tills vidare"
    Och ärendet ska vara öppet
    När IVO den 1 december 2025 häver förbudet eftersom missförhållandet är avhjälpt
    Så ska ärendet vara avslutat med "Förbud meddelat"
    Och ärendet ska ha passerat "Förbudet har vunnit laga kraft och gäller tills vidare", "Förbudet hävt", "Förbud mot fortsatt verksamhet", "Förbud meddelat" i denna ordning

  Scenariomall: Ett beslut som saknar det som krävs för sin art går tillbaka till beslutsfattaren
    Givet att IVO den 1 september 2025 inleder tillsyn av Älmhults kommun inom "barn och unga"
    När IVO den 2 september 2025 avgränsar tillsynen till "handläggningen av barnavårdsutredningar"
    Och IVO den 3 november 2025 går till beslut utan att kommunicera underlaget med nämnden
    Och IVO den 3 november 2025 <beslut>
    Så ska ärendet vänta på "Besluta i tillsynsärendet"
    Och IVO ska få beskedet "<besked>"

    Exempel:
      | beslut                                                                                  | besked                                         |
      | beslutar att kräva att nämnden vidtar åtgärder utan att ange när de ska redovisas       | ska ange den dag redovisningen senast          |
      | beslutar att förelägga nämnden vid vite av 500 000 kr utan att ange åtgärderna eller fristen | Ett föreläggande ska ange de åtgärder som krävs |
      | beslutar om tillfälligt förbud mot fortsatt verksamhet utan att ange grunden            | Ett förbud ska ange sin grund                  |
      | beslutar att fatta ett beslut som tillsynen inte kan leda till                          | är inte ett utfall av tillsynen                |

  @SoL_28_kap_5 @SoL_28_kap_8
  Scenario: Nämnden lämnar inte begärda handlingar – IVO påminner och förelägger sedan vid vite att lämna dem
    Givet att IVO den 1 september 2025 inleder tillsyn av Älmhults kommun inom "barn och unga"
    Och att kommunen inte är part som företräder det allmänna i tillsynsärendet
    När IVO den 2 september 2025 avgränsar tillsynen till "handläggningen av barnavårdsutredningar"
    Och IVO den 3 september 2025 begär handlingar och upplysningar om "förteckning över pågående utredningar" senast den 17 september 2025
    Så ska "Svarsdagen för handlingarna passerar" löpa ut onsdagen den 17 september 2025
    När dagen den 17 september 2025 har passerat
    Och IVO den 18 september 2025 påminner om handlingarna med en ny svarsdag den 1 oktober 2025
    Och dagen den 1 oktober 2025 har passerat
    Och IVO den 2 oktober 2025 förelägger nämnden vid vite av 50 000 kr att senast den 16 oktober 2025 lämna handlingarna
    Så ska ärendet vänta på "Delge föreläggandet"
    Och ärendets uppgift forelaggande_typ ska vara uppgifter
    När kommunen tar del av beslutet den 3 oktober 2025
    Och dagen den 24 oktober 2025 har passerat
    Och IVO den 27 oktober 2025 konstaterar att föreläggandet har följts
    Så ska ärendet vänta på "Välj nästa utredningsåtgärd"
    Och ärendet ska ha passerat "Påminna eller förelägga om handlingarna?", "Tillämpligt regelverk för föreläggandet", "Förbered föreläggande att lämna handlingar och upplysningar", "Föreläggande att lämna handlingar och upplysningar" i denna ordning

  @SoL_28_kap_5
  Scenario: Begärda handlingar kommer in i tid och utredningen fortsätter
    Givet att IVO den 1 september 2025 inleder tillsyn av Älmhults kommun inom "barn och unga"
    När IVO den 2 september 2025 avgränsar tillsynen till "handläggningen av barnavårdsutredningar"
    Och IVO den 3 september 2025 begär handlingar och upplysningar om "förteckning över pågående utredningar" senast den 17 september 2025
    Och nämndens handlingar kommer in till IVO den 15 september 2025
    Så ska ärendet vänta på "Välj nästa utredningsåtgärd"
    Och ärendet ska inte vänta på "Svarsdagen för handlingarna passerar"

  @SoL_28_kap_8
  Scenario: Nämnden lämnar inte begärt yttrande – IVO påminner och förelägger sedan att lämna upplysningarna
    Givet att IVO den 1 september 2025 inleder tillsyn av Älmhults kommun inom "barn och unga"
    När IVO den 2 september 2025 avgränsar tillsynen till "handläggningen av barnavårdsutredningar"
    Och IVO den 3 september 2025 begär nämndens yttrande om "fyra avslutade och återöppnade utredningar" senast den 1 oktober 2025
    Och dagen den 1 oktober 2025 har passerat
    Och IVO den 2 oktober 2025 påminner om yttrandet med en ny dag den 15 oktober 2025
    Och dagen den 15 oktober 2025 har passerat
    Och IVO den 16 oktober 2025 förelägger nämnden vid vite av 50 000 kr att senast den 30 oktober 2025 lämna yttrandet
    Så ska ärendet vänta på "Delge föreläggandet"
    Och ärendet ska ha passerat "Dagen för yttrandet passerar", "Påminna eller förelägga om yttrandet?", "Dagen för yttrandet passerar", "Påminnelse eller föreläggande om yttrandet?", "Föreläggande att lämna uppgifter" i denna ordning

  @SoL_28_kap_6 @seed_002
  Scenario: Älmhult 2016 – inspektion av nio familjehemsplaceringar; svar senast 2016-03-30; uteblivet svar leder till påminnelse eller föreläggande att lämna upplysningar
    Givet att IVO den 1 oktober 2015 inleder tillsyn av Älmhults kommun inom "barn och unga"
    När IVO den 2 oktober 2015 avgränsar tillsynen till "familjehemsplaceringar 2014"
    Och IVO den 10 november 2015 inspekterar verksamheten och iakttar "brister i underlag och dokumentation i nio familjehemsplaceringar"
    Och IVO den 1 december 2015 kommunicerar ett förslag till beslut om krav på åtgärder med nämnden, med synpunkter senast den 15 december 2015
    Och dagen den 15 december 2015 har passerat
    Och IVO den 28 januari 2016 beslutar att kräva att nämnden vidtar åtgärder och redovisar dem senast den 30 mars 2016
    Så ska beslutet inte gå att överklaga
    När dagen den 30 mars 2016 har passerat
    Så ska ärendet vänta på "Bedöm redovisningen och välj åtgärd"
    När IVO den 1 april 2016 påminner nämnden och bestämmer att redovisningen ska komma in senast den 15 april 2016
    Och nämndens redovisning kommer in till IVO den 12 april 2016
    Och IVO den 14 april 2016 godtar redovisningen
    Så ska ärendet vara avslutat med "Krav på åtgärder ställda och uppföljda"
    Och ärendet ska ha passerat "Inspektera verksamheten", "Uppföljningen avslutad – kraven uppfyllda", "Uppföljning av kraven", "Krav på åtgärder ställda och uppföljda" i denna ordning

  Scenario: En tillsyn utan angiven adressat antar att beslut riktas till socialnämnden och varnar
    Givet att IVO den 1 september 2025 inleder tillsyn av Älmhults kommun utan att ange vem besluten ska riktas till
    När tiden går fram till den 2 september 2025
    Så ska IVO få beskedet "Adressat saknas och antas vara Socialnämnden i Älmhults kommun"
