#include "cli/command_list.h"

#include "cli/archive_command.h"
#include "cli/compliance_command.h"
#include "cli/disclose_command.h"
#include "cli/help_command.h"
#include "cli/investigate_command.h"
#include "cli/kpi_command.h"
#include "cli/lineage_command.h"
#include "cli/shipments_command.h"
#include "cli/simulate_command.h"
#include "cli/status_command.h"
#include "cli/sync_command.h"
#include "cli/verify_command.h"
#include "cli/version_command.h"

namespace bt::cli {

std::vector<std::unique_ptr<Command>> makeCommands()
{
    // A new subcommand (sync, verify, status, archive, simulate, lineage, compliance,
    // investigate, kpi, shipments, export) is one class in app/cli/ and one line here.
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<ArchiveCommand>());
    commands.push_back(std::make_unique<LineageCommand>());
    commands.push_back(std::make_unique<ComplianceCommand>());
    commands.push_back(std::make_unique<InvestigateCommand>());
    commands.push_back(std::make_unique<KpiCommand>());
    commands.push_back(std::make_unique<ShipmentsCommand>());
    commands.push_back(std::make_unique<DiscloseCommand>());
    commands.push_back(std::make_unique<SimulateCommand>());
    commands.push_back(std::make_unique<HelpCommand>());
    commands.push_back(std::make_unique<VersionCommand>());
    return commands;
}

} // namespace bt::cli
