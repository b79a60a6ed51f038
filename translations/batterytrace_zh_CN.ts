<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../ui/display_text.cpp" line="+17"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <location line="+146"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Broken link</source>
        <translation>链接断开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a broken link</source>
        <translation>位于断开的链接之后</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every check passed, and the block is linked to the pinned checkpoint.</source>
        <translation>所有检查均已通过，且该区块与固定的检查点相连。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A check inside the block failed; its link to the parent holds.</source>
        <translation>区块内的某项检查失败；它与父区块的链接仍然成立。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block&apos;s hash or its link to the parent failed: the chain from the checkpoint breaks here.</source>
        <translation>该区块的哈希或其与父区块的链接验证失败：从检查点开始的链在此断开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block&apos;s own checks passed, but it comes after a broken link, so it is not linked to the checkpoint.</source>
        <translation>该区块自身的检查已通过，但它位于断开的链接之后，因此未与检查点相连。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Header encoding</source>
        <translation>区块头编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block hash</source>
        <translation>区块哈希</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block number</source>
        <translation>区块号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent link</source>
        <translation>父区块链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to the checkpoint</source>
        <translation>与检查点的链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header rules</source>
        <translation>区块头规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction encoding</source>
        <translation>交易编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction hashes</source>
        <translation>交易哈希</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senders</source>
        <translation>发送方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction rules</source>
        <translation>交易规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Transactions root</source>
        <translation>交易根</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Receipts and logs</source>
        <translation>收据与日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Receipts root</source>
        <translation>收据根</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Gas and bloom totals</source>
        <translation>Gas 与 Bloom 汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Withdrawals root</source>
        <translation>提款根</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+84"/>
        <source>Ommers hash</source>
        <translation>叔块哈希</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Validator seals</source>
        <translation>验证者签章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded status</source>
        <translation>记录的状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The header&apos;s RLP decodes strictly into the layout of a known fork.</source>
        <translation>区块头的 RLP 可严格解码为某个已知分叉的布局。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keccak256 of the header&apos;s RLP equals the block hash the index records.</source>
        <translation>区块头 RLP 的 keccak256 等于索引记录的区块哈希。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The header carries the number the block is stored under.</source>
        <translation>区块头中的编号与该区块的存储编号一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The header&apos;s parentHash equals the hash of the block before it in the index.</source>
        <translation>区块头的 parentHash 等于索引中前一个区块的哈希。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every parent link from the pinned checkpoint to this block holds.</source>
        <translation>从固定检查点到此区块的每个父链接均成立。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timestamp is not before the parent&apos;s.</source>
        <translation>时间戳不早于父区块的时间戳。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every transaction envelope decodes strictly.</source>
        <translation>每个交易封装均可严格解码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keccak256 of every envelope equals the transaction hash the index records.</source>
        <translation>每个封装的 keccak256 等于索引记录的交易哈希。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every signature is in range for the fork and recovers a sender.</source>
        <translation>每个签名都在该分叉的有效范围内，并能恢复出发送方。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every recovered sender equals the sender the index records.</source>
        <translation>每个恢复出的发送方都与索引记录的发送方一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fork&apos;s transaction rules: the type is active, the chain id matches, the fees are consistent.</source>
        <translation>该分叉的交易规则：类型已启用、链 ID 匹配、费用一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Merkle-Patricia trie of the transactions has the header&apos;s transactionsRoot.</source>
        <translation>交易的 Merkle-Patricia 树根等于区块头的 transactionsRoot。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One receipt per transaction decodes strictly, and the logs shown are the receipts&apos; logs.</source>
        <translation>每笔交易对应一个可严格解码的收据，且显示的日志就是收据中的日志。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Merkle-Patricia trie of the receipts has the header&apos;s receiptsRoot.</source>
        <translation>收据的 Merkle-Patricia 树根等于区块头的 receiptsRoot。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last cumulative gas equals gasUsed, and the receipts&apos; blooms add up to logsBloom.</source>
        <translation>最后的累计 Gas 等于 gasUsed，且各收据的 Bloom 合并后等于 logsBloom。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The withdrawals trie has the header&apos;s withdrawalsRoot.</source>
        <translation>提款树的根等于区块头的 withdrawalsRoot。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keccak256 of the ommers list equals the header&apos;s sha3Uncles.</source>
        <translation>叔块列表的 keccak256 等于区块头的 sha3Uncles。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consortium engine&apos;s seals (Clique, IBFT, QBFT) and the quorum it requires.</source>
        <translation>联盟链共识引擎（Clique、IBFT、QBFT）的签章及其要求的法定人数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The index records this block as failed without a reason; verify again to find out why.</source>
        <translation>索引将此区块记录为失败但未给出原因；请重新验证以查明原因。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The block has no transactions.</source>
        <translation>该区块没有交易。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The block has no withdrawals.</source>
        <translation>该区块没有提款。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pinned checkpoint: its parent is not in the index.</source>
        <translation>固定的检查点：其父区块不在索引中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chain&apos;s engine (%1) has no validator seals.</source>
        <translation>该链的共识引擎（%1）没有验证者签章。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to check in this block.</source>
        <translation>此区块中没有需要检查的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index does not record the chain&apos;s consensus engine; a new sync records it and checks the seals.</source>
        <translation>索引未记录该链的共识引擎；重新同步会记录它并检查签章。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked: the header did not decode.</source>
        <translation>未检查：区块头无法解码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legacy</source>
        <translation>传统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access list (EIP-2930)</source>
        <translation>访问列表（EIP-2930）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dynamic fee (EIP-1559)</source>
        <translation>动态费用（EIP-1559）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blob (EIP-4844)</source>
        <translation>Blob（EIP-4844）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set code (EIP-7702)</source>
        <translation>设置代码（EIP-7702）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent hash</source>
        <translation>父区块哈希</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timestamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miner (beneficiary)</source>
        <translation>矿工（受益人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State root</source>
        <translation>状态根</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gas limit</source>
        <translation>Gas 上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas used</source>
        <translation>已用 Gas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base fee (wei)</source>
        <translation>基础费用（wei）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra data</source>
        <translation>附加数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mix hash</source>
        <translation>混合哈希</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blob gas used</source>
        <translation>已用 Blob Gas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excess blob gas</source>
        <translation>超额 Blob Gas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent beacon block root</source>
        <translation>父信标区块根</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests hash</source>
        <translation>请求哈希</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header layout</source>
        <translation>区块头布局</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Following the head</source>
        <translation>正在跟随链头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking for a reorganisation</source>
        <translation>正在检查链重组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling back</source>
        <translation>正在回滚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying</source>
        <translation>正在验证</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>genesis</source>
        <translation>创世区块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pinned checkpoint</source>
        <translation>固定检查点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archive&apos;s first block</source>
        <translation>归档的第一个区块</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clique (EIP-225)</source>
        <translation>Clique（EIP-225）</translation>
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
        <translation>工作量证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof of stake or development chain</source>
        <translation>权益证明或开发链</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No index is open.</source>
        <translation>未打开任何索引。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not a BatteryTrace index.</source>
        <translation>此文件不是 BatteryTrace 索引。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This index was written by another version of BatteryTrace Explorer.</source>
        <translation>此索引由另一版本的 BatteryTrace Explorer 写入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The index file is damaged.</source>
        <translation>索引文件已损坏。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The index cannot be written.</source>
        <translation>无法写入索引。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The index could not be read.</source>
        <translation>无法读取索引。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program holds the index locked.</source>
        <translation>另一个程序锁定了该索引。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another job is running; wait for it or cancel it.</source>
        <translation>另一项任务正在运行；请等待其完成或将其取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings are not valid.</source>
        <translation>设置无效。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 blocks/s</source>
        <translation>%1 区块/秒</translation>
    </message>
