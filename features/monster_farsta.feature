# language: sv
@SoL_28_kap_3 @SoL_28_kap_8 @SoL_28_kap_9 @SoL_2001_13_kap_8 @seed_003
Egenskap: Mönster över ärenden – Farsta anmäldes gång på gång och följde inte sin åtgärdsplan
  Equal anmälde Farsta stadsdelsnämnd till IVO för att nämnden avslutade placeringar på
  stödboenden. IVO gjorde tillsyn och fann brister; Farsta lovade en åtgärdsplan men följde den
  inte, klagomålen fortsatte, och ingenting eskalerades – varje ärende sågs för sig (seed 003).
  IVO ska kontrollera att brister och missförhållanden avhjälps (28 kap. 3 § 2
  socialtjänstlagen (2025:400); för beslut före den 1 juli 2025 13 kap. 3 §
  socialtjänstlagen (2001:453)). Mönsteranalysen ser därför över alla ärenden om samma
  organisation och verksamhetsområde under de senaste 24 månaderna: klagomål på samma grund,
  redovisningar som kommer för sent eller uteblir, åtgärdsplaner som inte följs, upprepad kritik
  och förelägganden som inte följs. Tabellen monster säger vilken åtgärd signalerna talar för;
  trösklarna är tabellens rader och ändras där av en jurist. Analysen rekommenderar – IVO
  beslutar: IVO "får" förelägga (28 kap. 9 §), men måste inte.

  Bakgrund:
    Givet att ärendena gäller organisationen "Stockholms stad, Farsta stadsdelsnämnd" inom verksamhetsområdet "socialt utsatta"

  Scenario: Farsta – brister, en åtgärdsplan som inte följs och nya klagomål: analysen rekommenderar föreläggande vid vite
    Givet att Equal den 1 mars 2018 klagar hos IVO på "avslut av placeringar på stödboende"
    Och att IVO inleder tillsyn med anledning av klagomålet
    Och att "Avgränsa tillsynen" har utförts den 1 mars 2018 med:
      | omfattning | avslut av placeringar på stödboende |
    Och att "Välj nästa utredningsåtgärd" har utförts den 1 mars 2018 med:
      | nasta_steg | kommunicera |
    Och att "Kommunicera förslag till beslut med nämnden" har utförts den 1 mars 2018 med:
      | synpunkter_senast | 2018-03-28 |
    När "Besluta i tillsynsärendet" utförs den 10 april 2018 med:
      | beslutstyp         | krav_pa_atgarder                                          |
      | beslutsdatum       | 2018-04-10                                                |
      | krav               | placeringar avslutas inte utan utredning, bedömning och beslut |
      | redovisning_senast | 2018-05-31                                                |
    Och nämnden den 30 maj 2018 redovisar en åtgärdsplan som ska vara genomförd senast den 31 december 2018
    Och IVO den 4 juni 2018 godtar redovisningen
    Så ska ärendet vara avslutat med "Tillsyn inledd och genomförd"
    Och ärendet ska ha passerat "Besluta i tillsynsärendet", "Uppföljning av kraven inleds", "Redovisningen inkommer", "Uppföljningen avslutad – kraven uppfyllda" i denna ordning
    När Equal den 4 februari 2019 klagar hos IVO på "avslut av placeringar på stödboende"
    Och IVO registrerar klagomålet utan vidare åtgärd
    Och Equal den 8 april 2019 klagar hos IVO på "avslut av placeringar på stödboende"
    Och IVO registrerar klagomålet utan vidare åtgärd
    Och IVO den 2 september 2019 ser över ärendena om verksamheten
    Så ska mönsteranalysen rekommendera "Föreläggande vid vite"
    Och rekommendationen ska ange lagrummet "28 kap. 9 § socialtjänstlagen (2025:400)"
    Och rekommendationen ska ange lagrummet "13 kap. 8 § socialtjänstlagen (2001:453)"
    Och rekommendationen ska ange lagrummet "lag (1985:206) om viten"
    Och mönsteranalysen ska ange skälen:
      | rad | åtgärd                | skäl                                                                          |
      | 5   | Föreläggande vid vite | Nämnden har fått kritik eller krav på åtgärder och har inte följt sin åtgärdsplan |
      | 2   | Ny tillsyn            | Minst tre klagomål på samma grund inom fönstret                               |
    Och mönsteranalysen ska ha funnit:
      | signal                                        | antal | ärenden                      |
      | Klagomål på samma grund                       | 3     | arende-1, arende-2, arende-3 |
      | Kritik eller krav på åtgärder på samma grund  | 1     | arende-1                     |
      | Åtgärdsplan som inte följts                   | 1     | arende-1, arende-2, arende-3 |

  Scenario: Två klagomål på samma grund når ingen tröskel – verksamheten bevakas
    Givet att Equal den 4 februari 2019 klagar hos IVO på "avslut av placeringar på stödboende"
    Och att IVO registrerar klagomålet utan vidare åtgärd
    När Equal den 8 april 2019 klagar hos IVO på "avslut av placeringar på stödboende"
    Och IVO registrerar klagomålet utan vidare åtgärd
    Och IVO den 2 september 2019 ser över ärendena om verksamheten
    Så ska mönsteranalysen rekommendera "Fortsatt bevakning i IVO:s riskanalys"
    Och mönsteranalysen ska ha funnit:
      | signal                  | antal | ärenden            |
      | Klagomål på samma grund | 2     | arende-1, arende-2 |

  @SoL_28_kap_5 @seed_002
  Scenario: Redovisningen uteblir två gånger – analysen rekommenderar begäran om redovisning och föreläggande att lämna upplysningar
    Givet att IVO den 15 januari 2018 har ställt krav på åtgärder mot verksamheten med redovisning senast den 1 mars 2018
    När dagen den 1 mars 2018 har passerat
    Och IVO den 5 mars 2018 påminner nämnden och bestämmer att redovisningen ska komma in senast den 20 mars 2018
    Och dagen den 20 mars 2018 har passerat
    Och IVO den 26 mars 2018 ser över ärendena om verksamheten
    Så ska mönsteranalysen rekommendera "Begäran om redovisning / föreläggande att lämna upplysningar"
    Och rekommendationen ska ange lagrummet "28 kap. 5 och 8 §§ socialtjänstlagen (2025:400)"
    Och mönsteranalysen ska ange skälen:
      | rad | åtgärd                                                       | skäl                                                                                 |
      | 3   | Begäran om redovisning / föreläggande att lämna upplysningar | Redovisningen av vidtagna åtgärder har kommit för sent eller uteblivit minst två gånger |
    Och mönsteranalysen ska ha funnit:
      | signal                               | antal | ärenden  |
      | Redovisning för sent eller utebliven | 2     | arende-1 |
