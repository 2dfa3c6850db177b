# language: sv
@SoL_28_kap_11 @SoL_28_kap_12 @SoL_28_kap_14
Egenskap: Förbud och tillfälligt förbud mot fortsatt verksamhet
  Om ett missförhållande är allvarligt och ett föreläggande inte har följts får IVO förbjuda
  fortsatt verksamhet helt eller delvis; för en tillståndspliktig verksamhet återkallas
  tillståndet i stället. Innebär missförhållandet fara för liv, hälsa eller personlig säkerhet
  behövs inget föreläggande först (28 kap. 11 § socialtjänstlagen (2025:400)). När ett förbud är
  sannolikt och inte kan avvaktas får IVO meddela tillfälligt förbud, som gäller högst sex
  månader och får förlängas en gång med sex månader om det finns synnerliga skäl (28 kap.
  12 §). Ett förbud gäller omedelbart och kan överklagas (35 kap. 2 och 5 §§); den som
  fortsätter verksamheten i strid mot förbudet döms till böter, men åtal får väckas bara efter
  medgivande av IVO (28 kap. 14 §). Ett förbud är inte förenat med vite.

  Scenario: Allvarligt missförhållande och föreläggandet har inte följts – IVO förbjuder fortsatt kommunal verksamhet; fortsatt drift är straffbar
    Givet att IVO den 2 februari 2026 har förbjudit Älmhults kommun att fortsätta verksamheten eftersom missförhållandet är allvarligt och föreläggandet inte har följts
    När kommunen tar del av beslutet den 4 februari 2026
    Så ska ärendets uppgift lagrum_forbud vara 28 kap. 11 § första stycket socialtjänstlagen (2025:400)
    Och ärendets uppgift beslutstyp ska vara förbud mot fortsatt verksamhet
    Och ärendets uppgift straffbestammelse ska nämna "28 kap. 14 § första stycket 2 socialtjänstlagen (2025:400); åtal endast efter medgivande av IVO"
    Och sista dag för överklagande ska vara onsdagen den 25 februari 2026
    När IVO den 10 februari 2026 får veta att verksamheten fortsätter trots förbudet
    Så ska ärendet vänta på "Pröva medgivande till åtal"
    När IVO den 12 februari 2026 medger åtal
    Så ska ärendet ha passerat "Verksamheten fortsätter trots förbudet", "Pröva medgivande till åtal", "Registrera IVO:s ställningstagande", "Vilken sorts förbud?" i denna ordning
    Och ärendets uppgift atalsmedgivanden ska nämna "'medgivande': True"
    När dagen den 25 februari 2026 har passerat
    Så ska ärendet ha passerat "Förbudet har vunnit laga kraft och gäller tills vidare"
    Och ärendet ska vara öppet
    När IVO den 2 mars 2026 får veta att verksamheten fortsätter trots förbudet
    Så ska ärendet vänta på "Pröva medgivande till åtal"
    När IVO den 4 mars 2026 medger åtal
    Och IVO den 1 juni 2026 häver förbudet eftersom missförhållandet är avhjälpt
    Så ska ärendet vara avslutat med "Förbudet hävt"

  Scenario: När det inte är fastställt om kommunen företräder det allmänna vinner förbudet laga kraft först när den senare dagen har passerat
    Givet att IVO den 2 februari 2026 har förbjudit Älmhults kommun att fortsätta verksamheten eftersom missförhållandet är allvarligt och föreläggandet inte har följts
    Och att det inte är fastställt om kommunen är part som företräder det allmänna
    När kommunen tar del av beslutet den 4 februari 2026
    Och dagen den 23 februari 2026 har passerat
    Så ska ärendet ha passerat "Överklagandetiden löper ut"
    Och ärendet ska inte ha passerat "Beslutet vinner laga kraft"
    När dagen den 25 februari 2026 har passerat
    Så ska ärendet ha passerat "Överklagandetiden löper ut", "Den senare möjliga sista dagen löper ut", "Beslutet vinner laga kraft" i denna ordning

  Scenario: Förbud utan föregående föreläggande när verksamheten innebär fara för liv, hälsa eller personlig säkerhet
    Givet att IVO den 2 februari 2026 har förbjudit Älmhults kommun att fortsätta verksamheten eftersom den innebär fara för liv, hälsa eller personlig säkerhet
    När kommunen tar del av beslutet den 4 februari 2026
    Så ska ärendets uppgift lagrum_forbud vara 28 kap. 11 § andra stycket socialtjänstlagen (2025:400)

  Scenario: För en tillståndspliktig verksamhet återkallas tillståndet i stället
    Givet att IVO den 2 februari 2026 har förbjudit Omsorgsbolaget AB att fortsätta verksamheten eftersom missförhållandet är allvarligt och föreläggandet inte har följts
    Och att verksamheten är tillståndspliktig
    När kommunen tar del av beslutet den 4 februari 2026
    Så ska ärendets uppgift beslutstyp vara återkallelse av tillstånd
    Och ärendets uppgift straffbestammelse ska nämna "28 kap. 14 § första stycket 1"

  @LSS_26_g
  Scenario: Förbud enligt LSS grundas på 26 g § lagen om stöd och service till vissa funktionshindrade
    Givet att IVO den 2 februari 2026 har förbjudit Älmhults kommun att fortsätta verksamheten eftersom missförhållandet är allvarligt och föreläggandet inte har följts
    Och att förbudet meddelas enligt LSS
    När kommunen tar del av beslutet den 4 februari 2026
    Så ska ärendets uppgift lagrum_forbud nämna "26 g § första stycket lagen (1993:387)"

  Scenariomall: Ett förbud utan laga grund meddelas inte
    Givet <beslut>
    Och <villkor>
    När tiden går fram till den 3 februari 2026
    Så ska ärendet vara avslutat med "Beslutet måste kompletteras"
    Och ärendets uppgift forbud_brister ska nämna "<brist>"

    Exempel:
      | beslut                                                                                                                                  | villkor                                                | brist                                            |
      | att IVO den 2 februari 2026 har beslutat om förbud mot Älmhults kommun utan att ange grunden för förbudet                             | det noteras att grunden saknas                         | grund ska vara                                   |
      | att IVO den 2 februari 2026 har förbjudit Älmhults kommun att fortsätta verksamheten eftersom missförhållandet är allvarligt och föreläggandet inte har följts | att föreläggandet som förbudet bygger på har följts     | föreläggandet har följts                          |

  @SoL_35_kap_2
  Scenario: Kommunen överklagar förbudet och förvaltningsrätten upphäver det
    Givet att IVO den 2 februari 2026 har förbjudit Älmhults kommun att fortsätta verksamheten eftersom missförhållandet är allvarligt och föreläggandet inte har följts
    När kommunen tar del av beslutet den 4 februari 2026
    Och kommunens överklagande av förbudet kommer in till IVO den 19 februari 2026
    Och IVO den 20 februari 2026 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 4 maj 2026 upphäver förbudet
    Och dagen den 25 maj 2026 har passerat
    Så ska ärendet vara avslutat med "Förbudet upphävt efter överklagande"
    Och ärendet ska ha passerat "Överklagande av förbudet inkommer", "Överklagandet prövas", "Registrera utgången", "Står förbudet fast?" i denna ordning

  @SoL_35_kap_2 @FPL_28
  Scenario: Kommunen överklagar förbudet med yrkande om inhibition; förbudet gäller inte tills vidare men står sedan fast
    Givet att IVO den 2 februari 2026 har förbjudit Älmhults kommun att fortsätta verksamheten eftersom missförhållandet är allvarligt och föreläggandet inte har följts
    När kommunen tar del av beslutet den 4 februari 2026
    Och kommunens överklagande av förbudet kommer in till IVO den 19 februari 2026 med ett yrkande om inhibition
    Och IVO den 20 februari 2026 överlämnar överklagandet till förvaltningsrätten
    Och förvaltningsrätten den 3 mars 2026 beviljar inhibition
    Så ska ärendet ha passerat "Inhibition meddelas", "Domstolen beviljar inhibition", "Förbudet gäller inte tills vidare" i denna ordning
    När förvaltningsrätten den 4 maj 2026 fastställer förbudet och domen delges parterna den 6 maj 2026
    Och dagen den 27 maj 2026 har passerat
    Så ska ärendet vara öppet
    Och ärendet ska ha passerat "Beslutet står fast och har vunnit laga kraft", "Beslutet kan inte längre överklagas", "Beslutet vinner laga kraft" i denna ordning

  Scenario: IVO häver förbudet när missförhållandet är avhjälpt
    Givet att IVO den 2 februari 2026 har förbjudit Älmhults kommun att fortsätta verksamheten eftersom missförhållandet är allvarligt och föreläggandet inte har följts
    När kommunen tar del av beslutet den 4 februari 2026
    Och IVO den 19 februari 2026 häver förbudet eftersom missförhållandet är avhjälpt
    Så ska ärendet vara avslutat med "Förbudet hävt"

  @SoL_28_kap_12
  Scenario: Tillfälligt förbud upphör efter sex månader om det inte förlängts på grund av synnerliga skäl
    Givet att IVO den 2 september 2025 har meddelat Älmhults kommun tillfälligt förbud att fortsätta verksamheten i avvaktan på ett slutligt beslut
    När kommunen tar del av beslutet den 4 september 2025
    Så ska det tillfälliga förbudet gälla till och med den 2 mars 2026
    Och ärendets uppgift forbud_varningar ska nämna "sexmånaderstiden räknas med månadsregeln i 1 § lag (1930:173) analogt"
    Och ärendets uppgift forbud_varningar ska nämna "hänvisar till förbud enligt 10 §; i sak avses 11 §"
    När dagen den 25 september 2025 har passerat
    Så ska ärendet ha passerat "Beslutet om tillfälligt förbud har vunnit laga kraft"
    Och ärendet ska vara öppet
    När tiden går fram till den 2 mars 2026
    Så ska ärendet vara öppet
    När dagen den 2 mars 2026 har passerat
    Så ska ärendet vara avslutat med "Det tillfälliga förbudet har upphört"

  @SoL_28_kap_12
  Scenario: Tillfälligt förbud förlängs en gång på grund av synnerliga skäl, men inte en andra gång
    Givet att IVO den 2 september 2025 har meddelat Älmhults kommun tillfälligt förbud att fortsätta verksamheten i avvaktan på ett slutligt beslut
    När kommunen tar del av beslutet den 4 september 2025
    Och IVO den 15 oktober 2025 förlänger det tillfälliga förbudet utan att ange synnerliga skäl
    Så ska ärendets uppgift forbud_varningar nämna "synnerliga skäl har inte angetts"
    Och det tillfälliga förbudet ska gälla till och med den 2 mars 2026
    När IVO den 15 januari 2026 förlänger det tillfälliga förbudet på grund av synnerliga skäl
    Så ska det tillfälliga förbudet gälla till och med den 2 september 2026
    När IVO den 19 februari 2026 förlänger det tillfälliga förbudet på grund av synnerliga skäl
    Så ska ärendets uppgift forbud_varningar nämna "får förlängas bara en gång"
    Och det tillfälliga förbudet ska gälla till och med den 2 september 2026

  Scenario: IVO häver det tillfälliga förbudet
    Givet att IVO den 2 september 2025 har meddelat Älmhults kommun tillfälligt förbud att fortsätta verksamheten i avvaktan på ett slutligt beslut
    När kommunen tar del av beslutet den 4 september 2025
    Och IVO den 10 november 2025 häver det tillfälliga förbudet
    Så ska ärendet vara avslutat med "Förbudet hävt"

  Scenario: Det tillfälliga förbudet ersätts av IVO:s slutliga beslut
    Givet att IVO den 2 september 2025 har meddelat Älmhults kommun tillfälligt förbud att fortsätta verksamheten i avvaktan på ett slutligt beslut
    När kommunen tar del av beslutet den 4 september 2025
    Och IVO den 1 december 2025 meddelar sitt slutliga beslut i saken
    Så ska ärendet vara avslutat med "Ersatt av slutligt beslut"

  @FPL_28
  Scenario: Verksamheten fortsätter trots det tillfälliga förbudet; IVO medger inte åtal, och domstolen inhiberar sedan förbudet
    Givet att IVO den 2 september 2025 har meddelat Älmhults kommun tillfälligt förbud att fortsätta verksamheten i avvaktan på ett slutligt beslut
    När kommunen tar del av beslutet den 4 september 2025
    Och IVO den 10 september 2025 får veta att verksamheten fortsätter trots förbudet
    Och IVO den 12 september 2025 medger inte åtal
    Så ska ärendets uppgift atalsmedgivanden nämna "'medgivande': False"
    När domstolen den 15 oktober 2025 beviljar inhibition av förbudet
    Så ska ärendet ha passerat "Domstolen beviljar inhibition", "Förbudet gäller inte tills vidare", "Tillbaka till förbudet" i denna ordning
    Och ärendets uppgift forbud_inhiberat ska vara ja

  @SoL_28_kap_11
  Scenario: Föreläggandet har inte följts och missförhållandet är allvarligt – IVO förbjuder fortsatt verksamhet i samma ärende
    Givet att IVO den 1 september 2025 har förelagt Älmhults kommun vid vite av 500 000 kr att senast den 1 december 2025 vidta åtgärder
    Och att kommunen inte är part som företräder det allmänna
    När kommunen tar del av beslutet den 3 september 2025
    Och dagen den 1 december 2025 har passerat
    Och IVO den 2 december 2025 konstaterar att föreläggandet inte har följts
    Och IVO den 2 februari 2026 väljer att förbjuda fortsatt verksamhet
    Så ska ärendet vänta på "Delge beslutet"
    När kommunen tar del av beslutet den 4 februari 2026
    Och dagen den 25 februari 2026 har passerat
    Så ska ärendet vara öppet
    När IVO den 1 juni 2026 häver förbudet eftersom missförhållandet är avhjälpt
    Så ska ärendet vara avslutat med "Eskalerat till förbud"
    Och ärendet ska ha passerat "Förbered beslut om förbud", "Förbud beslutat", "Förbudet har vunnit laga kraft och gäller tills vidare", "Förbudet hävt", "Registrera förbudet" i denna ordning