</context>
<context>
    <name>DomainFormat</name>
    <message>
        <location filename="../ui/domain_format.cpp" line="+14"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
</context>
<context>
    <name>bt::ui::BlockDetailsPanel</name>
    <message>
        <location filename="../ui/block_details_panel.cpp" line="+35"/>
        <source>Select a block to see every check of its verification, its transactions and its logs.</source>
        <translation>选择一个区块，查看其验证的每项检查、交易和日志。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Hash:</source>
        <translation>哈希：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Gas and bloom totals</source>
        <translation>Gas 与 Bloom 汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dynamic fee (EIP-1559)</source>
        <translation>动态费用（EIP-1559）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reverted</source>
        <translation>已回退</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parent beacon block root</source>
        <translation>父信标区块根</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification checks</source>
        <translation>验证检查</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a check to read its result in full.</source>
        <translation>选择一项检查以查看其完整结果。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Expected: %1</source>
        <translation>预期：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Transactions (%1)</source>
        <translation>交易（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs (%1)</source>
        <translation>日志（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header</source>
        <translation>区块头</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Block %1</source>
        <translation>区块 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the index</source>
        <translation>不在索引中</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>block %1 %2 (%3)</source>
        <translation>区块 %1 %2（%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none pinned</source>
        <translation>未固定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This block is the pinned checkpoint, %1.</source>
        <translation>此区块即为固定检查点，%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linked to the checkpoint %1 through every parent link.</source>
        <translation>通过每个父链接与检查点 %1 相连。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not linked to the checkpoint %1: the chain breaks at block %2.</source>
        <translation>未与检查点 %1 相连：链在区块 %2 处断开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not linked to the checkpoint %1.</source>
        <translation>未与检查点 %1 相连。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The header does not decode: %1</source>
        <translation>区块头无法解码：%1</translation>
    </message>
