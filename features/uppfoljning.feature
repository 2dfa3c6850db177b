# language: sv
@SoL_28_kap_3 @SoL_28_kap_5 @SoL_2001_13_kap_3
Egenskap: Uppföljning av krav på åtgärder och redovisning
  Inom tillsynen ska IVO kontrollera att brister och missförhållanden avhjälps (28 kap. 3 § 2
  socialtjänstlagen (2025:400); för beslut före den 1 juli 2025 13 kap. 3 § socialtjänstlagen
  (2001:453)). Ett beslut med krav på åtgärder och redovisning senast en dag som IVO bestämmer
  är inte ett föreläggande och får inte överklagas (35 kap. 2 § tredje stycket
  socialtjänstlagen). Dagen följer av IVO:s beslut, inte av lag, och flyttas därför aldrig
  enligt lag (1930:173); en dag som inte är en vardag flaggas för en jurist.
  När redovisningen har kommit in eller dagen har passerat väljer IVO vad som händer: godta,
  begära komplettering eller påminna med en ny dag, inleda en ny tillsyn, förelägga nämnden
  (att lämna upplysningar enligt 28 kap. 8 §, eller att avhjälpa missförhållandet enligt
  28 kap. 9 §) eller avsluta utan att eskalera. IVO "får" förelägga men måste inte; väljer IVO
  att inte eskalera ska skälet anges.

  @SoL_35_kap_2 @seed_001
  Scenario: Norrköping 2015 – beslut med krav på åtgärder och redovisning senast 2015-04-15 går inte att överklaga
    Givet att IVO den 13 januari 2015 har krävt att Norrköpings kommun vidtar åtgärder och redovisar dem senast den 15 april 2015
    Och att kravet gäller "säkerställ att individuellt anpassade insatser föregås av utredning och beslut"
    När tiden går fram till den 14 januari 2015
    Så ska IVO:s beslut inte gå att överklaga
    Och ärendet ska vänta på "Dagen för redovisning passerar"
    Och "Dagen för redovisning passerar" ska löpa ut onsdagen den 15 april 2015
    Och sista dagen ska inte ha flyttats
    När nämndens redovisning kommer in till IVO den 14 april 2015
    Så ska ärendet vänta på "Bedöm redovisningen och välj åtgärd"
    Och ärendets uppgift redovisning_i_tid ska vara ja
    När IVO den 20 april 2015 godtar redovisningen
    Så ska ärendet vara avslutat med "Uppföljningen avslutad – kraven uppfyllda"
    Och ärendet ska ha passerat "Uppföljning av kraven inleds", "Tillämpligt regelverk", "Redovisningen inkommer", "Bedöm redovisningen och välj åtgärd", "Uppföljningen avslutad – kraven uppfyllda" i denna ordning
    Och steget "Uppföljning av kraven inleds" ska ange lagrummet "13 kap. 3 § socialtjänstlagen (2001:453)"

  @lag_1930_173
  Scenario: En dag för redovisning som IVO satt till påskafton flyttas inte men flaggas för juristgranskning
    Givet att IVO den 28 januari 2016 har krävt att Älmhults kommun vidtar åtgärder och redovisar dem senast den 26 mars 2016
    När tiden går fram till den 29 januari 2016
    Så ska "Dagen för redovisning passerar" löpa ut lördagen den 26 mars 2016
    Och sista dagen ska inte ha flyttats
    Och en jurist ska varnas om att "dagen har inte flyttats"

  Scenario: Redovisningen räcker inte – IVO begär komplettering med en ny dag och godtar sedan
    Givet att IVO den 13 januari 2015 har krävt att Norrköpings kommun vidtar åtgärder och redovisar dem senast den 15 april 2015
    När nämndens redovisning kommer in till IVO den 10 april 2015
    Och IVO den 13 april 2015 begär komplettering utan att bestämma en ny dag
    Så ska IVO få beskedet "kräver en ny dag för redovisningen"
    Och ärendet ska vänta på "Bedöm redovisningen och välj åtgärd"
    När IVO den 13 april 2015 begär komplettering senast den 29 maj 2015
    Så ska "Dagen för redovisning passerar" löpa ut fredagen den 29 maj 2015
    När nämndens redovisning kommer in till IVO den 20 maj 2015
    Och IVO den 25 maj 2015 godtar redovisningen
    Så ska ärendet vara avslutat med "Uppföljningen avslutad – kraven uppfyllda"
    Och ärendet ska ha passerat "Redovisningen inkommer", "Begär komplettering eller påminn med ny dag", "Redovisningen inkommer", "Uppföljningen avslutad – kraven uppfyllda" i denna ordning

  @SoL_28_kap_8 @seed_002
  Scenario: Älmhult 2016 – inspektion av nio familjehemsplaceringar; svar senast 2016-03-30; uteblivet svar leder till påminnelse
    Givet att IVO den 28 januari 2016 har krävt att Älmhults kommun vidtar åtgärder och redovisar dem senast den 30 mars 2016
    Och att kravet gäller "redovisa vidtagna och planerade åtgärder för underlag och dokumentation i nio familjehemsplaceringar"
    När dagen den 30 mars 2016 har passerat
    Så ska ärendet ha passerat "Dagen för redovisning passerar", "Registrera att redovisning saknas" i denna ordning
    Och ärendet ska vänta på "Bedöm redovisningen och välj åtgärd"
    När IVO den 1 april 2016 försöker godta en redovisning som inte har kommit in
    Så ska IVO få beskedet "Valet godta är inte tillåtet när redovisning_saknas"
    När IVO den 1 april 2016 påminner nämnden och bestämmer att redovisningen ska komma in senast den 15 april 2016
    Så ska "Dagen för redovisning passerar" löpa ut fredagen den 15 april 2016
    När nämndens redovisning kommer in till IVO den 12 april 2016
    Och IVO den 14 april 2016 godtar redovisningen
    Så ska ärendet vara avslutat med "Uppföljningen avslutad – kraven uppfyllda"

  @SoL_28_kap_8 @VitesL_2 @seed_002
  Scenario: Älmhult 2016 – uteblivet svar leder till föreläggande vid vite att lämna upplysningar
    Givet att IVO den 28 januari 2016 har krävt att Älmhults kommun vidtar åtgärder och redovisar dem senast den 30 mars 2016
    När dagen den 30 mars 2016 har passerat
    Och IVO den 1 april 2016 förelägger nämnden vid vite av 50 000 kr att senast den 2 maj 2016 lämna redovisningen
    Så ska ärendet vänta på "Delge föreläggandet"
    Och ärendets uppgift forelaggande_lagrum ska vara 13 kap. 5 § socialtjänstlagen (2001:453)
    När kommunen tar del av beslutet den 4 april 2016
    Och dagen den 2 maj 2016 har passerat
    Och IVO den 3 maj 2016 konstaterar att föreläggandet har följts
    Så ska ärendet vara avslutat med "Eskalerat till föreläggande"
    Och ärendet ska ha passerat "Förbered föreläggandet", "Föreläggande beslutat", "Ärendet avslutat – föreläggandet har följts", "Föreläggande", "Eskalerat till föreläggande" i denna ordning

  @SoL_28_kap_9 @seed_001
  Scenario: Redovisningen visar att missförhållandet består – IVO eskalerar till föreläggande vid vite att avhjälpa det
    Givet att IVO den 13 januari 2015 har krävt att Norrköpings kommun vidtar åtgärder och redovisar dem senast den 15 april 2015
    När nämndens redovisning kommer in till IVO den 15 april 2015
    Och IVO den 4 maj 2015 förelägger nämnden vid vite av 500 000 kr att senast den 30 september 2015 vidta åtgärder utan att ange vilka
    Så ska IVO få beskedet "ska ange de åtgärder som krävs"
    När IVO den 4 maj 2015 förelägger nämnden vid vite av 500 000 kr att senast den 30 september 2015 "säkerställa att insatserna föregås av utredning, bedömning och beslut"
    Så ska ärendet vänta på "Delge föreläggandet"
    Och ärendets uppgift forelaggande_lagrum ska vara 13 kap. 8 § socialtjänstlagen (2001:453)
    När kommunen tar del av beslutet den 6 maj 2015
    Och dagen den 30 september 2015 har passerat
    Och IVO den 1 oktober 2015 konstaterar att föreläggandet har följts
    Så ska ärendet vara avslutat med "Eskalerat till föreläggande"

  @SoL_28_kap_3
  Scenario: Uteblivet svar – IVO inleder en ny tillsyn och uppföljningen avslutas
    Givet att IVO den 28 januari 2016 har krävt att Älmhults kommun vidtar åtgärder och redovisar dem senast den 30 mars 2016
    När dagen den 30 mars 2016 har passerat
    Och IVO den 1 april 2016 inleder en ny tillsyn
    Så ska ärendet vara avslutat med "Ny tillsyn inleds"

  @SoL_28_kap_9 @seed_003
  Scenario: Farsta – åtgärdsplanen följdes inte; IVO får avsluta utan att eskalera men måste ange skälet
    Givet att IVO den 10 juni 2019 har krävt att Stockholms kommun vidtar åtgärder och redovisar dem senast den 30 september 2019
    Och att kravet gäller "följ åtgärdsplanen för placeringar på stödboenden"
    När nämndens redovisning kommer in till IVO den 27 september 2019
    Och IVO den 14 oktober 2019 avslutar uppföljningen utan att eskalera och utan att ange skäl
    Så ska IVO få beskedet "kräver ett skäl (skal); ett tomt skäl godtas inte"
    Och ärendet ska vänta på "Bedöm redovisningen och välj åtgärd"
    När IVO den 14 oktober 2019 avslutar uppföljningen utan att eskalera med skälet "Nämnden har åtagit sig en ny åtgärdsplan; IVO följer frågan i sin riskanalys"
    Så ska ärendet vara avslutat med "Avslutad utan eskalering"
    Och ärendet ska ha passerat "Registrera avslut utan eskalering och skälet"
