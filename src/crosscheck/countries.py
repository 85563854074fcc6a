"""The world's states and their demonyms: language data shared by extraction (affiliations) and
comparison (the side a phrase like "Azerbaijani aggression" points at)."""

from __future__ import annotations

# The world's states: name -> demonyms and other names. Lets "Azeri forces" belong to Azerbaijan
# and "Armenia's Defence Ministry" equal "the Armenian Defense Ministry", for any conflict.
_COUNTRIES = """
Afghanistan: Afghan; Albania: Albanian; Algeria: Algerian; Andorra: Andorran; Angola: Angolan;
Argentina: Argentine, Argentinian; Armenia: Armenian, Armenians; Australia: Australian; Austria: Austrian;
Azerbaijan: Azerbaijani, Azeri, Azeris, Azerbaijanis; Bahrain: Bahraini; Bangladesh: Bangladeshi;
Belarus: Belarusian, Belarussian; Belgium: Belgian; Bolivia: Bolivian; Bosnia: Bosnian; Brazil: Brazilian;
Bulgaria: Bulgarian; Burkina Faso: Burkinabe; Burundi: Burundian; Cambodia: Cambodian; Cameroon: Cameroonian;
Canada: Canadian; Chad: Chadian; Chile: Chilean; China: Chinese; Colombia: Colombian; Congo: Congolese;
Croatia: Croatian, Croat; Cuba: Cuban; Cyprus: Cypriot; Czech Republic: Czech; Denmark: Danish, Dane;
Ecuador: Ecuadorian; Egypt: Egyptian; Eritrea: Eritrean; Estonia: Estonian; Ethiopia: Ethiopian;
Finland: Finnish, Finn; France: French; Georgia: Georgian; Germany: German; Ghana: Ghanaian; Greece: Greek;
Guatemala: Guatemalan; Haiti: Haitian; Hungary: Hungarian; Iceland: Icelandic; India: Indian;
Indonesia: Indonesian; Iran: Iranian; Iraq: Iraqi; Ireland: Irish; Israel: Israeli, Israelis; Italy: Italian;
Japan: Japanese; Jordan: Jordanian; Kazakhstan: Kazakh; Kenya: Kenyan; Kosovo: Kosovar; Kuwait: Kuwaiti;
Kyrgyzstan: Kyrgyz; Latvia: Latvian; Lebanon: Lebanese; Libya: Libyan; Lithuania: Lithuanian;
Luxembourg: Luxembourgish; Malaysia: Malaysian; Mali: Malian; Mexico: Mexican; Moldova: Moldovan;
Mongolia: Mongolian; Montenegro: Montenegrin; Morocco: Moroccan; Mozambique: Mozambican; Myanmar: Burmese;
Nepal: Nepali, Nepalese; Netherlands: Dutch; New Zealand: New Zealander; Nicaragua: Nicaraguan; Niger: Nigerien;
Nigeria: Nigerian; North Korea: North Korean; Norway: Norwegian; Oman: Omani; Pakistan: Pakistani;
Palestine: Palestinian, Palestinians; Panama: Panamanian; Paraguay: Paraguayan; Peru: Peruvian;
Philippines: Filipino, Philippine; Poland: Polish, Pole; Portugal: Portuguese; Qatar: Qatari; Romania: Romanian;
Russia: Russian, Russians; Rwanda: Rwandan; Saudi Arabia: Saudi; Senegal: Senegalese; Serbia: Serbian, Serb;
Singapore: Singaporean; Slovakia: Slovak; Slovenia: Slovenian, Slovene; Somalia: Somali; South Africa: South African;
South Korea: South Korean; South Sudan: South Sudanese; Spain: Spanish, Spaniard; Sri Lanka: Sri Lankan;
Sudan: Sudanese; Sweden: Swedish, Swede; Switzerland: Swiss; Syria: Syrian, Syrians; Taiwan: Taiwanese;
Tajikistan: Tajik; Tanzania: Tanzanian; Thailand: Thai; Tunisia: Tunisian; Turkey: Turkish, Turk, Turks;
Turkmenistan: Turkmen; Uganda: Ugandan; Ukraine: Ukrainian; United Arab Emirates: Emirati;
United Kingdom: British, UK, U.K., Britain; United States: American, Americans, US, U.S., USA, U.S.A.;
Uruguay: Uruguayan; Uzbekistan: Uzbek; Venezuela: Venezuelan; Vietnam: Vietnamese; Yemen: Yemeni;
Zambia: Zambian; Zimbabwe: Zimbabwean; Europe: European; Africa: African; Asia: Asian
"""


def _country_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for entry in _COUNTRIES.replace("\n", " ").split(";"):
        name, _, others = entry.strip().partition(":")
        forms[name.strip().lower()] = name.strip()
        for other in others.split(","):
            forms[other.strip().lower()] = name.strip()
    return forms


# Lower-cased country name or demonym -> country name ("azeri" -> "Azerbaijan").
COUNTRY_FORMS: dict[str, str] = _country_forms()
COUNTRY_NAMES = frozenset(v.lower() for v in COUNTRY_FORMS.values())

# Endings that make a demonym of a place's name: Velmora -> Velmoran, Solmar -> Solmari, Sudan -> Sudanese.
DEMONYM_SUFFIXES = ("n", "an", "ian", "i", "ese", "ish", "ic", "ene", "ns", "ans", "ians", "is", "enes")
