# language: sv
@SoL_27_kap_2 @SoL_27_kap_5 @SoL_27_kap_6 @LSS_24_f
Egenskap: Lex Sarah – rapport, utredning och anmälan till IVO
  Den som fullgör uppgifter inom socialtjänsten ska genast rapportera ett missförhållande eller
  en påtaglig risk för ett missförhållande (27 kap. 2 § socialtjänstlagen (2025:400)). Nämnden
  ska genast dokumentera, utreda och avhjälpa det (27 kap. 5 §). Är missförhållandet allvarligt
  ska nämnden snarast anmäla det till IVO med utredningen (27 kap. 6 §); personalen kan inte
  själv göra en lex Sarah-anmälan. Lagen anger inte "snarast" i dagar: verksamhetens mål är en
  inställning i ärendet (standard 14 dagar) som flaggar men inte sanktionerar.

  Scenario: Ett missförhållande som inte är allvarligt avhjälps inom verksamheten
    Givet att personal hos Älmhults kommun den 7 januari 2019 uppmärksammar ett missförhållande
    När personalen den 7 januari 2019 rapporterar "en försenad utredning" till nämnden
    Och nämnden den 9 januari 2019 utreder och avhjälper missförhållandet
    Och nämnden den 10 januari 2019 bedömer att missförhållandet inte är allvarligt
    Så ska ärendet vara avslutat med "Missförhållandet avhjälpt inom verksamheten"
    Och IVO ska få beskedet "Verksamhetens mål, inte lag"

  Scenario: Ett allvarligt missförhållande anmäls till IVO, som tar emot anmälan som inkommande uppgifter
    Givet att personal hos Älmhults kommun den 7 januari 2019 uppmärksammar ett missförhållande
    När personalen den 7 januari 2019 rapporterar "49 försenade barnavårdsutredningar" till nämnden
    Och nämnden den 9 januari 2019 utreder och avhjälper missförhållandet
    Och nämnden den 10 januari 2019 bedömer att missförhållandet är allvarligt
    Så ska ärendet vänta på "Verksamhetens mål för anmälan passeras"
    Och ärendets uppgift anmalan_senast ska vara 2019-01-24
    När nämnden den 14 januari 2019 anmäler missförhållandet till IVO med utredningen
    Så ska ärendet vänta på "Registrera uppgifterna"
    När IVO den 15 januari 2019 registrerar uppgifterna under diarienummer "3.5.2-2019/21" som socialtjänst
    Och IVO den 28 januari 2019 tar ställning till att registrera uppgifterna utan åtgärd
    Så ska ärendet vara avslutat med "Anmält till IVO"
    Och ärendet ska inte ha passerat "Dröjsmålet flaggat"

  Scenario: En anmälan som dröjer utöver verksamhetens mål flaggas men har ingen rättsföljd
    Givet att personal hos Älmhults kommun den 7 januari 2019 uppmärksammar ett missförhållande
    Och att verksamhetens mål för att anmäla till IVO är 7 dagar
    När personalen den 7 januari 2019 rapporterar "49 försenade barnavårdsutredningar" till nämnden
    Och nämnden den 8 januari 2019 utreder och avhjälper missförhållandet
    Och nämnden den 8 januari 2019 bedömer att missförhållandet är allvarligt
    Och dagen den 15 januari 2019 har passerat
    Så ska ärendet ha passerat "Verksamhetens mål för anmälan passeras", "Dröjsmålet flaggat" i denna ordning
    Och ärendet ska vänta på "Anmäl till IVO snarast med utredningen"
    När nämnden den 21 januari 2019 anmäler missförhållandet till IVO med utredningen
    Så ska IVO få beskedet "efter verksamhetens mål"
