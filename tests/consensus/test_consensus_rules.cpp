// Our own cases for the consensus engines, derived from the valid vectors (a real
// GoQuorum IBFT 1.0 export, a real Besu Clique chain) and from chains sealed here with
// test keys, each of which must fail with the right reason: a flipped seal byte, a
// seal by a non-validator, one committed seal short of quorum, a duplicate committer, a
// signer sealing twice within its window, a wrong difficulty, malformed extraData of
// every engine, an unknown engine, validator sets that cannot be followed. Also votes
// and epochs, the block-hash rule of each engine, engine detection, and the quorum
// formulas.
#include "chain/block_verifier.h"
#include "consensus/bft_extra.h"
#include "consensus/clique_extra.h"
#include "consensus/engine_detection.h"
#include "consensus/istanbul_extra.h"
#include "consensus/quorum.h"
#include "consensus/validator_tracker.h"

#include "codec/keccak.h"
#include "codec/rlp.h"
#include "consensus_chain.h"

#include <QTest>

#include <functional>

using namespace bt;
using namespace bt::consensus;
using namespace bt::test;

namespace {

struct Outcome {
    BlockSeal seal;
    std::vector<ConsensusError> errors;  // the block's own problems, then the tracker's

    bool has(ConsensusErrc c) const
    {
        return std::any_of(errors.begin(), errors.end(), [c](const ConsensusError& e) { return e.code == c; });
    }
    std::string text() const
    {
        std::string s;
        for (const auto& e : errors) s += e.message() + "; ";
        return s.empty() ? "no failure" : s;
    }
};

// Inspects and follows `blocks` in order from the first (the anchor).
std::vector<Outcome> follow(const std::vector<ChainBlock>& blocks, const EngineConfig& cfg)
{
    ValidatorTracker tracker(cfg);
    std::vector<Outcome> out;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        Outcome o;
        o.seal = inspectSeal(cfg, blocks[i].header);
        o.errors = o.seal.problems;
        auto more = i == 0 ? tracker.start(blocks[i].header, o.seal) : tracker.apply(blocks[i].header, o.seal);
        o.errors.insert(o.errors.end(), more.begin(), more.end());
        out.push_back(std::move(o));
    }
    return out;
}

std::vector<ChainBlock> vectorChain(const char* path, EngineKind engine)
{
    std::string error;
    auto chain = loadVectorChain(path, engine, error);
    if (!chain) qFatal("%s", error.c_str());
    return *chain;
}

// The same block with other extraData (re-hashed by the engine's rule).
ChainBlock withExtra(EngineKind engine, const ChainBlock& b, Bytes extra)
{
    BlockHeader h = b.header;
    h.extraData = std::move(extra);
    return chainBlock(engine, h);
}

// Relinks blocks[from..] after an edit changed a hash (re-sealing is the caller's).
void relink(std::vector<ChainBlock>& blocks, EngineKind engine, std::size_t from)
{
    for (std::size_t i = std::max<std::size_t>(from, 1); i < blocks.size(); ++i) {
        BlockHeader h = blocks[i].header;
        h.parentHash = blocks[i - 1].hash;
        blocks[i] = chainBlock(engine, h);
    }
}

// Shows the reason a user would read, then checks it is the right one.
#define EXPECT_FAILS_WITH(outcome, code)                                                                          \
    do {                                                                                                          \
        qInfo("%s", (outcome).text().c_str());                                                                    \
        QVERIFY2((outcome).has(code), qPrintable(QString::fromStdString("want " + std::string(describe(code)) + \
                                                                         ", got: " + (outcome).text())));       \
    } while (false)
#define EXPECT_PASSES(outcome) QVERIFY2((outcome).errors.empty(), qPrintable(QString::fromStdString((outcome).text())))

}  // namespace

class ConsensusRules : public QObject {
    Q_OBJECT

private slots:
    void realChainsPassUnchanged()
    {
        for (const auto& o : follow(vectorChain("istanbul-legacy/besu-goquorum-ibft1-chain-export-0-100.json",
                                                EngineKind::IstanbulLegacy),
                                    {EngineKind::IstanbulLegacy, 1000}))
            EXPECT_PASSES(o);
        for (const auto& o : follow(vectorChain("clique/besu-clique-to-pos-chain.json", EngineKind::Clique),
                                    {EngineKind::Clique, 30000}))
            EXPECT_PASSES(o);
    }

