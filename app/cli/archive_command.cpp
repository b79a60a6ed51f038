#include "cli/archive_command.h"

#include "archive/chain_archive.h"
#include "cli/cli_support.h"
#include "cli/dispatcher.h"
#include "index/index_db.h"

#include <bt/version.h>

#include <QCommandLineParser>

namespace bt::cli {

QString ArchiveCommand::name() const { return QStringLiteral("archive"); }

QString ArchiveCommand::summary() const { return tr("Export an index's raw chain to a file, or import one."); }

QString ArchiveCommand::description() const
{
    return tr("archive export --db PATH --out FILE writes the raw encodings of every block of the index to one "
              "compressed file. archive import --in FILE --db PATH reads such a file into an index, verifying "
              "every block as a sync from a node would; with --checkpoint, the archive must start at that block. "
              "Exit code 0 on success, 1 when the import found blocks that failed verification or stopped, 2 on "
              "a usage or I/O error.");
}

QString ArchiveCommand::argumentsSyntax() const { return QStringLiteral("export|import"); }

QList<QCommandLineOption> ArchiveCommand::options() const
{
    return {
        {QStringLiteral("db"), tr("Index file."), QStringLiteral("PATH")},
        {QStringLiteral("out"), tr("Archive to write (export)."), QStringLiteral("FILE")},
        {QStringLiteral("in"), tr("Archive to read (import)."), QStringLiteral("FILE")},
        {QStringLiteral("checkpoint"), tr("Block hash the archive must start at (import)."), QStringLiteral("HASH")},
    };
}

int ArchiveCommand::run(const Invocation& inv) const
{
    const QCommandLineParser& p = inv.parser;
    if (inv.arguments.size() != 1)
        return inv.dispatcher.usageError(inv.err, tr("archive needs one action: export or import"), this);
    const QString action = inv.arguments.first();
    if (!p.isSet(QStringLiteral("db"))) return inv.dispatcher.usageError(inv.err, tr("--db PATH is required"), this);
    const QString dbPath = p.value(QStringLiteral("db"));
    ProgressLine line(inv.err);
    auto progress = [&](std::uint64_t done, std::uint64_t total) {
        line.update(tr("%1: %2 of %3 blocks").arg(action).arg(done).arg(total));
    };

    if (action == QLatin1String("export")) {
        if (!p.isSet(QStringLiteral("out"))) return inv.dispatcher.usageError(inv.err, tr("--out FILE is required"), this);
        IndexDb db;
        if (IndexError e = db.open(dbPath, IndexDb::Mode::ReadOnly); !e.ok()) {
            inv.err << tr("archive export: %1").arg(e.message) << '\n';
            return kExitUsage;
        }
        const ArchiveResult r = exportArchive(db, p.value(QStringLiteral("out")),
                                              QStringLiteral("batterytrace " BT_VERSION_STRING), progress);
        line.finish();
        if (!r.ok) {
            inv.err << tr("archive export: %1").arg(r.message) << '\n';
            return kExitUsage;
        }
        inv.out << r.message << '\n';
        return kExitOk;
    }
    if (action == QLatin1String("import")) {
        if (!p.isSet(QStringLiteral("in"))) return inv.dispatcher.usageError(inv.err, tr("--in FILE is required"), this);
        std::optional<Hash32> checkpoint;
        if (p.isSet(QStringLiteral("checkpoint"))) {
            checkpoint = parseHash(p.value(QStringLiteral("checkpoint")));
            if (!checkpoint) return inv.dispatcher.usageError(inv.err, tr("--checkpoint: not a 32-byte hex hash"), this);
        }
        QString headerError;
        if (!readArchiveHeader(p.value(QStringLiteral("in")), headerError)) {
            inv.err << tr("archive import: %1").arg(headerError) << '\n';
            return kExitUsage;
        }
        IndexDb db;
        if (IndexError e = db.open(dbPath, IndexDb::Mode::Create); !e.ok()) {
            inv.err << tr("archive import: %1").arg(e.message) << '\n';
            return kExitUsage;
        }
        const ArchiveResult r = importArchive(p.value(QStringLiteral("in")), db, checkpoint, progress);
        line.finish();
        if (!r.ok) {
            inv.err << tr("archive import: %1").arg(r.message) << '\n';
            return kExitFailure;
        }
        inv.out << r.message << '\n';
        return r.failedBlocks == 0 ? kExitOk : kExitFailure;
    }
    return inv.dispatcher.usageError(inv.err, tr("unknown archive action \"%1\" (export or import)").arg(action), this);
}

}  // namespace bt::cli
