// Connect to node: the JSON-RPC URL, extra request headers ("Name: value" lines, for
// the API keys and bearer tokens consortium nodes ask for), confirmations, an
// optional checkpoint hash, and the index to sync into. The Connect button is enabled
// only when everything parses; the first problem is said under the fields. Header
// values are handed to the sync and nowhere else: never saved, never logged.
#pragma once

#include "explorer_types.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace bt::ui {

class ConnectDialog : public QDialog {
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    void setSettings(const facade::NodeSettings& settings);
    facade::NodeSettings settings() const;
    bool isValid() const;
    QString problem() const;  // empty when valid

private:
    void validate();
    void browse();

    QLineEdit* m_url = nullptr;
    QPlainTextEdit* m_headers = nullptr;
    QSpinBox* m_confirmations = nullptr;
    QLineEdit* m_checkpoint = nullptr;
    QLineEdit* m_index = nullptr;
    QCheckBox* m_follow = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace bt::ui