    // --- a flipped seal byte ---------------------------------------------------

    void cliqueFlippedSealByte()
    {
        auto blocks = vectorChain("clique/besu-clique-to-pos-chain.json", EngineKind::Clique);
        Bytes extra = blocks[2].header.extraData;
        extra[extra.size() - 65 + 7] ^= 0x01;  // a byte of r
        blocks[2] = withExtra(EngineKind::Clique, blocks[2], extra);
        relink(blocks, EngineKind::Clique, 3);
        const auto out = follow({blocks[0], blocks[1], blocks[2]}, {EngineKind::Clique, 30000});
        // Another r recovers another key (or none): never the authorised signer.
        QVERIFY2(out[2].has(ConsensusErrc::UnauthorizedSigner) || out[2].has(ConsensusErrc::InvalidSeal),
                 out[2].text().c_str());
    }

    void istanbulFlippedCommittedSealByte()
    {
        auto blocks = vectorChain("istanbul-legacy/besu-goquorum-ibft1-chain-export-0-100.json", EngineKind::IstanbulLegacy);
        auto e = *decodeIstanbulExtra(blocks[10].header.extraData);
        e.committedSeals[1].bytes[20] ^= 0x80;
        const ChainBlock tampered = withExtra(EngineKind::IstanbulLegacy, blocks[10], encodeIstanbulExtra(e));
        // Committed seals are outside the Istanbul block hash: the chain still links, only
        // the seal check can tell.
        QCOMPARE(tampered.hash, blocks[10].hash);
        std::vector<ChainBlock> chain(blocks.begin(), blocks.begin() + 10);
        chain.push_back(tampered);
        const auto out = follow(chain, {EngineKind::IstanbulLegacy, 1000});
        QVERIFY2(out[10].has(ConsensusErrc::UnauthorizedSigner) || out[10].has(ConsensusErrc::InvalidSeal),
                 out[10].text().c_str());
        QCOMPARE(out[10].seal.quorumHeld, std::optional<bool>(true));  // 3 genuine of 5 still reach 2F+1 = 3
    }

    void istanbulFlippedProposerSealByte()
    {
        auto blocks = vectorChain("istanbul-legacy/besu-goquorum-ibft1-chain-export-0-100.json", EngineKind::IstanbulLegacy);
        auto e = *decodeIstanbulExtra(blocks[10].header.extraData);
        e.proposerSeal[3] ^= 0x01;
        const ChainBlock tampered = withExtra(EngineKind::IstanbulLegacy, blocks[10], encodeIstanbulExtra(e));
        QVERIFY(tampered.hash != blocks[10].hash);  // the proposer seal is part of the hash
        std::vector<ChainBlock> chain(blocks.begin(), blocks.begin() + 10);
        chain.push_back(tampered);
        const auto out = follow(chain, {EngineKind::IstanbulLegacy, 1000});
        // The committed seals signed the genuine hash: they recover outsiders too.
        QVERIFY2(out[10].has(ConsensusErrc::UnauthorizedSigner), out[10].text().c_str());
        QVERIFY2(out[10].has(ConsensusErrc::QuorumNotReached), out[10].text().c_str());
    }

    // --- a seal by a non-validator ------------------------------------------------

    void cliqueSealByOutsider()
    {
        SealedChain c(EngineKind::Clique, testKeys(4), 3);  // key 3 is not a signer
        c.add({.proposer = 3});
        const auto out = follow(c.blocks(), c.config());
        EXPECT_FAILS_WITH(out[1], ConsensusErrc::UnauthorizedSigner);
    }

    void bftSealByOutsider()
    {
        for (EngineKind k : {EngineKind::Ibft2, EngineKind::Qbft, EngineKind::IstanbulLegacy}) {
            SealedChain c(k, testKeys(5), 4);  // key 4 is not a validator
            c.add({.committers = std::vector<std::size_t>{0, 1, 2, 4}});
            c.add({.proposer = 4});
            const auto out = follow(c.blocks(), c.config());
            EXPECT_FAILS_WITH(out[1], ConsensusErrc::UnauthorizedSigner);  // the outsider's committed seal
            QCOMPARE(out[1].seal.quorumHeld, std::optional<bool>(true));   // 3 genuine of 4 still reach the quorum
            EXPECT_FAILS_WITH(out[2], ConsensusErrc::UnauthorizedSigner);  // an outsider proposing
        }
    }

