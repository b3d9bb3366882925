PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE pages (
    page_id     INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    url         TEXT,
    revid       INTEGER,
    fetched_at  TEXT,
    is_redirect INTEGER NOT NULL DEFAULT 0,
    redirect_to TEXT,
    extract     TEXT
);
INSERT INTO pages VALUES(1884,'Battle of Fuzhou','https://en.wikipedia.org/wiki/Battle_of_Fuzhou',1196702843,'2024-03-02T09:41:17Z',0,NULL,replace('The Battle of Fuzhou, also known as the Battle of Foochow or the Battle of the Pagoda Anchorage, was fought on 23 August 1884 off the Pagoda Anchorage in Mawei harbour, 15 kilometres south-east of Fuzhou, when the French Far East Squadron under Admiral Amédée Courbet destroyed most of the Fujian Fleet. It was the opening engagement of the Sino-French War and cost China one of its four regional fleets.\n\n== Background ==\nThe Foochow Navy Yard at Mawei was founded in 1866 by the viceroy Zuo Zongtang, with French engineers under Prosper Giquel. By the 1880s it was the largest shipyard and naval school in China, and most of the ships of the Fujian Fleet had been built there. On 11 May 1884 French and Chinese negotiators signed the Tientsin Accord, which was meant to end months of undeclared fighting between the two countries in Tonkin. On 23 June 1884 a French column advancing to occupy Lạng Sơn under the terms of the accord was attacked near Bắc Lệ by Chinese troops, who did not believe that the accord required them to withdraw yet.\nThe French government of Jules Ferry demanded an apology and an indemnity, and on 12 July it sent China an ultimatum. During July Courbet gathered part of his squadron in the Min River at the Pagoda Anchorage, where it lay among the ships of the Chinese fleet and several neutral warships. The Chinese ships were moored so close to the French that neither side could manoeuvre, and for six weeks the two fleets watched each other across a few hundred metres of water. Negotiations broke down in the middle of August, and on the evening of 22 August Courbet received orders from Paris to open hostilities. The next morning Courbet informed the foreign consuls and the commanders of the neutral warships that he would attack that afternoon.\n\n== Forces ==\nCourbet had the cruisers Duguay-Trouin, Villars, d''Estaing and Volta, three gunboats and two torpedo boats, with about 1,780 men. The Fujian Fleet under the imperial commissioner Zhang Peilun had eleven warships, most of them small wooden vessels, with about 1,040 men, supported by a dozen war junks and the guns of the shore batteries.\n\n== Battle ==\nAt 1:56 p.m., as the ebb tide swung the Chinese ships round at their moorings, the French opened fire. Within minutes Torpedo Boat No. 46 under Lieutenant Latour struck the flagship Yangwu with a spar torpedo, and the corvette settled in the shallows. By about three o''clock most of the other Chinese warships had been sunk or set on fire by the guns of the cruisers Duguay-Trouin, Villars and d''Estaing. Several of the Chinese crews fought their ships to the end, and the gunboat Fuxing was boarded and taken after her captain had been killed. Fire rafts and war junks sent down the river against the French ships that evening were sunk before they could reach them.\nOn 24 August the French ships bombarded the Foochow Navy Yard, destroying workshops and a half-built cruiser on the stocks. Between 25 and 29 August the squadron fought its way down the Min River to the sea, silencing the forts of the Mingan and Kimpai passes from behind. Most of the French casualties, ten killed and 48 wounded, were caused by Chinese riflemen firing on the ships from the river banks. A Chinese official report sent to Beijing on 29 August counted 796 dead, 150 wounded and 51 missing in the Fujian Fleet.\n\n== Aftermath ==\nOn 26 August the Qing court declared war on France. Zhang Peilun, who had fled from the anchorage during the battle, was dismissed and sent into exile on the northern frontier in 1885. Courbet went on to attack Keelung and Tamsui in northern Taiwan in October 1884. He died of illness at Makung in the Pescadores on 11 June 1885, two days after the Treaty of Tientsin ended the war.\nThe Chinese dead were buried in a common grave at Mawei, where a memorial temple was built in 1886. The loss of the fleet was blamed on the divided command of the Chinese forces and on the orders that had forbidden the ships to move first. The centenary of the battle was marked at Mawei on 23 August 1984 with a ceremony at the graves.','\n',char(10)));
INSERT INTO pages VALUES(1885,'Battle of the Pagoda Anchorage','https://en.wikipedia.org/wiki/Battle_of_the_Pagoda_Anchorage',1085219114,'2024-03-02T09:41:19Z',1,'Battle of Fuzhou',NULL);
CREATE TABLE infobox (
    page_id  INTEGER NOT NULL REFERENCES pages(page_id),
    template TEXT,
    position INTEGER,
    param    TEXT,
    value    TEXT
);
INSERT INTO infobox VALUES(1884,'Infobox military conflict',0,'conflict','Battle of Fuzhou');
INSERT INTO infobox VALUES(1884,'Infobox military conflict',1,'partof','the Sino-French War');
INSERT INTO infobox VALUES(1884,'Infobox military conflict',2,'image','Bataille de Fou-Tcheou.jpg');
INSERT INTO infobox VALUES(1884,'Infobox military conflict',3,'image_size','300px');
INSERT INTO infobox VALUES(1884,'Infobox military conflict',4,'caption','The Battle of Fuzhou, 23 August 1884, from The Graphic');
INSERT INTO infobox VALUES(1884,'Infobox military conflict',5,'date','23–26 August 1884');
INSERT INTO infobox VALUES(1884,'Infobox military conflict',6,'place','Mawei harbour, Fuzhou, China');
INSERT INTO infobox VALUES(1884,'Infobox military conflict',7,'coordinates','26°00′N 119°27′E');
INSERT INTO infobox VALUES(1884,'Infobox military conflict',8,'result',replace('Decisive French victory\nDestruction of the Fujian Fleet','\n',char(10)));
INSERT INTO infobox VALUES(1884,'Infobox military conflict',9,'combatant1','Qing China');
INSERT INTO infobox VALUES(1884,'Infobox military conflict',10,'combatant2','France');
INSERT INTO infobox VALUES(1884,'Infobox military conflict',11,'commander1','Zhang Peilun (imperial commissioner)');
INSERT INTO infobox VALUES(1884,'Infobox military conflict',12,'commander2','Amédée Courbet');
INSERT INTO infobox VALUES(1884,'Infobox military conflict',13,'units1','Fujian Fleet');
INSERT INTO infobox VALUES(1884,'Infobox military conflict',14,'units2','Far East Squadron');
INSERT INTO infobox VALUES(1884,'Infobox military conflict',15,'strength1',replace('11 warships\n12 war junks\n1,040 men','\n',char(10)));
INSERT INTO infobox VALUES(1884,'Infobox military conflict',16,'strength2',replace('7 warships\n2 torpedo boats\n1,780 men','\n',char(10)));
INSERT INTO infobox VALUES(1884,'Infobox military conflict',17,'casualties1',replace('796 killed, 150 wounded, 51 missing\n9 warships sunk','\n',char(10)));
INSERT INTO infobox VALUES(1884,'Infobox military conflict',18,'casualties2','10 killed, 48 wounded');
INSERT INTO infobox VALUES(1884,'Infobox military conflict',19,'notes','French casualties include those of the descent of the Min River, 23–29 August 1884.');
CREATE TABLE refs (page_id INTEGER NOT NULL REFERENCES pages(page_id), n INTEGER, text TEXT);
INSERT INTO refs VALUES(1884,1,'Lung Chang, Yueh-nan yu Chung-fa chan-cheng (Taipei, 1993), pp. 280–283.');
INSERT INTO refs VALUES(1884,2,'Loir, M., L''escadre de l''amiral Courbet (Paris, 1886), pp. 82–86.');
INSERT INTO refs VALUES(1884,3,'Pollak, Christopher (2019). Sino-French Diplomatic Relations, 1880–1885. Abingdon: Routledge. pp. 140–145.');
INSERT INTO refs VALUES(1884,4,'Eastman, Lloyd E. (1967). Throne and Mandarins: China''s Search for a Policy during the Sino-French Controversy, 1880–1885. Cambridge, MA: Harvard University Press. pp. 143–160.');
INSERT INTO refs VALUES(1884,5,'Rawlinson, John L. (1967). China''s Struggle for Naval Development, 1839–1895. Cambridge, MA: Harvard University Press. pp. 109–128.');
INSERT INTO refs VALUES(1884,6,'Thomazi, A. (1934). La conquête de l''Indochine. Paris: Payot. pp. 205–210.');
INSERT INTO refs VALUES(1884,7,'Elleman, Bruce A. (2001). Modern Chinese Warfare, 1795–1989. London: Routledge. pp. 84–88.');
CREATE TABLE categories (page_id INTEGER NOT NULL REFERENCES pages(page_id), name TEXT);
INSERT INTO categories VALUES(1884,'Battles of the Sino-French War');
INSERT INTO categories VALUES(1884,'Naval battles involving France');
INSERT INTO categories VALUES(1884,'Naval battles involving China');
INSERT INTO categories VALUES(1884,'Conflicts in 1884');
INSERT INTO categories VALUES(1884,'History of Fuzhou');
INSERT INTO categories VALUES(1884,'August 1884 events');
CREATE TABLE fetch_log (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT, status INTEGER, fetched_at TEXT, bytes INTEGER);
INSERT INTO fetch_log VALUES(1,'https://en.wikipedia.org/wiki/Battle_of_Fuzhou',200,'2024-03-02T09:41:17Z',412733);
INSERT INTO fetch_log VALUES(2,'https://en.wikipedia.org/wiki/Battle_of_the_Pagoda_Anchorage',301,'2024-03-02T09:41:19Z',0);
INSERT INTO fetch_log VALUES(3,'https://en.wikipedia.org/w/api.php?action=query&prop=extracts&explaintext=1&titles=Battle_of_Fuzhou',200,'2024-03-02T09:41:20Z',9921);
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('fetch_log',3);
CREATE INDEX idx_infobox_page ON infobox(page_id);
COMMIT;
