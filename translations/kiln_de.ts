<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionIcons</name>
    <message>
        <source>Run programs</source>
        <translation>Programme ausführen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Downloads and uploads</source>
        <translation>Downloads und Uploads</translation>
    </message>
    <message>
        <source>System and software</source>
        <translation>System und Software</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
</context>
<context>
    <name>ComponentTemplates</name>
    <message>
        <source>Build component</source>
        <translation>Build-Komponente</translation>
    </message>
    <message>
        <source>Installs and configures software: build and validate phases</source>
        <translation>Installiert und konfiguriert Software: Abschnitte build und validate</translation>
    </message>
    <message>
        <source>Test component</source>
        <translation>Test-Komponente</translation>
    </message>
    <message>
        <source>Checks the finished image: a test phase</source>
        <translation>Prüft das fertige Image: ein Abschnitt test</translation>
    </message>
    <message>
        <source>Empty component</source>
        <translation>Leere Komponente</translation>
    </message>
    <message>
        <source>Starts from scratch with one empty build phase</source>
        <translation>Beginnt von vorn mit einem leeren Abschnitt build</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Check the URI&apos;s spelling. Examples: qemu:///session, qemu:///system, qemu+ssh://user@host/system.</source>
        <translation>Prüfen Sie die Schreibweise der URI. Beispiele: qemu:///session, qemu:///system, qemu+ssh://benutzer@host/system.</translation>
    </message>
    <message>
        <source>This libvirt has no driver for that URI. Install libvirt-daemon-system and qemu-system-x86, and check the URI.</source>
        <translation>Diese libvirt-Installation hat keinen Treiber für diese URI. Installieren Sie libvirt-daemon-system und qemu-system-x86 und prüfen Sie die URI.</translation>
    </message>
    <message>
        <source>Check that &quot;ssh HOST&quot; works without a password prompt (use a key) and that libvirt is installed and running on that host.</source>
        <translation>Prüfen Sie, dass „ssh HOST“ ohne Passwortabfrage funktioniert (mit einem Schlüssel) und dass libvirt auf diesem Host installiert ist und läuft.</translation>
    </message>
    <message>
        <source>Your user may not use this URI. Use qemu:///session, or add yourself to the &quot;libvirt&quot; group and log in again.</source>
        <translation>Ihr Benutzer darf diese URI nicht verwenden. Nutzen Sie qemu:///session, oder treten Sie der Gruppe „libvirt“ bei und melden Sie sich neu an.</translation>
    </message>
    <message>
        <source>libvirtd is not running. Start it: &quot;sudo systemctl start libvirtd&quot;, or without systemd &quot;virtlogd -d; libvirtd -d&quot; (Kiln&apos;s scripts/daemons.sh does this).</source>
        <translation>libvirtd läuft nicht. Starten Sie ihn: „sudo systemctl start libvirtd“, oder ohne systemd „virtlogd -d; libvirtd -d“ (Kilns scripts/daemons.sh erledigt das).</translation>
    </message>
    <message>
        <source>The daemon or the remote host does not answer. Check that libvirtd is running and not stuck, and the network to the host.</source>
        <translation>Der Dienst oder der entfernte Host antwortet nicht. Prüfen Sie, ob libvirtd läuft und nicht hängt, und die Netzwerkverbindung zum Host.</translation>
    </message>
    <message>
        <source>Check the URI, and that libvirtd is installed and running where it points.</source>
        <translation>Prüfen Sie die URI und ob libvirtd dort, wohin sie zeigt, installiert ist und läuft.</translation>
    </message>
    <message>
        <source>No answer from %1</source>
        <translation>Keine Antwort von %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>Keine Verbindung zu %1 möglich.</translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message>
        <source>%1: %2 is outside %3–%4</source>
        <translation>%1: %2 liegt außerhalb von %3–%4</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: empty item in the list &quot;%2&quot;</source>
        <translation>%1: leerer Eintrag in der Liste „%2“</translation>
    </message>
    <message>
        <source>%1: the step in &quot;%2&quot; must be a positive number</source>
        <translation>%1: die Schrittweite in „%2“ muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>%1: the range &quot;%2&quot; runs backwards</source>
        <translation>%1: der Bereich „%2“ läuft rückwärts</translation>
    </message>
    <message>
        <source>The schedule is empty: enter a cron expression such as &quot;0 3 * * *&quot; (every day at 03:00).</source>
        <translation>Der Zeitplan ist leer: Geben Sie einen Cron-Ausdruck ein, etwa „0 3 * * *“ (jeden Tag um 03:00).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known shortcut; use @hourly, @daily, @weekly, @monthly or @yearly.</source>
        <translation>„%1“ ist keine bekannte Abkürzung; verwenden Sie @hourly, @daily, @weekly, @monthly oder @yearly.</translation>
    </message>
    <message numerus="yes">
        <source>A cron expression has 5 fields (minute hour day-of-month month day-of-week); this one has %n.</source>
        <translation>
            <numerusform>Ein Cron-Ausdruck hat 5 Felder (Minute Stunde Monatstag Monat Wochentag); dieser hat %n.</numerusform>
            <numerusform>Ein Cron-Ausdruck hat 5 Felder (Minute Stunde Monatstag Monat Wochentag); dieser hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>Monatstag</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>This schedule never runs: no month in it has such a day.</source>
        <translation>Dieser Zeitplan läuft nie: Kein Monat darin hat einen solchen Tag.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
</context>
<context>
    <name>Kiln::Core::AgentEventFormatter</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed (ignored)</source>
        <translation>fehlgeschlagen (ignoriert)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>an unknown system</source>
        <translation>einem unbekannten System</translation>
    </message>
    <message>
        <source>Agent %1 resumed after a reboot (boot %2) on %3</source>
        <translation>Agent %1 nach einem Neustart fortgesetzt (Start %2) auf %3</translation>
    </message>
    <message>
        <source>Agent %1 started (boot %2) on %3</source>
        <translation>Agent %1 gestartet (Start %2) auf %3</translation>
    </message>
    <message>
        <source>▶ Component %1</source>
        <translation>▶ Komponente %1</translation>
    </message>
    <message>
        <source>▶ Component %1 (phases: %2)</source>
        <translation>▶ Komponente %1 (Abschnitte: %2)</translation>
    </message>
    <message>
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message>
        <source>▶ %1 (%2)</source>
        <translation>▶ %1 (%2)</translation>
    </message>
    <message>
        <source>[iteration %1]</source>
        <translation>[Durchlauf %1]</translation>
    </message>
    <message>
        <source>%1 %2 %3 with exit code %4 after %5</source>
        <translation>%1 %2 %3 mit Exit-Code %4 nach %5</translation>
    </message>
    <message>
        <source>%1 %2 %3 in %4</source>
        <translation>%1 %2 %3 in %4</translation>
    </message>
    <message>
        <source>Component %1 %2 in %3</source>
        <translation>Komponente %1 %2 in %3</translation>
    </message>
    <message>
        <source>%1 %2 in %3</source>
        <translation>%1 %2 in %3</translation>
    </message>
    <message>
        <source>⟳ Rebooting the guest for %1</source>
        <translation>⟳ Gast wird für %1 neu gestartet</translation>
    </message>
    <message>
        <source>⟳ Rebooting the guest for %1 (%2)</source>
        <translation>⟳ Gast wird für %1 neu gestartet (%2)</translation>
    </message>
    <message>
        <source>Package inventory: %1 packages (%2)</source>
        <translation>Paketliste: %1 Pakete (%2)</translation>
    </message>
    <message>
        <source>Run succeeded in %1</source>
        <translation>Lauf erfolgreich in %1</translation>
    </message>
    <message>
        <source>Run cancelled after %1</source>
        <translation>Lauf abgebrochen nach %1</translation>
    </message>
    <message>
        <source>Run failed after %1</source>
        <translation>Lauf fehlgeschlagen nach %1</translation>
    </message>
    <message>
        <source>at %1 (exit code %2)</source>
        <translation>bei %1 (Exit-Code %2)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>Agent event &quot;%1&quot; (not known to this version of Kiln)</source>
        <translation>Agent-Ereignis „%1“ (dieser Kiln-Version unbekannt)</translation>
    </message>