    // --- one committed seal short of quorum --------------------------------------

    void istanbulOneSealShortOfQuorum()
    {
        auto blocks = vectorChain("istanbul-legacy/besu-goquorum-ibft1-chain-export-0-100.json", EngineKind::IstanbulLegacy);
        auto e = *decodeIstanbulExtra(blocks[20].header.extraData);
        QCOMPARE(e.committedSeals.size(), std::size_t(4));
        // 5 validators: F = 1, 2F+1 = 3.
        e.committedSeals.resize(2);
        std::vector<ChainBlock> chain(blocks.begin(), blocks.begin() + 20);
        chain.push_back(withExtra(EngineKind::IstanbulLegacy, blocks[20], encodeIstanbulExtra(e)));
        auto out = follow(chain, {EngineKind::IstanbulLegacy, 1000});
        EXPECT_FAILS_WITH(out[20], ConsensusErrc::QuorumNotReached);
        QCOMPARE(out[20].seal.quorum, std::optional<std::size_t>(3));
        e.committedSeals = decodeIstanbulExtra(blocks[20].header.extraData)->committedSeals;
        e.committedSeals.resize(3);
        chain.back() = withExtra(EngineKind::IstanbulLegacy, blocks[20], encodeIstanbulExtra(e));
        out = follow(chain, {EngineKind::IstanbulLegacy, 1000});
        EXPECT_PASSES(out[20]);
    }

    void bftOneSealShortOfQuorum()
    {
        for (EngineKind k : {EngineKind::Ibft2, EngineKind::Qbft}) {
            // ⌈2N/3⌉: 4 validators → 3, 7 validators → 5.
            SealedChain four(k, testKeys(4), 4);
            four.add({.committers = std::vector<std::size_t>{0, 1}});
            four.add({.committers = std::vector<std::size_t>{0, 1, 3}});
            auto out = follow(four.blocks(), four.config());
            EXPECT_FAILS_WITH(out[1], ConsensusErrc::QuorumNotReached);
            EXPECT_PASSES(out[2]);
            SealedChain seven(k, testKeys(7), 7);
            seven.add({.committers = std::vector<std::size_t>{0, 1, 2, 3}});
            seven.add({.committers = std::vector<std::size_t>{0, 1, 2, 3, 6}});
            out = follow(seven.blocks(), seven.config());
            EXPECT_FAILS_WITH(out[1], ConsensusErrc::QuorumNotReached);
            QCOMPARE(out[1].seal.quorum, std::optional<std::size_t>(5));
            EXPECT_PASSES(out[2]);
        }
    }

    void duplicateCommitter()
    {
        SealedChain c(EngineKind::Ibft2, testKeys(4), 4);
        c.add({.committers = std::vector<std::size_t>{0, 1, 1}});
        const auto out = follow(c.blocks(), c.config());
        EXPECT_FAILS_WITH(out[1], ConsensusErrc::DuplicateCommitter);
        EXPECT_FAILS_WITH(out[1], ConsensusErrc::QuorumNotReached);  // 2 distinct of 3 required
    }

    // --- a signer sealing twice within its window ---------------------------------

    void cliqueSignerTwiceWithinWindow()
    {
        {
            // 3 signers: each may seal once in ⌊3/2⌋+1 = 2 consecutive blocks.
            SealedChain c(EngineKind::Clique, testKeys(3), 3);
            c.add({.proposer = 0});
            c.add({.proposer = 0});
            const auto out = follow(c.blocks(), c.config());
            EXPECT_PASSES(out[1]);
            EXPECT_FAILS_WITH(out[2], ConsensusErrc::RecentlySigned);
        }
        {
            // 4 signers: once in 3. A, B, A fails; A, B, C, A passes.
            SealedChain c(EngineKind::Clique, testKeys(4), 4);
            c.add({.proposer = 0});
            c.add({.proposer = 1});
            c.add({.proposer = 0});
            auto out = follow(c.blocks(), c.config());
            EXPECT_FAILS_WITH(out[3], ConsensusErrc::RecentlySigned);
            SealedChain d(EngineKind::Clique, testKeys(4), 4);
            d.add({.proposer = 0});
            d.add({.proposer = 1});
            d.add({.proposer = 2});
            d.add({.proposer = 0});
            for (const auto& o : follow(d.blocks(), d.config())) EXPECT_PASSES(o);
        }
    }

