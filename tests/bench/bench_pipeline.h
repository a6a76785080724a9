#pragma once
// bench_pipeline's shared parts: the run's settings and small helpers (bench_pipeline.cpp), and
// the parts that boot a tinyos VM whose "agent" is a shell script on the runner's stream path
// (bench_pipeline_vm.cpp: the latency and channel figures).

#include <QByteArray>
#include <QList>
#include <QString>

class QTemporaryDir;

namespace BenchPipeline {

extern QString g_uri;     // libvirt URI
extern QString g_fixture; // the tinyos fixture folder
extern QTemporaryDir *g_work;
extern const QString kPool;

[[noreturn]] void die(const QString &message);
double median(QList<double> v);
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
double loadAverage();

// guest write → host listener: ping/pong round trips with a guest echo script (bench-agent.sh).
void benchLatency(int pings);
// The agent channel alone: a guest script writes `seq 1 lines` to the port (4 and 32 KiB writes).
void benchChannel(qint64 lines);

} // namespace BenchPipeline
