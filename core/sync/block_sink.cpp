#include "sync/block_sink.h"

namespace bt {

BlockSink::BlockSink(QString dbPath, QObject* parent) : QObject(parent), m_path(std::move(dbPath)) {}

BlockSink::~BlockSink() { close(); }

bool BlockSink::open()
{
    m_db = std::make_unique<IndexDb>();
    if (IndexError e = m_db->open(m_path, IndexDb::Mode::ReadWrite); !e.ok()) {
        fail(e);
        return false;
    }
    m_writer = std::make_unique<IndexWriter>(*m_db);
    m_domain = std::make_unique<domain::DomainIndexer>(*m_db);
    m_sinceCommit.start();
    return true;
}

void BlockSink::fail(const IndexError& e)
{
    if (!m_error.isEmpty()) return;
    m_error = e.message;
    emit failed(m_error);
}

void BlockSink::write(std::shared_ptr<const SinkBlock> block)
{
    if (!m_error.isEmpty() || !m_writer) return;
    if (!m_inTransaction) {
        if (IndexError e = m_writer->begin(); !e.ok()) return fail(e);
        m_inTransaction = true;
    }
    if (IndexError e = m_writer->writeBlock(block->raw, block->verified); !e.ok()) {
        m_writer->rollback();
        m_inTransaction = false;
        m_pending = 0;
        return fail(e);
    }
    ++m_pending;
    m_lastNumber = block->verified.number;
    if (m_sinceCommit.elapsed() >= 250) flush();
}

bool BlockSink::flush()
{
    if (!m_error.isEmpty()) return false;
    m_sinceCommit.restart();
    if (!m_inTransaction) return true;
    m_inTransaction = false;
    if (IndexError e = m_writer->commit(); !e.ok()) {
        m_pending = 0;
        fail(e);
        return false;
    }
    emit committed(m_lastNumber, m_pending);
    m_pending = 0;
    // Domain index hook: the registry's logs of what was just committed, in this
    // (the writer's) thread, in transactions of its own.
    if (IndexError e = m_domain->run(m_lastNumber); !e.ok()) {
        fail(e);
        return false;
    }
    return true;
}

bool BlockSink::truncateAbove(quint64 number)
{
    if (!flush()) return false;
    if (IndexError e = m_writer->begin(); !e.ok()) {
        fail(e);
        return false;
    }
    if (IndexError e = m_writer->truncateAbove(number); !e.ok()) {
        m_writer->rollback();
        fail(e);
        return false;
    }
    if (IndexError e = m_writer->commit(); !e.ok()) {
        fail(e);
        return false;
    }
    return true;
}

void BlockSink::close()
{
    if (m_inTransaction && m_error.isEmpty()) flush();
    m_domain.reset();
    m_writer.reset();
    m_db.reset();
}

}  // namespace bt
