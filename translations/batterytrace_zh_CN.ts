<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>bt::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+67"/>
        <source>&amp;Open Index…</source>
        <translation>打开索引(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a local index database</source>
        <translation>打开本地索引数据库</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About BatteryTrace Explorer</source>
        <translation>关于 BatteryTrace Explorer(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asset id, tx hash, block, participant…</source>
        <translation>资产编号、交易哈希、区块、参与方…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the open index (%1)</source>
        <translation>在已打开的索引中搜索（%1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chain</source>
        <translation>区块链</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks and transactions of the synced chain, each with the result of its own verification: header hash, parent link back to the pinned checkpoint, transaction signatures and signers, transaction and receipt roots, and the validators&apos; seals. A block that fails a check is shown as failed, with the reason.</source>
        <translation>已同步链上的区块和交易，每一项都附有本机的验证结果：区块头哈希、回溯到固定检查点的父区块链接、交易签名及签名者、交易根和收据根，以及验证者的签章。任何一项检查未通过的区块都会标记为失败，并注明原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lineage</source>
        <translation>溯源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where a lot, cell, module, pack or vehicle came from and where it went: the graph of merges and splits from the mine to the recycler, with quantities and the share of each material&apos;s mass that came from each source.</source>
        <translation>批次、电芯、模组、电池包或车辆从何而来、去往何处：从矿山到回收商的合并与拆分关系图，附带数量，以及每种材料的质量中来自各个来源的份额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants and their certifications (RMI RMAP, IRMA, OECD due diligence) at the time of each event, how long due diligence took, and which packs carry material from an uncertified or risky source.</source>
        <translation>参与方及其认证（RMI RMAP、IRMA、OECD 尽职调查）在每个事件发生时的状态、尽职调查所用的时间，以及哪些电池包含有来自未认证或高风险来源的材料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defects</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defect investigation: from a failing cell lot back to the coating line, equipment, operator, time window and process parameters that deviated, and forward to the packs and vehicles in the recall scope.</source>
        <translation>缺陷调查：从不合格的电芯批次追溯到出现偏差的涂布线、设备、操作员、时间窗口和工艺参数，并向前追踪到召回范围内的电池包和车辆。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature, humidity and shock timelines of every shipment, excursions against the limits, alarms, and the incident rate of each carrier.</source>
        <translation>每批货物运输途中的温度、湿度和冲击时间线，超出限值的偏离与告警，以及各承运商的事故率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPIs</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboards for management: defect rate, raw-material due-diligence time, recycling rate, logistics incident rate, and information latency from event time to chain.</source>
        <translation>面向管理层的仪表板：缺陷率、原材料尽职调查时间、回收率、物流事故率，以及从事件发生到上链的信息延迟。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>BatteryTrace Explorer</source>
        <translation>BatteryTrace Explorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No index open</source>
        <translation>未打开索引</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Index: %1</source>
        <translation>索引：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not syncing</source>
        <translation>未在同步</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Index</source>
        <translation>打开索引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BatteryTrace index (*.sqlite *.db);;All files (*)</source>
        <translation>BatteryTrace 索引 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open an index to search it.</source>
        <translation>请先打开索引，再进行搜索。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search arrives with the index views.</source>
        <translation>搜索功能将随索引视图一同推出。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About BatteryTrace Explorer</source>
        <translation>关于 BatteryTrace Explorer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BatteryTrace Explorer %1</source>
        <translation>BatteryTrace Explorer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Traceability of electric-vehicle batteries from mine to recycler, read from an EVM consortium blockchain.</source>
        <translation>电动汽车动力电池从矿山到回收商的全程追溯，数据读取自 EVM 联盟区块链。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The explorer trusts nothing the node says: it verifies every block hash and every signature itself, on this computer.</source>
        <translation>本浏览器不轻信节点提供的任何数据：每个区块哈希和每个签名都在本机上自行验证。</translation>
    </message>
</context>
<context>
    <name>bt::ui::PlaceholderPage</name>
    <message>
        <location filename="../ui/placeholder_page.cpp" line="+29"/>
        <source>This view arrives in a later version.</source>
        <translation>此视图将在后续版本中提供。</translation>
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
        <translation>浏览并验证记录在 EVM 联盟链上的电动汽车电池供应链事件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the index database at &lt;path&gt;.</source>
        <translation>打开位于 &lt;path&gt; 的索引数据库。</translation>
    </message>
</context>
</TS>