</context>
<context>
    <name>Kiln::Core::AgentEventParser</name>
    <message>
        <source>a line longer than %1 bytes was skipped</source>
        <translation>eine Zeile länger als %1 Bytes wurde übersprungen</translation>
    </message>
    <message>
        <source>the event stream ended in the middle of a line</source>
        <translation>der Ereignisstrom endete mitten in einer Zeile</translation>
    </message>
    <message>
        <source>agent event stream, line %1: %2</source>
        <translation>Agent-Ereignisstrom, Zeile %1: %2</translation>
    </message>
    <message>
        <source>the agent restarted its event numbering (seq %1 after %2)</source>
        <translation>der Agent hat seine Ereignisnummerierung neu begonnen (seq %1 nach %2)</translation>
    </message>
    <message>
        <source>1 agent event is missing (seq %1)</source>
        <translation>1 Agent-Ereignis fehlt (seq %1)</translation>
    </message>
    <message>
        <source>%1 agent events are missing (seq %2 to %3)</source>
        <translation>%1 Agent-Ereignisse fehlen (seq %2 bis %3)</translation>
    </message>
    <message>
        <source>not a JSON event (%1 at byte %2)</source>
        <translation>kein JSON-Ereignis (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a JSON event (not an object)</source>
        <translation>kein JSON-Ereignis (kein Objekt)</translation>
    </message>
    <message>
        <source>a JSON object without an &quot;event&quot; field</source>
        <translation>ein JSON-Objekt ohne „event“-Feld</translation>
    </message>
</context>
<context>
    <name>Kiln::Core::Build</name>
    <message>
        <source>%1 bytes of agent events were not parsed live (they are in %2)</source>
        <translation>%1 Bytes an Agent-Ereignissen wurden nicht live ausgewertet (sie stehen in %2)</translation>
    </message>
    <message>
        <source>Cannot start the build worker: kilnctl was not found (install Kiln, or set KILN_KILNCTL).</source>
        <translation>Der Build-Worker kann nicht gestartet werden: kilnctl wurde nicht gefunden (installieren Sie Kiln oder setzen Sie KILN_KILNCTL).</translation>
    </message>
    <message>
        <source>Cannot create the log folder %1</source>
        <translation>Der Protokollordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot start the build worker %1: %2</source>
        <translation>Der Build-Worker %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>build %1 has already finished (%2)</source>
        <translation>Build %1 ist bereits beendet (%2)</translation>
    </message>
    <message>
        <source>Cannot open the lock file %1: %2</source>
        <translation>Die Sperrdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Another build worker holds %1.</source>
        <translation>Ein anderer Build-Worker hält die Sperre %1.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>%1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>The build plan is damaged: field &apos;%1&apos; of %2 is missing or has the wrong type.</source>
        <translation>Der Build-Plan ist beschädigt: Das Feld „%1“ von %2 fehlt oder hat den falschen Typ.</translation>
    </message>
    <message>
        <source>The build plan has version %1; this Kiln reads version %2.</source>
        <translation>Der Build-Plan hat Version %1; diese Kiln-Version liest Version %2.</translation>
    </message>
    <message>
        <source>build %1 of pipeline %2: image %3 from %4 on %5 (%6 components)</source>
        <translation>Build %1 der Pipeline %2: Image %3 aus %4 auf %5 (%6 Komponenten)</translation>
    </message>
    <message>
        <source>component test %1: %2 (phases %3) on %4</source>
        <translation>Komponententest %1: %2 (Abschnitte %3) auf %4</translation>
    </message>
    <message>
        <source>stage %1 started</source>
        <translation>Phase %1 gestartet</translation>
    </message>
    <message>
        <source>stage %1 %2</source>
        <translation>Phase %1 %2</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot record the package inventory: %1</source>
        <translation>die Paketliste kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>image %1 is AVAILABLE (%2)</source>
        <translation>Image %1 ist AVAILABLE (%2)</translation>
    </message>
    <message>
        <source>component test passed (%1)</source>
        <translation>Komponententest bestanden (%1)</translation>
    </message>
    <message>
        <source>build cancelled during %1: %2</source>
        <translation>Build während %1 abgebrochen: %2</translation>
    </message>
    <message>
        <source>kept for inspection: VM %1 with its disks; remove them with: kilnctl build cleanup %2</source>
        <translation>zur Untersuchung behalten: VM %1 mit ihren Festplatten; entfernen Sie sie mit: kilnctl build cleanup %2</translation>
    </message>
    <message>
        <source>cannot remove volume %1: %2</source>
        <translation>Volume %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>removed %1 temporary volume(s)</source>
        <translation>%1 temporäre(s) Volume(s) entfernt</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>Komponente %1</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>build failed in %1%2: %3</source>
        <translation>Build fehlgeschlagen in %1%2: %3</translation>
    </message>
    <message>
        <source>last log lines:
%1</source>
        <translation>letzte Protokollzeilen:
%1</translation>
    </message>
    <message>
        <source>interrupted (SIGINT)</source>
        <translation>unterbrochen (SIGINT)</translation>
    </message>
    <message>
        <source>build worker %1 started for build %2</source>
        <translation>Build-Worker %1 für Build %2 gestartet</translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>marked interrupted build %1 as failed</source>
        <translation>unterbrochenen Build %1 als fehlgeschlagen markiert</translation>
    </message>
    <message>
        <source>removed leftovers of crashed runs: %1</source>
        <translation>Reste abgestürzter Läufe entfernt: %1</translation>
    </message>
    <message>
        <source>distributed to %1 (%2)</source>
        <translation>nach %1 verteilt (%2)</translation>
    </message>
    <message>
        <source>Cannot download the image volume %1: %2</source>
        <translation>Das Image-Volume %1 kann nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Cannot download the base volume %1: %2</source>
        <translation>Das Basis-Volume %1 kann nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>wrote %1 (%2, %3 bytes, sha256 %4)</source>
        <translation>%1 geschrieben (%2, %3 Bytes, sha256 %4)</translation>
    </message>
    <message>
        <source>Cannot use pool %1 on %2: %3</source>
        <translation>Pool %1 auf %2 kann nicht verwendet werden: %3</translation>
    </message>
    <message>
        <source>Cannot upload %1 to pool %2 on %3: %4</source>
        <translation>%1 kann nicht in den Pool %2 auf %3 hochgeladen werden: %4</translation>
    </message>
    <message>
        <source>uploaded %1 to pool %2 on %3 (sha256 %4)</source>
        <translation>%1 in den Pool %2 auf %3 hochgeladen (sha256 %4)</translation>
    </message>
    <message>
        <source>Cannot write %1/SHA256SUMS: %2</source>
        <translation>%1/SHA256SUMS kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1/metadata.json: %2</source>
        <translation>%1/metadata.json kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 free in %2</source>
        <translation>%1 frei in %2</translation>
    </message>
    <message>
        <source>free space in %1 (builds need room for overlays and exports)</source>
        <translation>freier Speicher in %1 (Builds brauchen Platz für Overlays und Exporte)</translation>
    </message>
    <message>
        <source>free space in %1: less than 5 GiB left</source>
        <translation>freier Speicher in %1: weniger als 5 GiB übrig</translation>
    </message>
    <message>
        <source>libvirtd running</source>
        <translation>libvirtd läuft</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>virtlogd running</source>
        <translation>virtlogd läuft</translation>
    </message>
    <message>
        <source>libvirt reachable</source>
        <translation>libvirt erreichbar</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>check that libvirtd runs on the remote host and that ssh reaches it</source>
        <translation>prüfen Sie, dass libvirtd auf dem entfernten Host läuft und ssh ihn erreicht</translation>
    </message>
    <message>
        <source>storage pool writable</source>
        <translation>Speicherpool beschreibbar</translation>
    </message>
    <message>
        <source>virsh -c %1 pool-destroy %2; virsh -c %1 pool-undefine %2  (Kiln recreates it)</source>
        <translation>virsh -c %1 pool-destroy %2; virsh -c %1 pool-undefine %2  (Kiln legt ihn neu an)</translation>
    </message>
    <message>
        <source>cannot create a temporary file</source>
        <translation>eine temporäre Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>pool %1 at %2</source>
        <translation>Pool %1 unter %2</translation>
    </message>
    <message>
        <source>cannot write to pool %1 at %2: %3</source>
        <translation>in den Pool %1 unter %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>free disk in the pool</source>
        <translation>freier Speicher im Pool</translation>
    </message>
    <message>
        <source>KVM usable</source>
        <translation>KVM nutzbar</translation>
    </message>
    <message>
        <source>/dev/kvm does not exist: builds run under TCG (emulation, several times slower)</source>
        <translation>/dev/kvm existiert nicht: Builds laufen unter TCG (Emulation, um ein Mehrfaches langsamer)</translation>
    </message>
    <message>
        <source>enable virtualization in the firmware and load kvm_intel or kvm_amd (modprobe kvm_intel)</source>
        <translation>aktivieren Sie die Virtualisierung in der Firmware und laden Sie kvm_intel oder kvm_amd (modprobe kvm_intel)</translation>
    </message>
    <message>
        <source>a KVM guest answered in %1 ms</source>
        <translation>ein KVM-Gast antwortete in %1 ms</translation>
    </message>
    <message>
        <source>KVM is present but a KVM guest did not run (%1): builds use TCG; set accelerator: tcg in your infrastructure configurations to skip the probe</source>
        <translation>KVM ist vorhanden, aber ein KVM-Gast lief nicht (%1): Builds verwenden TCG; setzen Sie accelerator: tcg in Ihren Infrastrukturkonfigurationen, um diese Prüfung zu überspringen</translation>
    </message>
    <message>
        <source>no answer within 5 s</source>
        <translation>keine Antwort innerhalb von 5 s</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1 installed</source>
        <translation>%1 installiert</translation>
    </message>
    <message>
        <source>not found in PATH</source>
        <translation>nicht im PATH gefunden</translation>
    </message>
    <message>
        <source>guest agent present</source>
        <translation>Gast-Agent vorhanden</translation>
    </message>
    <message>
        <source>kiln-agent was not found</source>
        <translation>kiln-agent wurde nicht gefunden</translation>
    </message>
    <message>
        <source>ninja -C build kiln-agent (or install Kiln; KILN_AGENT=PATH)</source>
        <translation>ninja -C build kiln-agent (oder Kiln installieren; KILN_AGENT=PFAD)</translation>
    </message>
    <message>
        <source>free disk in the Kiln home</source>
        <translation>freier Speicher im Kiln-Basisordner</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot check %1 for leftovers: %2</source>
        <translation>%1 kann nicht auf Reste geprüft werden: %2</translation>
    </message>
    <message>
        <source>cannot list leftovers on %1: %2</source>
        <translation>Reste auf %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>the build worker (pid %1)</source>
        <translation>der Build-Worker (PID %1)</translation>
    </message>
    <message>
        <source>no build worker</source>
        <translation>kein Build-Worker</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>cancelled (%1 had stopped)</source>
        <translation>abgebrochen (%1 war beendet)</translation>
    </message>
    <message>
        <source>interrupted: no build worker started within %1 s</source>
        <translation>unterbrochen: innerhalb von %1 s wurde kein Build-Worker gestartet</translation>
    </message>
    <message>
        <source>interrupted: %1 stopped during %2 before the build finished</source>
        <translation>unterbrochen: %1 endete während %2, bevor der Build fertig war</translation>
    </message>
    <message>
        <source>build %1 is still running (%2); cancel it first: kilnctl build cancel %1</source>
        <translation>Build %1 läuft noch (%2); brechen Sie ihn zuerst ab: kilnctl build cancel %1</translation>
    </message>
    <message>
        <source>The disk of base image %1 is missing: %2. Import the image again.</source>
        <translation>Die Festplatte des Basis-Images %1 fehlt: %2. Importieren Sie das Image erneut.</translation>
    </message>
    <message>
        <source>Base image %1 has no disk.</source>
        <translation>Das Basis-Image %1 hat keine Festplatte.</translation>
    </message>
    <message>
        <source>Base image %1 is volume %2 in pool %3 on %4, but infrastructure %5 builds in pool %6 on %7. Use an infrastructure with that URI and pool, or export the image to a directory and import it.</source>
        <translation>Das Basis-Image %1 ist das Volume %2 im Pool %3 auf %4, aber die Infrastruktur %5 baut im Pool %6 auf %7. Verwenden Sie eine Infrastruktur mit dieser URI und diesem Pool, oder exportieren Sie das Image in ein Verzeichnis und importieren Sie es.</translation>
    </message>
    <message>
        <source>%1 needs a value for parameter &apos;%2&apos; (--parameters %2=VALUE)</source>
        <translation>%1 braucht einen Wert für den Parameter „%2“ (--parameters %2=WERT)</translation>
    </message>
    <message>
        <source>%1 has no parameter &apos;%2&apos; (it declares: %3)</source>
        <translation>%1 hat keinen Parameter „%2“ (deklariert sind: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; is not NAME=VALUE</source>
        <translation>der Parameter „%1“ hat nicht die Form NAME=WERT</translation>
    </message>
    <message>
        <source>pipeline %1: recipe %2: %3</source>
        <translation>Pipeline %1: Rezept %2: %3</translation>
    </message>
    <message>
        <source>pipeline %1: parent image %2 of recipe %3: %4</source>
        <translation>Pipeline %1: Eltern-Image %2 des Rezepts %3: %4</translation>
    </message>
    <message>
        <source>pipeline %1: %2</source>
        <translation>Pipeline %1: %2</translation>
    </message>
    <message>
        <source>pipeline %1: infrastructure %2: %3</source>
        <translation>Pipeline %1: Infrastruktur %2: %3</translation>
    </message>
    <message>
        <source>pipeline %1: recipe %2 has no components</source>
        <translation>Pipeline %1: Rezept %2 hat keine Komponenten</translation>
    </message>
    <message>
        <source>pipeline %1: distribution %2: %3</source>
        <translation>Pipeline %1: Verteilung %2: %3</translation>
    </message>
    <message>
        <source>give either a component reference or a file</source>
        <translation>geben Sie entweder eine Komponentenreferenz oder eine Datei an</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>component name</source>
        <translation>Komponentenname</translation>
    </message>
    <message>
        <source>component %1: %2</source>
        <translation>Komponente %1: %2</translation>
    </message>
    <message>
        <source>base image %1: %2</source>
        <translation>Basis-Image %1: %2</translation>
    </message>
    <message>
        <source>infrastructure %1: %2</source>
        <translation>Infrastruktur %1: %2</translation>
    </message>
    <message>
        <source>unknown phase &apos;%1&apos; (build, validate or test)</source>
        <translation>unbekannter Abschnitt „%1“ (build, validate oder test)</translation>
    </message>
    <message>
        <source>pipeline %1 is disabled; enable it to run it</source>
        <translation>Pipeline %1 ist deaktiviert; aktivieren Sie sie, um sie auszuführen</translation>
    </message>
    <message>
        <source>Cannot create the image row: %1</source>
        <translation>Der Image-Eintrag kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1: nicht innerhalb von %2 s abgeschlossen</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>waiting for another build that uploads the same image</source>
        <translation>wartet auf einen anderen Build, der dasselbe Image hochlädt</translation>
    </message>
    <message>
        <source>Creating the overlay</source>
        <translation>Anlegen des Overlays</translation>
    </message>
    <message>
        <source>Cannot create the VM&apos;s disk (an overlay on %1): %2</source>
        <translation>Die Festplatte der VM (ein Overlay auf %1) kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The guest agent (kiln-agent) was not found. Build it (ninja kiln-agent), install Kiln, or point KILN_AGENT at it.</source>
        <translation>Der Gast-Agent (kiln-agent) wurde nicht gefunden. Bauen Sie ihn (ninja kiln-agent), installieren Sie Kiln oder lassen Sie KILN_AGENT auf ihn zeigen.</translation>
    </message>
    <message>
        <source>Cannot start building the seed</source>
        <translation>Das Erstellen des Seeds kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>xorriso did not finish within 120 s</source>
        <translation>xorriso war nicht innerhalb von 120 s fertig</translation>
    </message>
    <message>
        <source>Cannot build the seed: %1</source>
        <translation>Das Seed kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Uploading the seed</source>
        <translation>Hochladen des Seeds</translation>
    </message>
    <message>
        <source>Cannot upload the seed: %1</source>
        <translation>Das Seed kann nicht hochgeladen werden: %1</translation>
    </message>
    <message>
        <source>%1 VM disks ready: overlay %2 on %3, seed %4 (%5 documents)</source>
        <translation>%1: VM-Festplatten bereit: Overlay %2 auf %3, Seed %4 (%5 Dokumente)</translation>
    </message>
    <message>
        <source>Connecting to libvirt</source>
        <translation>Verbindung zu libvirt</translation>
    </message>
    <message>
        <source>Cannot connect to libvirt at %1: %2. Is libvirtd running? Run &apos;kilnctl doctor&apos; (or scripts/daemons.sh) to start it.</source>
        <translation>Keine Verbindung zu libvirt unter %1: %2. Läuft libvirtd? Führen Sie „kilnctl doctor“ (oder scripts/daemons.sh) aus, um es zu starten.</translation>
    </message>
    <message>
        <source>Preparing the storage pool</source>
        <translation>Vorbereitung des Speicherpools</translation>
    </message>
    <message>
        <source>Cannot use storage pool %1 on %2: %3</source>
        <translation>Der Speicherpool %1 auf %2 kann nicht verwendet werden: %3</translation>
    </message>
    <message>
        <source>connected to %1, pool %2 at %3 (%4 MiB free)</source>
        <translation>verbunden mit %1, Pool %2 unter %3 (%4 MiB frei)</translation>
    </message>
    <message>
        <source>storage pool %1 has only %2 MiB free</source>
        <translation>Speicherpool %1 hat nur %2 MiB frei</translation>
    </message>
    <message>
        <source>Probing KVM</source>
        <translation>KVM-Prüfung</translation>
    </message>
    <message>
        <source>accelerator auto → %1</source>
        <translation>Beschleuniger auto → %1</translation>
    </message>
    <message>
        <source>The %1 of base image %2: %3</source>
        <translation>Basis-Image %2, %1: %3</translation>
    </message>
    <message>
        <source>Uploading the %1</source>
        <translation>%1-Upload</translation>
    </message>
    <message>
        <source>uploaded the %1 as volume %2</source>
        <translation>%1 als Volume %2 hochgeladen</translation>
    </message>
    <message>
        <source>Uploading the base image</source>
        <translation>Hochladen des Basis-Images</translation>
    </message>
    <message>
        <source>Cannot put base image %1 into pool %2: %3</source>
        <translation>Das Basis-Image %1 kann nicht in den Pool %2 gelegt werden: %3</translation>
    </message>
    <message>
        <source>uploaded base image %1 as volume %2</source>
        <translation>Basis-Image %1 als Volume %2 hochgeladen</translation>
    </message>
    <message>
        <source>base image %1 is already volume %2</source>
        <translation>Basis-Image %1 ist bereits Volume %2</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>initrd</source>
        <translation>Initrd</translation>
    </message>
    <message>
        <source>build VM finished: %1 boot(s), OS %2, %3 packages (%4)</source>
        <translation>Build-VM fertig: %1 Start(s), Betriebssystem %2, %3 Pakete (%4)</translation>
    </message>
    <message>
        <source>Capturing the image</source>
        <translation>Erfassen des Images</translation>
    </message>
    <message>
        <source>Cannot capture the image: %1</source>
        <translation>Das Image kann nicht erfasst werden: %1</translation>
    </message>
    <message>
        <source>captured volume %1 (%2 bytes of changes, sha256 %3)</source>
        <translation>Volume %1 erfasst (%2 Bytes an Änderungen, sha256 %3)</translation>
    </message>
    <message>
        <source>tests passed (%1 documents)</source>
        <translation>Tests bestanden (%1 Dokumente)</translation>
    </message>
    <message>
        <source>The agent reported a failed run.</source>
        <translation>Der Agent hat einen fehlgeschlagenen Lauf gemeldet.</translation>
    </message>
    <message>
        <source>started again before it ended</source>
        <translation>erneut gestartet, bevor er endete</translation>
    </message>
    <message>
        <source>step %1 failed with exit code %2</source>
        <translation>Schritt %1 mit Exit-Code %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>step %1 failed</source>
        <translation>Schritt %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>asked for a reboot (exit code 194); runs again after it</source>
        <translation>hat einen Neustart angefordert (Exit-Code 194); läuft danach erneut</translation>
    </message>
    <message>
        <source>rebooted the VM</source>
        <translation>VM neu gestartet</translation>
    </message>
    <message>
        <source>the run ended before this step did</source>
        <translation>der Lauf endete vor diesem Schritt</translation>
    </message>
    <message>
        <source>step %1 did not finish: %2</source>
        <translation>Schritt %1 wurde nicht beendet: %2</translation>
    </message>
    <message>
        <source>it crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>%1 failed (%2): %3</source>
        <translation>%1 fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>Cannot run %1: %2. Is it installed? (scripts/deps.sh installs it)</source>
        <translation>%1 kann nicht ausgeführt werden: %2. Ist es installiert? (scripts/deps.sh installiert es)</translation>
    </message>
    <message>
        <source>%1 did not finish in time</source>
        <translation>%1 wurde nicht rechtzeitig fertig</translation>
    </message>
    <message>
        <source>lost the connection to libvirt: %1</source>
        <translation>Verbindung zu libvirt verloren: %1</translation>
    </message>
    <message>
        <source>reconnected to libvirt</source>
        <translation>wieder mit libvirt verbunden</translation>
    </message>
    <message>
        <source>the VM stopped</source>
        <translation>die VM wurde beendet</translation>
    </message>
    <message>
        <source>libvirt did not start the VM within 120 s</source>
        <translation>libvirt hat die VM nicht innerhalb von 120 s gestartet</translation>
    </message>
    <message>
        <source>Cannot start the VM: %1</source>
        <translation>Die VM kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>libvirt did not resume the VM</source>
        <translation>libvirt hat die VM nicht fortgesetzt</translation>
    </message>
    <message>
        <source>Cannot resume the VM: %1</source>
        <translation>Die VM kann nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>VM %1 started (%2, %3 vCPU, %4 MiB)</source>
        <translation>VM %1 gestartet (%2, %3 vCPU, %4 MiB)</translation>
    </message>
    <message>
        <source>Cannot open the agent channel of VM %1: %2</source>
        <translation>Der Agent-Kanal der VM %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the serial console of VM %1: %2</source>
        <translation>Die serielle Konsole der VM %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The VM stopped before the agent said hello (see the console below)</source>
        <translation>Die VM wurde beendet, bevor sich der Agent meldete (siehe Konsole unten)</translation>
    </message>
    <message>
        <source>The VM stopped before the agent finished, while running %1</source>
        <translation>Die VM wurde beendet, bevor der Agent fertig war, während %1 lief</translation>
    </message>
    <message>
        <source>the guest reboots (reboot %1); waiting for the agent</source>
        <translation>der Gast startet neu (Neustart %1); es wird auf den Agenten gewartet</translation>
    </message>
    <message>
        <source>The agent did not say hello within %1 s of the VM&apos;s start (see the console below)</source>
        <translation>Der Agent hat sich nicht innerhalb von %1 s nach dem Start der VM gemeldet (siehe Konsole unten)</translation>
    </message>
    <message>
        <source>The agent did not come back within %1 s after reboot %2 (see the console below)</source>
        <translation>Der Agent hat sich nicht innerhalb von %1 s nach Neustart %2 zurückgemeldet (siehe Konsole unten)</translation>
    </message>
    <message>
        <source>%1 timed out after %2 s while running %3</source>
        <translation>%1: Zeitüberschreitung nach %2 s, während %3 lief</translation>
    </message>
    <message>
        <source>the VM</source>
        <translation>die VM</translation>
    </message>
    <message>
        <source>Lost the connection to libvirt and could not reconnect within %1 s: %2</source>
        <translation>Verbindung zu libvirt verloren; innerhalb von %1 s war keine neue Verbindung möglich: %2</translation>
    </message>
    <message>
        <source>The agent channel of VM %1 closed unexpectedly</source>
        <translation>Der Agent-Kanal der VM %1 wurde unerwartet geschlossen</translation>
    </message>
    <message>
        <source>The agent stopped while running %1: its channel has been closed for %2 s</source>
        <translation>Der Agent hielt an, während %1 lief: Sein Kanal ist seit %2 s geschlossen</translation>
    </message>
    <message>
        <source>its plan</source>
        <translation>sein Plan</translation>
    </message>
    <message>
        <source>the agent channel of VM %1 closed while the VM runs; re-attaching</source>
        <translation>der Agent-Kanal der VM %1 wurde geschlossen, während die VM läuft; er wird neu verbunden</translation>
    </message>
    <message>
        <source>re-attached to the agent channel and console of VM %1</source>
        <translation>wieder mit Agent-Kanal und Konsole der VM %1 verbunden</translation>
    </message>
    <message>
        <source>the run failed</source>
        <translation>der Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>VM %1 did not power off %2 s after the run ended; pressing its power button</source>
        <translation>VM %1 hat sich %2 s nach Ende des Laufs nicht ausgeschaltet; ihr Netzschalter wird gedrückt</translation>
    </message>
    <message>
        <source>VM %1 ignored the power button; destroying it</source>
        <translation>VM %1 hat den Netzschalter ignoriert; sie wird zerstört</translation>
    </message>
    <message>
        <source>The agent cancelled the run</source>
        <translation>Der Agent hat den Lauf abgebrochen</translation>
    </message>
    <message>
        <source>The agent reported a failed run</source>
        <translation>Der Agent hat einen fehlgeschlagenen Lauf gemeldet</translation>
    </message>
    <message>
        <source>keeping VM %1 for inspection (keep-VM-on-failure): virsh -c %2 console %1</source>
        <translation>VM %1 wird zur Untersuchung behalten (keep-VM-on-failure): virsh -c %2 console %1</translation>
    </message>
    <message>
        <source>Cannot destroy VM %1: %2</source>
        <translation>VM %1 kann nicht zerstört werden: %2</translation>
    </message>
    <message>
        <source>No space left on the disk of %1 while writing %2 (%3 free there): %4
Free space in %1, or choose another target directory in distribution configuration %5, then start the pipeline again.</source>
        <translation>Kein Platz mehr auf dem Datenträger von %1 beim Schreiben von %2 (dort %3 frei): %4
Geben Sie Platz in %1 frei oder wählen Sie in der Verteilungskonfiguration %5 ein anderes Zielverzeichnis und starten Sie die Pipeline dann erneut.</translation>
    </message>
    <message>
        <source>free disk for exports</source>
        <translation>freier Speicher für Exporte</translation>
    </message>
    <message>
        <source>Cannot write the build logs: %1
Free space on that disk (or point KILN_HOME at a disk with room), then start the build again.</source>
        <translation>Die Build-Protokolle können nicht geschrieben werden: %1
Geben Sie auf diesem Datenträger Platz frei (oder legen Sie KILN_HOME auf einen Datenträger mit Platz) und starten Sie den Build dann erneut.</translation>
    </message>
    <message>
        <source>the agent said hello</source>
        <translation>der Agent hat sich gemeldet</translation>
    </message>
    <message>
        <source>the agent said hello again (boot %1)</source>
        <translation>der Agent hat sich erneut gemeldet (Start %1)</translation>
    </message>
    <message>
        <source>%1 at the guest&apos;s uptime %2 s</source>
        <translation>%1, Laufzeit des Gasts %2 s</translation>
    </message>
    <message>
        <source>waiting up to %1 s for libvirt to come back, then re-attaching to VM %2</source>
        <translation>warte bis zu %1 s auf libvirt, dann erneute Verbindung mit VM %2</translation>
    </message>
    <message>
        <source>the run ended (%1); VM %2 destroyed</source>
        <translation>der Lauf ist beendet (%1); VM %2 zerstört</translation>
    </message>
    <message>
        <source>the run ended (%1); VM %2 powered off</source>
        <translation>der Lauf ist beendet (%1); VM %2 ausgeschaltet</translation>
    </message>
</context>
<context>
    <name>Kiln::Core::ImageImporter</name>
    <message>
        <source>this importer already ran; use a new ImageImporter per import</source>
        <translation>dieser Importer lief bereits; verwenden Sie für jeden Import einen neuen ImageImporter</translation>
    </message>
</context>
<context>
    <name>Kiln::Core::LogFeed</name>
    <message>
        <source>[… %1 bytes skipped, see full log]</source>
        <translation>[… %1 Bytes übersprungen, siehe vollständiges Protokoll]</translation>
    </message>
    <message>
        <source>[The log file was truncated or replaced: following it from its start]</source>
        <translation>[Die Protokolldatei wurde gekürzt oder ersetzt: sie wird ab ihrem Anfang verfolgt]</translation>
    </message>
</context>
<context>
    <name>Kiln::Core::LogSink</name>
    <message>
        <source>The log %1 is already open.</source>
        <translation>Das Protokoll %1 ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>Cannot open the log file %1: %2</source>
        <translation>Die Protokolldatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the log file %1: %2</source>
        <translation>Die Protokolldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Kiln::Core::SeedBuilder</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no kiln-agent binary given for the seed</source>
        <translation>für das Seed wurde keine kiln-agent-Datei angegeben</translation>
    </message>
    <message>
        <source>the kiln-agent binary %1 does not exist</source>
        <translation>die kiln-agent-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>the kiln-agent binary %1 is not a readable file</source>
        <translation>die kiln-agent-Datei %1 ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>the build plan for the seed is empty</source>
        <translation>der Build-Plan für das Seed ist leer</translation>
    </message>
    <message>
        <source>invalid instance id &quot;%1&quot;: use up to 128 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;:&apos; or &apos;-&apos;</source>
        <translation>ungültige Instanz-ID „%1“: verwenden Sie bis zu 128 Buchstaben, Ziffern, „.“, „_“, „:“ oder „-“</translation>
    </message>
    <message>
        <source>invalid host name &quot;%1&quot;: use up to 63 letters, digits or &apos;-&apos;, not at either end</source>
        <translation>ungültiger Hostname „%1“: verwenden Sie bis zu 63 Buchstaben, Ziffern oder „-“, nicht am Anfang oder Ende</translation>
    </message>
    <message>
        <source>invalid document file name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, ending in .yml or .yaml (at most 200 characters)</source>
        <translation>ungültiger Dokument-Dateiname „%1“: verwenden Sie Buchstaben, Ziffern, „.“, „_“ oder „-“, mit der Endung .yml oder .yaml (höchstens 200 Zeichen)</translation>
    </message>
    <message>
        <source>two documents are named &quot;%1&quot;</source>
        <translation>zwei Dokumente heißen „%1“</translation>
    </message>
    <message>
        <source>cannot build the seed %1: %2</source>
        <translation>das Seed %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot build the seed %1: xorriso is not installed (apt-get install xorriso, or run scripts/deps.sh)</source>
        <translation>das Seed %1 kann nicht erstellt werden: xorriso ist nicht installiert (apt-get install xorriso oder scripts/deps.sh ausführen)</translation>
    </message>
    <message>
        <source>cannot create a staging folder: %1</source>
        <translation>ein Arbeitsordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot create a staging folder in %1</source>
        <translation>in %1 kann kein Arbeitsordner angelegt werden</translation>
    </message>
    <message>
        <source>building the seed %1 was cancelled</source>
        <translation>das Erstellen des Seeds %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot build the seed %1: xorriso did not start: %2</source>
        <translation>das Seed %1 kann nicht erstellt werden: xorriso startete nicht: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <source>xorriso failed (%1) building the seed %2:
%3</source>
        <translation>xorriso ist beim Erstellen des Seeds %2 gescheitert (%1):
%3</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ActionHelp</name>
    <message>
        <source>Place the cursor in a step to see what its action does. The action modules:</source>
        <translation>Setzen Sie den Cursor in einen Schritt, um zu sehen, was seine Aktion tut. Die Aktionsmodule:</translation>
    </message>
    <message>
        <source>Runs on %1.</source>
        <translation>Läuft auf %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;inputs&lt;/b&gt; is a list: each entry is one operation with the fields below.</source>
        <translation>&lt;b&gt;inputs&lt;/b&gt; ist eine Liste: Jeder Eintrag ist eine Operation mit den folgenden Feldern.</translation>
    </message>
    <message>
        <source>&lt;b&gt;inputs&lt;/b&gt; is one condition, written like a step&apos;s &lt;code&gt;if&lt;/code&gt;.</source>
        <translation>&lt;b&gt;inputs&lt;/b&gt; ist eine Bedingung, geschrieben wie das &lt;code&gt;if&lt;/code&gt; eines Schritts.</translation>
    </message>
    <message>
        <source>The step may leave out &lt;code&gt;inputs&lt;/code&gt;.</source>
        <translation>Der Schritt darf &lt;code&gt;inputs&lt;/code&gt; weglassen.</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>eines von: %1</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Use an output in a later step as &lt;code&gt;{{ phase.step.outputs.name }}&lt;/code&gt;.</source>
        <translation>Verwenden Sie eine Ausgabe in einem späteren Schritt als &lt;code&gt;{{ phase.step.outputs.name }}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>All action modules</source>
        <translation>Alle Aktionsmodule</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ActionPalette</name>
    <message>
        <source>&lt;b&gt;Action modules&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aktionsmodule&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Aktionen filtern</translation>
    </message>
    <message>
        <source>Runs on %1</source>
        <translation>Läuft auf %1</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>Schritt hinzufügen…</translation>
    </message>
    <message>
        <source>Add a step of the selected action module after the selected step</source>
        <translation>Einen Schritt des gewählten Aktionsmoduls nach dem gewählten Schritt hinzufügen</translation>
    </message>
    <message>
        <source>The document cannot be edited visually right now</source>
        <translation>Das Dokument kann gerade nicht visuell bearbeitet werden</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::AddStepDialog</name>
    <message>
        <source>Add a %1 step</source>
        <translation>Einen %1-Schritt hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name&lt;/b&gt; *</source>
        <translation>&lt;b&gt;Name&lt;/b&gt; *</translation>
    </message>
    <message>
        <source>build (new phase)</source>
        <translation>build (neuer Abschnitt)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Abort (default)</source>
        <translation>Abort (Standard)</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>Bei Fehler</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>The step starts with a sample condition; edit it in the text.</source>
        <translation>Der Schritt beginnt mit einer Beispielbedingung; bearbeiten Sie sie im Text.</translation>
    </message>
    <message>
        <source>This action has no inputs.</source>
        <translation>Diese Aktion hat keine Eingaben.</translation>
    </message>
    <message>
        <source>One operation; add more later in the step form.</source>
        <translation>Eine Operation; weitere fügen Sie später im Schrittformular hinzu.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>at the start of the phase</source>
        <translation>am Anfang des Abschnitts</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>Give the step a name.</source>
        <translation>Geben Sie dem Schritt einen Namen.</translation>
    </message>
    <message>
        <source>The phase already has a step named %1; step names are unique in a phase.</source>
        <translation>Der Abschnitt hat bereits einen Schritt namens %1; Schrittnamen sind innerhalb eines Abschnitts eindeutig.</translation>
    </message>
    <message>
        <source>Fill in the required inputs: %1.</source>
        <translation>Füllen Sie die erforderlichen Eingaben aus: %1.</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildEstimate</name>
    <message>
        <source>Took %1 (usually %2).</source>
        <translation>Dauerte %1 (üblicherweise %2).</translation>
    </message>
    <message>
        <source>Ran for %1.</source>
        <translation>Lief %1 lang.</translation>
    </message>
    <message>
        <source>No history yet: the time left is estimated once a build of this pipeline has succeeded.</source>
        <translation>Noch kein Verlauf: Die Restzeit wird geschätzt, sobald ein Build dieser Pipeline erfolgreich war.</translation>
    </message>
    <message numerus="yes">
        <source>from the median of %n successful build(s)</source>
        <translation>
            <numerusform>aus dem Median von %n erfolgreichen Build</numerusform>
            <numerusform>aus dem Median von %n erfolgreichen Builds</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for a build worker. A build usually takes %1 (%2).</source>
        <translation>Wartet auf einen Build-Worker. Ein Build dauert üblicherweise %1 (%2).</translation>
    </message>
    <message>
        <source>No estimate: no successful build has run the stage %1 yet.</source>
        <translation>Keine Schätzung: Noch kein erfolgreicher Build hat die Phase %1 ausgeführt.</translation>
    </message>
    <message>
        <source>%1 is taking longer than usual (usually %2).</source>
        <translation>%1 dauert länger als sonst (üblicherweise %2).</translation>
    </message>
    <message>
        <source>%1 is taking longer than usual (usually %2); about %3 after it.</source>
        <translation>%1 dauert länger als sonst (üblicherweise %2); danach noch etwa %3.</translation>
    </message>
    <message>
        <source>About %1 left (%2).</source>
        <translation>Noch etwa %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildHistoryChart</name>
    <message>
        <source>No builds yet.</source>
        <translation>Noch keine Builds.</translation>
    </message>
    <message>
        <source>No finished builds of %1 yet: the chart fills as builds end.</source>
        <translation>Noch keine beendeten Builds von %1: Das Diagramm füllt sich, sobald Builds enden.</translation>
    </message>
    <message numerus="yes">
        <source>Success rate %1 % (%2 of %n build(s))</source>
        <translation>
            <numerusform>Erfolgsquote %1 % (%2 von %n Build)</numerusform>
            <numerusform>Erfolgsquote %1 % (%2 von %n Builds)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Build #%1: %2</source>
        <translation>Build #%1: %2</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stage durations of the last %n build(s) of %1</source>
        <translation>
            <numerusform>Phasendauern: letzter %n Build von %1</numerusform>
            <numerusform>Phasendauern: letzte %n Builds von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildModel</name>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>component test</source>
        <translation>Komponententest</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildMonitor</name>
    <message>
        <source>Cancel build</source>
        <translation>Build abbrechen</translation>
    </message>
    <message>
        <source>Stops the build (asks first)</source>
        <translation>Bricht den Build ab (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Starts the pipeline again (a new build)</source>
        <translation>Startet die Pipeline erneut (ein neuer Build)</translation>
    </message>
    <message>
        <source>Double-click a step to show its output</source>
        <translation>Doppelklicken Sie auf einen Schritt, um seine Ausgabe zu zeigen</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Serial console</source>
        <translation>Serielle Konsole</translation>
    </message>
    <message>
        <source>Build log</source>
        <translation>Build-Protokoll</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>What the components&apos; steps print, with Kiln&apos;s step milestones</source>
        <translation>Was die Schritte der Komponenten ausgeben, mit Kilns Meilensteinen pro Schritt</translation>
    </message>
    <message>
        <source>The VM&apos;s serial console: boot messages and anything the guest prints there</source>
        <translation>Die serielle Konsole der VM: Startmeldungen und alles, was der Gast dort ausgibt</translation>
    </message>
    <message>
        <source>The build worker&apos;s log: stages, timings, warnings and errors</source>
        <translation>Das Protokoll des Build-Workers: Phasen, Zeiten, Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Stage durations and success rate of this pipeline&apos;s builds</source>
        <translation>Phasendauern und Erfolgsquote der Builds dieser Pipeline</translation>
    </message>
    <message>
        <source>Build #%1</source>
        <translation>Build #%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Loading the pipeline&apos;s builds…</source>
        <translation>Die Builds der Pipeline werden geladen…</translation>
    </message>
    <message>
        <source>Build #%1 cannot be read: %2</source>
        <translation>Build #%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Build VM</source>
        <translation>Build-VM</translation>
    </message>
    <message>
        <source>Test VM</source>
        <translation>Test-VM</translation>
    </message>
    <message>
        <source>A component test has no pipeline history.</source>
        <translation>Ein Komponententest hat keinen Pipeline-Verlauf.</translation>
    </message>
    <message>
        <source>The builds of %1 cannot be read: %2</source>
        <translation>Die Builds von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Build #%1: component test</source>
        <translation>Build #%1: Komponententest</translation>
    </message>
    <message>
        <source>Build #%1: test of %2</source>
        <translation>Build #%1: Test von %2</translation>
    </message>
    <message>
        <source>Build #%1 of %2</source>
        <translation>Build #%1 von %2</translation>
    </message>
    <message>
        <source>Image &lt;a href=&quot;image:%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Image &lt;a href=&quot;image:%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>Start: %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>requested %1, waiting for its build worker</source>
        <translation>angefordert: %1, wartet auf seinen Build-Worker</translation>
    </message>
    <message>
        <source>cancel requested: the worker stops at the next safe point</source>
        <translation>Abbruch angefordert: Der Worker hält am nächsten sicheren Punkt an</translation>
    </message>
    <message>
        <source>This build was cancelled.</source>
        <translation>Dieser Build wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This build was cancelled: %1</source>
        <translation>Dieser Build wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>The build log %1 does not exist (it was removed, or the build never started).</source>
        <translation>Das Build-Protokoll %1 existiert nicht (es wurde entfernt, oder der Build hat nie begonnen).</translation>
    </message>
    <message>
        <source>Build VM: agent events</source>
        <translation>Build-VM: Agent-Ereignisse</translation>
    </message>
    <message>
        <source>Build VM: serial console</source>
        <translation>Build-VM: serielle Konsole</translation>
    </message>
    <message>
        <source>Test VM: agent events</source>
        <translation>Test-VM: Agent-Ereignisse</translation>
    </message>
    <message>
        <source>Test VM: serial console</source>
        <translation>Test-VM: serielle Konsole</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No log files left for this build</source>
        <translation>Für diesen Build sind keine Protokolldateien mehr vorhanden</translation>
    </message>
    <message>
        <source>Cancel build #%1 of %2?</source>
        <translation>Build #%1 von %2 abbrechen?</translation>
    </message>
    <message>
        <source>a component test</source>
        <translation>einem Komponententest</translation>
    </message>
    <message>
        <source>The build worker stops its VM, removes the build&apos;s temporary disks and marks the image CANCELLED. This cannot be undone.</source>
        <translation>Der Build-Worker hält seine VM an, entfernt die temporären Festplatten des Builds und markiert das Image als CANCELLED. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Cancelling build #%1…</source>
        <translation>Build #%1 wird abgebrochen…</translation>
    </message>
    <message>
        <source>Build #%1 could not be cancelled: %2</source>
        <translation>Build #%1 konnte nicht abgebrochen werden: %2</translation>
    </message>
    <message>
        <source>Cancel requested: the build worker stops at the next safe point.</source>
        <translation>Abbruch angefordert: Der Build-Worker hält am nächsten sicheren Punkt an.</translation>
    </message>
    <message>
        <source>Starting a new build…</source>
        <translation>Ein neuer Build wird gestartet…</translation>
    </message>
    <message>
        <source>The build could not be started: %1</source>
        <translation>Der Build konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildMonitorPanel</name>
    <message>
        <source>Build:</source>
        <translation>Build:</translation>
    </message>
    <message>
        <source>No builds yet.
Run a pipeline (Pipelines ▸ Run, or Create and run in the wizard) and follow it here.</source>
        <translation>Noch keine Builds.
Starten Sie eine Pipeline (Pipelines ▸ Ausführen oder „Erstellen und ausführen“ im Assistenten) und verfolgen Sie sie hier.</translation>
    </message>
    <message>
        <source>component test</source>
        <translation>Komponententest</translation>
    </message>
    <message>
        <source>#%1 %2 — %3</source>
        <translation>#%1 %2 — %3</translation>
    </message>
    <message>
        <source>Build monitor</source>
        <translation>Build-Monitor</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildRerun</name>
    <message>
        <source>Build #%1 has no pipeline to run again.</source>
        <translation>Build #%1 hat keine Pipeline, die erneut ausgeführt werden kann.</translation>
    </message>
    <message>
        <source>This component test cannot be run again: its plan is unreadable (%1).</source>
        <translation>Dieser Komponententest kann nicht erneut ausgeführt werden: Sein Plan ist unlesbar (%1).</translation>
    </message>
    <message>
        <source>no component</source>
        <translation>keine Komponente</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildStepModel</name>
    <message>
        <source>Component and step</source>
        <translation>Komponente und Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Action and message</source>
        <translation>Aktion und Meldung</translation>
    </message>
    <message>
        <source>%1, phase %2 (%3)</source>
        <translation>%1, Abschnitt %2 (%3)</translation>
    </message>
    <message>
        <source>test VM</source>
        <translation>Test-VM</translation>
    </message>
    <message>
        <source>build VM</source>
        <translation>Build-VM</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 von %n Schritt fertig</numerusform>
            <numerusform>%1 von %n Schritten fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>loop iteration %1</source>
        <translation>Schleifendurchlauf %1</translation>
    </message>
    <message>
        <source>%1 (iteration %2)</source>
        <translation>%1 (Durchlauf %2)</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (Lauf %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildView</name>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Warum es fehlschlug</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Protokolle:</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Double-click a log to open it</source>
        <translation>Doppelklicken Sie auf ein Protokoll, um es zu öffnen</translation>
    </message>
    <message>
        <source>This build could not be loaded</source>
        <translation>Dieser Build konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Build #%1: component test</source>
        <translation>Build #%1: Komponententest</translation>
    </message>
    <message>
        <source>Build #%1 of %2</source>
        <translation>Build #%1 von %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>noch nicht erstellt</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>requested; the build stops at the next safe point</source>
        <translation>angefordert; der Build hält am nächsten sicheren Punkt an</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>a build worker to pick this build up</source>
        <translation>einen Build-Worker, der diesen Build übernimmt</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation>fertig in %1</translation>
    </message>
    <message>
        <source>failed after %1</source>
        <translation>fehlgeschlagen nach %1</translation>
    </message>
    <message>
        <source>cancelled after %1</source>
        <translation>abgebrochen nach %1</translation>
    </message>
    <message>
        <source>What failed</source>
        <translation>Was fehlschlug</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::BuildsPanel</name>
    <message>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Open in build monitor</source>
        <translation>Im Build-Monitor öffnen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Select a build to see its stages, steps, failure and logs.</source>
        <translation>Wählen Sie einen Build, um seine Phasen, Schritte, Fehler und Protokolle zu sehen.</translation>
    </message>
    <message>
        <source>No builds yet.
Run a pipeline to build an image; every run is listed here.</source>
        <translation>Noch keine Builds.
Starten Sie eine Pipeline, um ein Image zu bauen; jeder Lauf erscheint hier.</translation>
    </message>
    <message>
        <source>No build matches these filters.</source>
        <translation>Kein Build passt zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%n build(s)</source>
        <translation>
            <numerusform>%n Build</numerusform>
            <numerusform>%n Builds</numerusform>
        </translation>
    </message>
    <message>
        <source>Builds</source>
        <translation>Builds</translation>
    </message>
    <message numerus="yes">
        <source>the newest %n build(s); scroll down for older ones</source>
        <translation>
            <numerusform>der neueste Build; ältere erscheinen beim Scrollen</numerusform>
            <numerusform>die neuesten %n Builds; ältere erscheinen beim Scrollen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::CloseGuard</name>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>component test</source>
        <translation>Komponententest</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n build(s) still running:</source>
        <translation>
            <numerusform>%n Build läuft noch:</numerusform>
            <numerusform>%n Builds laufen noch:</numerusform>
        </translation>
    </message>
    <message>
        <source>Builds are running</source>
        <translation>Builds laufen</translation>
    </message>
    <message>
        <source>Each build runs in its own build worker and goes on when Kiln closes; reopen Kiln (or run &quot;kilnctl build logs --follow ID&quot;) to follow it again. Or cancel them now.</source>
        <translation>Jeder Build läuft in seinem eigenen Build-Worker und geht weiter, wenn Kiln geschlossen wird; öffnen Sie Kiln erneut (oder führen Sie „kilnctl build logs --follow ID“ aus), um ihn wieder zu verfolgen. Oder brechen Sie die Builds jetzt ab.</translation>
    </message>
    <message>
        <source>Keep running and close</source>
        <translation>Weiterlaufen lassen und schließen</translation>
    </message>
    <message>
        <source>Cancel builds and close</source>
        <translation>Builds abbrechen und schließen</translation>
    </message>
    <message>
        <source>Don&apos;t close</source>
        <translation>Nicht schließen</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>Not every build was cancelled</source>
        <translation>Nicht jeder Build wurde abgebrochen</translation>
    </message>
    <message>
        <source>These builds could not be cancelled and keep running:
%1</source>
        <translation>Diese Builds konnten nicht abgebrochen werden und laufen weiter:
%1</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ComponentCatalogModel</name>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>Build %1</translation>
    </message>
    <message>
        <source>build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ComponentDetails</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>This component could not be loaded</source>
        <translation>Diese Komponente konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 %2 (build %3)</source>
        <translation>%1 %2 (Build %3)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>build component (runs while the image is built)</source>
        <translation>Build-Komponente (läuft, während das Image gebaut wird)</translation>
    </message>
    <message>
        <source>test component (runs on the finished image)</source>
        <translation>Test-Komponente (läuft auf dem fertigen Image)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation>%1 (Build %2)</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ComponentEditor</name>
    <message>
        <source>untitled.yml</source>
        <translation>unbenannt.yml</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Action help</source>
        <translation>Aktionshilfe</translation>
    </message>
    <message>
        <source>Moved the step; Ctrl+Z moves it back</source>
        <translation>Schritt verschoben; Strg+Z verschiebt ihn zurück</translation>
    </message>
    <message>
        <source>Removed the step; Ctrl+Z brings it back</source>
        <translation>Schritt entfernt; Strg+Z holt ihn zurück</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; that is not a component document.</source>
        <translation>%1 ist größer als 64 MB; das ist kein Komponentendokument.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 to edit it here.</source>
        <translation>%1 ist kein UTF-8-Text; speichern Sie die Datei als UTF-8, um sie hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Line %1: %2. The outline shows the part before line %3.</source>
        <translation>Zeile %1: %2. Die Gliederung zeigt den Teil vor Zeile %3.</translation>
    </message>
    <message>
        <source>Line %1: %2. The outline shows the last readable version.</source>
        <translation>Zeile %1: %2. Die Gliederung zeigt die letzte lesbare Fassung.</translation>
    </message>
    <message>
        <source>%1. The outline shows the last readable version.</source>
        <translation>%1. Die Gliederung zeigt die letzte lesbare Fassung.</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Large document (%1 MB): folding and completion while typing are off (Ctrl+Space still completes); it is checked in the background.</source>
        <translation>Großes Dokument (%1 MB): Falten und Vervollständigung beim Tippen sind aus (Strg+Leertaste vervollständigt weiterhin); es wird im Hintergrund geprüft.</translation>
    </message>
    <message>
        <source>The YAML cannot be read; fix it in the text before adding steps.</source>
        <translation>Das YAML kann nicht gelesen werden; korrigieren Sie den Text, bevor Sie Schritte hinzufügen.</translation>
    </message>
    <message>
        <source>Added the step; Ctrl+Z removes it</source>
        <translation>Schritt hinzugefügt; Strg+Z entfernt ihn</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>Phase name:</source>
        <translation>Abschnittsname:</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ComponentEditorPanel</name>
    <message>
        <source>Component documents (*.yml *.yaml);;All files (*)</source>
        <translation>Komponentendokumente (*.yml *.yaml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New component from a template</source>
        <translation>Neue Komponente aus einer Vorlage</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a component file (Ctrl+O)</source>
        <translation>Eine Komponentendatei öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the document (Ctrl+S)</source>
        <translation>Das Dokument speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>New version…</source>
        <translation>Neue Version…</translation>
    </message>
    <message>
        <source>Store this document in the catalog as a new component version</source>
        <translation>Dieses Dokument als neue Komponentenversion im Katalog speichern</translation>
    </message>
    <message>
        <source>Test run</source>
        <translation>Testlauf</translation>
    </message>
    <message>
        <source>Run this document on a base image in a throwaway VM</source>
        <translation>Dieses Dokument auf einem Basis-Image in einer Wegwerf-VM ausführen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Write a component&lt;/h3&gt;&lt;p&gt;Components are AWSTOE YAML documents: phases of steps that install, configure or test software in an image. Edit the text with completion and live checks, or the outline and forms beside it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Eine Komponente schreiben&lt;/h3&gt;&lt;p&gt;Komponenten sind AWSTOE-YAML-Dokumente: Abschnitte aus Schritten, die Software in einem Image installieren, konfigurieren oder testen. Bearbeiten Sie den Text mit Vervollständigung und Live-Prüfung oder die Gliederung und die Formulare daneben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Authoring</source>
        <translation>Erstellung</translation>
    </message>
    <message>
        <source>Component editor</source>
        <translation>Komponenten-Editor</translation>
    </message>
    <message>
        <source>New &amp;component</source>
        <translation>Neue &amp;Komponente</translation>
    </message>
    <message>
        <source>Open component &amp;file…</source>
        <translation>Komponenten&amp;datei öffnen…</translation>
    </message>
    <message>
        <source>Open an AWSTOE YAML file in the component editor</source>
        <translation>Eine AWSTOE-YAML-Datei im Komponenten-Editor öffnen</translation>
    </message>
    <message>
        <source>Save component &amp;as…</source>
        <translation>Komponente speichern &amp;unter…</translation>
    </message>
    <message>
        <source>untitled-%1.yml</source>
        <translation>unbenannt-%1.yml</translation>
    </message>
    <message>
        <source>Cannot open the component</source>
        <translation>Die Komponente kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open component</source>
        <translation>Komponente öffnen</translation>
    </message>
    <message>
        <source>Save component</source>
        <translation>Komponente speichern</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Your changes are lost if you do not save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Opened %1; “New version” stores your changes as a new version</source>
        <translation>%1 geöffnet; „Neue Version“ speichert Ihre Änderungen als neue Version</translation>
    </message>
    <message>
        <source>Stored %1 in the catalog</source>
        <translation>%1 im Katalog gespeichert</translation>
    </message>
    <message>
        <source>%1 already has this content; nothing new was stored</source>
        <translation>%1 hat bereits diesen Inhalt; es wurde nichts Neues gespeichert</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (noch nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ComponentImportDialog</name>
    <message>
        <source>Import component</source>
        <translation>Komponente importieren</translation>
    </message>
    <message>
        <source>An AWSTOE component document (.yml, .yaml)</source>
        <translation>Ein AWSTOE-Komponentendokument (.yml, .yaml)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Build component</source>
        <translation>Build-Komponente</translation>
    </message>
    <message>
        <source>Test component</source>
        <translation>Test-Komponente</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Optional: taken from the document when empty</source>
        <translation>Optional: wird leer aus dem Dokument übernommen</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Open component</source>
        <translation>Komponente öffnen</translation>
    </message>
    <message>
        <source>Component documents (*.yml *.yaml);;All files (*)</source>
        <translation>Komponentendokumente (*.yml *.yaml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the component file to import.</source>
        <translation>Wählen Sie die zu importierende Komponentendatei.</translation>
    </message>
    <message>
        <source>component name</source>
        <translation>Komponentenname</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 10 MB; that is not a component document.</source>
        <translation>%1 ist größer als 10 MB; das ist kein Komponentendokument.</translation>
    </message>
    <message>
        <source>Validating and storing…</source>
        <translation>Wird geprüft und gespeichert…</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ComponentSelection</name>
    <message>
        <source>Components in the catalog:</source>
        <translation>Komponenten im Katalog:</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Double-click a component (or a version of it) to add it to the recipe</source>
        <translation>Doppelklicken Sie auf eine Komponente (oder eine ihrer Versionen), um sie dem Rezept hinzuzufügen</translation>
    </message>
    <message>
        <source>Add to recipe</source>
        <translation>Zum Rezept hinzufügen</translation>
    </message>
    <message>
        <source>In this recipe, in the order they run (drag to reorder):</source>
        <translation>In diesem Rezept, in Ausführungsreihenfolge (zum Umordnen ziehen):</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>An exact version (1.2.3) or a wildcard that picks the newest match: 1.2.x, 1.x.x, x.x.x</source>
        <translation>Eine genaue Version (1.2.3) oder ein Platzhalter, der die neueste passende wählt: 1.2.x, 1.x.x, x.x.x</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Parameters (* = required):</source>
        <translation>Parameter (* = erforderlich):</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Remove from recipe</source>
        <translation>Aus dem Rezept entfernen</translation>
    </message>
    <message>
        <source>version &quot;%1&quot;: %2</source>
        <translation>Version „%1“: %2</translation>
    </message>
    <message>
        <source>build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>resolving…</source>
        <translation>wird aufgelöst…</translation>
    </message>
    <message>
        <source>Add components from the catalog on the left.</source>
        <translation>Fügen Sie links Komponenten aus dem Katalog hinzu.</translation>
    </message>
    <message>
        <source>Resolving…</source>
        <translation>Wird aufgelöst…</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Uses %1 now; a wildcard picks the newest match when a build starts.</source>
        <translation>Verwendet jetzt %1; ein Platzhalter wählt beim Start eines Builds die neueste passende Version.</translation>
    </message>
    <message>
        <source>Required: the document gives no default</source>
        <translation>Erforderlich: Das Dokument gibt keinen Standardwert vor</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the parameter %2 is required; give it a value.</source>
        <translation>%1: Der Parameter %2 ist erforderlich; geben Sie einen Wert an.</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ComponentsPanel</name>
    <message>
        <source>Build and test</source>
        <translation>Build und Test</translation>
    </message>
    <message>
        <source>Build components</source>
        <translation>Build-Komponenten</translation>
    </message>
    <message>
        <source>Test components</source>
        <translation>Test-Komponenten</translation>
    </message>
    <message>
        <source>Import component…</source>
        <translation>Komponente importieren…</translation>
    </message>
    <message>
        <source>Store an AWSTOE YAML document in the catalog as a new component version</source>
        <translation>Ein AWSTOE-YAML-Dokument als neue Komponentenversion im Katalog speichern</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Select a component version to see its document and compare it with other versions.</source>
        <translation>Wählen Sie eine Komponentenversion, um ihr Dokument zu sehen und es mit anderen Versionen zu vergleichen.</translation>
    </message>
    <message>
        <source>No components yet.
Components are AWSTOE YAML documents that install, configure or test software in the image.</source>
        <translation>Noch keine Komponenten.
Komponenten sind AWSTOE-YAML-Dokumente, die Software im Image installieren, konfigurieren oder testen.</translation>
    </message>
    <message>
        <source>No component matches these filters.</source>
        <translation>Keine Komponente passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Stored %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1 already has this content; nothing new was stored</source>
        <translation>%1 hat bereits diesen Inhalt; es wurde nichts Neues gespeichert</translation>
    </message>
    <message>
        <source>Delete component</source>
        <translation>Komponente löschen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Recipes and images that use this version keep Kiln from deleting it; you will be told which.</source>
        <translation>Rezepte und Images, die diese Version verwenden, verhindern das Löschen; Sie erfahren, welche.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Component not deleted</source>
        <translation>Komponente nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ConnectionIndicator</name>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>libvirt %1 — %2</source>
        <translation>libvirt %1 — %2</translation>
    </message>
    <message>
        <source>Kiln builds images through libvirt at %1.</source>
        <translation>Kiln baut Images über libvirt unter %1.</translation>
    </message>
    <message>
        <source>Click to check the connection again.</source>
        <translation>Klicken, um die Verbindung erneut zu prüfen.</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::DetailsPage</name>
    <message>
        <source>Pipeline details</source>
        <translation>Pipeline-Details</translation>
    </message>
    <message>
        <source>Name the pipeline and say when it runs. A pipeline builds an image from a recipe, tests it and distributes it.</source>
        <translation>Benennen Sie die Pipeline und legen Sie fest, wann sie läuft. Eine Pipeline baut ein Image aus einem Rezept, testet es und verteilt es.</translation>
    </message>
    <message>
        <source>e.g. web-server</source>
        <translation>z. B. web-server</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;; starts with a letter or digit; at most 128 characters</source>
        <translation>Buchstaben, Ziffern, „.“, „_“ und „-“; beginnt mit einem Buchstaben oder einer Ziffer; höchstens 128 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Optional: what this pipeline produces and for whom</source>
        <translation>Optional: was diese Pipeline erzeugt und für wen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Manual: I start builds myself (Run, or kilnctl pipeline start)</source>
        <translation>&amp;Manuell: Ich starte Builds selbst (Ausführen oder kilnctl pipeline start)</translation>
    </message>
    <message>
        <source>On a &amp;schedule (cron expression):</source>
        <translation>Nach &amp;Zeitplan (Cron-Ausdruck):</translation>
    </message>
    <message>
        <source>e.g. 0 3 * * 1  (Mondays at 03:00)</source>
        <translation>z. B. 0 3 * * 1  (montags um 03:00)</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
    <message>
        <source>Run the &amp;test stage: boot the new image in a fresh VM and run the test components</source>
        <translation>&amp;Testphase ausführen: das neue Image in einer frischen VM starten und die Test-Komponenten ausführen</translation>
    </message>
    <message>
        <source>Tests:</source>
        <translation>Tests:</translation>
    </message>
    <message>
        <source>Next runs: %1</source>
        <translation>Nächste Läufe: %1</translation>
    </message>
    <message>
        <source>Name: enter a name for the pipeline.</source>
        <translation>Name: Geben Sie einen Namen für die Pipeline ein.</translation>
    </message>
    <message>
        <source>pipeline name</source>
        <translation>Pipeline-Name</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Name: a pipeline called &quot;%1&quot; already exists. Choose another name, or delete that one first.</source>
        <translation>Name: Eine Pipeline namens „%1“ gibt es bereits. Wählen Sie einen anderen Namen oder löschen Sie die vorhandene zuerst.</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Zeitplan: %1</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::DiffView</name>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>%1 and %2 are identical.</source>
        <translation>%1 und %2 sind identisch.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n line(s) added</source>
        <translation>
            <numerusform>Von %1 nach %2: %n Zeile hinzugefügt</numerusform>
            <numerusform>Von %1 nach %2: %n Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n Zeile entfernt</numerusform>
            <numerusform>%n Zeilen entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::DistributionModel</name>
    <message>
        <source>directory %1</source>
        <translation>Verzeichnis %1</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>Pool %1</translation>
    </message>
    <message>
        <source>pool %1 on %2</source>
        <translation>Pool %1 auf %2</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::DistributionPage</name>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Where finished images are written, and in which formats. Every image also stays in the catalog.</source>
        <translation>Wohin fertige Images geschrieben werden und in welchen Formaten. Jedes Image bleibt außerdem im Katalog.</translation>
    </message>
    <message>
        <source>Write finished images out (otherwise they stay in the catalog only)</source>
        <translation>Fertige Images ausgeben (sonst bleiben sie nur im Katalog)</translation>
    </message>
    <message>
        <source>New configuration</source>
        <translation>Neue Konfiguration</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>A directory</source>
        <translation>Ein Verzeichnis</translation>
    </message>
    <message>
        <source>A libvirt storage pool</source>
        <translation>Ein libvirt-Speicherpool</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>Schreiben nach:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Verzeichnis:</translation>
    </message>
    <message>
        <source>e.g. default</source>
        <translation>z. B. default</translation>
    </message>
    <message>
        <source>Pool:</source>
        <translation>Pool:</translation>
    </message>
    <message>
        <source>empty: the infrastructure&apos;s URI</source>
        <translation>leer: die URI der Infrastruktur</translation>
    </message>
    <message>
        <source>Pool URI:</source>
        <translation>Pool-URI:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Compression applies to directory targets only</source>
        <translation>Kompression gilt nur für Verzeichnisziele</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Kompression:</translation>
    </message>
    <message>
        <source>Write SHA256SUMS next to the files</source>
        <translation>SHA256SUMS neben die Dateien schreiben</translation>
    </message>
    <message>
        <source>Write images to</source>
        <translation>Images schreiben nach</translation>
    </message>
    <message>
        <source>Existing: %1</source>
        <translation>Vorhanden: %1</translation>
    </message>
    <message>
        <source>configuration name</source>
        <translation>Konfigurationsname</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Name: a configuration called &quot;%1&quot; already exists. Choose it under Configuration, or pick another name.</source>
        <translation>Name: Eine Konfiguration namens „%1“ gibt es bereits. Wählen Sie sie unter „Konfiguration“ oder nehmen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Targets: add at least one, or untick &quot;Write finished images out&quot;.</source>
        <translation>Ziele: Fügen Sie mindestens eines hinzu oder deaktivieren Sie „Fertige Images ausgeben“.</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>%1: choose at least one format.</source>
        <translation>%1: Wählen Sie mindestens ein Format.</translation>
    </message>
    <message>
        <source>%1: the directory must be a full path, like /home/you/images.</source>
        <translation>%1: Das Verzeichnis muss ein vollständiger Pfad sein, etwa /home/sie/images.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be written (no permission on %3).</source>
        <translation>%1: %2 kann nicht geschrieben werden (keine Berechtigung für %3).</translation>
    </message>
    <message>
        <source>pool name</source>
        <translation>Pool-Name</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::DistributionPanel</name>
    <message>
        <source>New pipeline…</source>
        <translation>Neue Pipeline…</translation>
    </message>
    <message>
        <source>Distribution configurations are created in the pipeline wizard or with kilnctl apply</source>
        <translation>Verteilungskonfigurationen werden im Pipeline-Assistenten oder mit kilnctl apply erstellt</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>Checksums</source>
        <translation>Prüfsummen</translation>
    </message>
    <message>
        <source>Select a distribution configuration to see where its images go.</source>
        <translation>Wählen Sie eine Verteilungskonfiguration, um zu sehen, wohin ihre Images gehen.</translation>
    </message>
    <message>
        <source>No distribution configurations yet.
They say where finished images are written and in which formats.</source>
        <translation>Noch keine Verteilungskonfigurationen.
Sie legen fest, wohin fertige Images geschrieben werden und in welchen Formaten.</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s)</source>
        <translation>
            <numerusform>%n Konfiguration</numerusform>
            <numerusform>%n Konfigurationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>SHA256SUMS</source>
        <translation>SHA256SUMS</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Delete distribution configuration</source>
        <translation>Verteilungskonfiguration löschen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Kiln refuses while a pipeline uses it, and tells you which. Files already written stay.</source>
        <translation>Kiln verweigert das, solange eine Pipeline sie verwendet, und sagt Ihnen, welche. Bereits geschriebene Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::FailurePanel</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Exit code</source>
        <translation>Exit-Code</translation>
    </message>
    <message>
        <source>Last log lines:</source>
        <translation>Letzte Protokollzeilen:</translation>
    </message>
    <message>
        <source>Open VM console</source>
        <translation>VM-Konsole öffnen</translation>
    </message>
    <message>
        <source>Opens the kept VM&apos;s screen in virt-viewer</source>
        <translation>Öffnet den Bildschirm der behaltenen VM in virt-viewer</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Show in log</source>
        <translation>Im Protokoll zeigen</translation>
    </message>
    <message>
        <source>Selects the failed step and shows its output</source>
        <translation>Wählt den fehlgeschlagenen Schritt aus und zeigt seine Ausgabe</translation>
    </message>
    <message>
        <source>Open full log</source>
        <translation>Vollständiges Protokoll öffnen</translation>
    </message>
    <message>
        <source>Opens the build&apos;s log file; the arrow lists every log of this build</source>
        <translation>Öffnet die Protokolldatei des Builds; der Pfeil listet jedes Protokoll dieses Builds auf</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Starts the pipeline again (a new build)</source>
        <translation>Startet die Pipeline erneut (ein neuer Build)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Build #%1 failed</source>
        <translation>Build #%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Build #%1 failed in %2</source>
        <translation>Build #%1 fehlgeschlagen in %2</translation>
    </message>
    <message>
        <source>The build worker recorded no message.</source>
        <translation>Der Build-Worker hat keine Meldung aufgezeichnet.</translation>
    </message>
    <message>
        <source>Looking for the VM this build kept for inspection…</source>
        <translation>Die VM, die dieser Build zur Untersuchung behalten hat, wird gesucht…</translation>
    </message>
    <message>
        <source>The build&apos;s VM was removed. To inspect it next time, turn on &quot;Keep the VM when a build fails&quot; in the pipeline&apos;s infrastructure configuration.</source>
        <translation>Die VM des Builds wurde entfernt. Um sie beim nächsten Mal untersuchen zu können, schalten Sie „Die VM behalten, wenn ein Build fehlschlägt“ in der Infrastrukturkonfiguration der Pipeline ein.</translation>
    </message>
    <message>
        <source>No VM of this build is left (it was removed, for example with &quot;kilnctl build cleanup&quot;).</source>
        <translation>Von diesem Build ist keine VM mehr übrig (sie wurde entfernt, zum Beispiel mit „kilnctl build cleanup“).</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>The VM %1 was kept for inspection (%2).</source>
        <translation>Die VM %1 wurde zur Untersuchung behalten (%2).</translation>
    </message>
    <message>
        <source>Its serial console in a terminal:</source>
        <translation>Ihre serielle Konsole in einem Terminal:</translation>
    </message>
    <message>
        <source>The VM is shut off; start it first: virsh -c %1 start %2</source>
        <translation>Die VM ist ausgeschaltet; starten Sie sie zuerst: virsh -c %1 start %2</translation>
    </message>
    <message>
        <source>Cannot look for the kept VM on %1: %2</source>
        <translation>Auf %1 kann nicht nach der behaltenen VM gesucht werden: %2</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::FindBar</name>
    <message>
        <source>Find in the document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Return)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Return)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ImageCatalogModel</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>Build %1</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ImageDetails</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Components, exactly as built:</source>
        <translation>Komponenten, genau wie gebaut:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Search packages by name</source>
        <translation>Pakete nach Name suchen</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Double-click a log to open it</source>
        <translation>Doppelklicken Sie auf ein Protokoll, um es zu öffnen</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>This image could not be loaded</source>
        <translation>Dieses Image konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 %2 (build %3)</source>
        <translation>%1 %2 (Build %3)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>built by Kiln</source>
        <translation>von Kiln gebaut</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Virtual size</source>
        <translation>Virtuelle Größe</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Größe auf der Festplatte</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>libvirt volume</source>
        <translation>libvirt-Volume</translation>
    </message>
    <message>
        <source>%1 in pool %2 (%3)</source>
        <translation>%1 im Pool %2 (%3)</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Initrd</source>
        <translation>Initrd</translation>
    </message>
    <message>
        <source>Kernel command line</source>
        <translation>Kernel-Befehlszeile</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>not recorded (imported images are not inspected)</source>
        <translation>nicht erfasst (importierte Images werden nicht untersucht)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Downloaded from</source>
        <translation>Heruntergeladen von</translation>
    </message>
    <message>
        <source>Base image</source>
        <translation>Basis-Image</translation>
    </message>
    <message>
        <source>none (imported base image)</source>
        <translation>keines (importiertes Basis-Image)</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>No package inventory: Kiln records it when it builds an image, not for imported ones.</source>
        <translation>Keine Paketliste: Kiln erfasst sie beim Bauen eines Images, nicht bei importierten.</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n Paket</numerusform>
            <numerusform>%n Pakete</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 packages match &quot;%3&quot;</source>
        <translation>%1 von %2 Paketen passen zu „%3“</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ImageExportDialog</name>
    <message>
        <source>Export %1 %2</source>
        <translation>%1 %2 exportieren</translation>
    </message>
    <message>
        <source>qcow2 (QEMU, compact)</source>
        <translation>qcow2 (QEMU, kompakt)</translation>
    </message>
    <message>
        <source>raw (any hypervisor, full size)</source>
        <translation>raw (jeder Hypervisor, volle Größe)</translation>
    </message>
    <message>
        <source>vmdk (VMware)</source>
        <translation>vmdk (VMware)</translation>
    </message>
    <message>
        <source>vhdx (Hyper-V)</source>
        <translation>vhdx (Hyper-V)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>This image&apos;s disk is a libvirt volume (%1 in pool %2), not a file here. Export it with a distribution configuration, which can write to a directory.</source>
        <translation>Die Festplatte dieses Images ist ein libvirt-Volume (%1 im Pool %2), keine Datei hier. Exportieren Sie es mit einer Verteilungskonfiguration, die in ein Verzeichnis schreiben kann.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Enter the full path of the file to write.</source>
        <translation>Geben Sie den vollständigen Pfad der zu schreibenden Datei ein.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name or remove it first.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>Converting with qemu-img…</source>
        <translation>Wird mit qemu-img umgewandelt…</translation>
    </message>
    <message>
        <source>qemu-img could not be started. Install it (Debian: apt install qemu-utils) and try again.</source>
        <translation>qemu-img konnte nicht gestartet werden. Installieren Sie es (Debian: apt install qemu-utils) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>qemu-img failed (exit code %1): %2</source>
        <translation>qemu-img ist fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ImageImportDialog</name>
    <message>
        <source>Import image</source>
        <translation>Image importieren</translation>
    </message>
    <message>
        <source>A disk file: qcow2, raw, vmdk or vhdx</source>
        <translation>Eine Festplattendatei: qcow2, raw, vmdk oder vhdx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Disk file:</source>
        <translation>Festplattendatei:</translation>
    </message>
    <message>
        <source>e.g. debian-12</source>
        <translation>z. B. debian-12</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Boot a kernel directly (for images without a boot loader)</source>
        <translation>Einen Kernel direkt starten (für Images ohne Bootloader)</translation>
    </message>
    <message>
        <source>Kernel:</source>
        <translation>Kernel:</translation>
    </message>
    <message>
        <source>Initrd:</source>
        <translation>Initrd:</translation>
    </message>
    <message>
        <source>Command line:</source>
        <translation>Befehlszeile:</translation>
    </message>
    <message>
        <source>Use the file where it is (do not copy it into Kiln&apos;s disk folder)</source>
        <translation>Die Datei an ihrem Ort verwenden (nicht in Kilns Festplattenordner kopieren)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose a disk image</source>
        <translation>Festplatten-Image wählen</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw *.vmdk *.vhdx);;All files (*)</source>
        <translation>Festplatten-Images (*.qcow2 *.img *.raw *.vmdk *.vhdx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the disk file to import.</source>
        <translation>Wählen Sie die zu importierende Festplattendatei.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>image name</source>
        <translation>Image-Name</translation>
    </message>
    <message>
        <source>The kernel file &quot;%1&quot; does not exist.</source>
        <translation>Die Kernel-Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The initrd file &quot;%1&quot; does not exist.</source>
        <translation>Die Initrd-Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Checking the disk…</source>
        <translation>Festplatte wird geprüft…</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Checking the disk</source>
        <translation>Festplatte wird geprüft</translation>
    </message>
    <message>
        <source>Copying and computing the checksum</source>
        <translation>Wird kopiert und Prüfsumme berechnet</translation>
    </message>
    <message>
        <source>Adding to the catalog</source>
        <translation>Wird in den Katalog aufgenommen</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ImagesPanel</name>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Any OS</source>
        <translation>Jedes Betriebssystem</translation>
    </message>
    <message>
        <source>Operating system id from /etc/os-release, e.g. debian</source>
        <translation>Betriebssystem-ID aus /etc/os-release, z. B. debian</translation>
    </message>
    <message>
        <source>Import image…</source>
        <translation>Image importieren…</translation>
    </message>
    <message>
        <source>Register a disk file as a base image</source>
        <translation>Eine Festplattendatei als Basis-Image registrieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Deprecate</source>
        <translation>Als veraltet markieren</translation>
    </message>
    <message>
        <source>Keep the image but mark it as not recommended: wildcard references skip it</source>
        <translation>Das Image behalten, aber als nicht empfohlen markieren: Platzhalter-Referenzen überspringen es</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Forbid building on this image until it is enabled again</source>
        <translation>Das Bauen auf diesem Image verbieten, bis es wieder aktiviert wird</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Make a deprecated or disabled image available again</source>
        <translation>Ein veraltetes oder deaktiviertes Image wieder verfügbar machen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Select an image version to see its status, lineage, packages and logs.</source>
        <translation>Wählen Sie eine Image-Version, um Status, Herkunft, Pakete und Protokolle zu sehen.</translation>
    </message>
    <message>
        <source>No images yet.
Import a base image (a qcow2, raw, vmdk or vhdx disk) to build on.</source>
        <translation>Noch keine Images.
Importieren Sie ein Basis-Image (eine qcow2-, raw-, vmdk- oder vhdx-Festplatte) als Grundlage.</translation>
    </message>
    <message>
        <source>No image matches these filters.</source>
        <translation>Kein Image passt zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%n image version(s)</source>
        <translation>
            <numerusform>%n Image-Version</numerusform>
            <numerusform>%n Image-Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>%1 was already in the catalog with the same content</source>
        <translation>%1 war mit demselben Inhalt bereits im Katalog</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>Deprecate %1</source>
        <translation>%1 als veraltet markieren</translation>
    </message>
    <message>
        <source>Why is it deprecated? (optional, shown with the image)</source>
        <translation>Warum ist es veraltet? (optional, wird beim Image angezeigt)</translation>
    </message>
    <message>
        <source>%1 is deprecated</source>
        <translation>%1 ist als veraltet markiert</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Why is it disabled? (optional, shown with the image)</source>
        <translation>Warum ist es deaktiviert? (optional, wird beim Image angezeigt)</translation>
    </message>
    <message>
        <source>%1 is disabled</source>
        <translation>%1 ist deaktiviert</translation>
    </message>
    <message>
        <source>%1 is available again</source>
        <translation>%1 ist wieder verfügbar</translation>
    </message>
    <message>
        <source>Image not changed</source>
        <translation>Image nicht geändert</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Its disk file %1 will be removed. The catalog keeps a record of the image for lineage.</source>
        <translation>Seine Festplattendatei %1 wird entfernt. Der Katalog behält einen Eintrag des Images für die Herkunft.</translation>
    </message>
    <message>
        <source>The catalog keeps a record of the image for lineage; files Kiln does not own are left alone.</source>
        <translation>Der Katalog behält einen Eintrag des Images für die Herkunft; Dateien, die Kiln nicht gehören, bleiben unberührt.</translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation>Image löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Image not deleted</source>
        <translation>Image nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::InfrastructureModel</name>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>libvirt URI</source>
        <translation>libvirt-URI</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::InfrastructurePage</name>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Where the build and test VMs run, and how big they are.</source>
        <translation>Wo die Build- und Test-VMs laufen und wie groß sie sind.</translation>
    </message>
    <message>
        <source>New configuration</source>
        <translation>Neue Konfiguration</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>qemu:///session (no privileges), qemu:///system, or qemu+ssh://host/system for another machine</source>
        <translation>qemu:///session (ohne Rechte), qemu:///system oder qemu+ssh://host/system für einen anderen Rechner</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>libvirt URI:</source>
        <translation>libvirt-URI:</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPUs:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>same as the base image</source>
        <translation>wie das Basis-Image</translation>
    </message>
    <message>
        <source>The image&apos;s disk size (kept in the recipe); 0 keeps the base image&apos;s size</source>
        <translation>Die Festplattengröße des Images (im Rezept gespeichert); 0 behält die Größe des Basis-Images</translation>
    </message>
    <message>
        <source>Disk size:</source>
        <translation>Festplattengröße:</translation>
    </message>
    <message>
        <source>auto: KVM when it works, else TCG</source>
        <translation>auto: KVM, wenn es funktioniert, sonst TCG</translation>
    </message>
    <message>
        <source>kvm: hardware virtualization</source>
        <translation>kvm: Hardware-Virtualisierung</translation>
    </message>
    <message>
        <source>tcg: software emulation (slow, works everywhere)</source>
        <translation>tcg: Software-Emulation (langsam, funktioniert überall)</translation>
    </message>
    <message>
        <source>Accelerator:</source>
        <translation>Beschleuniger:</translation>
    </message>
    <message>
        <source>none: the VM has no network</source>
        <translation>none: die VM hat kein Netzwerk</translation>
    </message>
    <message>
        <source>user: NAT to the outside (downloads work)</source>
        <translation>user: NAT nach außen (Downloads funktionieren)</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>Keep the VM when a build fails, to inspect it</source>
        <translation>Die VM behalten, wenn ein Build fehlschlägt, um sie zu untersuchen</translation>
    </message>
    <message>
        <source>Testing needs Kiln&apos;s libvirt layer, which this build does not have</source>
        <translation>Der Test braucht Kilns libvirt-Schicht, die dieser Build nicht hat</translation>
    </message>
    <message>
        <source>The disk size is part of the recipe; the existing recipe keeps its own</source>
        <translation>Die Festplattengröße gehört zum Rezept; das vorhandene Rezept behält seine eigene</translation>
    </message>
    <message>
        <source>Existing: %1 (%2)</source>
        <translation>Vorhanden: %1 (%2)</translation>
    </message>
    <message>
        <source>Enter a libvirt URI first, e.g. qemu:///session.</source>
        <translation>Geben Sie zuerst eine libvirt-URI ein, z. B. qemu:///session.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>configuration name</source>
        <translation>Konfigurationsname</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Name: a configuration called &quot;%1&quot; already exists. Choose it under Configuration, or pick another name.</source>
        <translation>Name: Eine Konfiguration namens „%1“ gibt es bereits. Wählen Sie sie unter „Konfiguration“ oder nehmen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>libvirt URI: &quot;%1&quot; is not a libvirt URI. Examples: qemu:///session, qemu:///system, qemu+ssh://host/system.</source>
        <translation>libvirt-URI: „%1“ ist keine libvirt-URI. Beispiele: qemu:///session, qemu:///system, qemu+ssh://host/system.</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::InfrastructurePanel</name>
    <message>
        <source>New pipeline…</source>
        <translation>Neue Pipeline…</translation>
    </message>
    <message>
        <source>Infrastructure configurations are created in the pipeline wizard or with kilnctl apply</source>
        <translation>Infrastrukturkonfigurationen werden im Pipeline-Assistenten oder mit kilnctl apply erstellt</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Select an infrastructure configuration to see where its build VMs run.</source>
        <translation>Wählen Sie eine Infrastrukturkonfiguration, um zu sehen, wo ihre Build-VMs laufen.</translation>
    </message>
    <message>
        <source>No infrastructure configurations yet.
They say where build VMs run: the libvirt URI, vCPUs, memory and network.</source>
        <translation>Noch keine Infrastrukturkonfigurationen.
Sie legen fest, wo Build-VMs laufen: libvirt-URI, vCPUs, Arbeitsspeicher und Netzwerk.</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration(s)</source>
        <translation>
            <numerusform>%n Konfiguration</numerusform>
            <numerusform>%n Konfigurationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>libvirt URI</source>
        <translation>libvirt-URI</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>auto (KVM when it works, else TCG)</source>
        <translation>auto (KVM, wenn es funktioniert, sonst TCG)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>none (no network in the build VM)</source>
        <translation>keins (kein Netzwerk in der Build-VM)</translation>
    </message>
    <message>
        <source>user-mode NAT</source>
        <translation>NAT im Benutzermodus</translation>
    </message>
    <message>
        <source>Storage pool</source>
        <translation>Speicherpool</translation>
    </message>
    <message>
        <source>Keep VM on failure</source>
        <translation>VM bei Fehler behalten</translation>
    </message>
    <message>
        <source>yes: a failed build&apos;s VM stays for inspection</source>
        <translation>ja: die VM eines fehlgeschlagenen Builds bleibt zur Untersuchung erhalten</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Zeitlimits</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Verteilen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>Delete infrastructure configuration</source>
        <translation>Infrastrukturkonfiguration löschen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Kiln refuses while a pipeline uses it, and tells you which.</source>
        <translation>Kiln verweigert das, solange eine Pipeline sie verwendet, und sagt Ihnen, welche.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::InputsForm</name>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <source>KEY=value, one per line</source>
        <translation>SCHLÜSSEL=Wert, ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <source>name=value, one per line</source>
        <translation>Name=Wert, ein Eintrag pro Zeile</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>Erforderlich. %1</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::IssueModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::IssuesDock</name>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every issue from the list (they come back when their producer reports them again)</source>
        <translation>Alle Probleme aus der Liste entfernen (sie erscheinen wieder, wenn ihre Quelle sie erneut meldet)</translation>
    </message>
    <message>
        <source>Double-click an issue to jump to where it is</source>
        <translation>Doppelklicken Sie auf ein Problem, um zu seiner Stelle zu springen</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No issues.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <source>Issues (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::KeptVm</name>
    <message>
        <source>virt-viewer is not installed. Install it to see the VM&apos;s screen: sudo apt install virt-viewer (Fedora: sudo dnf install virt-viewer). Meanwhile, its serial console works in a terminal:</source>
        <translation>virt-viewer ist nicht installiert. Installieren Sie es, um den Bildschirm der VM zu sehen: sudo apt install virt-viewer (Fedora: sudo dnf install virt-viewer). Bis dahin funktioniert ihre serielle Konsole in einem Terminal:</translation>
    </message>
    <message>
        <source>virt-viewer could not be started (%1).</source>
        <translation>virt-viewer konnte nicht gestartet werden (%1).</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ListDetailPanel</name>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>Nichts passt zum Filter.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::LogSearchBar</name>
    <message>
        <source>Find in log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+Enter)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find the next match (Enter)</source>
        <translation>Nächsten Treffer suchen (Eingabe)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::LogView</name>
    <message>
        <source>Build log</source>
        <translation>Build-Protokoll</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Find text in the log (Ctrl+F)</source>
        <translation>Text im Protokoll suchen (Strg+F)</translation>
    </message>
    <message>
        <source>First error</source>
        <translation>Erster Fehler</translation>
    </message>
    <message>
        <source>Jump to the first error in the log</source>
        <translation>Zum ersten Fehler im Protokoll springen</translation>
    </message>
    <message>
        <source>Open full log</source>
        <translation>Vollständiges Protokoll öffnen</translation>
    </message>
    <message>
        <source>Open the complete log file (the view keeps only the newest lines)</source>
        <translation>Die vollständige Protokolldatei öffnen (die Ansicht behält nur die neuesten Zeilen)</translation>
    </message>
    <message>
        <source>Follow output</source>
        <translation>Ausgabe folgen</translation>
    </message>
    <message>
        <source>Keep showing the newest output (scrolling up stops following)</source>
        <translation>Immer die neueste Ausgabe zeigen (Hochscrollen beendet das Folgen)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>, the oldest %1 only in the full log</source>
        <translation>, die ältesten %1 nur im vollständigen Protokoll</translation>
    </message>
    <message>
        <source>, %1 bytes skipped</source>
        <translation>, %1 Bytes übersprungen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Neue Pipeline…</translation>
    </message>
    <message>
        <source>Create a pipeline with its recipe, infrastructure and distribution in a wizard</source>
        <translation>Eine Pipeline mit Rezept, Infrastruktur und Verteilung in einem Assistenten erstellen</translation>
    </message>
    <message>
        <source>Store an AWSTOE component document in the catalog</source>
        <translation>Ein AWSTOE-Komponentendokument im Katalog speichern</translation>
    </message>
    <message>
        <source>Import &amp;image…</source>
        <translation>&amp;Image importieren…</translation>
    </message>
    <message>
        <source>Register a disk file as a base image</source>
        <translation>Eine Festplattendatei als Basis-Image registrieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Filter the current list</source>
        <translation>Die aktuelle Liste filtern</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Check libvirt connection</source>
        <translation>libvirt-Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;About Kiln</source>
        <translation>Über &amp;Kiln</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Import component…</source>
        <translation>Komponente i&amp;mportieren…</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::MainWindow</name>
    <message>
        <source>Kiln</source>
        <translation>Kiln</translation>
    </message>
    <message>
        <source>Component import</source>
        <translation>Komponentenimport</translation>
    </message>
    <message>
        <source>Pipeline wizard</source>
        <translation>Pipeline-Assistent</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Created the pipeline %1</source>
        <translation>Pipeline %1 erstellt</translation>
    </message>
    <message>
        <source>About Kiln</source>
        <translation>Über Kiln</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kiln %1&lt;/h3&gt;&lt;p&gt;Build, test and version virtual machine images locally, the way EC2 Image Builder does in the cloud: AWSTOE components applied to a base image in real libvirt/QEMU machines, every image kept in a local catalog with its lineage.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kiln %1&lt;/h3&gt;&lt;p&gt;VM-Images lokal bauen, testen und versionieren, so wie EC2 Image Builder es in der Cloud tut: AWSTOE-Komponenten werden in echten libvirt/QEMU-Maschinen auf ein Basis-Image angewendet, jedes Image bleibt mit seiner Herkunft in einem lokalen Katalog.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Katalog: %1</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::NewVersionDialog</name>
    <message>
        <source>New component version</source>
        <translation>Neue Komponentenversion</translation>
    </message>
    <message>
        <source>Store the document as a new version in the catalog, where recipes can use it.</source>
        <translation>Das Dokument als neue Version im Katalog speichern, wo Rezepte es verwenden können.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Build component</source>
        <translation>Build-Komponente</translation>
    </message>
    <message>
        <source>Test component</source>
        <translation>Test-Komponente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>taken from the document&apos;s description when empty</source>
        <translation>wird aus der Beschreibung des Dokuments übernommen, wenn leer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Store version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <source>Give the component a name.</source>
        <translation>Geben Sie der Komponente einen Namen.</translation>
    </message>
    <message>
        <source>Looking up the latest version of %1…</source>
        <translation>Die neueste Version von %1 wird gesucht…</translation>
    </message>
    <message>
        <source>Suggested 1.0.0: the first version of %1.</source>
        <translation>Vorschlag 1.0.0: die erste Version von %1.</translation>
    </message>
    <message>
        <source>The document is identical to %1; storing it again returns that version.</source>
        <translation>Das Dokument ist identisch mit %1; erneutes Speichern liefert diese Version.</translation>
    </message>
    <message>
        <source>Suggested %1 (latest is %2): %3.</source>
        <translation>Vorschlag %1 (neueste ist %2): %3.</translation>
    </message>
    <message>
        <source>component name</source>
        <translation>Komponentenname</translation>
    </message>
    <message>
        <source>Validating and storing…</source>
        <translation>Wird geprüft und gespeichert…</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::OutlineModel</name>
    <message>
        <source>(phase without a name)</source>
        <translation>(Abschnitt ohne Namen)</translation>
    </message>
    <message numerus="yes">
        <source>Phase %1: %n step(s)</source>
        <translation>
            <numerusform>Abschnitt %1: %n Schritt</numerusform>
            <numerusform>Abschnitt %1: %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>(step without a name)</source>
        <translation>(Schritt ohne Namen)</translation>
    </message>
    <message>
        <source>No action yet</source>
        <translation>Noch keine Aktion</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines %1–%2 · drag to move</source>
        <translation>Zeilen %1–%2 · zum Verschieben ziehen</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::OutlinePanel</name>
    <message>
        <source>&lt;b&gt;Outline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gliederung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add a phase (build, validate or test)</source>
        <translation>Einen Abschnitt hinzufügen (build, validate oder test)</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Den gewählten Schritt entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::PipelineModel</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::PipelineWizard</name>
    <message>
        <source>New pipeline</source>
        <translation>Neue Pipeline</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Create and run</source>
        <translation>Erstellen und ausführen</translation>
    </message>
    <message>
        <source>Create everything, then start the first build</source>
        <translation>Alles erstellen und dann den ersten Build starten</translation>
    </message>
    <message>
        <source>Create the pipeline and what it needs; run it later</source>
        <translation>Die Pipeline und was sie braucht erstellen; später ausführen</translation>
    </message>
    <message>
        <source>Pipeline details</source>
        <translation>Pipeline-Details</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Step %1
%2</source>
        <translation>Schritt %1
%2</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation>Nichts wurde erstellt: %1</translation>
    </message>
    <message>
        <source>Created. Starting the first build…</source>
        <translation>Erstellt. Der erste Build wird gestartet…</translation>
    </message>
    <message>
        <source>The pipeline was created, but its build did not start: %1</source>
        <translation>Die Pipeline wurde erstellt, aber ihr Build startete nicht: %1</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::PipelinesPanel</name>
    <message>
        <source>New pipeline…</source>
        <translation>Neue Pipeline…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Start a build of the selected pipeline now</source>
        <translation>Jetzt einen Build der gewählten Pipeline starten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Recent builds:</source>
        <translation>Letzte Builds:</translation>
    </message>
    <message>
        <source>Double-click a build to open it in the build monitor</source>
        <translation>Doppelklicken Sie auf einen Build, um ihn im Build-Monitor zu öffnen</translation>
    </message>
    <message>
        <source>Select a pipeline to see its settings and recent builds.</source>
        <translation>Wählen Sie eine Pipeline, um ihre Einstellungen und letzten Builds zu sehen.</translation>
    </message>
    <message>
        <source>No pipelines yet.
A pipeline builds, tests and distributes an image from a recipe. The wizard walks you through everything it needs.</source>
        <translation>Noch keine Pipelines.
Eine Pipeline baut, testet und verteilt ein Image aus einem Rezept. Der Assistent führt Sie durch alles, was sie braucht.</translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s)</source>
        <translation>
            <numerusform>%n Pipeline</numerusform>
            <numerusform>%n Pipelines</numerusform>
        </translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>none: the image stays in the catalog</source>
        <translation>keine: das Image bleibt im Katalog</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>run the test stage</source>
        <translation>Testphase ausführen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>manual (run it yourself)</source>
        <translation>manuell (selbst starten)</translation>
    </message>
    <message>
        <source>cron: %1</source>
        <translation>Cron: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Build not started</source>
        <translation>Build nicht gestartet</translation>
    </message>
    <message>
        <source>Build #%1 of %2 is %3</source>
        <translation>Build #%1 von %2 ist %3</translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation>Pipeline löschen</translation>
    </message>
    <message>
        <source>Delete the pipeline %1?</source>
        <translation>Die Pipeline %1 löschen?</translation>
    </message>
    <message>
        <source>Its recipe, configurations, images and past builds stay in the catalog.</source>
        <translation>Ihr Rezept, ihre Konfigurationen, Images und früheren Builds bleiben im Katalog.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Pipeline not deleted</source>
        <translation>Pipeline nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted the pipeline %1</source>
        <translation>Pipeline %1 gelöscht</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>qemu:///session (no privileges), qemu:///system, or qemu+ssh://host/system</source>
        <translation>qemu:///session (ohne Rechte), qemu:///system oder qemu+ssh://host/system</translation>
    </message>
    <message>
        <source>Default libvirt URI:</source>
        <translation>Standard-libvirt-URI:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Default output folder:</source>
        <translation>Standard-Ausgabeordner:</translation>
    </message>
    <message>
        <source>Check the libvirt connection when Kiln starts</source>
        <translation>Die libvirt-Verbindung beim Start von Kiln prüfen</translation>
    </message>
    <message>
        <source>Default output folder</source>
        <translation>Standard-Ausgabeordner</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a libvirt URI. Examples: qemu:///session, qemu:///system, qemu+ssh://host/system.</source>
        <translation>„%1“ ist keine libvirt-URI. Beispiele: qemu:///session, qemu:///system, qemu+ssh://host/system.</translation>
    </message>
    <message>
        <source>The output folder must be a full path, like /home/you/kiln-images.</source>
        <translation>Der Ausgabeordner muss ein vollständiger Pfad sein, etwa /home/sie/kiln-images.</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::RecipeCatalogModel</name>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>Base image</source>
        <translation>Basis-Image</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>Build %1</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::RecipeDetails</name>
    <message>
        <source>Components, in build order:</source>
        <translation>Komponenten in Build-Reihenfolge:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>This recipe could not be loaded</source>
        <translation>Dieses Rezept konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 %2 (build %3)</source>
        <translation>%1 %2 (Build %3)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Base image</source>
        <translation>Basis-Image</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>Festplattengröße</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>same as the base image</source>
        <translation>wie das Basis-Image</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation>%1 (Build %2)</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::RecipePage</name>
    <message>
        <source>Image recipe</source>
        <translation>Image-Rezept</translation>
    </message>
    <message>
        <source>The recipe says what the image is made of: a base image and the components applied to it, in order.</source>
        <translation>Das Rezept legt fest, woraus das Image besteht: ein Basis-Image und die darauf angewendeten Komponenten, in Reihenfolge.</translation>
    </message>
    <message>
        <source>Create a &amp;new recipe</source>
        <translation>&amp;Neues Rezept erstellen</translation>
    </message>
    <message>
        <source>Use an &amp;existing recipe</source>
        <translation>&amp;Vorhandenes Rezept verwenden</translation>
    </message>
    <message>
        <source>e.g. web-server</source>
        <translation>z. B. web-server</translation>
    </message>
    <message>
        <source>Semantic version x.y.z; Kiln adds the build number</source>
        <translation>Semantische Version x.y.z; Kiln ergänzt die Build-Nummer</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Import from a file…</source>
        <translation>Aus einer Datei importieren…</translation>
    </message>
    <message>
        <source>Register a qcow2, raw, vmdk or vhdx disk as a new base image</source>
        <translation>Eine qcow2-, raw-, vmdk- oder vhdx-Festplatte als neues Basis-Image registrieren</translation>
    </message>
    <message>
        <source>Base image:</source>
        <translation>Basis-Image:</translation>
    </message>
    <message>
        <source>Recipe:</source>
        <translation>Rezept:</translation>
    </message>
    <message>
        <source>Loading base images…</source>
        <translation>Basis-Images werden geladen…</translation>
    </message>
    <message>
        <source>No images yet: import one from a file</source>
        <translation>Noch keine Images: importieren Sie eines aus einer Datei</translation>
    </message>
    <message>
        <source>%1 (newest available)</source>
        <translation>%1 (neueste verfügbare)</translation>
    </message>
    <message>
        <source>%1 %2 (build %3)</source>
        <translation>%1 %2 (Build %3)</translation>
    </message>
    <message>
        <source>There are no recipes in the catalog yet</source>
        <translation>Im Katalog gibt es noch keine Rezepte</translation>
    </message>
    <message>
        <source>Imported %1; it is now the base image.</source>
        <translation>%1 importiert; es ist jetzt das Basis-Image.</translation>
    </message>
    <message>
        <source>Recipe: choose one, or create a new recipe.</source>
        <translation>Rezept: Wählen Sie eines oder erstellen Sie ein neues Rezept.</translation>
    </message>
    <message>
        <source>Name: enter a name for the recipe.</source>
        <translation>Name: Geben Sie einen Namen für das Rezept ein.</translation>
    </message>
    <message>
        <source>recipe name</source>
        <translation>Rezeptname</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>Base image: choose one from the catalog, or import a disk file with &quot;Import from a file…&quot;.</source>
        <translation>Basis-Image: Wählen Sie eines aus dem Katalog oder importieren Sie eine Festplattendatei mit „Aus einer Datei importieren…“.</translation>
    </message>
    <message>
        <source>Components: still checking the versions; try again in a moment.</source>
        <translation>Komponenten: Die Versionen werden noch geprüft; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Components: add at least one build component from the catalog (double-click it).</source>
        <translation>Komponenten: Fügen Sie mindestens eine Build-Komponente aus dem Katalog hinzu (Doppelklick).</translation>
    </message>
    <message>
        <source>Components: %1</source>
        <translation>Komponenten: %1</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::RecipesPanel</name>
    <message>
        <source>New pipeline…</source>
        <translation>Neue Pipeline…</translation>
    </message>
    <message>
        <source>Recipes are created in the pipeline wizard</source>
        <translation>Rezepte werden im Pipeline-Assistenten erstellt</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Select a recipe version to see its base image, components and YAML.</source>
        <translation>Wählen Sie eine Rezeptversion, um Basis-Image, Komponenten und YAML zu sehen.</translation>
    </message>
    <message>
        <source>No image recipes yet.
A recipe is a base image plus the components to apply, in order. Create one with the pipeline wizard.</source>
        <translation>Noch keine Image-Rezepte.
Ein Rezept ist ein Basis-Image plus die anzuwendenden Komponenten, in Reihenfolge. Erstellen Sie eines mit dem Pipeline-Assistenten.</translation>
    </message>
    <message>
        <source>No recipe matches the filter.</source>
        <translation>Kein Rezept passt zum Filter.</translation>
    </message>
    <message>
        <source>Delete recipe</source>
        <translation>Rezept löschen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Pipelines and images that use this recipe keep Kiln from deleting it; you will be told which.</source>
        <translation>Pipelines und Images, die dieses Rezept verwenden, verhindern das Löschen; Sie erfahren, welche.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Recipe not deleted</source>
        <translation>Rezept nicht gelöscht</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Image recipes</source>
        <translation>Image-Rezepte</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Check every choice. Create stores the pipeline and what it needs in the catalog, in one step; Create and run also starts its first build.</source>
        <translation>Prüfen Sie jede Auswahl. „Erstellen“ speichert die Pipeline und alles, was sie braucht, in einem Schritt im Katalog; „Erstellen und ausführen“ startet außerdem ihren ersten Build.</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>cron: %1</source>
        <translation>Cron: %1</translation>
    </message>
    <message>
        <source> (next: %1)</source>
        <translation> (nächster: %1)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>Existing recipe</source>
        <translation>Vorhandenes Rezept</translation>
    </message>
    <message>
        <source>New recipe</source>
        <translation>Neues Rezept</translation>
    </message>
    <message>
        <source>Base image</source>
        <translation>Basis-Image</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>Festplattengröße</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>same as the base image</source>
        <translation>wie das Basis-Image</translation>
    </message>
    <message>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>%1. %2 component</source>
        <translation>%1. %2-Komponente</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Existing configuration</source>
        <translation>Vorhandene Konfiguration</translation>
    </message>
    <message>
        <source>New configuration</source>
        <translation>Neue Konfiguration</translation>
    </message>
    <message>
        <source>libvirt URI</source>
        <translation>libvirt-URI</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n vCPU</numerusform>
            <numerusform>%n vCPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Keep VM on failure</source>
        <translation>VM bei Fehler behalten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>none: images stay in the catalog</source>
        <translation>keine: Images bleiben im Katalog</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gefundene Probleme</translation>
    </message>
    <message>
        <source>Checking against the catalog…</source>
        <translation>Wird mit dem Katalog abgeglichen…</translation>
    </message>
    <message>
        <source>None. Everything is ready.</source>
        <translation>Keine. Alles ist bereit.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed first: go Back to the page concerned.</source>
        <translation>
            <numerusform>%n Problem muss zuerst behoben werden: gehen Sie zurück zur betroffenen Seite.</numerusform>
            <numerusform>%n Probleme müssen zuerst behoben werden: gehen Sie zurück zur betroffenen Seite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::RunningBuildsIndicator</name>
    <message>
        <source>No builds running</source>
        <translation>Keine laufenden Builds</translation>
    </message>
    <message>
        <source>Click to open the build monitor</source>
        <translation>Klicken, um den Build-Monitor zu öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n build(s) running</source>
        <translation>
            <numerusform>%n Build läuft</numerusform>
            <numerusform>%n Builds laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::StageLogPane</name>
    <message>
        <source>VM:</source>
        <translation>VM:</translation>
    </message>
    <message>
        <source>The log file %1 was removed. The lines below are what was read before.</source>
        <translation>Die Protokolldatei %1 wurde entfernt. Die Zeilen unten wurden vorher gelesen.</translation>
    </message>
    <message>
        <source>There is no %1 for this build: its stage did not run, or the file was removed (%2).</source>
        <translation>Für diesen Build gibt es keine Datei %1: Ihre Phase lief nicht, oder die Datei wurde entfernt (%2).</translation>
    </message>
    <message>
        <source>Waiting for the first output…</source>
        <translation>Warten auf die erste Ausgabe…</translation>
    </message>
    <message>
        <source>This VM has not started yet.</source>
        <translation>Diese VM wurde noch nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::StageTimeline</name>
    <message>
        <source>usually %1</source>
        <translation>üblicherweise %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1, longer than usual</source>
        <translation>%1, länger als üblich</translation>
    </message>
    <message>
        <source>%1 of about %2</source>
        <translation>%1 von etwa %2</translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation>fertig in %1</translation>
    </message>
    <message>
        <source>failed after %1</source>
        <translation>fehlgeschlagen nach %1</translation>
    </message>
    <message>
        <source>cancelled after %1</source>
        <translation>abgebrochen nach %1</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>nicht in diesem Build</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::StepForm</name>
    <message>
        <source>Select a step in the outline to edit it here, or add one with “Add step”.</source>
        <translation>Wählen Sie einen Schritt in der Gliederung, um ihn hier zu bearbeiten, oder fügen Sie mit „Schritt hinzufügen“ einen hinzu.</translation>
    </message>
    <message>
        <source>Unique in its phase; other steps refer to it as {{ phase.name.outputs… }}</source>
        <translation>Eindeutig in seinem Abschnitt; andere Schritte verweisen darauf als {{ phase.name.outputs… }}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name&lt;/b&gt; *</source>
        <translation>&lt;b&gt;Name&lt;/b&gt; *</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action&lt;/b&gt; *</source>
        <translation>&lt;b&gt;Aktion&lt;/b&gt; *</translation>
    </message>
    <message>
        <source>Abort (default)</source>
        <translation>Abort (Standard)</translation>
    </message>
    <message>
        <source>Abort: stop, the document fails</source>
        <translation>Abort: anhalten, das Dokument schlägt fehl</translation>
    </message>
    <message>
        <source>Continue: run the rest, still fail</source>
        <translation>Continue: den Rest ausführen, trotzdem fehlschlagen</translation>
    </message>
    <message>
        <source>Ignore: run the rest, succeed</source>
        <translation>Ignore: den Rest ausführen, Erfolg melden</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>Bei Fehler</translation>
    </message>
    <message>
        <source>1 (default)</source>
        <translation>1 (Standard)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>7200 s (default); -1: none</source>
        <translation>7200 s (Standard); -1: keines</translation>
    </message>
    <message>
        <source>Timeout (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>This action takes a list of operations; edit one at a time</source>
        <translation>Diese Aktion nimmt eine Liste von Operationen; bearbeiten Sie eine nach der anderen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an operation to this step</source>
        <translation>Diesem Schritt eine Operation hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the shown operation</source>
        <translation>Die angezeigte Operation entfernen</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>Choose an action to edit its inputs here.</source>
        <translation>Wählen Sie eine Aktion, um hier ihre Eingaben zu bearbeiten.</translation>
    </message>
    <message>
        <source>Assert&apos;s inputs are a condition (like a step&apos;s “if”); edit them in the text.</source>
        <translation>Die Eingaben von Assert sind eine Bedingung (wie das „if“ eines Schritts); bearbeiten Sie sie im Text.</translation>
    </message>
    <message>
        <source>Operation %1: %2</source>
        <translation>Operation %1: %2</translation>
    </message>
    <message>
        <source>Operation 1 (new)</source>
        <translation>Operation 1 (neu)</translation>
    </message>
    <message>
        <source>These inputs should be a list of operations (“- path: …”); fix them in the text.</source>
        <translation>Diese Eingaben sollten eine Liste von Operationen sein („- path: …“); korrigieren Sie sie im Text.</translation>
    </message>
    <message>
        <source>These inputs should be a mapping (“key: value”); fix them in the text.</source>
        <translation>Diese Eingaben sollten eine Zuordnung sein („key: value“); korrigieren Sie sie im Text.</translation>
    </message>
    <message>
        <source>a loop</source>
        <translation>eine Schleife</translation>
    </message>
    <message>
        <source>a condition (if)</source>
        <translation>eine Bedingung (if)</translation>
    </message>
    <message>
        <source>This step also has %1. &lt;a href=&quot;#text&quot;&gt;Edit it in the text&lt;/a&gt;.</source>
        <translation>Dieser Schritt hat außerdem %1. &lt;a href=&quot;#text&quot;&gt;Im Text bearbeiten&lt;/a&gt;.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::StepStatusStyle</name>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed (ignored)</source>
        <translation>Fehlgeschlagen (ignoriert)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::TestRunPanel</name>
    <message>
        <source>&lt;b&gt;Test run&lt;/b&gt; on</source>
        <translation>&lt;b&gt;Testlauf&lt;/b&gt; auf</translation>
    </message>
    <message>
        <source>The base image the throwaway VM boots from</source>
        <translation>Das Basis-Image, von dem die Wegwerf-VM startet</translation>
    </message>
    <message>
        <source>Reload the images from the catalog</source>
        <translation>Die Images neu aus dem Katalog laden</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Abschnitte:</translation>
    </message>
    <message>
        <source>Run this phase of the document</source>
        <translation>Diesen Abschnitt des Dokuments ausführen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the test run (a running test goes on)</source>
        <translation>Den Testlauf ausblenden (ein laufender Test geht weiter)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Runs this document&apos;s phases in a VM that is removed afterwards.</source>
        <translation>Führt die Abschnitte dieses Dokuments in einer VM aus, die danach entfernt wird.</translation>
    </message>
    <message>
        <source>The images cannot be listed: %1</source>
        <translation>Die Images können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No available image: import one in Images</source>
        <translation>Kein verfügbares Image: Importieren Sie eines unter Images</translation>
    </message>
    <message>
        <source>Required: the document has no default</source>
        <translation>Erforderlich: Das Dokument hat keinen Standardwert</translation>
    </message>
    <message numerus="yes">
        <source>The document has %n error(s); fix them before a test run (see the Issues dock).</source>
        <translation>
            <numerusform>Das Dokument hat %n Fehler; beheben Sie ihn vor einem Testlauf (siehe Bereich „Probleme“).</numerusform>
            <numerusform>Das Dokument hat %n Fehler; beheben Sie sie vor einem Testlauf (siehe Bereich „Probleme“).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a base image (import one in Images first).</source>
        <translation>Wählen Sie ein Basis-Image (importieren Sie zuerst eines unter Images).</translation>
    </message>
    <message>
        <source>Give a value for the parameter %1: it has no default.</source>
        <translation>Geben Sie einen Wert für den Parameter %1 an: Er hat keinen Standardwert.</translation>
    </message>
    <message>
        <source>Choose at least one phase to run.</source>
        <translation>Wählen Sie mindestens einen Abschnitt zum Ausführen.</translation>
    </message>
    <message>
        <source>Cannot write the test document: %1</source>
        <translation>Das Testdokument kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Starting a throwaway VM from %1…</source>
        <translation>Eine Wegwerf-VM wird von %1 gestartet…</translation>
    </message>
    <message>
        <source>The test run did not start: %1</source>
        <translation>Der Testlauf wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Test run %1: waiting for the VM…</source>
        <translation>Testlauf %1: wartet auf die VM…</translation>
    </message>
    <message>
        <source>The test run cannot be followed: %1</source>
        <translation>Der Testlauf kann nicht verfolgt werden: %1</translation>
    </message>
    <message>
        <source>Test run %1: starting the VM…</source>
        <translation>Testlauf %1: VM wird gestartet…</translation>
    </message>
    <message>
        <source>Test run %1: running</source>
        <translation>Testlauf %1: läuft</translation>
    </message>
    <message>
        <source>Test run %1: running %2</source>
        <translation>Testlauf %1: %2 läuft</translation>
    </message>
    <message>
        <source> (exit code %1)</source>
        <translation> (Exit-Code %1)</translation>
    </message>
    <message>
        <source>Test run %1 succeeded in %2 s.</source>
        <translation>Testlauf %1 erfolgreich in %2 s.</translation>
    </message>
    <message>
        <source>Test run %1 was cancelled.</source>
        <translation>Testlauf %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Test run %1 failed: %2</source>
        <translation>Testlauf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Test run %1 failed at %2: %3</source>
        <translation>Testlauf %1 fehlgeschlagen bei %2: %3</translation>
    </message>
    <message>
        <source>Cancelling test run %1…</source>
        <translation>Testlauf %1 wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cannot cancel: %1</source>
        <translation>Abbrechen nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::TimelineStages</name>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 von %n Schritt fertig</numerusform>
            <numerusform>%1 von %n Schritten fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::VersionCompare</name>
    <message>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <source>This is the only version: there is nothing to compare it with yet.</source>
        <translation>Dies ist die einzige Version: Es gibt noch nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
</context>
<context>
    <name>Kiln::Widgets::VisualEdits</name>
    <message>
        <source>The document is still being checked; try again in a moment.</source>
        <translation>Das Dokument wird noch geprüft; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The YAML cannot be read (%1); fix it in the text first.</source>
        <translation>Das YAML kann nicht gelesen werden (%1); korrigieren Sie zuerst den Text.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The text changed while the edit was prepared; try again.</source>
        <translation>Der Text hat sich geändert, während die Bearbeitung vorbereitet wurde; versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>KilnCatalog</name>
    <message>
        <source>no build %1</source>
        <translation>kein Build %1</translation>
    </message>
    <message>
        <source>build %1: %2</source>
        <translation>Build %1: %2</translation>
    </message>
    <message>
        <source>build %1 has already finished (%2)</source>
        <translation>Build %1 ist bereits beendet (%2)</translation>
    </message>
    <message>
        <source>no build step %1</source>
        <translation>kein Build-Schritt %1</translation>
    </message>
    <message>
        <source>No Kiln home folder given.</source>
        <translation>Kein Kiln-Basisordner angegeben.</translation>
    </message>
    <message>
        <source>The catalog was closed before this change was written.</source>
        <translation>Der Katalog wurde geschlossen, bevor diese Änderung geschrieben wurde.</translation>
    </message>
    <message>
        <source>%1: error: the document could not be read</source>
        <translation>%1: Fehler: Das Dokument konnte nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a valid component document (%n error(s)):
%2</source>
        <translation>
            <numerusform>%1 ist kein gültiges Komponentendokument (%n Fehler):
%2</numerusform>
            <numerusform>%1 ist kein gültiges Komponentendokument (%n Fehler):
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>no component with id %1</source>
        <translation>keine Komponente mit der ID %1</translation>
    </message>
    <message>
        <source>component name</source>
        <translation>Komponentenname</translation>
    </message>
    <message>
        <source>component platform &apos;%1&apos; is not supported: Kiln builds Linux images (platform Linux)</source>
        <translation>die Komponentenplattform „%1“ wird nicht unterstützt: Kiln baut Linux-Images (Plattform Linux)</translation>
    </message>
    <message>
        <source>the component document is empty</source>
        <translation>das Komponentendokument ist leer</translation>
    </message>
    <message>
        <source>image %1 (built with it)</source>
        <translation>Image %1 (damit gebaut)</translation>
    </message>
    <message>
        <source>%1 %2 (refers to it as %3)</source>
        <translation>%1 %2 (verweist darauf als %3)</translation>
    </message>
    <message>
        <source>component %1 cannot be deleted: it is still used by %2. Delete or change those first.</source>
        <translation>die Komponente %1 kann nicht gelöscht werden: Sie wird noch von %2 verwendet. Löschen oder ändern Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not available: install libqt6sql6-sqlite.</source>
        <translation>Qts SQLite-Treiber (QSQLITE) ist nicht verfügbar: Installieren Sie libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>The catalog %1 is busy: another Kiln process kept it locked for more than 5 seconds. Try again when it has finished.</source>
        <translation>Der Katalog %1 ist belegt: Ein anderer Kiln-Prozess hielt ihn länger als 5 Sekunden gesperrt. Versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>The disk holding the catalog %1 is full (%2). Free some space and try again; nothing was changed.</source>
        <translation>Die Festplatte mit dem Katalog %1 ist voll (%2). Geben Sie Platz frei und versuchen Sie es erneut; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not write the catalog %1: input/output error (%2). Is the disk full or failing? Nothing was changed.</source>
        <translation>Der Katalog %1 konnte nicht geschrieben werden: Ein-/Ausgabefehler (%2). Ist die Festplatte voll oder defekt? Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The catalog %1 is read-only (%2). Check the file&apos;s permissions.</source>
        <translation>Der Katalog %1 ist schreibgeschützt (%2). Prüfen Sie die Dateiberechtigungen.</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged or not a Kiln catalog (%2). Restore a backup, or move the file away to start a new catalog.</source>
        <translation>Der Katalog %1 ist beschädigt oder kein Kiln-Katalog (%2). Stellen Sie eine Sicherung wieder her oder verschieben Sie die Datei, um einen neuen Katalog zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1 (%2). Check that its folder exists and is writable.</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden (%2). Prüfen Sie, ob sein Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Catalog %1: %2 failed: %3</source>
        <translation>Katalog %1: %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>das Vorbereiten einer Abfrage</translation>
    </message>
    <message>
        <source>a query</source>
        <translation>eine Abfrage</translation>
    </message>
    <message>
        <source>a change</source>
        <translation>eine Änderung</translation>
    </message>
    <message>
        <source>an insert</source>
        <translation>ein Einfügen</translation>
    </message>
    <message>
        <source>a gzip-compressed file; decompress it first (gunzip)</source>
        <translation>eine gzip-komprimierte Datei; entpacken Sie sie zuerst (gunzip)</translation>
    </message>
    <message>
        <source>an xz-compressed file; decompress it first (unxz)</source>
        <translation>eine xz-komprimierte Datei; entpacken Sie sie zuerst (unxz)</translation>
    </message>
    <message>
        <source>a zstd-compressed file; decompress it first (unzstd)</source>
        <translation>eine zstd-komprimierte Datei; entpacken Sie sie zuerst (unzstd)</translation>
    </message>
    <message>
        <source>a bzip2-compressed file; decompress it first (bunzip2)</source>
        <translation>eine bzip2-komprimierte Datei; entpacken Sie sie zuerst (bunzip2)</translation>
    </message>
    <message>
        <source>a zip archive; extract the disk image from it first</source>
        <translation>ein Zip-Archiv; extrahieren Sie zuerst das Festplatten-Image daraus</translation>
    </message>
    <message>
        <source>a 7-Zip archive; extract the disk image from it first</source>
        <translation>ein 7-Zip-Archiv; extrahieren Sie zuerst das Festplatten-Image daraus</translation>
    </message>
    <message>
        <source>a tar archive; extract the disk image from it first</source>
        <translation>ein Tar-Archiv; extrahieren Sie zuerst das Festplatten-Image daraus</translation>
    </message>
    <message>
        <source>a program (ELF executable), not a disk</source>
        <translation>ein Programm (ausführbare ELF-Datei), keine Festplatte</translation>
    </message>
    <message>
        <source>qemu-img sees only unstructured (&apos;raw&apos;) data, and Kiln accepts raw data as a disk only when it is a non-empty whole number of 512-byte sectors that is not text, an archive or a program</source>
        <translation>qemu-img sieht nur unstrukturierte („raw“) Daten, und Kiln akzeptiert Rohdaten als Festplatte nur, wenn sie eine nicht leere ganze Zahl von 512-Byte-Sektoren sind und kein Text, Archiv oder Programm</translation>
    </message>
    <message>
        <source>%1 is not a disk image: the file is empty.</source>
        <translation>%1 ist kein Festplatten-Image: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a disk image: it is %2.</source>
        <translation>%1 ist kein Festplatten-Image: Es ist %2.</translation>
    </message>
    <message>
        <source>%1 is not a disk image: %2. Its %3 bytes are not a whole number of 512-byte sectors.</source>
        <translation>%1 ist kein Festplatten-Image: %2. Seine %3 Bytes sind keine ganze Zahl von 512-Byte-Sektoren.</translation>
    </message>
    <message>
        <source>%1 is not a disk image: %2. It looks like a text file (no zero bytes in its first %3 KiB).</source>
        <translation>%1 ist kein Festplatten-Image: %2. Es sieht aus wie eine Textdatei (keine Null-Bytes in den ersten %3 KiB).</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation>%1 ist nicht lesbar</translation>
    </message>
    <message>
        <source>cannot run qemu-img (%1); install qemu-utils</source>
        <translation>qemu-img kann nicht ausgeführt werden (%1); installieren Sie qemu-utils</translation>
    </message>
    <message>
        <source>qemu-img info %1 did not finish within 2 minutes</source>
        <translation>qemu-img info %1 war nicht innerhalb von 2 Minuten fertig</translation>
    </message>
    <message>
        <source>%1 is not a usable disk image: qemu-img says: %2</source>
        <translation>%1 ist kein verwendbares Festplatten-Image: qemu-img sagt: %2</translation>
    </message>
    <message>
        <source>%1 is a &apos;%2&apos; disk image; Kiln imports qcow2, raw, vmdk and vhdx. Convert it first, e.g. qemu-img convert -O qcow2 %1 disk.qcow2</source>
        <translation>%1 ist ein „%2“-Festplatten-Image; Kiln importiert qcow2, raw, vmdk und vhdx. Wandeln Sie es zuerst um, z. B. qemu-img convert -O qcow2 %1 disk.qcow2</translation>
    </message>
    <message>
        <source>%1 is a %2 overlay on the backing file %3; import a standalone disk instead (flatten it with qemu-img convert -O %2 %1 flat.%2)</source>
        <translation>%1 ist ein %2-Overlay auf der Basisdatei %3; importieren Sie stattdessen eine eigenständige Festplatte (glätten mit qemu-img convert -O %2 %1 flat.%2)</translation>
    </message>
    <message>
        <source>%1 is a multi-file vmdk (its data is in %2); convert it to one file first: qemu-img convert -O qcow2 %1 disk.qcow2</source>
        <translation>%1 ist ein mehrteiliges vmdk (seine Daten liegen in %2); wandeln Sie es zuerst in eine Datei um: qemu-img convert -O qcow2 %1 disk.qcow2</translation>
    </message>
    <message>
        <source>%1: qemu-img reports no virtual size; the image is damaged</source>
        <translation>%1: qemu-img meldet keine virtuelle Größe; das Image ist beschädigt</translation>
    </message>
    <message>
        <source>kernel %1 does not exist</source>
        <translation>Kernel %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot read kernel %1: %2</source>
        <translation>Kernel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no distribution configuration %1</source>
        <translation>keine Verteilungskonfiguration %1</translation>
    </message>
    <message>
        <source>distribution name</source>
        <translation>Verteilungsname</translation>
    </message>
    <message>
        <source>distribution %1 has no targets; add a directory or a pool</source>
        <translation>die Verteilung %1 hat keine Ziele; fügen Sie ein Verzeichnis oder einen Pool hinzu</translation>
    </message>
    <message>
        <source>targets[%1]: </source>
        <translation>targets[%1]: </translation>
    </message>
    <message>
        <source>directory must be an absolute path, not &apos;%1&apos;</source>
        <translation>directory muss ein absoluter Pfad sein, nicht „%1“</translation>
    </message>
    <message>
        <source>pool name</source>
        <translation>Pool-Name</translation>
    </message>
    <message>
        <source>compression &apos;%1&apos; is only possible for directory targets (a pool volume must be a usable disk)</source>
        <translation>Kompression „%1“ ist nur für Verzeichnisziele möglich (ein Pool-Volume muss eine verwendbare Festplatte sein)</translation>
    </message>
    <message>
        <source>formats is empty; choose from %1</source>
        <translation>formats ist leer; wählen Sie aus %1</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; choose from %2</source>
        <translation>unbekanntes Format „%1“; wählen Sie aus %2</translation>
    </message>
    <message>
        <source>format &apos;%1&apos; is listed twice</source>
        <translation>Format „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>unknown compression &apos;%1&apos;; choose from %2</source>
        <translation>unbekannte Kompression „%1“; wählen Sie aus %2</translation>
    </message>
    <message>
        <source>pipeline %1</source>
        <translation>Pipeline %1</translation>
    </message>
    <message>
        <source>distribution configuration %1 cannot be deleted: it is used by %2</source>
        <translation>die Verteilungskonfiguration %1 kann nicht gelöscht werden: Sie wird von %2 verwendet</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check the permissions, or choose another home with --home DIR or KILN_HOME.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen oder wählen Sie mit --home DIR oder KILN_HOME einen anderen Basisordner.</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>writing %1 failed: %2. Is the disk full? Free space, or import with --in-place to register the file where it is.</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2. Ist die Festplatte voll? Geben Sie Platz frei oder importieren Sie mit --in-place, um die Datei an ihrem Ort zu registrieren.</translation>
    </message>
    <message>
        <source>writing %1 failed: %2. Is the disk full?</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2. Ist die Festplatte voll?</translation>
    </message>
    <message>
        <source>the download was cancelled; nothing was registered</source>
        <translation>der Download wurde abgebrochen; nichts wurde registriert</translation>
    </message>
    <message>
        <source>writing the download to %1 failed: %2. Is the disk full?</source>
        <translation>Schreiben des Downloads nach %1 fehlgeschlagen: %2. Ist die Festplatte voll?</translation>
    </message>
    <message>
        <source>downloading %1 failed: %2; nothing was registered</source>
        <translation>Herunterladen von %1 fehlgeschlagen: %2; nichts wurde registriert</translation>
    </message>
    <message>
        <source>downloading %1 failed: HTTP status %2</source>
        <translation>Herunterladen von %1 fehlgeschlagen: HTTP-Status %2</translation>
    </message>
    <message>
        <source>image name</source>
        <translation>Image-Name</translation>
    </message>
    <message>
        <source>give either a disk file or a URL to import</source>
        <translation>geben Sie entweder eine Festplattendatei oder eine URL zum Importieren an</translation>
    </message>
    <message>
        <source>--sha256 must be 64 hexadecimal digits, not &apos;%1&apos;</source>
        <translation>--sha256 muss aus 64 Hexadezimalziffern bestehen, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: only https:// URLs can be imported (http:// only from this machine, for tests), because a disk image is code you will run</source>
        <translation>%1: nur https://-URLs können importiert werden (http:// nur von diesem Rechner, für Tests), denn ein Festplatten-Image ist Code, den Sie ausführen werden</translation>
    </message>
    <message>
        <source>importing from a URL needs the image&apos;s sha256 (--sha256) to check the download</source>
        <translation>der Import von einer URL braucht den sha256 des Images (--sha256), um den Download zu prüfen</translation>
    </message>
    <message>
        <source>--in-place applies to local files, not URLs</source>
        <translation>--in-place gilt für lokale Dateien, nicht für URLs</translation>
    </message>
    <message>
        <source>direct kernel boot needs both a kernel and an initrd</source>
        <translation>direkter Kernel-Start braucht einen Kernel und eine Initrd</translation>
    </message>
    <message>
        <source>a kernel command line needs a kernel and an initrd</source>
        <translation>eine Kernel-Befehlszeile braucht einen Kernel und eine Initrd</translation>
    </message>
    <message>
        <source>initrd %1 does not exist</source>
        <translation>Initrd %1 existiert nicht</translation>
    </message>
    <message>
        <source>the download of %1 has sha256 %2, not the expected %3; it was discarded and nothing was registered</source>
        <translation>der Download von %1 hat den sha256 %2, nicht den erwarteten %3; er wurde verworfen und nichts wurde registriert</translation>
    </message>
    <message>
        <source>the download of %1 is not usable: %2</source>
        <translation>der Download von %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>cannot move the download into %1</source>
        <translation>der Download kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>cannot move the copy into %1</source>
        <translation>die Kopie kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>%1 has sha256 %2, not the expected %3; nothing was registered</source>
        <translation>%1 hat den sha256 %2, nicht den erwarteten %3; nichts wurde registriert</translation>
    </message>
    <message>
        <source>no image with id %1</source>
        <translation>kein Image mit der ID %1</translation>
    </message>
    <message>
        <source>image %1 is %2 and cannot be used to build%3</source>
        <translation>Image %1 ist %2 und kann nicht zum Bauen verwendet werden%3</translation>
    </message>
    <message>
        <source>that is AVAILABLE</source>
        <translation>mit Status AVAILABLE</translation>
    </message>
    <message>
        <source>that is not deleted</source>
        <translation>ohne Status DELETED</translation>
    </message>
    <message>
        <source>image %1: %2</source>
        <translation>Image %1: %2</translation>
    </message>
    <message>
        <source>image %1 is %2: its disk can no longer change (images are immutable once built)</source>
        <translation>Image %1 ist %2: seine Festplatte kann sich nicht mehr ändern (Images sind nach dem Bauen unveränderlich)</translation>
    </message>
    <message>
        <source>image %1 is %2: its inventory can no longer change</source>
        <translation>Image %1 ist %2: seine Paketliste kann sich nicht mehr ändern</translation>
    </message>
    <message>
        <source>image %1 is %2: its build is still running; cancel the build first</source>
        <translation>Image %1 ist %2: sein Build läuft noch; brechen Sie den Build zuerst ab</translation>
    </message>
    <message>
        <source>image %1 cannot be deleted while builds use it as their base: %2</source>
        <translation>Image %1 kann nicht gelöscht werden, solange Builds es als Basis verwenden: %2</translation>
    </message>
    <message>
        <source>no infrastructure configuration %1</source>
        <translation>keine Infrastrukturkonfiguration %1</translation>
    </message>
    <message>
        <source>infrastructure name</source>
        <translation>Infrastrukturname</translation>
    </message>
    <message>
        <source>uri &apos;%1&apos; is not a libvirt URI (e.g. qemu:///session, qemu:///system, qemu+ssh://host/system)</source>
        <translation>uri „%1“ ist keine libvirt-URI (z. B. qemu:///session, qemu:///system, qemu+ssh://host/system)</translation>
    </message>
    <message>
        <source>vcpus must be between 1 and 256, not %1</source>
        <translation>vcpus muss zwischen 1 und 256 liegen, nicht %1</translation>
    </message>
    <message>
        <source>memoryMiB must be between 64 and 4194304, not %1</source>
        <translation>memoryMiB muss zwischen 64 und 4194304 liegen, nicht %1</translation>
    </message>
    <message>
        <source>storage pool name</source>
        <translation>Speicherpool-Name</translation>
    </message>
    <message>
        <source>timeouts are seconds, 0 for no limit; they cannot be negative</source>
        <translation>Zeitlimits sind Sekunden, 0 für keine Grenze; sie dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>infrastructure configuration %1 cannot be deleted: it is used by %2</source>
        <translation>die Infrastrukturkonfiguration %1 kann nicht gelöscht werden: Sie wird von %2 verwendet</translation>
    </message>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Kiln catalog: it is not an SQLite database. Kiln left it untouched; move it away or choose another --home.</source>
        <translation>%1 ist kein Kiln-Katalog: Es ist keine SQLite-Datenbank. Kiln hat sie nicht angerührt; verschieben Sie sie oder wählen Sie ein anderes --home.</translation>
    </message>
    <message>
        <source>%1 is not a Kiln catalog: it is another application&apos;s SQLite database (application id 0x%2). Kiln left it untouched.</source>
        <translation>%1 ist kein Kiln-Katalog: Es ist die SQLite-Datenbank einer anderen Anwendung (Anwendungs-ID 0x%2). Kiln hat sie nicht angerührt.</translation>
    </message>
    <message>
        <source>The catalog %1 was written by a newer Kiln (schema version %2; this Kiln knows versions up to %3). Upgrade Kiln, or use another --home. The file was left untouched.</source>
        <translation>Der Katalog %1 wurde von einem neueren Kiln geschrieben (Schemaversion %2; dieses Kiln kennt Versionen bis %3). Aktualisieren Sie Kiln oder verwenden Sie ein anderes --home. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 is not a Kiln catalog: it is an SQLite database of another program. Kiln left it untouched; move it away or choose another --home.</source>
        <translation>%1 ist kein Kiln-Katalog: Es ist die SQLite-Datenbank eines anderen Programms. Kiln hat sie nicht angerührt; verschieben Sie sie oder wählen Sie ein anderes --home.</translation>
    </message>
    <message>
        <source>The catalog %1 could not be switched to WAL journaling (it reports &apos;%2&apos;); is it on a network file system?</source>
        <translation>Der Katalog %1 konnte nicht auf WAL-Journaling umgestellt werden (er meldet „%2“); liegt er auf einem Netzwerkdateisystem?</translation>
    </message>
    <message>
        <source>Migrating the catalog %1 to schema version %2 (%3) failed; it was left at version %4. %5</source>
        <translation>Die Migration des Katalogs %1 auf Schemaversion %2 (%3) ist fehlgeschlagen; er blieb bei Version %4. %5</translation>
    </message>
    <message>
        <source>no image pipeline %1</source>
        <translation>keine Image-Pipeline %1</translation>
    </message>
    <message>
        <source>schedule &apos;%1&apos; is neither &apos;manual&apos; nor a cron expression of 5 fields (minute hour day-of-month month day-of-week, e.g. &apos;0 3 * * 1&apos;)</source>
        <translation>Zeitplan „%1“ ist weder „manual“ noch ein Cron-Ausdruck mit 5 Feldern (Minute Stunde Monatstag Monat Wochentag, z. B. „0 3 * * 1“)</translation>
    </message>
    <message>
        <source>schedule &apos;%1&apos;: the %2 field &apos;%3&apos; is not valid (allowed: *, */n, numbers %4-%5, ranges a-b, lists a,b)</source>
        <translation>Zeitplan „%1“: das Feld %2 „%3“ ist ungültig (erlaubt: *, */n, Zahlen %4-%5, Bereiche a-b, Listen a,b)</translation>
    </message>
    <message>
        <source>pipeline name</source>
        <translation>Pipeline-Name</translation>
    </message>
    <message>
        <source>recipe: %1</source>
        <translation>Rezept: %1</translation>
    </message>
    <message>
        <source>infrastructure: %1</source>
        <translation>Infrastruktur: %1</translation>
    </message>
    <message>
        <source>distribution: %1</source>
        <translation>Verteilung: %1</translation>
    </message>
    <message>
        <source>pipeline %1 cannot be deleted while its builds are running (%2); cancel them first</source>
        <translation>die Pipeline %1 kann nicht gelöscht werden, solange ihre Builds laufen (%2); brechen Sie diese zuerst ab</translation>
    </message>
    <message>
        <source>no %1 named &apos;%2&apos; in the catalog</source>
        <translation>kein %1 namens „%2“ im Katalog</translation>
    </message>
    <message>
        <source> and %1 older</source>
        <translation> und %1 ältere</translation>
    </message>
    <message>
        <source>no %1 matches %2%3 (%4 has %5)</source>
        <translation>kein %1 passt zu %2%3 (%4 hat %5)</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; und %1 weitere</translation>
    </message>
    <message>
        <source>no recipe with id %1</source>
        <translation>kein Rezept mit der ID %1</translation>
    </message>
    <message>
        <source>recipe name</source>
        <translation>Rezeptname</translation>
    </message>
    <message>
        <source>diskSizeGiB must be between 1 and 65536 (or 0 to keep the parent image&apos;s size), not %1</source>
        <translation>diskSizeGiB muss zwischen 1 und 65536 liegen (oder 0, um die Größe des Basis-Images zu behalten), nicht %1</translation>
    </message>
    <message>
        <source>workingDirectory must be an absolute path in the guest, not &apos;%1&apos;</source>
        <translation>workingDirectory muss ein absoluter Pfad im Gast sein, nicht „%1“</translation>
    </message>
    <message>
        <source>recipe %1 has no components; add at least one</source>
        <translation>Rezept %1 hat keine Komponenten; fügen Sie mindestens eine hinzu</translation>
    </message>
    <message>
        <source>parentImage is missing: name the base image, e.g. tinyos@1.x.x</source>
        <translation>parentImage fehlt: nennen Sie das Basis-Image, z. B. tinyos@1.x.x</translation>
    </message>
    <message>
        <source>parentImage: %1</source>
        <translation>parentImage: %1</translation>
    </message>
    <message>
        <source>parentImage %1 does not match a usable image yet (%2); builds fail until it does</source>
        <translation>parentImage %1 passt noch zu keinem verwendbaren Image (%2); Builds schlagen fehl, bis es das tut</translation>
    </message>
    <message>
        <source>component %1 has no parameter &apos;%2&apos; (it declares: %3)</source>
        <translation>Komponente %1 hat keinen Parameter „%2“ (sie deklariert: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>component %1 needs a value for parameter &apos;%2&apos; (it has no default)</source>
        <translation>Komponente %1 braucht einen Wert für den Parameter „%2“ (er hat keinen Standardwert)</translation>
    </message>
    <message>
        <source>image %1 (built from it)</source>
        <translation>Image %1 (daraus gebaut)</translation>
    </message>
    <message>
        <source>pipeline %1 (recipe: %2)</source>
        <translation>Pipeline %1 (Rezept: %2)</translation>
    </message>
    <message>
        <source>recipe %1 cannot be deleted: it is still used by %2. Delete or change those first.</source>
        <translation>das Rezept %1 kann nicht gelöscht werden: Es wird noch von %2 verwendet. Löschen oder ändern Sie diese zuerst.</translation>
    </message>
    <message>
        <source>recipe %1: %2</source>
        <translation>Rezept %1: %2</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>der %1 ist leer</translation>
    </message>
    <message>
        <source>the %1 &apos;%2…&apos; is %3 characters long; at most 128 are allowed</source>
        <translation>der %1 „%2…“ ist %3 Zeichen lang; höchstens 128 sind erlaubt</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; must start with a letter or a digit</source>
        <translation>der %1 „%2“ muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; contains &apos;%3&apos;; use only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>der %1 „%2“ enthält „%3“; verwenden Sie nur Buchstaben, Ziffern, „.“, „_“ und „-“</translation>
    </message>
    <message>
        <source>reference &apos;%1&apos;: the build number &apos;%2&apos; must be a whole number from 1</source>
        <translation>Referenz „%1“: die Build-Nummer „%2“ muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>reference &apos;%1&apos; is not of the form kiln:&lt;type&gt;/&lt;name&gt;[/&lt;x.y.z&gt;[/&lt;build&gt;]]</source>
        <translation>Referenz „%1“ hat nicht die Form kiln:&lt;typ&gt;/&lt;name&gt;[/&lt;x.y.z&gt;[/&lt;build&gt;]]</translation>
    </message>
    <message>
        <source>reference &apos;%1&apos;: unknown resource type &apos;%2&apos; (component, image or recipe)</source>
        <translation>Referenz „%1“: unbekannter Ressourcentyp „%2“ (component, image oder recipe)</translation>
    </message>
    <message>
        <source>reference &apos;%1&apos; has type &apos;%2&apos;, but type &apos;%3&apos; is needed here</source>
        <translation>Referenz „%1“ hat den Typ „%2“, hier wird aber Typ „%3“ gebraucht</translation>
    </message>
    <message>
        <source>%1 name in reference &apos;%2&apos;</source>
        <translation>%1-Name in der Referenz „%2“</translation>
    </message>
    <message>
        <source>reference &apos;%1&apos;: %2</source>
        <translation>Referenz „%1“: %2</translation>
    </message>
    <message>
        <source>reference &apos;%1&apos;: a build number needs an exact version (like 1.0.0/2), not %3</source>
        <translation>Referenz „%1“: eine Build-Nummer braucht eine genaue Version (wie 1.0.0/2), nicht %3</translation>
    </message>
    <message>
        <source>%1 %2 is defined twice; the first is at %3</source>
        <translation>%1 %2 ist doppelt definiert; die erste Definition steht bei %3</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was applied (%n problem(s)).</source>
        <translation>
            <numerusform>Nichts wurde angewendet (%n Problem).</numerusform>
            <numerusform>Nichts wurde angewendet (%n Probleme).</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing named &apos;%1&apos; to export</source>
        <translation>nichts namens „%1“ zum Exportieren</translation>
    </message>
    <message>
        <source>%1: keys must be plain names</source>
        <translation>%1: Schlüssel müssen einfache Namen sein</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is given twice</source>
        <translation>%1: „%2“ ist doppelt angegeben</translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos; (known fields: %3)</source>
        <translation>%1: unbekanntes Feld „%2“ (bekannte Felder: %3)</translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;; did you mean &apos;%3&apos;?</source>
        <translation>%1: unbekanntes Feld „%2“; meinten Sie „%3“?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a text value, not a %2</source>
        <translation>„%1“ muss ein Textwert sein, keine %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false, not &apos;%2&apos;</source>
        <translation>„%1“ muss true oder false sein, nicht „%2“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of %2, not &apos;%3&apos;</source>
        <translation>„%1“ muss eines von %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>empty value</source>
        <translation>leerer Wert</translation>
    </message>
    <message>
        <source>text value</source>
        <translation>Textwert</translation>
    </message>
    <message>
        <source>&apos;components&apos; must be a list of {component: REF, parameters: {…}}</source>
        <translation>„components“ muss eine Liste von {component: REF, parameters: {…}} sein</translation>
    </message>
    <message>
        <source>%1 must be a mapping with &apos;component&apos; and optional &apos;parameters&apos;</source>
        <translation>%1 muss eine Zuordnung mit „component“ und optional „parameters“ sein</translation>
    </message>
    <message>
        <source>%1.parameters must be a mapping of name: value</source>
        <translation>%1.parameters muss eine Zuordnung Name: Wert sein</translation>
    </message>
    <message>
        <source>%1 has no &apos;component&apos; reference</source>
        <translation>%1 hat keine „component“-Referenz</translation>
    </message>
    <message>
        <source>&apos;timeouts&apos; must map stages (create, build, test, distribute) to seconds</source>
        <translation>„timeouts“ muss Phasen (create, build, test, distribute) auf Sekunden abbilden</translation>
    </message>
    <message>
        <source>&apos;targets&apos; must be a list of {directory: PATH} or {pool: NAME, uri: URI} entries</source>
        <translation>„targets“ muss eine Liste von {directory: PFAD}- oder {pool: NAME, uri: URI}-Einträgen sein</translation>
    </message>
    <message>
        <source>%1 must be a mapping with &apos;directory&apos; or &apos;pool&apos;</source>
        <translation>%1 muss eine Zuordnung mit „directory“ oder „pool“ sein</translation>
    </message>
    <message>
        <source>&apos;formats&apos; must be a list such as [qcow2, raw]</source>
        <translation>„formats“ muss eine Liste wie [qcow2, raw] sein</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &apos;directory&apos; or &apos;pool&apos;</source>
        <translation>%1 braucht genau eines von „directory“ oder „pool“</translation>
    </message>
    <message>
        <source>%1: &apos;uri&apos; only goes with a &apos;pool&apos; target</source>
        <translation>%1: „uri“ gehört nur zu einem „pool“-Ziel</translation>
    </message>
    <message>
        <source>a resource document must be a mapping that starts with &apos;kind:&apos;</source>
        <translation>ein Ressourcendokument muss eine Zuordnung sein, die mit „kind:“ beginnt</translation>
    </message>
    <message>
        <source>the document has no &apos;kind&apos;; use ImageRecipe, InfrastructureConfiguration, DistributionConfiguration or ImagePipeline</source>
        <translation>das Dokument hat kein „kind“; verwenden Sie ImageRecipe, InfrastructureConfiguration, DistributionConfiguration oder ImagePipeline</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; use %2</source>
        <translation>unbekannte Art „%1“; verwenden Sie %2</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannte Art „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>%1: the required field &apos;%2&apos; is missing</source>
        <translation>%1: das Pflichtfeld „%2“ fehlt</translation>
    </message>
    <message>
        <source>%1 name</source>
        <translation>%1-Name</translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation>YAML-Syntax: %1</translation>
    </message>
    <message>
        <source>%1: error: no resource documents found (each needs &apos;kind:&apos;)</source>
        <translation>%1: Fehler: keine Ressourcendokumente gefunden (jedes braucht „kind:“)</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; that is not a resource file</source>
        <translation>%1 ist größer als 16 MiB; das ist keine Ressourcendatei</translation>
    </message>
    <message>
        <source>version &apos;%1&apos;: the %2 number is missing; write three numbers like 1.0.0</source>
        <translation>Version „%1“: die %2-Nummer fehlt; schreiben Sie drei Zahlen wie 1.0.0</translation>
    </message>
    <message>
        <source>version &apos;%1&apos;: the %2 part &apos;%3&apos; is not a number</source>
        <translation>Version „%1“: der %2-Teil „%3“ ist keine Zahl</translation>
    </message>
    <message>
        <source>version &apos;%1&apos;: the %2 number has a leading zero; write %3</source>
        <translation>Version „%1“: die %2-Nummer hat eine führende Null; schreiben Sie %3</translation>
    </message>
    <message>
        <source>version &apos;%1&apos;: the %2 number is larger than %3</source>
        <translation>Version „%1“: die %2-Nummer ist größer als %3</translation>
    </message>
    <message>
        <source>the version is empty; write three numbers like 1.0.0</source>
        <translation>die Version ist leer; schreiben Sie drei Zahlen wie 1.0.0</translation>
    </message>
    <message>
        <source>version &apos;%1&apos; must have three parts, major.minor.patch (like 1.0.0), not %2</source>
        <translation>Version „%1“ muss drei Teile haben, major.minor.patch (wie 1.0.0), nicht %2</translation>
    </message>
    <message>
        <source>version &apos;%1&apos;: wildcards (&apos;x&apos;) are allowed in references, not in the version of a new resource; write three numbers like 1.0.0</source>
        <translation>Version „%1“: Platzhalter („x“) sind in Referenzen erlaubt, nicht in der Version einer neuen Ressource; schreiben Sie drei Zahlen wie 1.0.0</translation>
    </message>
    <message>
        <source>version &apos;%1&apos;: a wildcard &apos;x&apos; may only be followed by wildcards, because the newest match is found from the major number down; the %2 part is &apos;x&apos; but the %3 part is fixed. Write e.g. &apos;%4&apos;, or give every number before it.</source>
        <translation>Version „%1“: auf einen Platzhalter „x“ dürfen nur Platzhalter folgen, weil die neueste Übereinstimmung von der Hauptnummer abwärts gesucht wird; der %2-Teil ist „x“, aber der %3-Teil ist fest. Schreiben Sie z. B. „%4“ oder geben Sie jede Zahl davor an.</translation>
    </message>
    <message>
        <source>an image cannot go from %1 to %2: %3</source>
        <translation>ein Image kann nicht von %1 nach %2 wechseln: %3</translation>
    </message>
    <message>
        <source>it already is %1</source>
        <translation>es ist bereits %1</translation>
    </message>
    <message>
        <source>a deleted image stays deleted</source>
        <translation>ein gelöschtes Image bleibt gelöscht</translation>
    </message>
    <message>
        <source>build stages only move forward</source>
        <translation>Build-Phasen gehen nur vorwärts</translation>
    </message>
    <message>
        <source>its build is still running; cancel the build first</source>
        <translation>sein Build läuft noch; brechen Sie den Build zuerst ab</translation>
    </message>
    <message>
        <source>a finished image never goes back into a build; run the pipeline again for a new build</source>
        <translation>ein fertiges Image kehrt nie in einen Build zurück; führen Sie die Pipeline für einen neuen Build erneut aus</translation>
    </message>
    <message>
        <source>a %1 image can only be deleted</source>
        <translation>ein %1-Image kann nur gelöscht werden</translation>
    </message>
    <message>
        <source>not an allowed life cycle change</source>
        <translation>keine erlaubte Änderung im Lebenszyklus</translation>
    </message>
    <message>
        <source>a build cannot go from %1 to %2: %3</source>
        <translation>ein Build kann nicht von %1 nach %2 wechseln: %3</translation>
    </message>
    <message>
        <source>the build has finished</source>
        <translation>der Build ist beendet</translation>
    </message>
    <message>
        <source>%1 is not a Linux kernel image (no bzImage, arm64 Image or ELF vmlinux header)</source>
        <translation>%1 ist kein Linux-Kernel-Image (kein bzImage-, arm64-Image- oder ELF-vmlinux-Header)</translation>
    </message>
    <message>
        <source>downloading %1 failed: the server sent %2 of %3 bytes; nothing was registered</source>
        <translation>Herunterladen von %1 fehlgeschlagen: Der Server sendete %2 von %3 Bytes; nichts wurde registriert</translation>
    </message>
    <message>
        <source>an image list page is either after a row or at an offset, not both</source>
        <translation>eine Seite der Image-Liste beginnt entweder nach einer Zeile oder bei einem Versatz, nicht bei beidem</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>PipelineCreator</name>
    <message>
        <source>pipeline wizard</source>
        <translation>Pipeline-Assistent</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>%1 %2 already exists: if the content differs, Kiln stores it as build %3 of that version.</source>
        <translation>%1 %2 existiert bereits: Wenn sich der Inhalt unterscheidet, speichert Kiln ihn als Build %3 dieser Version.</translation>
    </message>
    <message>
        <source>Base image</source>
        <translation>Basis-Image</translation>
    </message>
    <message>
        <source>Component %1</source>
        <translation>Komponente %1</translation>
    </message>
    <message>
        <source>The recipe has no build component: the image will be a copy of its base image.</source>
        <translation>Das Rezept hat keine Build-Komponente: Das Image wird eine Kopie seines Basis-Images.</translation>
    </message>
    <message>
        <source>Tests are on but the recipe has no test component: only the build components&apos; test phases run.</source>
        <translation>Tests sind an, aber das Rezept hat keine Test-Komponente: Nur die Testabschnitte der Build-Komponenten laufen.</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>The connection test to %1 failed: builds fail until libvirt is reachable there.</source>
        <translation>Der Verbindungstest zu %1 ist fehlgeschlagen: Builds schlagen fehl, bis libvirt dort erreichbar ist.</translation>
    </message>
    <message>
        <source>The connection to %1 was not tested.</source>
        <translation>Die Verbindung zu %1 wurde nicht getestet.</translation>
    </message>
    <message>
        <source>With kvm, builds fail on machines where KVM is missing or unusable; auto falls back to TCG.</source>
        <translation>Mit kvm schlagen Builds auf Rechnern fehl, auf denen KVM fehlt oder unbrauchbar ist; auto weicht auf TCG aus.</translation>
    </message>
</context>
<context>
    <name>ScreenshotDriver</name>
    <message>
        <source>unknown action &apos;ExecuteBsh&apos;; did you mean &apos;ExecuteBash&apos;?</source>
        <translation>unbekannte Aktion „ExecuteBsh“; meinten Sie „ExecuteBash“?</translation>
    </message>
    <message>
        <source>the parameter &apos;Unused&apos; is never referenced</source>
        <translation>der Parameter „Unused“ wird nie verwendet</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Wird gebaut</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Wird getestet</translation>
    </message>
    <message>
        <source>Distributing</source>
        <translation>Wird verteilt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>The catalog was closed.</source>
        <translation>Der Katalog wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kiln cannot open its catalog</source>
        <translation>Kiln kann seinen Katalog nicht öffnen</translation>
    </message>
    <message>
        <source>The catalog at %1 cannot be opened.</source>
        <translation>Der Katalog unter %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1

What you can do: choose another folder for Kiln&apos;s data, or quit, move the file away (Kiln then starts with an empty catalog) and start Kiln again. To always use another folder, start Kiln with --home DIR or set KILN_HOME.</source>
        <translation>%1

Was Sie tun können: einen anderen Ordner für Kilns Daten wählen, oder beenden, die Datei verschieben (Kiln startet dann mit einem leeren Katalog) und Kiln neu starten. Um immer einen anderen Ordner zu verwenden, starten Sie Kiln mit --home DIR oder setzen Sie KILN_HOME.</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <source>Folder for Kiln&apos;s data</source>
        <translation>Ordner für Kilns Daten</translation>
    </message>
    <message>
        <source>Build, test and version VM images locally.</source>
        <translation>VM-Images lokal bauen, testen und versionieren.</translation>
    </message>
    <message>
        <source>Keep Kiln&apos;s catalog, disks and logs in &lt;dir&gt; (default: $KILN_HOME, else the user data folder).</source>
        <translation>Kilns Katalog, Festplatten und Protokolle in &lt;dir&gt; ablegen (Standard: $KILN_HOME, sonst der Benutzerdatenordner).</translation>
    </message>
    <message>
        <source>Write a PNG of every main screen to &lt;dir&gt;, then quit.</source>
        <translation>Eine PNG-Datei jedes Hauptbildschirms nach &lt;dir&gt; schreiben, dann beenden.</translation>
    </message>
</context>
</TS>
