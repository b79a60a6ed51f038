// Saves what a widget shows as a PNG, so a person can look at the states a GUI test
// reaches. The folder is $BT_SCREENSHOT_DIR, else BT_DEFAULT_SCREENSHOT_DIR (the build
// tree's screenshots/, set by the test's CMakeLists), else ./screenshots.
#pragma once

#include <QDir>
#include <QPixmap>
#include <QString>
#include <QWidget>
#include <QtGlobal>

namespace bt::test {

inline QString screenshotDir()
{
    QString dir = qEnvironmentVariable("BT_SCREENSHOT_DIR");
#ifdef BT_DEFAULT_SCREENSHOT_DIR
    if (dir.isEmpty()) dir = QStringLiteral(BT_DEFAULT_SCREENSHOT_DIR);
#endif
    if (dir.isEmpty()) dir = QDir::current().filePath(QStringLiteral("screenshots"));
    return dir;
}

// Renders `widget` as it is now (also off screen) to <dir>/<name>.png. Returns the
// file's path, or an empty string if the folder or the file could not be written.
inline QString saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = screenshotDir();
    if (!QDir().mkpath(dir)) return {};
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    return widget->grab().save(path, "PNG") ? path : QString();
}

} // namespace bt::test