    void cliqueWrongDifficulty()
    {
        SealedChain c(EngineKind::Clique, testKeys(3), 3);
        c.add({.difficulty = U256(1)});                   // the in-turn signer claiming out of turn
        c.add({.proposer = 0, .difficulty = U256(2)});     // block 2's turn is signer 2's
        c.add({.difficulty = U256(3)});
        const auto out = follow(c.blocks(), c.config());
        EXPECT_FAILS_WITH(out[1], ConsensusErrc::WrongDifficulty);
        QCOMPARE(out[1].seal.inTurn, std::optional<bool>(true));
        EXPECT_FAILS_WITH(out[2], ConsensusErrc::WrongDifficulty);
        QCOMPARE(out[2].seal.inTurn, std::optional<bool>(false));
        EXPECT_FAILS_WITH(out[3], ConsensusErrc::WrongDifficulty);
    }

    // --- votes and epochs -----------------------------------------------------------

    void cliqueVotesAndCheckpoints()
    {
        auto keys = testKeys(4);  // sorted by address: keys[3] has the largest
        SealedChain c(EngineKind::Clique, keys, 3, 6);
        const Address d = keys[3].address;
        // Three signers: a candidate needs 2 votes.
        c.add({.vote = Vote{d, true}});
        c.add({.vote = Vote{d, true}});
        c.setValidators({keys[0].address, keys[1].address, keys[2].address, d});
        c.add({.proposer = 3});  // the new signer seals (in turn: 3 % 4)
        c.add();
        c.add();
        c.add();                 // block 6: a checkpoint listing the four
        auto out = follow(c.blocks(), c.config());
        for (std::size_t i = 1; i < out.size(); ++i) EXPECT_PASSES(out[i]);
        QCOMPARE(out[3].seal.validatorCount, std::size_t(4));
        // The same votes, but a chain whose checkpoint still lists the three.
        SealedChain stale(EngineKind::Clique, keys, 3, 6);
        stale.add({.vote = Vote{d, true}});
        stale.add({.vote = Vote{d, true}});
        for (int i = 0; i < 4; ++i) stale.add();
        out = follow(stale.blocks(), stale.config());
        EXPECT_FAILS_WITH(out[6], ConsensusErrc::ValidatorListMismatch);
    }

    void bftVotesAndEpochs()
    {
        for (EngineKind k : {EngineKind::Qbft, EngineKind::Ibft2, EngineKind::IstanbulLegacy}) {
            auto keys = testKeys(5);
            const Address e = keys[4].address;
            SealedChain c(k, keys, 4, 100);
            // Four validators: a candidate needs 3 votes (more than N/2).
            c.add({.proposer = 0, .vote = Vote{e, true}});
            c.add({.proposer = 1, .vote = Vote{e, true}});
            c.add({.proposer = 1, .vote = Vote{e, true}});  // the same voter again: still 2
            c.add({.proposer = 2, .vote = Vote{e, true}});  // 3: added
            c.setValidators({keys[0].address, keys[1].address, keys[2].address, keys[3].address, e});
            c.add({.proposer = 4});
            auto out = follow(c.blocks(), c.config());
            for (std::size_t i = 1; i < out.size(); ++i) EXPECT_PASSES(out[i]);
            QCOMPARE(out[5].seal.validatorCount, std::size_t(5));
            // A header still listing the old set after the vote passed is refused.
            SealedChain stale(k, keys, 4, 100);
            stale.add({.proposer = 0, .vote = Vote{e, true}});
            stale.add({.proposer = 1, .vote = Vote{e, true}});
            stale.add({.proposer = 2, .vote = Vote{e, true}});
            stale.add();
            out = follow(stale.blocks(), stale.config());
            EXPECT_FAILS_WITH(out[4], ConsensusErrc::ValidatorListMismatch);
            // An epoch block discards pending votes: 2 before it and 2 after do not add.
            SealedChain epochs(k, keys, 4, 3);
            epochs.add({.proposer = 0, .vote = Vote{e, true}});
            epochs.add({.proposer = 1, .vote = Vote{e, true}});
            epochs.add();  // block 3: epoch
            epochs.add({.proposer = 2, .vote = Vote{e, true}});
            epochs.add({.proposer = 3, .vote = Vote{e, true}});
            epochs.add();
            out = follow(epochs.blocks(), epochs.config());
            for (std::size_t i = 1; i < out.size(); ++i) EXPECT_PASSES(out[i]);
            QCOMPARE(out.back().seal.validatorCount, std::size_t(4));
        }
    }

