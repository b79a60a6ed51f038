<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>bt::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+67"/>
        <source>&amp;Open Index…</source>
        <translation>Index ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a local index database</source>
        <translation>Eine lokale Indexdatenbank öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About BatteryTrace Explorer</source>
        <translation>Ü&amp;ber BatteryTrace Explorer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asset id, tx hash, block, participant…</source>
        <translation>Asset-ID, Tx-Hash, Block, Teilnehmer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the open index (%1)</source>
        <translation>Im geöffneten Index suchen (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chain</source>
        <translation>Blockchain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks and transactions of the synced chain, each with the result of its own verification: header hash, parent link back to the pinned checkpoint, transaction signatures and signers, transaction and receipt roots, and the validators&apos; seals. A block that fails a check is shown as failed, with the reason.</source>
        <translation>Blöcke und Transaktionen der synchronisierten Blockchain, jeweils mit dem Ergebnis der eigenen Prüfung: Header-Hash, Verknüpfung mit dem Vorgänger bis zum festgelegten Checkpoint, Signaturen und Unterzeichner der Transaktionen, Transaktions- und Receipt-Root sowie die Siegel der Validatoren. Ein Block, der eine Prüfung nicht besteht, wird als fehlgeschlagen angezeigt, mit dem Grund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where a lot, cell, module, pack or vehicle came from and where it went: the graph of merges and splits from the mine to the recycler, with quantities and the share of each material&apos;s mass that came from each source.</source>
        <translation>Woher Chargen, Zellen, Module, Packs und Fahrzeuge stammen und wohin sie gingen: der Graph der Zusammenführungen und Aufteilungen von der Mine bis zum Recycler, mit Mengen und dem Anteil jeder Quelle an der Masse jedes Materials.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants and their certifications (RMI RMAP, IRMA, OECD due diligence) at the time of each event, how long due diligence took, and which packs carry material from an uncertified or risky source.</source>
        <translation>Teilnehmer und ihre Zertifizierungen (RMI RMAP, IRMA, OECD-Sorgfaltspflicht) zum Zeitpunkt jedes Ereignisses, die Dauer der Sorgfaltsprüfung und welche Packs Material aus einer nicht zertifizierten oder riskanten Quelle enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defects</source>
        <translation>Defekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defect investigation: from a failing cell lot back to the coating line, equipment, operator, time window and process parameters that deviated, and forward to the packs and vehicles in the recall scope.</source>
        <translation>Fehleranalyse: von einer fehlerhaften Zellcharge zurück zu Beschichtungslinie, Anlage, Bediener, Zeitfenster und den abweichenden Prozessparametern, und vorwärts zu den Packs und Fahrzeugen im Umfang eines Rückrufs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature, humidity and shock timelines of every shipment, excursions against the limits, alarms, and the incident rate of each carrier.</source>
        <translation>Temperatur-, Feuchte- und Erschütterungsverläufe jeder Sendung, Grenzwertüberschreitungen, Alarme und die Vorfallrate je Spediteur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboards for management: defect rate, raw-material due-diligence time, recycling rate, logistics incident rate, and information latency from event time to chain.</source>
        <translation>Dashboards für das Management: Fehlerquote, Dauer der Sorgfaltsprüfung für Rohstoffe, Recyclingquote, Vorfallrate in der Logistik und Informationslatenz von der Ereigniszeit bis zur Blockchain.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>BatteryTrace Explorer</source>
        <translation>BatteryTrace Explorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No index open</source>
        <translation>Kein Index geöffnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Index: %1</source>
        <translation>Index: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not syncing</source>
        <translation>Keine Synchronisierung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Index</source>
        <translation>Index öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BatteryTrace index (*.sqlite *.db);;All files (*)</source>
        <translation>BatteryTrace-Index (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open an index to search it.</source>
        <translation>Öffnen Sie einen Index, um darin zu suchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search arrives with the index views.</source>
        <translation>Die Suche folgt mit den Indexansichten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About BatteryTrace Explorer</source>
        <translation>Über BatteryTrace Explorer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BatteryTrace Explorer %1</source>
        <translation>BatteryTrace Explorer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traceability of electric-vehicle batteries from mine to recycler, read from an EVM consortium blockchain.</source>
        <translation>Rückverfolgbarkeit von Batterien für Elektrofahrzeuge von der Mine bis zum Recycler, gelesen aus einer EVM-Konsortium-Blockchain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The explorer trusts nothing the node says: it verifies every block hash and every signature itself, on this computer.</source>
        <translation>Der Explorer verlässt sich auf keine Angabe des Knotens: Er prüft jeden Block-Hash und jede Signatur selbst, auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>bt::ui::PlaceholderPage</name>
    <message>
        <location filename="../ui/placeholder_page.cpp" line="+29"/>
        <source>This view arrives in a later version.</source>
        <translation>Diese Ansicht folgt in einer späteren Version.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui_main.cpp" line="+36"/>
        <source>BatteryTrace Explorer</source>
        <translation>BatteryTrace Explorer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explore and verify EV-battery supply-chain events recorded on an EVM consortium chain.</source>
        <translation>Lieferketten-Ereignisse von Batterien für Elektrofahrzeuge auf einer EVM-Konsortium-Blockchain erkunden und prüfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the index database at &lt;path&gt;.</source>
        <translation>Die Indexdatenbank unter &lt;path&gt; öffnen.</translation>
    </message>
</context>
</TS>
