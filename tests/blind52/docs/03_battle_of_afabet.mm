<map version="freeplane 1.9.13">
<!--To view this file, download free mind mapping software Freeplane from https://www.freeplane.org -->
<node TEXT="Battle of Afabet (1988)" FOLDED="false" ID="ID_1090958577" CREATED="1709290112311" MODIFIED="1709468834020" STYLE="oval">
<font SIZE="18"/>
<hook NAME="MapStyle" zoom="0.826">
    <properties show_icon_for_attributes="true" edgeColorConfiguration="#808080ff,#ff0000ff,#0000ffff,#00ff00ff,#ff00ffff,#00ffffff,#7c0000ff,#00007cff,#007c00ff,#7c007cff,#007c7cff,#7c7c00ff" show_note_icons="true" associatedTemplateLocation="template:/standard-1.6.mm" fit_to_viewport="false"/>

<map_styles>
<stylenode LOCALIZED_TEXT="styles.root_node" STYLE="oval" UNIFORM_SHAPE="true" VGAP_QUANTITY="24 pt">
<font SIZE="24"/>
<stylenode LOCALIZED_TEXT="styles.predefined" POSITION="right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="default" ID="ID_271890427" ICON_SIZE="12 pt" COLOR="#000000" STYLE="fork">
<arrowlink SHAPE="CUBIC_CURVE" COLOR="#000000" WIDTH="2" TRANSPARENCY="200" DASH="" FONT_SIZE="9" FONT_FAMILY="SansSerif" DESTINATION="ID_271890427" STARTARROW="NONE" ENDARROW="DEFAULT"/>
<font NAME="SansSerif" SIZE="10" BOLD="false" ITALIC="false"/>
<richcontent CONTENT-TYPE="plain/auto" TYPE="DETAILS"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="plain/auto"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.details"/>
<stylenode LOCALIZED_TEXT="defaultstyle.attributes">
<font SIZE="9"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.note" COLOR="#000000" BACKGROUND_COLOR="#ffffff" TEXT_ALIGN="LEFT"/>
<stylenode LOCALIZED_TEXT="defaultstyle.floating">
<edge STYLE="hide_edge"/>
<cloud COLOR="#f0f0f0" SHAPE="ROUND_RECT"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.selection" BACKGROUND_COLOR="#afd3f7" BORDER_COLOR_LIKE_EDGE="false" BORDER_COLOR="#afd3f7"/>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.user-defined" POSITION="right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="styles.topic" COLOR="#18898b" STYLE="fork">
<font NAME="Liberation Sans" SIZE="10" BOLD="true"/>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.important" ID="ID_67550811">
<icon BUILTIN="yes"/>
<arrowlink COLOR="#003399" TRANSPARENCY="255" DESTINATION="ID_67550811"/>
</stylenode>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.AutomaticLayout" POSITION="right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="AutomaticLayout.level.root" COLOR="#000000" STYLE="oval" SHAPE_HORIZONTAL_MARGIN="10 pt" SHAPE_VERTICAL_MARGIN="10 pt">
<font SIZE="18"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,1" COLOR="#0033ff">
<font SIZE="16"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,2" COLOR="#00b439">
<font SIZE="14"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,3" COLOR="#990000">
<font SIZE="12"/>
</stylenode>
</stylenode>
</stylenode>
</map_styles>
</hook>
<hook NAME="AutomaticEdgeColor" COUNTER="5" RULE="ON_BRANCH_CREATION"/>
<node TEXT="Infobox (retyped)" POSITION="right" FOLDED="false" ID="ID_1317521481" CREATED="1709412883001" MODIFIED="1709443146284">
<edge COLOR="#ff0000"/>
<icon BUILTIN="list"/>
<attribute_layout NAME_WIDTH="84 pt" VALUE_WIDTH="246 pt"/>
<attribute NAME="Conflict" VALUE="Battle of Afabet"/>
<attribute NAME="Part of" VALUE="Eritrean War of Independence"/>
<attribute NAME="Part of" VALUE="Ethiopian Civil War"/>
<attribute NAME="Date" VALUE="17&#x2013;20 March 1988"/>
<attribute NAME="Location" VALUE="Afabet, Eritrea"/>
<attribute NAME="Result" VALUE="EPLF victory"/>
<attribute NAME="Result" VALUE="Destruction of the Nadew Command"/>
<node TEXT="Side 1: EPLF" ID="ID_1894079236" CREATED="1709406559535" MODIFIED="1709411844745">
<attribute_layout NAME_WIDTH="84 pt" VALUE_WIDTH="246 pt"/>
<attribute NAME="Belligerent" VALUE="Eritrean People's Liberation Front"/>
<attribute NAME="Commander" VALUE="Mesfin Hagos (front commander)"/>
<attribute NAME="Strength" VALUE="15,000&#x2013;20,000 fighters"/>
<attribute NAME="Casualties" VALUE="Unknown"/>
</node>
<node TEXT="Side 2: Ethiopia" ID="ID_452584127" CREATED="1709503443641" MODIFIED="1709527369066">
<attribute_layout NAME_WIDTH="84 pt" VALUE_WIDTH="246 pt"/>
<attribute NAME="Belligerent" VALUE="Ethiopia"/>
<attribute NAME="Supported by" VALUE="Soviet Union (advisers)"/>
<attribute NAME="Commander" VALUE="Col. Getaneh Haile (Nadew Command)"/>
<attribute NAME="Commander" VALUE="Mengistu Haile Mariam (head of state)"/>
<attribute NAME="Unit" VALUE="Nadew Command"/>
<attribute NAME="Unit" VALUE="19th Mountain Infantry Division"/>
<attribute NAME="Unit" VALUE="22nd Mountain Division"/>
<attribute NAME="Strength" VALUE="15,223 (Ministry of Defence returns)"/>
<attribute NAME="Casualties" VALUE="8,000&#x2013;9,000 killed"/>
<attribute NAME="Casualties" VALUE="5,000 captured"/>
<attribute NAME="Casualties" VALUE="Soviet advisers: 1 killed, 3 captured"/>
</node>
</node>
<node TEXT="Article (Wikipedia, retyped)" POSITION="left" FOLDED="false" ID="ID_1578919841" CREATED="1709318079497" MODIFIED="1709343200722">
<edge COLOR="#0000ff"/>
<icon BUILTIN="edit"/>
<node TEXT="Lead" ID="ID_792262658" CREATED="1709366973666" MODIFIED="1709372215835">
<node TEXT="The Battle of Afabet was fought from 17 to 20 March 1988 in and around the town of Afabet in northern Eritrea, during the Eritrean War of Independence.[1] The Eritrean People's Liberation Front (EPLF) destroyed the Nadew Command, the strongest of the Ethiopian army's corps in Eritrea, and the battle is often called the turning point of the war.[2]" ID="ID_1350756923" CREATED="1709542168826" MODIFIED="1709650638171"/>
</node>
<node TEXT="Background" ID="ID_638328907" CREATED="1709481631047" MODIFIED="1709580472388">
<node TEXT="The Nadew Command held the Nakfa front, the line of trenches that had faced the EPLF's base area since 1978. It was made up of three divisions with supporting units; Ministry of Defence returns put its strength at 15,223 men, far below its paper strength.[3]" ID="ID_1961499264" CREATED="1709539486545" MODIFIED="1709617054956"/>
<node TEXT="On 8 December 1987 the EPLF attacked the 22nd Mountain Division of the command with as many as five brigades.[3] On the second day of the assault Eritrean infiltrators destroyed the division's command post, and the attack was held only when the 19th Mountain Infantry Division and the 45th Infantry Brigade came up.[3] Ethiopian losses in that fighting were 842 killed, 291 wounded and 615 missing.[3]" ID="ID_1385476986" CREATED="1709369981343" MODIFIED="1709388609443"/>
<node TEXT="Mengistu Haile Mariam blamed the officers. The commander of the Nadew Command, General Tariku Ayne, was arrested and executed outside Asmara on 15 February 1988, and twenty senior officers were moved.[4] His successor, Colonel Getaneh Haile, inherited a demoralised command." ID="ID_959903068" CREATED="1709377041442" MODIFIED="1709436428149"/>
</node>
<node TEXT="Battle" ID="ID_1267236789" CREATED="1709323387074" MODIFIED="1709465448264">
<node TEXT="The EPLF opened its offensive on the night of 17 March with an artillery barrage on the Ethiopian trenches along the Nakfa front.[1] Its infantry broke through the lines of the 19th Division at several points before dawn the next day." ID="ID_1085603305" CREATED="1709546688839" MODIFIED="1709696712406"/>
<node TEXT="On 18 March Getaneh ordered the heavy units of the command to fall back on Afabet through the narrow Hedai valley.[2] That morning, at Adi Shirum, where the valley narrows, EPLF units blocked the head of the convoy, and the trapped column of tanks, guns and trucks was destroyed in a day of fighting.[5] Ethiopian aircraft bombed the burning column the same afternoon to keep its equipment out of Eritrean hands.[5]" ID="ID_441426804" CREATED="1709508588066" MODIFIED="1709628629735"/>
<node TEXT="EPLF tanks, forced to go round the blocked valley by way of the coast, entered Afabet on the morning of 19 March against little resistance.[5] Three Soviet military advisers were captured in the town that day and a fourth was killed.[6]" ID="ID_134203222" CREATED="1709387526142" MODIFIED="1709531508907"/>
<node TEXT="By 20 March the remaining garrisons of the Nakfa front had surrendered or fled, and EPLF radio announced the destruction of the Nadew Command.[2]" ID="ID_618711897" CREATED="1709523934194" MODIFIED="1709586700976"/>
</node>
<node TEXT="Aftermath" ID="ID_1386941064" CREATED="1709506536902" MODIFIED="1709617595405">
<node TEXT="On 22 March the EPLF claimed that more than 18,000 Ethiopian soldiers had been killed or captured, a figure the government in Addis Ababa rejected.[7] Historians who have worked in the Ethiopian archives give between 8,000 and 9,000 dead and about 5,000 prisoners.[3]" ID="ID_1188383462" CREATED="1709401835872" MODIFIED="1709488208211"/>
<node TEXT="On 30 March Mengistu went on national television and called for &quot;everything to the war front&quot;.[4] The British historian Basil Davidson, who visited the battlefield in May 1988, compared the victory to Dien Bien Phu.[7]" ID="ID_385235121" CREATED="1709471577649" MODIFIED="1709643622549"/>
<node TEXT="The EPLF went on to take the port of Massawa in February 1990, and Asmara fell on 24 May 1991.[2]" ID="ID_1598285719" CREATED="1709514671363" MODIFIED="1709641441363"/>
</node>
</node>
<node TEXT="Sources" POSITION="left" FOLDED="true" ID="ID_1914019999" CREATED="1709496325156" MODIFIED="1709523097230">
<edge COLOR="#00ff00"/>
<node TEXT="[1] Wikipedia: Battle of Afabet" LINK="https://en.wikipedia.org/wiki/Battle_of_Afabet" ID="ID_244695103" CREATED="1709372500258" MODIFIED="1709438661339"/>
<node TEXT="[2] Dan Connell, Against All Odds (1997)" ID="ID_1863684536" CREATED="1709391024715" MODIFIED="1709547023198"/>
<node TEXT="[3] Gebru Tareke, The Ethiopian Revolution (2009), ch. 8" ID="ID_1059956639" CREATED="1709548745609" MODIFIED="1709634316526"/>
<node TEXT="[4] Michela Wrong, I Didn't Do It for You (2005)" ID="ID_1381535033" CREATED="1709323152427" MODIFIED="1709349788662"/>
<node TEXT="[5] Wrong, ch. 12 (Adi Shirum)" ID="ID_1789355341" CREATED="1709396242231" MODIFIED="1709489998574"/>
<node TEXT="[6] Review of African Political Economy 42 (1988)" ID="ID_1738424132" CREATED="1709528232023" MODIFIED="1709594021326"/>
<node TEXT="[7] Basil Davidson, Guardian, 1988" ID="ID_691072554" CREATED="1709374832974" MODIFIED="1709544653590"/>
</node>
<node TEXT="My notes" POSITION="right" FOLDED="false" ID="ID_417075231" CREATED="1709509914511" MODIFIED="1709533010972">
<edge COLOR="#ff00ff"/>
<node TEXT="Seminar questions" ID="ID_325220950" CREATED="1709350863861" MODIFIED="1709368569460">
<icon BUILTIN="help"/>
<node TEXT="Why is Afabet called Africa's Dien Bien Phu?" ID="ID_1907373171" CREATED="1709419468308" MODIFIED="1709479942242"/>
<node TEXT="How far do the two sides' casualty figures differ?" ID="ID_1198959790" CREATED="1709403006000" MODIFIED="1709437381322"/>
<node TEXT="Role of the Soviet advisers: planning the 'decisive offensive'?" ID="ID_574020835" CREATED="1709419248385" MODIFIED="1709514336590"/>
</node>
<node TEXT="To check" ID="ID_1975477079" CREATED="1709461135407" MODIFIED="1709545766861">
<icon BUILTIN="flag-orange"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="xml/">
<html>
  <head>
    
  </head>
  <body>
    <p>
      Gebru Tareke's figures come from the Ministry of Defence files; the EPLF's own figures are much higher.
    </p>
    <p>
      Ask Dr Tesfay whether the map in Connell is reliable for the Hedai valley.
    </p>
  </body>
</html>
</richcontent>
<node TEXT="Order of the Ethiopian divisions on the Nakfa front" ID="ID_453525520" CREATED="1709538847336" MODIFIED="1709684009392"/>
<node TEXT="Spelling: Afabet / Af Abet" ID="ID_1590253191" CREATED="1709353625324" MODIFIED="1709441993066"/>
</node>
</node>
</node>
</map>
