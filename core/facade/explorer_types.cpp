#include "explorer_types.h"

#include "domain_types.h"

#include "codec/bytes.h"
#include "rpc/rpc_client.h"

#include <QUrl>

namespace bt::facade {

void registerFacadeTypes()
{
    qRegisterMetaType<ServiceError>();
    qRegisterMetaType<IndexSummary>();
    qRegisterMetaType<BlockPage>();
    qRegisterMetaType<BlockDetails>();
    qRegisterMetaType<SearchResults>();
    qRegisterMetaType<SearchHit>();
    qRegisterMetaType<JobProgress>();
    qRegisterMetaType<JobResult>();
    qRegisterMetaType<NodeSettings>();
    qRegisterMetaType<IndexChange>();
    qRegisterMetaType<JobKind>();
    qRegisterMetaType<KpiReport>();
    qRegisterMetaType<ComplianceReport>();
    qRegisterMetaType<DefectsReport>();
    qRegisterMetaType<ShipmentsReport>();
    qRegisterMetaType<LineageReport>();
    qRegisterMetaType<TraceEventDetails>();
}

NodeSettings::Problem NodeSettings::validate(int* badHeaderLine) const
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    const QString scheme = u.scheme();
    if (!u.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || u.host().isEmpty())
        return Problem::Url;
    for (int i = 0; i < headers.size(); ++i) {
        const QString line = headers[i].trimmed();
        if (line.isEmpty()) continue;
        RpcEndpoint probe;
        if (!probe.addHeader(line)) {
            if (badHeaderLine) *badHeaderLine = i;
            return Problem::Header;
        }
    }
    if (const QString c = checkpoint.trimmed(); !c.isEmpty()) {
        if (!c.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) || !fixedFromHex<32>(c.toStdString()))
            return Problem::Checkpoint;
    }
    if (indexPath.trimmed().isEmpty()) return Problem::IndexPath;
    return Problem::None;
}

QString NodeSettings::displayUrl() const
{
    RpcEndpoint e;
    e.url = QUrl(url.trimmed(), QUrl::StrictMode);
    return e.displayName();
}

}  // namespace bt::facade