    void bftDropVote()
    {
        auto keys = testKeys(4);
        SealedChain c(EngineKind::Qbft, keys, 4);
        const Address gone = keys[3].address;
        for (std::size_t v : {0, 1, 2}) c.add({.proposer = v, .vote = Vote{gone, false}});
        c.setValidators({keys[0].address, keys[1].address, keys[2].address});
        c.add({.proposer = 0});
        c.add({.proposer = 1, .committers = std::vector<std::size_t>{0, 1, 3}});  // the dropped one commits
        const auto out = follow(c.blocks(), c.config());
        for (std::size_t i = 1; i <= 4; ++i) EXPECT_PASSES(out[i]);
        EXPECT_FAILS_WITH(out[5], ConsensusErrc::UnauthorizedSigner);
    }

    // --- malformed extraData -------------------------------------------------------

    void malformedExtraData_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<int>("code");
        auto row = [](const char* name, EngineKind k, const Bytes& extra, ConsensusErrc c) {
            QTest::newRow(name) << int(k) << QByteArray(reinterpret_cast<const char*>(extra.data()), qsizetype(extra.size()))
                                << int(c);
        };
        const Bytes vanity(32, 0);
        const Address someone = testKeys(1, "candidate")[0].address;
        // Builds an RLP list from parts written by `f`.
        auto list = [](const std::function<void(rlp::Encoder&)>& f) {
            rlp::Encoder e;
            e.beginList();
            f(e);
            e.endList();
            return e.take();
        };
        auto cat = [](Bytes a, const Bytes& b) {
            append(a, b);
            return a;
        };
        const Bytes four(4, 0);

        row("clique 96 bytes", EngineKind::Clique, Bytes(96, 0), ConsensusErrc::MalformedExtraData);
        row("clique 19 bytes of signers", EngineKind::Clique, Bytes(97 + 19, 0), ConsensusErrc::MalformedExtraData);

        row("istanbul 31 bytes", EngineKind::IstanbulLegacy, Bytes(31, 0), ConsensusErrc::MalformedExtraData);
        row("istanbul trailing bytes", EngineKind::IstanbulLegacy,
            cat(cat(vanity, list([](rlp::Encoder& e) { e.beginList().endList().bytes({}).beginList().endList(); })), {0x01}),
            ConsensusErrc::MalformedExtraData);
        row("istanbul two items", EngineKind::IstanbulLegacy,
            cat(vanity, list([](rlp::Encoder& e) { e.beginList().endList().bytes({}); })), ConsensusErrc::MalformedExtraData);
        row("istanbul 1-byte proposer seal", EngineKind::IstanbulLegacy,
            cat(vanity, list([](rlp::Encoder& e) { e.beginList().endList().bytes(Bytes{0xaa}).beginList().endList(); })),
            ConsensusErrc::InvalidSeal);
        row("istanbul 64-byte committed seal", EngineKind::IstanbulLegacy,
            cat(vanity, list([](rlp::Encoder& e) { e.beginList().endList().bytes({}).beginList().bytes(Bytes(64, 2)).endList(); })),
            ConsensusErrc::InvalidSeal);
        row("istanbul 2-byte validator", EngineKind::IstanbulLegacy,
            cat(vanity, list([](rlp::Encoder& e) { e.beginList().bytes(Bytes{1, 2}).endList().bytes({}).beginList().endList(); })),
            ConsensusErrc::MalformedExtraData);