</context>
<context>
    <name>bt::ui::BlocksTableModel</name>
    <message>
        <location filename="../ui/blocks_table_model.cpp" line="+244"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>After the broken link at block %1</source>
        <translation>位于区块 %1 处断开的链接之后</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 gas</source>
        <translation>%1 / %2 Gas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas used</source>
        <translation>已用 Gas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miner</source>
        <translation>矿工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>bt::ui::ChainView</name>
    <message>
        <location filename="../ui/chain_view.cpp" line="+24"/>
        <source>Chain</source>
        <translation>区块链</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>After a broken link</source>
        <translation>位于断开的链接之后</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No index open</source>
        <translation>未打开索引</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open an index file, import a chain archive, or connect to a node to sync the chain into a new index. Every block is verified on this computer as it arrives.</source>
        <translation>打开索引文件、导入链归档，或连接到节点将链同步到新索引。每个区块到达时都会在本机上进行验证。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Blocks: %1</source>
        <translation>区块：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions: %1</source>
        <translation>交易：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs: %1</source>
        <translation>日志：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain ID: %1</source>
        <translation>链 ID：%1</translation>
    </message>
</context>
<context>
    <name>bt::ui::ChartView</name>
    <message>
        <location filename="../ui/chart_view.cpp" line="+34"/>
        <source>Save Chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>bt::ui::ChecksTableModel</name>
    <message>
        <location filename="../ui/checks_table_model.cpp" line="+45"/>
        <source>block %1 %2 (%3)</source>
        <translation>区块 %1 %2（%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no checkpoint pinned</source>
        <translation>未固定检查点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This block is the pinned checkpoint: %1.</source>
        <translation>此区块即为固定检查点：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to the checkpoint %1.</source>
        <translation>已与检查点 %1 相连。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked: the chain breaks at block %1.</source>
        <translation>未相连：链在区块 %1 处断开。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not linked to the checkpoint %1.</source>
        <translation>未与检查点 %1 相连。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: every seal recovers an authorised validator, with the quorum the engine requires.</source>
        <translation>%1：每个签章都恢复出一个授权验证者，且满足共识引擎要求的法定人数。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>bt::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/connect_dialog.cpp" line="+22"/>
        <source>Connect to Node</source>
        <translation>连接到节点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync the chain from an Ethereum JSON-RPC node (Hyperledger Besu, GoQuorum, geth, anvil). Every block is verified on this computer before it is stored.</source>
        <translation>从以太坊 JSON-RPC 节点（Hyperledger Besu、GoQuorum、geth、anvil）同步链。每个区块在存储之前都会在本机上进行验证。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One per line, e.g. Authorization: Bearer &lt;token&gt;</source>
        <translation>每行一个，例如 Authorization: Bearer &lt;token&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Header values are sent to this node only; they are never saved or logged.</source>
        <translation>请求头的值只发送给此节点，绝不会被保存或记录到日志。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Index only blocks this many blocks below the node&apos;s head.</source>
        <translation>只索引比节点链头低这么多个区块的区块。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional: 0x… block hash; default: the genesis block</source>
        <translation>可选：0x… 区块哈希；默认：创世区块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A block hash received through another channel. A new index is pinned to it: every block must link back to it.</source>
        <translation>通过其他渠道获得的区块哈希。新索引将固定于此：每个区块都必须能链接回它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Index file (created if missing)</source>
        <translation>索引文件（不存在时创建）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep following the head after catching up</source>
        <translation>追上后继续跟随链头</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Node &amp;URL:</source>
        <translation>节点 URL(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra &amp;headers:</source>
        <translation>附加请求头(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Confirmations:</source>
        <translation>确认数(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check&amp;point:</source>
        <translation>检查点(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Index file:</source>
        <translation>索引文件(&amp;I)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connect and Sync</source>
        <translation>连接并同步</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter the node&apos;s URL.</source>
        <translation>请输入节点的 URL。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The URL must start with http:// or https:// and name a host.</source>
        <translation>URL 必须以 http:// 或 https:// 开头并包含主机名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header line %1 is not of the form &quot;Name: value&quot;.</source>
        <translation>请求头第 %1 行不符合“名称: 值”的格式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The checkpoint must be a block hash: 0x and 64 hexadecimal digits.</source>
        <translation>检查点必须是区块哈希：0x 加 64 位十六进制数字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the index file to sync into.</source>
        <translation>请选择要同步到的索引文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Index File</source>
        <translation>索引文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BatteryTrace index (*.sqlite *.db);;All files (*)</source>
        <translation>BatteryTrace 索引 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>bt::ui::CsvModelWriter</name>
    <message>
        <location filename="../ui/csv_model_writer.cpp" line="+22"/>
        <source>The table stopped delivering rows.</source>
        <translation>表格停止提供数据行。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The table was reloaded during the export.</source>
        <translation>导出期间表格被重新加载。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows were removed during the export.</source>
        <translation>导出期间有数据行被删除。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The table was closed during the export.</source>
        <translation>导出期间表格被关闭。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>bt::ui::DefectsView</name>
    <message>
        <location filename="../ui/defects_view.cpp" line="+70"/>
        <source>conformant</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-conformant</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not inspected</source>
        <translation>未检验</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line</source>
        <translation>产线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>suspect lot</source>
        <translation>可疑批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cell lot</source>
        <translation>电芯批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module</source>
        <translation>模组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pack</source>
        <translation>电池包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Defects</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The period ends before this day.</source>
        <translation>时间段在此日期之前结束。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Parameter:</source>
        <translation>参数(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plant:</source>
        <translation>工厂：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line:</source>
        <translation>产线：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator:</source>
        <translation>操作员：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Suspect</source>
        <translation>嫌疑对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Lots</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Non-conformant</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Cells failed</source>
        <translation>不合格电芯</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate elsewhere</source>
        <translation>其余比率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p-value</source>
        <translation>p 值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean shift (σ)</source>
        <translation>均值偏移（σ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plant</source>
        <translation>工厂</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>产线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection</source>
        <translation>检验</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells tested</source>
        <translation>已测电芯</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suspects</source>
        <translation>嫌疑对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall scope</source>
        <translation>召回范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurements</source>
        <translation>测量值</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Centre line: mean of the %1 measurements shown; limits: mean ± 3 standard deviations.</source>
        <translation>中心线：所示 %1 个测量值的均值；控制限：均值 ± 3 倍标准差。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Individuals chart of %1: centre and limits from its baseline; %2 of %3 points in a run that breaks a Western Electric rule.</source>
        <translation>%1 的单值控制图：中心线和控制限取自其基准期；%3 个点中有 %2 个处于违反 Western Electric 规则的序列中。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Conformant lot</source>
        <translation>合格批次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Non-conformant lot</source>
        <translation>不合格批次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not inspected</source>
        <translation>未检验</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>measured (UTC)</source>
        <translation>测量时间（UTC）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mean %1</source>
        <translation>均值 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper control limit %1</source>
        <translation>控制上限 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower control limit %1</source>
        <translation>控制下限 %1</translation>
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
批次 %4
%5，%6，操作员 %7
%8</translation>
    </message>
</context>
<context>
    <name>bt::ui::DomainPage</name>
    <message>
        <location filename="../ui/domain_page.cpp" line="+64"/>
        <source>No index is open. Open an index, import a chain archive or connect to a node (File menu).</source>
        <translation>未打开任何索引。请打开索引、导入链归档或连接到节点（“文件”菜单）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not understood</source>
        <translation>无法理解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to show</source>
        <translation>没有可显示的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The index could not be read</source>
        <translation>无法读取索引</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did you mean: %1</source>
        <translation>您是否要找：%1</translation>
    </message>
</context>
<context>
    <name>bt::ui::ExplorerTableView</name>
    <message>
        <location filename="../ui/explorer_table_view.cpp" line="+100"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Table as CSV…</source>
        <translation>将表格导出为 CSV(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>bt::ui::HeaderFieldsModel</name>
    <message>
        <location filename="../ui/header_fields_model.cpp" line="+52"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>bt::ui::KpiView</name>
    <message>
        <location filename="../ui/kpi_view.cpp" line="+63"/>
        <source>KPIs</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process change on:</source>
        <translation>工艺变更日期：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The defect rate is compared before and after this date (months before it against the months from it on).</source>
        <translation>比较此日期前后的缺陷率（此日期之前的月份与此日期起的月份）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Defect rate by month</source>
        <translation>每月缺陷率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Material recovery against EU 2023/1542 targets</source>
        <translation>材料回收率与欧盟 2023/1542 目标对比</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+97"/>
        <source>Defect rate</source>
        <translation>缺陷率</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Cells tested</source>
        <translation>已测电芯</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells failed</source>
        <translation>不合格电芯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections</source>
        <translation>检验次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+106"/>
        <source>Recycling rate</source>
        <translation>回收率</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+7"/>
        <source>Shipments</source>
        <translation>运输批次</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Incidents</source>
        <translation>事故</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Incidents per 100</source>
        <translation>每百批事故数</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Latency (median)</source>
        <translation>延迟（中位数）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviews</source>
        <translation>审查次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90th percentile</source>
        <translation>第 90 百分位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Input (kg)</source>
        <translation>投入（kg）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovered (kg)</source>
        <translation>回收（kg）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Recovery</source>
        <translation>回收率</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+222"/>
        <source>Target 2027</source>
        <translation>2027 目标</translation>
    </message>
    <message>
        <location line="-222"/>
        <location line="+223"/>
        <source>Target 2031</source>
        <translation>2031 目标</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Meets 2027</source>
        <translation>达到 2027 目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meets 2031</source>
        <translation>达到 2031 目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due diligence</source>
        <translation>尽职调查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carriers</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>before %1 · after %2</source>
        <translation>变更前 %1 · 变更后 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due diligence (p90, slowest supplier)</source>
        <translation>尽职调查（p90，最慢的供应商）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n supplier(s)</source>
        <translation>
            <numerusform>%n 个供应商</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n recycling event(s)</source>
        <translation>
            <numerusform>%n 次回收事件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents per 100 shipments</source>
        <translation>每百批运输事故数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 shipments</source>
        <translation>%2 批运输中的 %1 批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information latency (median)</source>
        <translation>信息延迟（中位数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p90 %1 · %2 events</source>
        <translation>p90 %1 · %2 个事件</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Before the change</source>
        <translation>变更前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the change on</source>
        <translation>变更后</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Recovered</source>
        <translation>已回收</translation>
    </message>
</context>
<context>
    <name>bt::ui::LineageView</name>
    <message>
        <location filename="../ui/lineage_view.cpp" line="+54"/>
        <source>ore lot</source>
        <translation>矿石批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refined lot</source>
        <translation>精炼批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cathode material</source>
        <translation>正极材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>electrode</source>
        <translation>电极</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cell lot</source>
        <translation>电芯批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cell</source>
        <translation>电芯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module</source>
        <translation>模组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pack</source>
        <translation>电池包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovered material</source>
        <translation>回收材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+415"/>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location line="-414"/>
        <location line="+414"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="-412"/>
        <source>private, not disclosed</source>
        <translation>私有，未披露</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Lineage</source>
        <translation>溯源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asset identifier (Digital Link URI, lot or serial)</source>
        <translation>资产标识（Digital Link URI、批号或序列号）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upstream (to the mines)</source>
        <translation>上游（追溯至矿山）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downstream (to vehicles and recyclers)</source>
        <translation>下游（追踪至车辆和回收商）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+113"/>
        <source>Click a node to see the event that made it.</source>
        <translation>点击一个节点，查看生成它的事件。</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Recorder:</source>
        <translation>记录者：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction:</source>
        <translation>交易：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block:</source>
        <translation>区块：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification:</source>
        <translation>验证：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>EPCIS event:</source>
        <translation>EPCIS 事件：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Mine</source>
        <translation>矿山</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk area</source>
        <translation>风险地区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Origin shares (mass balance)</source>
        <translation>来源占比（质量平衡）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>compliance problem</source>
        <translation>合规问题</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter an asset identifier: a Digital Link URI, or a lot or serial number alone.</source>
        <translation>请输入资产标识：Digital Link URI，或单独的批号或序列号。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter an asset identifier, or search for one (Ctrl+F), to see where it came from and where it went.</source>
        <translation>输入资产标识或进行搜索（Ctrl+F），查看它的来源和去向。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The graph was cut at %1 assets; the tables and the drawing show that part.</source>
        <translation>图在 %1 个资产处被截断；表格和图中显示的是这一部分。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The graph could not be laid out: %1</source>
        <translation>无法对图进行布局：%1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>mine: %1 (%2)</source>
        <translation>矿山：%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compliance: %1</source>
        <translation>合规：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>conflict-affected or high-risk</source>
        <translation>受冲突影响或高风险</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Origin shares follow the asset upstream: choose Upstream to see them.</source>
        <translation>来源占比沿上游追溯：选择“上游”即可查看。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No event of this asset is in the index.</source>
        <translation>索引中没有此资产的事件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, log %2</source>
        <translation>%1，日志 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event %1; block %2</source>
        <translation>事件%1；区块%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Private event: its document has not been disclosed.</source>
        <translation>私有事件：其文档尚未披露。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lineage of %1</source>
        <translation>%1 的溯源</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Export Graph</source>
        <translation>导出图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The graph could not be written to %1.</source>
        <translation>无法将图写入 %1。</translation>
    </message>
</context>
<context>
    <name>bt::ui::LogisticsView</name>
    <message>
        <location filename="../ui/logistics_view.cpp" line="+51"/>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipment</source>
        <translation>运输批次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipper</source>
        <translation>发货方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipped</source>
        <translation>发货时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>收货时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+28"/>
        <source>Readings</source>
        <translation>读数</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Excursions</source>
        <translation>超限</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Incident</source>
        <translation>事故</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Measurement</source>
        <translation>测量项</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst</source>
        <translation>最差值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alarmed</source>
        <translation>已报警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+203"/>
        <source>Alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+198"/>
        <source>Outside the limits</source>
        <translation>超出限值</translation>
    </message>
    <message>
        <location line="-181"/>
        <location line="+142"/>
        <source>Select a shipment to see its sensor timeline.</source>
        <translation>选择一个运输批次以查看其传感器时间线。</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>no shipment %1</source>
        <translation>没有运输批次 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>in transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>outside</source>
        <translation>超限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alarm</source>
        <translation>报警</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 to %3 %4</source>
        <translation>%1 %2 至 %3 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipment %1 by %2, %3 → %4; limits: %5</source>
        <translation>运输批次 %1，承运商 %2，%3 → %4；限值：%5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature and humidity of %1</source>
        <translation>%1 的温度和湿度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>temperature (%1)</source>
        <translation>温度（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relative humidity</source>
        <translation>相对湿度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>relative humidity (%1)</source>
        <translation>相对湿度（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Humidity</source>
        <translation>湿度</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Temperature limits</source>
        <translation>温度限值</translation>
    </message>
</context>
<context>
    <name>bt::ui::LogsTableModel</name>
    <message>
        <location filename="../ui/logs_table_model.cpp" line="+44"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tx</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>合约</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoded</source>
        <translation>解码结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>bt::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="+87"/>
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
        <source>&amp;Import Chain Archive…</source>
        <translation>导入链归档(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the blocks of a chain archive and store them in an index</source>
        <translation>验证链归档中的区块并将其存入索引</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect to Node…</source>
        <translation>连接到节点(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync the chain from a JSON-RPC node into an index, verifying every block</source>
        <translation>从 JSON-RPC 节点将链同步到索引，并验证每个区块</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Table as CSV…</source>
        <translation>将表格导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the current table, every row of it, to a CSV file</source>
        <translation>将当前表格的所有行写入 CSV 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Verify Again</source>
        <translation>重新验证(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check every block of the index again from its raw data, with no node</source>
        <translation>无需节点，根据原始数据重新检查索引中的每个区块</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+369"/>
        <location line="+5"/>
        <source>&amp;Cancel Sync</source>
        <translation>取消同步(&amp;C)</translation>
    </message>
    <message>
        <location line="-372"/>
        <source>Stop the running sync, import or verification; what it verified is kept</source>
        <translation>停止正在进行的同步、导入或验证；已验证的内容将保留</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+10"/>
        <source>&amp;Chain</source>
        <translation>链(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+16"/>
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
        <location line="+78"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the job; what it verified is kept</source>
        <translation>停止任务；已验证的内容将保留</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The index open before, %1, stays open.</source>
        <translation>之前打开的索引 %1 保持打开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the index failed: %1</source>
        <translation>读取索引失败：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 not started: %2</source>
        <translation>%1 未启动：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node&apos;s chain was reorganised: blocks %1 to %2 were replaced.</source>
        <translation>节点的链发生了重组：区块 %1 至 %2 已被替换。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The index was rolled back to block %1, the last block both chains share, and continues from there.</source>
        <translation>索引已回滚到两条链共有的最后一个区块 %1，并从那里继续。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting: %1 of %2 rows…</source>
        <translation>正在导出：第 %1 / %2 行…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1 rows to %2</source>
        <translation>已将 %1 行导出到 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The table was not exported to “%1”.</source>
        <translation>表格未导出到“%1”。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>BatteryTrace Explorer</source>
        <translation>BatteryTrace Explorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No index open</source>
        <translation>未打开索引</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Index: %1</source>
        <translation>索引：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not syncing</source>
        <translation>未在同步</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Open Index</source>
        <translation>打开索引</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>BatteryTrace index (*.sqlite *.db);;All files (*)</source>
        <translation>BatteryTrace 索引 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1 verified</source>
        <translation>%1 个已验证</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+148"/>
        <source>%1 failed</source>
        <translation>%1 个失败</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>%1 after a broken link</source>
        <translation>%1 个位于断开的链接之后</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checkpoint: block %1 (%2)</source>
        <translation>检查点：区块 %1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no checkpoint pinned yet</source>
        <translation>尚未固定检查点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocks: %1, from %2 to %3</source>
        <translation>区块：%1，从 %2 到 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verified: %1</source>
        <translation>已验证：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed a check: %1</source>
        <translation>检查失败：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a broken link: %1</source>
        <translation>位于断开的链接之后：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First broken link: block %1</source>
        <translation>第一个断开的链接：区块 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions that failed a check: %1</source>
        <translation>检查失败的交易：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing blocks: %1</source>
        <translation>缺失的区块：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint: %1</source>
        <translation>检查点：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus engine: %1</source>
        <translation>共识引擎：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Cancel Import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Verification</source>
        <translation>取消验证(&amp;C)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import Chain Archive</source>
        <translation>导入链归档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain archives (*.btarchive *.btar *.zst);;All files (*)</source>
        <translation>链归档 (*.btarchive *.btar *.zst);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import into Index</source>
        <translation>导入到索引</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot create the folder “%1”.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: stopping…</source>
        <translation>%1：正在停止…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: starting…</source>
        <translation>%1：正在启动…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ETA %1</source>
        <translation>预计剩余 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync: connecting…</source>
        <translation>同步：正在连接…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync: following the head at block %1</source>
        <translation>同步：正在跟随链头，区块 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Following the head</source>
        <translation>正在跟随链头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: block %2 of %3 · %4 · %5</source>
        <translation>%1：区块 %2 / %3 · %4 · %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing %1%</source>
        <translation>正在同步 %1%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing: %1 of %2 blocks · %3 · %4</source>
        <translation>正在导入：%1 / %2 个区块 · %3 · %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verifying: %1 of %2 blocks · %3 · %4</source>
        <translation>正在验证：%1 / %2 个区块 · %3 · %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The blocks verified so far are kept in the index; run it again to continue.</source>
        <translation>已验证的区块保留在索引中；再次运行即可继续。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync finished: %1</source>
        <translation>同步完成：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync cancelled.</source>
        <translation>同步已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync not started: %1</source>
        <translation>同步未启动：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync stopped: %1</source>
        <translation>同步已停止：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synced to block %1</source>
        <translation>已同步到区块 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync cancelled</source>
        <translation>同步已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1 blocks; %2 failed a check.</source>
        <translation>已导入 %1 个区块；其中 %2 个检查失败。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import failed.</source>
        <translation>导入失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The index is read-only: the outcome was not recorded in it.</source>
        <translation>索引为只读：结果未记录到其中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified all %1 blocks again: every check passed, and every block is linked to the checkpoint.</source>
        <translation>已重新验证全部 %1 个区块：所有检查均通过，且每个区块都与检查点相连。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Linked to the checkpoint through block %1.</source>
        <translation>直到区块 %1 都与检查点相连。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification found %1 failures in %2 of %3 blocks.</source>
        <translation>验证在 %3 个区块中的 %2 个里发现 %1 处失败。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verification cancelled.</source>
        <translation>验证已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification failed: %1</source>
        <translation>验证失败：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open an index to search it.</source>
        <translation>请先打开索引，再进行搜索。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Searching for “%1”…</source>
        <translation>正在搜索“%1”…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The index holds blocks %1 to %2.</source>
        <translation>索引包含区块 %1 至 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The index holds no blocks yet.</source>
        <translation>索引中尚无区块。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No block or transaction in the index has this hash.</source>
        <translation>索引中没有具有此哈希的区块或交易。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No transaction in the index was sent by or to this address.</source>
        <translation>索引中没有由此地址发送或发往此地址的交易。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Found %1, which no view shows.</source>
        <translation>找到了 %1，但没有视图可以显示它。</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Nothing found for “%1”.</source>
        <translation>未找到“%1”。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Search for a block number, a block or transaction hash, an address, an asset id (a Digital Link URI, or a lot or serial number alone), or part of a participant&apos;s name.</source>
        <translation>可搜索区块号、区块或交易哈希、地址、资产标识（Digital Link URI，或单独的批号或序列号），或参与方名称的一部分。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Block %1</source>
        <translation>区块 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction %1 of block %2</source>
        <translation>区块 %2 的交易 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing %1</source>
        <translation>正在显示 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This table has no rows to export.</source>
        <translation>此表格没有可导出的行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An export is already running.</source>
        <translation>已有导出正在进行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <location line="+23"/>
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
    <name>bt::ui::MessageBanner</name>
    <message>
        <location filename="../ui/message_banner.cpp" line="+37"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>bt::ui::SearchResultsDialog</name>
    <message>
        <location filename="../ui/search_results_dialog.cpp" line="+17"/>
        <source>Search Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent to the address</source>
        <translation>发往该地址</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 results for “%2”.</source>
        <translation>“%2”共有 %1 个结果。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the first %1 are shown.</source>
        <translation>仅显示前 %1 个。</translation>
    </message>
</context>
<context>
    <name>bt::ui::SearchResultsModel</name>
    <message>
        <location filename="../ui/search_results_model.cpp" line="+38"/>
        <location line="+43"/>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent by the address</source>
        <translation>由该地址发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the address</source>
        <translation>发往该地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created the contract</source>
        <translation>创建了该合约</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>参与方</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Found</source>
        <translation>找到的内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tx</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>bt::ui::SuppliersView</name>
    <message>
        <location filename="../ui/suppliers_view.cpp" line="+35"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Miner</source>
        <translation>矿商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refiner</source>
        <translation>精炼商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cathode producer</source>
        <translation>正极材料生产商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell maker</source>
        <translation>电芯制造商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack assembler</source>
        <translation>电池包组装商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle maker</source>
        <translation>整车厂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second life</source>
        <translation>梯次利用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recycler</source>
        <translation>回收商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>审核方</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ore</source>
        <translation>矿石</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refined</source>
        <translation>精炼品</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Suppliers</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems only</source>
        <translation>仅显示问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only suppliers with an issue, flagged lots and packs holding flagged material.</source>
        <translation>仅显示存在问题的供应商、已标记的批次以及含有已标记材料的电池包。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Risk area</source>
        <translation>风险地区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Without certificate</source>
        <translation>无证书</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>生产时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack</source>
        <translation>电池包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co from flagged lots</source>
        <translation>来自已标记批次的 Co</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Li from flagged lots</source>
        <translation>来自已标记批次的 Li</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ni from flagged lots</source>
        <translation>来自已标记批次的 Ni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged lots</source>
        <translation>已标记批次</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lots</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin shares per pack</source>
        <translation>各电池包的来源占比</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a registered participant, but no supplier whose certificates are checked.</source>
        <translation>%1 是已注册的参与方，但不是需要核查证书的供应商。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2, valid %3 to %4, site %5, audited by %6</source>
        <translation>%1：%2，有效期 %3 至 %4，场地 %5，审核方 %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+26"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>conflict-affected or high-risk</source>
        <translation>受冲突影响或高风险</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>bt::ui::TransactionsTableModel</name>
    <message>
        <location filename="../ui/transactions_table_model.cpp" line="+50"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(not recovered)</source>
        <translation>（未恢复）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(contract creation)</source>
        <translation>（创建合约）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(creates %1)</source>
        <translation>（创建 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reverted</source>
        <translation>已回退</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Hash, signature and sender verified from the raw transaction.</source>
        <translation>已根据原始交易验证哈希、签名和发送方。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction hash</source>
        <translation>交易哈希</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From (recovered)</source>
        <translation>发送方（恢复得到）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value (wei)</source>
        <translation>金额（wei）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gas used</source>
        <translation>已用 Gas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
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
        <translation>浏览并验证记录在 EVM 联盟链上的电动汽车电池供应链事件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the index database at &lt;path&gt;.</source>
        <translation>打开位于 &lt;path&gt; 的索引数据库。</translation>
    </message>
    <message>
        <location filename="../app/gui_startup.cpp" line="+46"/>
        <source>Open the demo chain (imported on first use from the installed archive).</source>
        <translation>打开演示链（首次使用时从已安装的归档导入）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit once the index is open, printing a summary (for tests of installed packages).</source>
        <translation>索引打开后即退出并打印摘要（用于测试已安装的软件包）。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>no demo chain is installed (%1 not found beside the program nor in the data folders)</source>
        <translation>未安装演示链（在程序旁和数据文件夹中均未找到 %1）</translation>
    </message>
</context>
</TS>
