<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../ui/display_text.cpp" line="+17"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <location line="+146"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Broken link</source>
        <translation>Unterbrochene Verknüpfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a broken link</source>
        <translation>Nach einer unterbrochenen Verknüpfung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every check passed, and the block is linked to the pinned checkpoint.</source>
        <translation>Alle Prüfungen bestanden, und der Block ist mit dem festgelegten Prüfpunkt verknüpft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A check inside the block failed; its link to the parent holds.</source>
        <translation>Eine Prüfung innerhalb des Blocks ist fehlgeschlagen; die Verknüpfung zum Elternblock besteht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block&apos;s hash or its link to the parent failed: the chain from the checkpoint breaks here.</source>
        <translation>Der Hash des Blocks oder seine Verknüpfung zum Elternblock ist fehlgeschlagen: Die Kette ab dem Prüfpunkt bricht hier ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block&apos;s own checks passed, but it comes after a broken link, so it is not linked to the checkpoint.</source>
        <translation>Die eigenen Prüfungen des Blocks sind bestanden, er folgt jedoch auf eine unterbrochene Verknüpfung und ist daher nicht mit dem Prüfpunkt verknüpft.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Header encoding</source>
        <translation>Header-Kodierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block hash</source>
        <translation>Block-Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block number</source>
        <translation>Blocknummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent link</source>
        <translation>Verknüpfung zum Elternblock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to the checkpoint</source>
        <translation>Verknüpfung zum Prüfpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header rules</source>
        <translation>Header-Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction encoding</source>
        <translation>Transaktionskodierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction hashes</source>
        <translation>Transaktions-Hashes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senders</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction rules</source>
        <translation>Transaktionsregeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Transactions root</source>
        <translation>Transaktions-Root</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Receipts and logs</source>
        <translation>Belege und Logs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Receipts root</source>
        <translation>Beleg-Root</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Gas and bloom totals</source>
        <translation>Gas- und Bloom-Summen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Withdrawals root</source>
        <translation>Auszahlungs-Root</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+84"/>
        <source>Ommers hash</source>
        <translation>Ommers-Hash</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Validator seals</source>
        <translation>Validator-Siegel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded status</source>
        <translation>Gespeicherter Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The header&apos;s RLP decodes strictly into the layout of a known fork.</source>
        <translation>Das RLP des Headers lässt sich streng in das Layout eines bekannten Forks dekodieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keccak256 of the header&apos;s RLP equals the block hash the index records.</source>
        <translation>keccak256 des Header-RLP entspricht dem im Index gespeicherten Block-Hash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The header carries the number the block is stored under.</source>
        <translation>Der Header trägt die Nummer, unter der der Block gespeichert ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The header&apos;s parentHash equals the hash of the block before it in the index.</source>
        <translation>Der parentHash des Headers entspricht dem Hash des vorherigen Blocks im Index.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every parent link from the pinned checkpoint to this block holds.</source>
        <translation>Jede Elternverknüpfung vom festgelegten Prüfpunkt bis zu diesem Block besteht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timestamp is not before the parent&apos;s.</source>
        <translation>Der Zeitstempel liegt nicht vor dem des Elternblocks.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every transaction envelope decodes strictly.</source>
        <translation>Jeder Transaktionsumschlag lässt sich streng dekodieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keccak256 of every envelope equals the transaction hash the index records.</source>
        <translation>keccak256 jedes Umschlags entspricht dem im Index gespeicherten Transaktions-Hash.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every signature is in range for the fork and recovers a sender.</source>
        <translation>Jede Signatur liegt im für den Fork gültigen Bereich und liefert einen Absender.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every recovered sender equals the sender the index records.</source>
        <translation>Jeder wiederhergestellte Absender entspricht dem im Index gespeicherten Absender.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fork&apos;s transaction rules: the type is active, the chain id matches, the fees are consistent.</source>
        <translation>Die Transaktionsregeln des Forks: Der Typ ist aktiv, die Chain-ID stimmt, die Gebühren sind konsistent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Merkle-Patricia trie of the transactions has the header&apos;s transactionsRoot.</source>
        <translation>Der Merkle-Patricia-Trie der Transaktionen hat die transactionsRoot des Headers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One receipt per transaction decodes strictly, and the logs shown are the receipts&apos; logs.</source>
        <translation>Pro Transaktion lässt sich ein Beleg streng dekodieren, und die angezeigten Logs sind die Logs der Belege.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Merkle-Patricia trie of the receipts has the header&apos;s receiptsRoot.</source>
        <translation>Der Merkle-Patricia-Trie der Belege hat die receiptsRoot des Headers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last cumulative gas equals gasUsed, and the receipts&apos; blooms add up to logsBloom.</source>
        <translation>Das letzte kumulierte Gas entspricht gasUsed, und die Blooms der Belege ergeben zusammen logsBloom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The withdrawals trie has the header&apos;s withdrawalsRoot.</source>
        <translation>Der Auszahlungs-Trie hat die withdrawalsRoot des Headers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keccak256 of the ommers list equals the header&apos;s sha3Uncles.</source>
        <translation>keccak256 der Ommers-Liste entspricht sha3Uncles des Headers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consortium engine&apos;s seals (Clique, IBFT, QBFT) and the quorum it requires.</source>
        <translation>Die Siegel der Konsortial-Engine (Clique, IBFT, QBFT) und das von ihr geforderte Quorum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The index records this block as failed without a reason; verify again to find out why.</source>
        <translation>Der Index führt diesen Block ohne Grund als fehlgeschlagen; prüfen Sie erneut, um die Ursache zu finden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The block has no transactions.</source>
        <translation>Der Block enthält keine Transaktionen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The block has no withdrawals.</source>
        <translation>Der Block enthält keine Auszahlungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pinned checkpoint: its parent is not in the index.</source>
        <translation>Der festgelegte Prüfpunkt: Sein Elternblock ist nicht im Index.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chain&apos;s engine (%1) has no validator seals.</source>
        <translation>Die Engine der Kette (%1) hat keine Validator-Siegel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to check in this block.</source>
        <translation>In diesem Block gibt es nichts zu prüfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index does not record the chain&apos;s consensus engine; a new sync records it and checks the seals.</source>
        <translation>Der Index speichert die Konsens-Engine der Kette nicht; eine neue Synchronisierung speichert sie und prüft die Siegel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked: the header did not decode.</source>
        <translation>Nicht geprüft: Der Header ließ sich nicht dekodieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legacy</source>
        <translation>Legacy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access list (EIP-2930)</source>
        <translation>Zugriffsliste (EIP-2930)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic fee (EIP-1559)</source>
        <translation>Dynamische Gebühr (EIP-1559)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blob (EIP-4844)</source>
        <translation>Blob (EIP-4844)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set code (EIP-7702)</source>
        <translation>Code setzen (EIP-7702)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent hash</source>
        <translation>Eltern-Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miner (beneficiary)</source>
        <translation>Miner (Begünstigter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State root</source>
        <translation>State-Root</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gas limit</source>
        <translation>Gas-Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas used</source>
        <translation>Verbrauchtes Gas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base fee (wei)</source>
        <translation>Grundgebühr (wei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra data</source>
        <translation>Zusatzdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mix hash</source>
        <translation>Mix-Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blob gas used</source>
        <translation>Verbrauchtes Blob-Gas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excess blob gas</source>
        <translation>Überschüssiges Blob-Gas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent beacon block root</source>
        <translation>Root des Eltern-Beacon-Blocks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests hash</source>
        <translation>Requests-Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header layout</source>
        <translation>Header-Layout</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Following the head</source>
        <translation>Folgt der Kettenspitze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking for a reorganisation</source>
        <translation>Prüfung auf eine Reorganisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling back</source>
        <translation>Wird zurückgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying</source>
        <translation>Prüfung läuft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>genesis</source>
        <translation>Genesis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pinned checkpoint</source>
        <translation>festgelegter Prüfpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archive&apos;s first block</source>
        <translation>erster Block des Archivs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clique (EIP-225)</source>
        <translation>Clique (EIP-225)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Istanbul BFT</source>
        <translation>Istanbul BFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBFT 2.0</source>
        <translation>IBFT 2.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QBFT</source>
        <translation>QBFT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof of work</source>
        <translation>Proof of Work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof of stake or development chain</source>
        <translation>Proof of Stake oder Entwicklungskette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No index is open.</source>
        <translation>Kein Index ist geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a BatteryTrace index.</source>
        <translation>Diese Datei ist kein BatteryTrace-Index.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This index was written by another version of BatteryTrace Explorer.</source>
        <translation>Dieser Index wurde von einer anderen Version von BatteryTrace Explorer geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The index file is damaged.</source>
        <translation>Die Indexdatei ist beschädigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The index cannot be written.</source>
        <translation>Der Index kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The index could not be read.</source>
        <translation>Der Index konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program holds the index locked.</source>
        <translation>Ein anderes Programm hält den Index gesperrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another job is running; wait for it or cancel it.</source>
        <translation>Ein anderer Vorgang läuft; warten Sie darauf oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings are not valid.</source>
        <translation>Die Einstellungen sind ungültig.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 blocks/s</source>
        <translation>%1 Blöcke/s</translation>
    </message>
</context>
<context>
    <name>DomainFormat</name>
    <message>
        <location filename="../ui/domain_format.cpp" line="+14"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>bt::ui::BlockDetailsPanel</name>
    <message>
        <location filename="../ui/block_details_panel.cpp" line="+35"/>
        <source>Select a block to see every check of its verification, its transactions and its logs.</source>
        <translation>Wählen Sie einen Block, um jede Prüfung seiner Verifizierung, seine Transaktionen und seine Logs zu sehen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Hash:</source>
        <translation>Hash:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Gas and bloom totals</source>
        <translation>Gas- und Bloom-Summen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dynamic fee (EIP-1559)</source>
        <translation>Dynamische Gebühr (EIP-1559)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reverted</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parent beacon block root</source>
        <translation>Root des Eltern-Beacon-Blocks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification checks</source>
        <translation>Prüfungen der Verifizierung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a check to read its result in full.</source>
        <translation>Wählen Sie eine Prüfung, um ihr Ergebnis vollständig zu lesen.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transactions (%1)</source>
        <translation>Transaktionen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs (%1)</source>
        <translation>Logs (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the index</source>
        <translation>Nicht im Index</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>block %1 %2 (%3)</source>
        <translation>Block %1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none pinned</source>
        <translation>keiner festgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This block is the pinned checkpoint, %1.</source>
        <translation>Dieser Block ist der festgelegte Prüfpunkt, %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked to the checkpoint %1 through every parent link.</source>
        <translation>Über jede Elternverknüpfung mit dem Prüfpunkt %1 verknüpft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not linked to the checkpoint %1: the chain breaks at block %2.</source>
        <translation>Nicht mit dem Prüfpunkt %1 verknüpft: Die Kette bricht bei Block %2 ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked to the checkpoint %1.</source>
        <translation>Nicht mit dem Prüfpunkt %1 verknüpft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The header does not decode: %1</source>
        <translation>Der Header lässt sich nicht dekodieren: %1</translation>
    </message>
</context>
<context>
    <name>bt::ui::BlocksTableModel</name>
    <message>
        <location filename="../ui/blocks_table_model.cpp" line="+244"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>After the broken link at block %1</source>
        <translation>Nach der unterbrochenen Verknüpfung bei Block %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 gas</source>
        <translation>%1 von %2 Gas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas used</source>
        <translation>Verbrauchtes Gas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miner</source>
        <translation>Miner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>bt::ui::ChainView</name>
    <message>
        <location filename="../ui/chain_view.cpp" line="+24"/>
        <source>Chain</source>
        <translation>Blockchain</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>After a broken link</source>
        <translation>Nach einer unterbrochenen Verknüpfung</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No index open</source>
        <translation>Kein Index geöffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open an index file, import a chain archive, or connect to a node to sync the chain into a new index. Every block is verified on this computer as it arrives.</source>
        <translation>Öffnen Sie eine Indexdatei, importieren Sie ein Kettenarchiv oder verbinden Sie sich mit einem Knoten, um die Kette in einen neuen Index zu synchronisieren. Jeder Block wird beim Eintreffen auf diesem Computer verifiziert.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Blocks: %1</source>
        <translation>Blöcke: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions: %1</source>
        <translation>Transaktionen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs: %1</source>
        <translation>Logs: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain ID: %1</source>
        <translation>Chain-ID: %1</translation>
    </message>
</context>
<context>
    <name>bt::ui::ChartView</name>
    <message>
        <location filename="../ui/chart_view.cpp" line="+34"/>
        <source>Save Chart as PNG…</source>
        <translation>Diagramm als PNG speichern …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>bt::ui::ChecksTableModel</name>
    <message>
        <location filename="../ui/checks_table_model.cpp" line="+45"/>
        <source>block %1 %2 (%3)</source>
        <translation>Block %1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no checkpoint pinned</source>
        <translation>kein Prüfpunkt festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This block is the pinned checkpoint: %1.</source>
        <translation>Dieser Block ist der festgelegte Prüfpunkt: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to the checkpoint %1.</source>
        <translation>Mit dem Prüfpunkt %1 verknüpft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked: the chain breaks at block %1.</source>
        <translation>Nicht verknüpft: Die Kette bricht bei Block %1 ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked to the checkpoint %1.</source>
        <translation>Nicht mit dem Prüfpunkt %1 verknüpft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: every seal recovers an authorised validator, with the quorum the engine requires.</source>
        <translation>%1: Jedes Siegel ergibt einen berechtigten Validator, mit dem von der Engine geforderten Quorum.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>bt::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="+22"/>
        <source>Connect to Node</source>
        <translation>Mit Knoten verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync the chain from an Ethereum JSON-RPC node (Hyperledger Besu, GoQuorum, geth, anvil). Every block is verified on this computer before it is stored.</source>
        <translation>Synchronisiert die Kette von einem Ethereum-JSON-RPC-Knoten (Hyperledger Besu, GoQuorum, geth, anvil). Jeder Block wird auf diesem Computer verifiziert, bevor er gespeichert wird.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One per line, e.g. Authorization: Bearer &lt;token&gt;</source>
        <translation>Einer pro Zeile, z. B. Authorization: Bearer &lt;token&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header values are sent to this node only; they are never saved or logged.</source>
        <translation>Header-Werte werden nur an diesen Knoten gesendet; sie werden nie gespeichert oder protokolliert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Index only blocks this many blocks below the node&apos;s head.</source>
        <translation>Nur Blöcke indizieren, die so viele Blöcke unter der Kettenspitze des Knotens liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: 0x… block hash; default: the genesis block</source>
        <translation>Optional: 0x…-Block-Hash; Standard: der Genesis-Block</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block hash received through another channel. A new index is pinned to it: every block must link back to it.</source>
        <translation>Ein über einen anderen Kanal erhaltener Block-Hash. Ein neuer Index wird daran festgemacht: Jeder Block muss darauf zurückführen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Index file (created if missing)</source>
        <translation>Indexdatei (wird angelegt, falls sie fehlt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep following the head after catching up</source>
        <translation>Nach dem Aufholen der Kettenspitze weiter folgen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Node &amp;URL:</source>
        <translation>Knoten-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra &amp;headers:</source>
        <translation>Zusätzliche &amp;Header:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Confirmations:</source>
        <translation>&amp;Bestätigungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check&amp;point:</source>
        <translation>&amp;Prüfpunkt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Index file:</source>
        <translation>&amp;Indexdatei:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connect and Sync</source>
        <translation>Verbinden und synchronisieren</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter the node&apos;s URL.</source>
        <translation>Geben Sie die URL des Knotens ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The URL must start with http:// or https:// and name a host.</source>
        <translation>Die URL muss mit http:// oder https:// beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header line %1 is not of the form &quot;Name: value&quot;.</source>
        <translation>Header-Zeile %1 hat nicht die Form „Name: Wert“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checkpoint must be a block hash: 0x and 64 hexadecimal digits.</source>
        <translation>Der Prüfpunkt muss ein Block-Hash sein: 0x und 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the index file to sync into.</source>
        <translation>Wählen Sie die Indexdatei, in die synchronisiert werden soll.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Index File</source>
        <translation>Indexdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BatteryTrace index (*.sqlite *.db);;All files (*)</source>
        <translation>BatteryTrace-Index (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>bt::ui::CsvModelWriter</name>
    <message>
        <location filename="../ui/csv_model_writer.cpp" line="+22"/>
        <source>The table stopped delivering rows.</source>
        <translation>Die Tabelle hat aufgehört, Zeilen zu liefern.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The table was reloaded during the export.</source>
        <translation>Die Tabelle wurde während des Exports neu geladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows were removed during the export.</source>
        <translation>Während des Exports wurden Zeilen entfernt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The table was closed during the export.</source>
        <translation>Die Tabelle wurde während des Exports geschlossen.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>bt::ui::DefectsView</name>
    <message>
        <location filename="../ui/defects_view.cpp" line="+70"/>
        <source>conformant</source>
        <translation>konform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-conformant</source>
        <translation>nicht konform</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not inspected</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>equipment</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>suspect lot</source>
        <translation>verdächtige Charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cell lot</source>
        <translation>Zellcharge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pack</source>
        <translation>Batteriepack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Defects</source>
        <translation>Defekte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The period ends before this day.</source>
        <translation>Der Zeitraum endet vor diesem Tag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Parameter:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plant:</source>
        <translation>Werk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line:</source>
        <translation>Linie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment:</source>
        <translation>Anlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator:</source>
        <translation>Bediener:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Suspect</source>
        <translation>Verdacht</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Lots</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non-conformant</source>
        <translation>Nicht konform</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Cells failed</source>
        <translation>Ausgefallene Zellen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate elsewhere</source>
        <translation>Quote übrige</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p-value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean shift (σ)</source>
        <translation>Mittelwertverschiebung (σ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plant</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equipment</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells tested</source>
        <translation>Geprüfte Zellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suspects</source>
        <translation>Verdächtige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall scope</source>
        <translation>Rückrufumfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Centre line: mean of the %1 measurements shown; limits: mean ± 3 standard deviations.</source>
        <translation>Mittellinie: Mittelwert der %1 angezeigten Messwerte; Grenzen: Mittelwert ± 3 Standardabweichungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Individuals chart of %1: centre and limits from its baseline; %2 of %3 points in a run that breaks a Western Electric rule.</source>
        <translation>Einzelwertkarte von %1: Mittellinie und Grenzen aus ihrer Basisperiode; %2 von %3 Punkten liegen in einem Lauf, der eine Western-Electric-Regel verletzt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Conformant lot</source>
        <translation>Konforme Charge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Non-conformant lot</source>
        <translation>Nicht konforme Charge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not inspected</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>measured (UTC)</source>
        <translation>gemessen (UTC)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper control limit %1</source>
        <translation>Obere Eingriffsgrenze %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower control limit %1</source>
        <translation>Untere Eingriffsgrenze %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
%2 %3
lot %4
%5, %6, operator %7
%8</source>
        <translation>%1
%2 %3
Charge %4
%5, %6, Bediener %7
%8</translation>
    </message>
</context>
<context>
    <name>bt::ui::DomainPage</name>
    <message>
        <location filename="../ui/domain_page.cpp" line="+64"/>
        <source>No index is open. Open an index, import a chain archive or connect to a node (File menu).</source>
        <translation>Kein Index ist geöffnet. Öffnen Sie einen Index, importieren Sie ein Kettenarchiv oder verbinden Sie sich mit einem Knoten (Menü Datei).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not understood</source>
        <translation>Nicht verstanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to show</source>
        <translation>Nichts anzuzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The index could not be read</source>
        <translation>Der Index konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean: %1</source>
        <translation>Meinten Sie: %1</translation>
    </message>
</context>
<context>
    <name>bt::ui::ExplorerTableView</name>
    <message>
        <location filename="../ui/explorer_table_view.cpp" line="+100"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Table as CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren …</translation>
    </message>
</context>
<context>
    <name>bt::ui::HeaderFieldsModel</name>
    <message>
        <location filename="../ui/header_fields_model.cpp" line="+52"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>bt::ui::KpiView</name>
    <message>
        <location filename="../ui/kpi_view.cpp" line="+63"/>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process change on:</source>
        <translation>Prozessänderung am:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The defect rate is compared before and after this date (months before it against the months from it on).</source>
        <translation>Die Fehlerquote wird vor und nach diesem Datum verglichen (die Monate davor mit den Monaten ab diesem Datum).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Defect rate by month</source>
        <translation>Fehlerquote pro Monat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Material recovery against EU 2023/1542 targets</source>
        <translation>Materialrückgewinnung gegenüber den Zielen der EU 2023/1542</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+97"/>
        <source>Defect rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Cells tested</source>
        <translation>Geprüfte Zellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells failed</source>
        <translation>Ausgefallene Zellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+106"/>
        <source>Recycling rate</source>
        <translation>Recyclingquote</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+7"/>
        <source>Shipments</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Incidents per 100</source>
        <translation>Vorfälle je 100</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Latency (median)</source>
        <translation>Latenz (Median)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviews</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input (kg)</source>
        <translation>Eingang (kg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovered (kg)</source>
        <translation>Zurückgewonnen (kg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Recovery</source>
        <translation>Rückgewinnung</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+222"/>
        <source>Target 2027</source>
        <translation>Ziel 2027</translation>
    </message>
    <message>
        <location line="-222"/>
        <location line="+223"/>
        <source>Target 2031</source>
        <translation>Ziel 2031</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Meets 2027</source>
        <translation>Erfüllt 2027</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meets 2031</source>
        <translation>Erfüllt 2031</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier</source>
        <translation>Spediteur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due diligence</source>
        <translation>Sorgfaltsprüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carriers</source>
        <translation>Spediteure</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>before %1 · after %2</source>
        <translation>vorher %1 · nachher %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due diligence (p90, slowest supplier)</source>
        <translation>Sorgfaltsprüfung (p90, langsamster Lieferant)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n Lieferant</numerusform>
            <numerusform>%n Lieferanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n recycling event(s)</source>
        <translation>
            <numerusform>%n Recyclingereignis</numerusform>
            <numerusform>%n Recyclingereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents per 100 shipments</source>
        <translation>Vorfälle je 100 Sendungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 shipments</source>
        <translation>%1 von %2 Sendungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information latency (median)</source>
        <translation>Informationslatenz (Median)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p90 %1 · %2 events</source>
        <translation>p90 %1 · %2 Ereignisse</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Before the change</source>
        <translation>Vor der Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the change on</source>
        <translation>Ab der Änderung</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Recovered</source>
        <translation>Zurückgewonnen</translation>
    </message>
</context>
<context>
    <name>bt::ui::LineageView</name>
    <message>
        <location filename="../ui/lineage_view.cpp" line="+54"/>
        <source>ore lot</source>
        <translation>Erzcharge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refined lot</source>
        <translation>Raffinatcharge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cathode material</source>
        <translation>Kathodenmaterial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>electrode</source>
        <translation>Elektrode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cell lot</source>
        <translation>Zellcharge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pack</source>
        <translation>Batteriepack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vehicle</source>
        <translation>Fahrzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovered material</source>
        <translation>zurückgewonnenes Material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+415"/>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <location line="-414"/>
        <location line="+414"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-412"/>
        <source>private, not disclosed</source>
        <translation>privat, nicht offengelegt</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asset identifier (Digital Link URI, lot or serial)</source>
        <translation>Kennung des Objekts (Digital-Link-URI, Charge oder Seriennummer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upstream (to the mines)</source>
        <translation>Stromaufwärts (bis zu den Minen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downstream (to vehicles and recyclers)</source>
        <translation>Stromabwärts (bis zu Fahrzeugen und Recyclern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export SVG…</source>
        <translation>SVG exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren …</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+113"/>
        <source>Click a node to see the event that made it.</source>
        <translation>Klicken Sie auf einen Knoten, um das Ereignis zu sehen, das ihn erzeugt hat.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Recorder:</source>
        <translation>Erfasser:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction:</source>
        <translation>Transaktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block:</source>
        <translation>Block:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification:</source>
        <translation>Verifizierung:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>EPCIS event:</source>
        <translation>EPCIS-Ereignis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asset</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Compliance</source>
        <translation>Konformität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk area</source>
        <translation>Risikogebiet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Origin shares (mass balance)</source>
        <translation>Herkunftsanteile (Massenbilanz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>compliance problem</source>
        <translation>Konformitätsproblem</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter an asset identifier: a Digital Link URI, or a lot or serial number alone.</source>
        <translation>Geben Sie eine Objektkennung ein: eine Digital-Link-URI oder nur eine Chargen- oder Seriennummer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter an asset identifier, or search for one (Ctrl+F), to see where it came from and where it went.</source>
        <translation>Geben Sie eine Objektkennung ein oder suchen Sie danach (Strg+F), um zu sehen, woher es kam und wohin es ging.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The graph was cut at %1 assets; the tables and the drawing show that part.</source>
        <translation>Der Graph wurde bei %1 Objekten abgeschnitten; Tabellen und Zeichnung zeigen diesen Teil.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The graph could not be laid out: %1</source>
        <translation>Der Graph konnte nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>mine: %1 (%2)</source>
        <translation>Mine: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compliance: %1</source>
        <translation>Konformität: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>conflict-affected or high-risk</source>
        <translation>Konflikt- oder Hochrisikogebiet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Origin shares follow the asset upstream: choose Upstream to see them.</source>
        <translation>Herkunftsanteile ergeben sich stromaufwärts: wählen Sie „Stromaufwärts“, um sie zu sehen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No event of this asset is in the index.</source>
        <translation>Kein Ereignis dieses Objekts ist im Index.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, log %2</source>
        <translation>%1, Log %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event %1; block %2</source>
        <translation>Ereignis %1; Block %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Private event: its document has not been disclosed.</source>
        <translation>Privates Ereignis: Sein Dokument wurde nicht offengelegt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lineage of %1</source>
        <translation>Herkunft von %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The graph could not be written to %1.</source>
        <translation>Der Graph konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>bt::ui::LogisticsView</name>
    <message>
        <location filename="../ui/logistics_view.cpp" line="+51"/>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipment</source>
        <translation>Sendung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Carrier</source>
        <translation>Spediteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipper</source>
        <translation>Versender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+28"/>
        <source>Readings</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Excursions</source>
        <translation>Grenzwertverletzungen</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Measurement</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst</source>
        <translation>Extremwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Grenzwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alarmed</source>
        <translation>Alarm ausgelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+203"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+198"/>
        <source>Outside the limits</source>
        <translation>Außerhalb der Grenzwerte</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+142"/>
        <source>Select a shipment to see its sensor timeline.</source>
        <translation>Wählen Sie eine Sendung, um ihren Sensorverlauf zu sehen.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>no shipment %1</source>
        <translation>keine Sendung %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>in transit</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>outside</source>
        <translation>außerhalb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 to %3 %4</source>
        <translation>%1 %2 bis %3 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipment %1 by %2, %3 → %4; limits: %5</source>
        <translation>Sendung %1 durch %2, %3 → %4; Grenzwerte: %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature and humidity of %1</source>
        <translation>Temperatur und Feuchte von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>temperature (%1)</source>
        <translation>Temperatur (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relative humidity</source>
        <translation>relative Feuchte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>relative humidity (%1)</source>
        <translation>relative Feuchte (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Humidity</source>
        <translation>Feuchte</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Temperature limits</source>
        <translation>Temperaturgrenzen</translation>
    </message>
</context>
<context>
    <name>bt::ui::LogsTableModel</name>
    <message>
        <location filename="../ui/logs_table_model.cpp" line="+44"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tx</source>
        <translation>Tx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoded</source>
        <translation>Dekodiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>bt::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+87"/>
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
        <source>&amp;Import Chain Archive…</source>
        <translation>Kettenarchiv &amp;importieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the blocks of a chain archive and store them in an index</source>
        <translation>Die Blöcke eines Kettenarchivs verifizieren und in einem Index speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect to Node…</source>
        <translation>Mit &amp;Knoten verbinden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync the chain from a JSON-RPC node into an index, verifying every block</source>
        <translation>Die Kette von einem JSON-RPC-Knoten in einen Index synchronisieren und dabei jeden Block verifizieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Table as CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the current table, every row of it, to a CSV file</source>
        <translation>Die aktuelle Tabelle mit allen Zeilen in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Verify Again</source>
        <translation>Erneut &amp;verifizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every block of the index again from its raw data, with no node</source>
        <translation>Jeden Block des Index erneut aus seinen Rohdaten prüfen, ohne Knoten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+369"/>
        <location line="+5"/>
        <source>&amp;Cancel Sync</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>Stop the running sync, import or verification; what it verified is kept</source>
        <translation>Die laufende Synchronisierung, den Import oder die Prüfung anhalten; bereits Verifiziertes bleibt erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+10"/>
        <source>&amp;Chain</source>
        <translation>&amp;Kette</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+16"/>
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
        <location line="+78"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the job; what it verified is kept</source>
        <translation>Den Vorgang anhalten; bereits Verifiziertes bleibt erhalten</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The index open before, %1, stays open.</source>
        <translation>Der zuvor geöffnete Index, %1, bleibt geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the index failed: %1</source>
        <translation>Lesen des Index fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 not started: %2</source>
        <translation>%1 nicht gestartet: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node&apos;s chain was reorganised: blocks %1 to %2 were replaced.</source>
        <translation>Die Kette des Knotens wurde reorganisiert: Die Blöcke %1 bis %2 wurden ersetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The index was rolled back to block %1, the last block both chains share, and continues from there.</source>
        <translation>Der Index wurde auf Block %1 zurückgesetzt, den letzten gemeinsamen Block beider Ketten, und setzt dort fort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting: %1 of %2 rows…</source>
        <translation>Export: %1 von %2 Zeilen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The table was not exported to “%1”.</source>
        <translation>Die Tabelle wurde nicht nach „%1“ exportiert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>BatteryTrace Explorer</source>
        <translation>BatteryTrace Explorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No index open</source>
        <translation>Kein Index geöffnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Index: %1</source>
        <translation>Index: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not syncing</source>
        <translation>Keine Synchronisierung</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Open Index</source>
        <translation>Index öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>BatteryTrace index (*.sqlite *.db);;All files (*)</source>
        <translation>BatteryTrace-Index (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1 verified</source>
        <translation>%1 verifiziert</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+148"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>%1 after a broken link</source>
        <translation>%1 nach einer unterbrochenen Verknüpfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checkpoint: block %1 (%2)</source>
        <translation>Prüfpunkt: Block %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no checkpoint pinned yet</source>
        <translation>noch kein Prüfpunkt festgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocks: %1, from %2 to %3</source>
        <translation>Blöcke: %1, von %2 bis %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verified: %1</source>
        <translation>Verifiziert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed a check: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a broken link: %1</source>
        <translation>Nach einer unterbrochenen Verknüpfung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First broken link: block %1</source>
        <translation>Erste unterbrochene Verknüpfung: Block %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions that failed a check: %1</source>
        <translation>Transaktionen mit fehlgeschlagener Prüfung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing blocks: %1</source>
        <translation>Fehlende Blöcke: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint: %1</source>
        <translation>Prüfpunkt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus engine: %1</source>
        <translation>Konsens-Engine: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Verification</source>
        <translation>Prüfung &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import Chain Archive</source>
        <translation>Kettenarchiv importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain archives (*.btarchive *.btar *.zst);;All files (*)</source>
        <translation>Kettenarchive (*.btarchive *.btar *.zst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import into Index</source>
        <translation>In Index importieren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot create the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: stopping…</source>
        <translation>%1: wird angehalten …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: starting…</source>
        <translation>%1: wird gestartet …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync: connecting…</source>
        <translation>Synchronisierung: Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync: following the head at block %1</source>
        <translation>Synchronisierung: folgt der Kettenspitze bei Block %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Following the head</source>
        <translation>Folgt der Kettenspitze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: block %2 of %3 · %4 · %5</source>
        <translation>%1: Block %2 von %3 · %4 · %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing %1%</source>
        <translation>Synchronisierung %1 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing: %1 of %2 blocks · %3 · %4</source>
        <translation>Import: %1 von %2 Blöcken · %3 · %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verifying: %1 of %2 blocks · %3 · %4</source>
        <translation>Prüfung: %1 von %2 Blöcken · %3 · %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The blocks verified so far are kept in the index; run it again to continue.</source>
        <translation>Die bisher verifizierten Blöcke bleiben im Index; starten Sie den Vorgang erneut, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync finished: %1</source>
        <translation>Synchronisierung abgeschlossen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync cancelled.</source>
        <translation>Synchronisierung abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync not started: %1</source>
        <translation>Synchronisierung nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync stopped: %1</source>
        <translation>Synchronisierung angehalten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced to block %1</source>
        <translation>Bis Block %1 synchronisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync cancelled</source>
        <translation>Synchronisierung abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1 blocks; %2 failed a check.</source>
        <translation>%1 Blöcke importiert; bei %2 ist eine Prüfung fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import failed.</source>
        <translation>Import fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The index is read-only: the outcome was not recorded in it.</source>
        <translation>Der Index ist schreibgeschützt: Das Ergebnis wurde nicht darin gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified all %1 blocks again: every check passed, and every block is linked to the checkpoint.</source>
        <translation>Alle %1 Blöcke erneut verifiziert: Jede Prüfung bestanden, und jeder Block ist mit dem Prüfpunkt verknüpft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Linked to the checkpoint through block %1.</source>
        <translation>Bis Block %1 mit dem Prüfpunkt verknüpft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification found %1 failures in %2 of %3 blocks.</source>
        <translation>Die Prüfung fand %1 Fehler in %2 von %3 Blöcken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verification cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open an index to search it.</source>
        <translation>Öffnen Sie einen Index, um darin zu suchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching for “%1”…</source>
        <translation>Suche nach „%1“ …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The index holds blocks %1 to %2.</source>
        <translation>Der Index enthält die Blöcke %1 bis %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The index holds no blocks yet.</source>
        <translation>Der Index enthält noch keine Blöcke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No block or transaction in the index has this hash.</source>
        <translation>Kein Block und keine Transaktion im Index hat diesen Hash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No transaction in the index was sent by or to this address.</source>
        <translation>Keine Transaktion im Index wurde von oder an diese Adresse gesendet.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Found %1, which no view shows.</source>
        <translation>%1 gefunden, das keine Ansicht anzeigt.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Search for a block number, a block or transaction hash, an address, an asset id (a Digital Link URI, or a lot or serial number alone), or part of a participant&apos;s name.</source>
        <translation>Suchen Sie nach einer Blocknummer, einem Block- oder Transaktions-Hash, einer Adresse, einer Objektkennung (einer Digital-Link-URI oder nur einer Chargen- oder Seriennummer) oder einem Teil des Namens eines Teilnehmers.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction %1 of block %2</source>
        <translation>Transaktion %1 von Block %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This table has no rows to export.</source>
        <translation>Diese Tabelle hat keine Zeilen zum Exportieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An export is already running.</source>
        <translation>Ein Export läuft bereits.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write “%1”.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+23"/>
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
    <name>bt::ui::MessageBanner</name>
    <message>
        <location filename="../ui/message_banner.cpp" line="+37"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>bt::ui::SearchResultsDialog</name>
    <message>
        <location filename="../ui/search_results_dialog.cpp" line="+17"/>
        <source>Search Results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent to the address</source>
        <translation>An die Adresse gesendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 results for “%2”.</source>
        <translation>%1 Ergebnisse für „%2“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the first %1 are shown.</source>
        <translation>Nur die ersten %1 werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>bt::ui::SearchResultsModel</name>
    <message>
        <location filename="../ui/search_results_model.cpp" line="+38"/>
        <location line="+43"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent by the address</source>
        <translation>Von der Adresse gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the address</source>
        <translation>An die Adresse gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created the contract</source>
        <translation>Hat den Vertrag erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tx</source>
        <translation>Tx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>bt::ui::SuppliersView</name>
    <message>
        <location filename="../ui/suppliers_view.cpp" line="+35"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspended</source>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Miner</source>
        <translation>Bergbauunternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refiner</source>
        <translation>Raffinerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cathode producer</source>
        <translation>Kathodenhersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell maker</source>
        <translation>Zellhersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack assembler</source>
        <translation>Pack-Montage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Spediteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle maker</source>
        <translation>Fahrzeughersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second life</source>
        <translation>Zweitnutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recycler</source>
        <translation>Recycler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ore</source>
        <translation>Erz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refined</source>
        <translation>Raffinat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suppliers</source>
        <translation>Lieferanten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only suppliers with an issue, flagged lots and packs holding flagged material.</source>
        <translation>Nur Lieferanten mit einem Problem, markierte Chargen und Batteriepacks mit markiertem Material anzeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Risk area</source>
        <translation>Risikogebiet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Without certificate</source>
        <translation>Ohne Zertifikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>Hergestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack</source>
        <translation>Batteriepack</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co from flagged lots</source>
        <translation>Co aus markierten Chargen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Li from flagged lots</source>
        <translation>Li aus markierten Chargen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ni from flagged lots</source>
        <translation>Ni aus markierten Chargen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged lots</source>
        <translation>Markierte Chargen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lots</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin shares per pack</source>
        <translation>Herkunftsanteile je Batteriepack</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a registered participant, but no supplier whose certificates are checked.</source>
        <translation>%1 ist ein registrierter Teilnehmer, aber kein Lieferant, dessen Zertifikate geprüft werden.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2, valid %3 to %4, site %5, audited by %6</source>
        <translation>%1: %2, gültig vom %3 bis %4, Standort %5, geprüft von %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>conflict-affected or high-risk</source>
        <translation>Konflikt- oder Hochrisikogebiet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>bt::ui::TransactionsTableModel</name>
    <message>
        <location filename="../ui/transactions_table_model.cpp" line="+50"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not recovered)</source>
        <translation>(nicht wiederhergestellt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(contract creation)</source>
        <translation>(Vertragserstellung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(creates %1)</source>
        <translation>(erstellt %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reverted</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Hash, signature and sender verified from the raw transaction.</source>
        <translation>Hash, Signatur und Absender aus der Rohtransaktion verifiziert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction hash</source>
        <translation>Transaktions-Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (recovered)</source>
        <translation>Von (wiederhergestellt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (wei)</source>
        <translation>Wert (wei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas used</source>
        <translation>Verbrauchtes Gas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui_main.cpp" line="+37"/>
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
    <message>
        <location filename="../app/gui_startup.cpp" line="+46"/>
        <source>Open the demo chain (imported on first use from the installed archive).</source>
        <translation>Die Demo-Kette öffnen (beim ersten Mal aus dem installierten Archiv importiert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit once the index is open, printing a summary (for tests of installed packages).</source>
        <translation>Beenden, sobald der Index geöffnet ist, und eine Zusammenfassung ausgeben (für Tests installierter Pakete).</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>no demo chain is installed (%1 not found beside the program nor in the data folders)</source>
        <translation>keine Demo-Kette installiert (%1 weder neben dem Programm noch in den Datenordnern gefunden)</translation>
    </message>
</context>
</TS>