        row("ibft2 empty", EngineKind::Ibft2, Bytes{}, ConsensusErrc::MalformedExtraData);
        row("ibft2 3-byte round", EngineKind::Ibft2,
            list([&](rlp::Encoder& e) { e.bytes(vanity).beginList().endList().bytes({}).bytes(Bytes(3, 0)).beginList().endList(); }),
            ConsensusErrc::InvalidRound);
        row("ibft2 vote type 0xaa", EngineKind::Ibft2,
            list([&](rlp::Encoder& e) {
                e.bytes(vanity).beginList().endList().beginList().fixed(someone).bytes(Bytes{0xaa}).endList().bytes(four).beginList().endList();
            }),
            ConsensusErrc::InvalidVote);
        row("ibft2 no vote written as a list", EngineKind::Ibft2,
            list([&](rlp::Encoder& e) { e.bytes(vanity).beginList().endList().beginList().endList().bytes(four).beginList().endList(); }),
            ConsensusErrc::InvalidVote);
        row("ibft2 six items", EngineKind::Ibft2,
            list([&](rlp::Encoder& e) { e.bytes(vanity).beginList().endList().bytes({}).bytes(four).beginList().endList().bytes({}); }),
            ConsensusErrc::MalformedExtraData);
        row("ibft2 64-byte seal", EngineKind::Ibft2,
            list([&](rlp::Encoder& e) { e.bytes(vanity).beginList().endList().bytes({}).bytes(four).beginList().bytes(Bytes(64, 2)).endList(); }),
            ConsensusErrc::InvalidSeal);

