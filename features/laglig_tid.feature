# language: sv
@lag_1930_173
Egenskap: Lagstadgad tid – när sista dagen för en frist infaller
  En frist som följer av lag räknas enligt lag (1930:173) om beräkning av lagstadgad tid.
  En frist i veckor går ut på den veckodag som har samma namn som den dag fristen började
  löpa, en frist i månader på dagen med samma datum eller, om den saknas, på månadens sista
  dag (1 §). Infaller den dagen på en söndag, annan allmän helgdag, lördag, midsommarafton,
  julafton eller nyårsafton får åtgärden vidtas nästa vardag (2 §). Allmänna helgdagar följer
  lag (1989:253); före den 1 april 2005 var annandag pingst helgdag och nationaldagen inte.
  Ett överklagande av IVO:s beslut ska ha kommit in inom tre veckor från den dag klaganden
  fick del av beslutet (44 § förvaltningslagen (2017:900); 23 § förvaltningslagen (1986:223)
  för beslut före den 1 juli 2018).

  @FL_44 @seed_000
  Scenario: Oskarshamn – överklagande inkommet till IVO senast 2014-10-22 är i rätt tid om beslutet mottogs 2014-10-01
    Givet att klaganden fick del av beslutet den 1 oktober 2014
    Så ska sista dag för överklagande vara onsdagen den 22 oktober 2014
    Och sista dagen ska inte ha flyttats
    Och förklaringen ska nämna "Tre veckor från onsdagen den 1 oktober 2014 löper ut onsdagen den 22 oktober 2014"
    Och regeln "23 § förvaltningslagen (1986:223)" ska anges
    Och regeln "1 § lag (1930:173)" ska anges

  @FL_44
  Scenariomall: Sista dag för överklagande är samma veckodag tre veckor senare, eller nästa vardag
    När klaganden får del av beslutet <mottaget>
    Så ska fristen enligt 1 § lag (1930:173) löpa ut <nominell sista dag>
    Och sista dag för överklagande ska vara <sista dag>

    Exempel: Sista dagen är en vardag och flyttas inte
      | mottaget                  | nominell sista dag        | sista dag                  | varför                                                      |
      | onsdagen den 1 oktober 2014  | den 22 oktober 2014    | onsdagen den 22 oktober 2014  | Oskarshamn (seed 000)                                    |
      | fredagen den 3 oktober 2014  | den 24 oktober 2014    | fredagen den 24 oktober 2014  | Oskarshamn, om kommunen fick del två dagar senare        |
      | tisdagen den 16 mars 1999    | den 6 april 1999       | tisdagen den 6 april 1999     | RÅ 1999 not 181: påskdagarna räknas inte bort            |
      | måndagen den 15 december 2025 | den 5 januari 2026    | måndagen den 5 januari 2026   | trettondagsafton är inte helgdag (RÅ 2004 not 40)        |
      | måndagen den 15 december 2014 | den 5 januari 2015    | måndagen den 5 januari 2015   | trettondagsafton 2015                                    |
      | torsdagen den 12 mars 2026   | den 2 april 2026       | torsdagen den 2 april 2026    | skärtorsdagen är en vardag                               |
      | torsdagen den 9 april 2026   | den 30 april 2026      | torsdagen den 30 april 2026   | valborgsmässoafton är en vardag                          |

    Exempel: Sista dagen är inte en vardag och flyttas till nästa vardag
      | mottaget                      | nominell sista dag     | sista dag                     | varför                                                 |
      | onsdagen den 3 december 2025  | den 24 december 2025   | måndagen den 29 december 2025 | julafton, juldagen, annandag jul, lördag och söndag    |
      | fredagen den 30 maj 2025      | den 20 juni 2025       | måndagen den 23 juni 2025     | midsommarafton, midsommardagen och söndag              |
      | onsdagen den 10 december 2025 | den 31 december 2025   | fredagen den 2 januari 2026   | nyårsafton och nyårsdagen                              |
      | tisdagen den 16 december 2025 | den 6 januari 2026     | onsdagen den 7 januari 2026   | trettondedag jul är allmän helgdag                     |
      | fredagen den 13 mars 2026     | den 3 april 2026       | tisdagen den 7 april 2026     | långfredagen, påskafton, påskdagen och annandag påsk   |
      | torsdagen den 23 april 2026   | den 14 maj 2026        | fredagen den 15 maj 2026      | Kristi himmelsfärdsdag; fredagen efter är en vardag    |
      | fredagen den 10 april 2026    | den 1 maj 2026         | måndagen den 4 maj 2026       | första maj, lördag och söndag                          |
      | fredagen den 16 maj 2025      | den 6 juni 2025        | måndagen den 9 juni 2025      | nationaldagen; annandag pingst är vardag sedan 2005    |
      | måndagen den 10 maj 2004      | den 31 maj 2004        | tisdagen den 1 juni 2004      | annandag pingst var allmän helgdag före 1 april 2005   |
      | lördagen den 11 oktober 2025  | den 1 november 2025    | måndagen den 3 november 2025  | alla helgons dag och söndag                            |
      | lördagen den 4 oktober 2014   | den 25 oktober 2014    | måndagen den 27 oktober 2014  | lördag och söndag                                      |
      | söndagen den 5 oktober 2014   | den 26 oktober 2014    | måndagen den 27 oktober 2014  | söndag                                                 |

  @FL_44
  Scenario: Sista dag för överklagande infaller på julafton och flyttas till måndag 2025-12-29
    När klaganden får del av beslutet onsdagen den 3 december 2025
    Så ska sista dag för överklagande vara måndagen den 29 december 2025
    Och sista dagen ska ha flyttats till nästa vardag
    Och "julafton" ska ha hoppats över
    Och "juldagen" ska ha hoppats över
    Och "annandag jul" ska ha hoppats över
    Och regeln "44 § förvaltningslagen (2017:900)" ska anges
    Och regeln "2 § lag (1930:173)" ska anges
    Och förklaringen ska nämna "som är julafton"

  @RA_2004_not_40
  Scenario: Sista dag infaller på trettondagsafton och flyttas inte
    När klaganden får del av beslutet måndagen den 15 december 2025
    Så ska sista dag för överklagande vara måndagen den 5 januari 2026
    Och sista dagen ska inte ha flyttats
    Och den 5 januari 2026 ska vara en vardag
    Men den 6 januari 2026 ska inte vara en vardag eftersom den är trettondedag jul

  @VitesL_2
  Scenariomall: Åtgärdsfrist satt av IVO till en lördag flyttas inte automatiskt men flaggas för juristgranskning
    När IVO i sitt beslut den 1 oktober 2014 har bestämt att åtgärden ska vara vidtagen senast <satt dag>
    Så ska sista dag vara <satt dag>
    Och sista dagen ska inte ha flyttats
    Och en jurist ska varnas om att "<varning>"

    Exempel:
      | satt dag                      | varning                                  |
      | lördagen den 17 januari 2015  | är en lördag                             |
      | söndagen den 18 januari 2015  | är en söndag                             |
      | onsdagen den 24 december 2014 | är julafton                              |
      | tisdagen den 6 januari 2015   | är trettondedag jul                      |

  @VitesL_2 @seed_000
  Scenario: En åtgärdsfrist som IVO satt till en vardag tas som den står, utan varning
    När IVO i sitt beslut den 1 oktober 2014 har bestämt att åtgärden ska vara vidtagen senast måndagen den 19 januari 2015
    Så ska sista dag vara måndagen den 19 januari 2015
    Och sista dagen ska inte ha flyttats
    Och ingen jurist ska behöva varnas
    Och förklaringen ska nämna "flyttas därför inte enligt lag (1930:173)"

  @FL_44 @seed_000
  Scenariomall: Kommunen som part som företräder det allmänna – överklagandetiden räknas från expedieringsdagen
    Givet att beslutet meddelades onsdagen den 1 oktober 2014
    Och <part>
    När klaganden får del av beslutet fredagen den 3 oktober 2014
    Så ska sista dag för överklagande vara <sista dag>

    Exempel:
      | part                                                                      | sista dag                    |
      | att klaganden är part som företräder det allmänna                         | onsdagen den 22 oktober 2014 |
      | att klaganden inte är part som företräder det allmänna                    | fredagen den 24 oktober 2014 |
      | att det inte är fastställt om klaganden är part som företräder det allmänna | onsdagen den 22 oktober 2014 |

  @FL_44 @seed_000
  Scenario: När det inte är fastställt om kommunen företräder det allmänna visas båda dagarna och den tidigare gäller
    Givet att beslutet meddelades onsdagen den 1 oktober 2014
    Och att det inte är fastställt om klaganden är part som företräder det allmänna
    När klaganden får del av beslutet fredagen den 3 oktober 2014
    Så ska sista dag för överklagande vara onsdagen den 22 oktober 2014
    Och en jurist ska varnas om att "OVERIFIERAT: om kommunen är part som företräder det allmänna"
    Och förklaringen ska nämna "går ut fredagen den 24 oktober 2014"
    Och förklaringen ska nämna "den tidigare dagen, onsdagen den 22 oktober 2014, bindande"

  @FPL_6_a
  Scenario: Tiden för att överklaga förvaltningsrättens dom till kammarrätten räknas på samma sätt
    När parten får del av domen fredagen den 13 mars 2026
    Så ska sista dag för överklagande vara tisdagen den 7 april 2026
    Och regeln "6 a § förvaltningsprocesslagen (1971:291)" ska anges
    Och "långfredagen" ska ha hoppats över

  @lag_1930_173
  Scenariomall: En frist i månader går ut på dagen med samma datum, eller på månadens sista dag
    När en frist på <tid> räknas från <start>
    Så ska fristen enligt 1 § lag (1930:173) löpa ut <nominell sista dag>
    Och sista dag ska vara <sista dag>

    Exempel:
      | tid         | start                 | nominell sista dag    | sista dag                      |
      | en månad    | den 31 januari 2025   | den 28 februari 2025  | fredagen den 28 februari 2025  |
      | en månad    | den 31 januari 2024   | den 29 februari 2024  | torsdagen den 29 februari 2024 |
      | sex månader | den 31 augusti 2025   | den 28 februari 2026  | måndagen den 2 mars 2026       |
      | tre veckor  | den 1 oktober 2014    | den 22 oktober 2014   | onsdagen den 22 oktober 2014   |
      | 2 veckor    | den 10 december 2025  | den 24 december 2025  | måndagen den 29 december 2025  |