        row("qbft round with a leading zero", EngineKind::Qbft,
            list([&](rlp::Encoder& e) { e.bytes(vanity).beginList().endList().beginList().endList().bytes(Bytes{0, 1}).beginList().endList(); }),
            ConsensusErrc::InvalidRound);
        row("qbft drop written 0x00", EngineKind::Qbft,
            list([&](rlp::Encoder& e) {
                e.bytes(vanity).beginList().endList().beginList().fixed(someone).bytes(Bytes{0x00}).endList().uint(0).beginList().endList();
            }),
            ConsensusErrc::InvalidVote);
        row("qbft no vote written 0x80", EngineKind::Qbft,
            list([&](rlp::Encoder& e) { e.bytes(vanity).beginList().endList().bytes({}).uint(0).beginList().endList(); }),
            ConsensusErrc::InvalidVote);
        row("qbft bytes after the list", EngineKind::Qbft,
            cat(list([&](rlp::Encoder& e) { e.bytes(vanity).beginList().endList().beginList().endList().uint(0).beginList().endList(); }),
                {0x80}),
            ConsensusErrc::MalformedExtraData);
    }

    void malformedExtraData()
    {
        QFETCH(int, engine);
        QFETCH(QByteArray, extra);
        QFETCH(int, code);
        const auto k = EngineKind(engine);
        SealedChain c(k, testKeys(4), 4);
        c.add();
        c.add();
        std::vector<ChainBlock> blocks = c.blocks();
        blocks[1] = withExtra(k, blocks[1], Bytes(extra.begin(), extra.end()));
        relink(blocks, k, 2);
        const auto out = follow(blocks, c.config());
        EXPECT_FAILS_WITH(out[1], ConsensusErrc(code));
        // Through verifyBlock: a consensus failure of the block, with the reason.
        RawBlock raw;
        raw.headerRlp = blocks[1].headerRlp;
        VerifyOptions opt;
        opt.consensus = c.config();
        const VerifiedBlock v = verifyBlock(raw, opt);
        QVERIFY(std::any_of(v.failures.begin(), v.failures.end(), [&](const CheckFailure& f) {
            return f.check == Check::Consensus && f.detail.find(describe(ConsensusErrc(code))) != std::string::npos;
        }));
        if (isBft(k)) {
            // Nothing to follow the set with past it.
            EXPECT_FAILS_WITH(out[2], ConsensusErrc::ValidatorSetUnverifiable);
        }
    }

    // --- an unknown engine ----------------------------------------------------------

    void unknownEngine()
    {
        QVERIFY(!parseEngineName("aura"));
        QVERIFY(!parseEngineName(""));
        QCOMPARE(parseEngineName("istanbul-legacy"), std::optional<EngineKind>(EngineKind::IstanbulLegacy));
        ValidatorState s;
        s.config.kind = EngineKind::Qbft;
        Bytes enc = s.encode();
        // The engine name is stored as text: make it one this build does not know.
        const std::string qbft = "qbft";
        auto at = std::search(enc.begin(), enc.end(), qbft.begin(), qbft.end());
        QVERIFY(at != enc.end());
        std::copy_n("aura", 4, at);
        auto d = ValidatorState::decode(enc);
        QVERIFY(!d);
        QCOMPARE(d.error().code, ConsensusErrc::UnknownEngine);
    }

    // --- validator sets that cannot be followed --------------------------------------

    void cliqueAnchorNotACheckpoint()
    {
        SealedChain c(EngineKind::Clique, testKeys(3), 3);
        c.add();
        c.add();
        const std::vector<ChainBlock> fromOne(c.blocks().begin() + 1, c.blocks().end());
        const auto out = follow(fromOne, c.config());
        EXPECT_FAILS_WITH(out[0], ConsensusErrc::ValidatorSetUnverifiable);
        EXPECT_FAILS_WITH(out[1], ConsensusErrc::ValidatorSetUnverifiable);
        QVERIFY(!out[1].seal.followed);
    }

    void qbftValidatorContract()
    {
        // Genesis without validators: Besu's and GoQuorum's contract-based selection.
        SealedChain c(EngineKind::Qbft, testKeys(4), 0);
        c.setValidators({c.key(0).address, c.key(1).address, c.key(2).address, c.key(3).address});
        c.add({.listed = std::vector<Address>{}});
        auto out = follow(c.blocks(), c.config());
        EXPECT_FAILS_WITH(out[0], ConsensusErrc::ValidatorSetUnverifiable);
        EXPECT_FAILS_WITH(out[1], ConsensusErrc::ValidatorSetUnverifiable);
        QVERIFY(!out[1].seal.quorumHeld.has_value());
        // A switch to the contract mid-chain: from there on, not verifiable (never passed).
        SealedChain d(EngineKind::Qbft, testKeys(4), 4);
        d.add();
        d.add({.listed = std::vector<Address>{}});
        d.add({.listed = std::vector<Address>{}});
        out = follow(d.blocks(), d.config());
        EXPECT_PASSES(out[1]);
        EXPECT_FAILS_WITH(out[2], ConsensusErrc::ValidatorSetUnverifiable);
        EXPECT_FAILS_WITH(out[3], ConsensusErrc::ValidatorSetUnverifiable);
    }

    void bftAnchoredMidEpoch()
    {
        auto keys = testKeys(5);
        const Address e = keys[4].address;
        SealedChain c(EngineKind::Ibft2, keys, 4, 100);
        c.add({.proposer = 0, .vote = Vote{e, true}});
        c.add({.proposer = 1, .vote = Vote{e, true}});
        c.add({.proposer = 2, .vote = Vote{e, true}});
        c.setValidators({keys[0].address, keys[1].address, keys[2].address, keys[3].address, e});
        c.add();
        // Pinned at block 2: the two votes before it are unknown, so block 4's set cannot be
        // confirmed — a failure that says why, not a pass.
        const std::vector<ChainBlock> fromTwo(c.blocks().begin() + 2, c.blocks().end());
        const auto out = follow(fromTwo, c.config());
        EXPECT_PASSES(out[0]);
        EXPECT_FAILS_WITH(out[2], ConsensusErrc::ValidatorListMismatch);
        QVERIFY(out[2].text().find("anchored mid-epoch") != std::string::npos);
    }

    // --- hashing, detection, formulas --------------------------------------------------

    void blockHashRules()
    {
        for (EngineKind k : {EngineKind::Ibft2, EngineKind::Qbft}) {
            const BftFlavor f = k == EngineKind::Qbft ? BftFlavor::Qbft : BftFlavor::Ibft2;
            SealedChain c(k, testKeys(4), 4);
            const ChainBlock& b = c.add({.round = 2});
            auto e = *decodeBftExtra(f, b.header.extraData);
            QVERIFY(b.hash != keccak256(b.headerRlp));
            e.committedSeals.pop_back();
            QCOMPARE(withExtra(k, b, encodeBftExtra(f, e)).hash, b.hash);  // seals are not hashed
            e.round = 7;
            // IBFT 2.0 drops the round from the hash, QBFT writes it as 0.
            QCOMPARE(withExtra(k, b, encodeBftExtra(f, e)).hash, b.hash);
            e.vote = BftVote{c.key(0).address, false};
            QVERIFY(withExtra(k, b, encodeBftExtra(f, e)).hash != b.hash);  // the vote is
            // The genesis is hashed as it is (Besu).
            QCOMPARE(c.blocks()[0].hash, keccak256(c.blocks()[0].headerRlp));
        }
        SealedChain c(EngineKind::Clique, testKeys(3), 3);
        const ChainBlock& b = c.add();
        QCOMPARE(b.hash, keccak256(b.headerRlp));  // Clique hashes the whole header, seal included
        QVERIFY(cliqueSealHash(b.header) != b.hash);
    }

    void engineDetection()
    {
        for (EngineKind k : {EngineKind::Clique, EngineKind::IstanbulLegacy, EngineKind::Ibft2, EngineKind::Qbft}) {
            SealedChain c(k, testKeys(4), 4);
            auto d = detectEngine(c.blocks()[0].header);
            QVERIFY2(d.ok(), d.ok() ? "" : d.error().message().c_str());
            QCOMPARE(d->kind, k);
            QVERIFY(!d->reason.empty());
        }
        BlockHeader dev;  // anvil-like: no validator data
        dev.extraData = {};
        QCOMPARE(detectEngine(dev)->kind, EngineKind::Pos);
        dev.difficulty = 131072;
        QCOMPARE(detectEngine(dev)->kind, EngineKind::Ethash);
        // Istanbul's mixHash with extraData of no IBFT layout: the user must say.
        dev.mixHash = istanbulMixHash();
        dev.extraData = Bytes(40, 1);
        QCOMPARE(detectEngine(dev).error().code, ConsensusErrc::EngineNotDetected);
        // Both readings possible: a vote list with 0xff and a 4-byte minimal round.
        BftExtra both;
        both.vanity.assign(32, 0);
        both.vote = BftVote{Address{}, true};
        both.round = 0x01000000;
        dev.extraData = encodeBftExtra(BftFlavor::Qbft, both);
        QVERIFY(decodeBftExtra(BftFlavor::Ibft2, dev.extraData).ok());
        QCOMPARE(detectEngine(dev).error().code, ConsensusErrc::EngineNotDetected);
    }

    void quorumFormulas()
    {
        // ⌈2N/3⌉ (IBFT 2.0, QBFT) and 2F+1, F = ⌊(N−1)/3⌋ (Istanbul 1.0).
        const std::size_t bft[] = {0, 1, 2, 2, 3, 4, 4, 5, 6, 6, 7};
        const std::size_t ist[] = {1, 1, 1, 1, 3, 3, 3, 5, 5, 5, 7};
        for (std::size_t n = 0; n <= 10; ++n) {
            QCOMPARE(requiredCommitters(EngineKind::Qbft, n), bft[n]);
            QCOMPARE(requiredCommitters(EngineKind::Ibft2, n), bft[n]);
            QCOMPARE(requiredCommitters(EngineKind::IstanbulLegacy, n), ist[n]);
            QCOMPARE(requiredCommitters(EngineKind::Clique, n), std::size_t(0));
        }
    }

    void stateRoundTrip()
    {
        ValidatorState s;
        s.config = {EngineKind::Clique, 77};
        s.anchor = 5;
        s.validators = {testKeys(2)[0].address, testKeys(2)[1].address};
        s.votes.push_back({s.validators[0], testKeys(1, "x")[0].address, true, 9});
        s.tallyComplete = false;
        s.unverifiable = "why";
        auto d = ValidatorState::decode(s.encode());
        QVERIFY(d.ok());
        QCOMPARE(d->encode(), s.encode());
        QCOMPARE(d->votes, s.votes);
        QCOMPARE(d->config, s.config);
    }

    void verifyBlockUsesTheEngineHash()
    {
        SealedChain c(EngineKind::Ibft2, testKeys(4), 4);
        const ChainBlock& b = c.add();
        RawBlock raw;
        raw.headerRlp = b.headerRlp;
        raw.claims.hash = b.hash;  // what Besu calls the block
        VerifyOptions opt;
        opt.consensus = c.config();
        VerifiedBlock v = verifyBlock(raw, opt);
        QVERIFY2(v.ok(), v.failures.empty() ? "" : v.failures[0].detail.c_str());
        QCOMPARE(v.hash, b.hash);
        QVERIFY(v.consensus.has_value());
        QCOMPARE(v.consensus->committers.size(), std::size_t(4));
        // Without the engine, keccak(rlp(header)) is not Besu's hash.
        v = verifyBlock(raw, VerifyOptions{});
        QVERIFY(std::any_of(v.failures.begin(), v.failures.end(), [](const CheckFailure& f) { return f.check == Check::BlockHash; }));
    }
};

QTEST_APPLESS_MAIN(ConsensusRules)
#include "test_consensus_rules.moc"
