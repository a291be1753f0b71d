<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
    <context>
        <name>Store</name>
        <message>
            <source>{file_name} is read-only; choose another file name, or make it writable and try again.</source>
            <translation>{file_name} ist schreibgeschützt; wählen Sie einen anderen Dateinamen oder heben Sie den Schreibschutz auf und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>This change was not saved; every earlier change is safe.</source>
            <translation>Diese Änderung wurde nicht gespeichert; alle früheren Änderungen sind sicher.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The disk holding {file_name} is full. {safe} Free some space and try again.</source>
            <translation>Der Datenträger mit {file_name} ist voll. {safe} Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{file_name} could not be written: the disk reported an error, or a limit on file size was reached. {safe} Check the disk, or save a copy elsewhere.</source>
            <translation>{file_name} konnte nicht geschrieben werden: Der Datenträger meldete einen Fehler, oder eine Grenze für die Dateigröße wurde erreicht. {safe} Prüfen Sie den Datenträger oder speichern Sie eine Kopie an einem anderen Ort.</translation>
        </message>
        <message>
            <source>{file_name} is busy: another program is writing to it. {safe} Try again.</source>
            <translation>{file_name} ist belegt: Ein anderes Programm schreibt gerade hinein. {safe} Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{file_name} can no longer be written (the file or its folder became read-only). {safe} Make it writable, or save a copy elsewhere.</source>
            <translation>{file_name} kann nicht mehr geschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt geworden). {safe} Heben Sie den Schreibschutz auf oder speichern Sie eine Kopie an einem anderen Ort.</translation>
        </message>
        <message>
            <source>This plan has been closed.</source>
            <translation>Dieser Plan wurde geschlossen.</translation>
        </message>
        <message>
            <source>{plan} has no plan settings; it is damaged.</source>
            <translation>{plan} hat keine Planeinstellungen; die Datei ist beschädigt.</translation>
        </message>
        <message>
            <source>{file_name} is open read-only ({reason}); save a copy to make changes.</source>
            <translation>{file_name} ist nur zum Lesen geöffnet, weil {reason}; speichern Sie eine Kopie, um Änderungen vorzunehmen.</translation>
        </message>
        <message>
            <source>That change clashes with a record someone else saved meanwhile ({reason}); reload and try again.</source>
            <translation>Diese Änderung kollidiert mit einem Datensatz, den jemand anderes inzwischen gespeichert hat ({reason}); laden Sie neu und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The connection to the plan server was lost, so this change was not saved; StratPlanner reconnects by itself — try again in a moment.</source>
            <translation>Die Verbindung zum Planserver ist abgebrochen, daher wurde diese Änderung nicht gespeichert; StratPlanner verbindet sich selbst wieder — versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>The connection to the plan file was lost, so this change was not saved; StratPlanner reconnects by itself — try again in a moment.</source>
            <translation>Die Verbindung zur Plandatei ist abgebrochen, daher wurde diese Änderung nicht gespeichert; StratPlanner verbindet sich selbst wieder — versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>A copy can't replace the plan itself; choose another file name.</source>
            <translation>Eine Kopie kann den Plan selbst nicht ersetzen; wählen Sie einen anderen Dateinamen.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; choose another folder.</source>
            <translation>Den Ordner {folder} gibt es nicht; wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>The copy could not be written to {target}: {reason}.</source>
            <translation>Die Kopie konnte nicht nach {target} geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <source>you asked for read-only</source>
            <translation>Sie ihn schreibgeschützt geöffnet haben</translation>
        </message>
        <message>
            <source>the file or its folder is read-only</source>
            <translation>die Datei oder ihr Ordner schreibgeschützt ist</translation>
        </message>
        <message>
            <source>its folder does not allow a lock file</source>
            <translation>sein Ordner keine Sperrdatei zulässt</translation>
        </message>
        <message>
            <source>{plan} uses plan format {old} and must be upgraded to format {new}, but the upgrade was refused.</source>
            <translation>{plan} verwendet Planformat {old} und muss auf Format {new} aktualisiert werden, aber die Aktualisierung wurde abgelehnt.</translation>
        </message>
        <message>
            <source>{reason}; it is shown upgraded from plan format {version} without changing the file</source>
            <translation>{reason}; er wird aus Planformat {version} aktualisiert angezeigt, ohne die Datei zu ändern</translation>
        </message>
        <message>
            <source>{target} already exists; choose another name or remove it first.</source>
            <translation>{target} gibt es bereits; wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst.</translation>
        </message>
        <message>
            <source>{target} is a folder; choose a file name ending in {suffix}.</source>
            <translation>{target} ist ein Ordner; wählen Sie einen Dateinamen mit der Endung {suffix}.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; create it or choose another.</source>
            <translation>Den Ordner {folder} gibt es nicht; legen Sie ihn an oder wählen Sie einen anderen.</translation>
        </message>
        <message>
            <source>The folder {folder} is read-only; choose a folder you can write to.</source>
            <translation>Der Ordner {folder} ist schreibgeschützt; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <source>{target} could not be created ({reason}); choose another folder.</source>
            <translation>{target} konnte nicht angelegt werden ({reason}); wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>{user} on {host}</source>
            <translation>{user} auf {host}</translation>
        </message>
        <message>
            <source>{user} on {host} (since {when})</source>
            <translation>{user} auf {host} (seit {when})</translation>
        </message>
        <message>
            <source>it is open by {owner}</source>
            <translation>er von {owner} geöffnet ist</translation>
        </message>
        <message>
            <source>another StratPlanner is opening it at this moment; try again in a moment</source>
            <translation>ein anderes StratPlanner ihn gerade öffnet; versuchen Sie es gleich noch einmal</translation>
        </message>
        <message>
            <source>a lock file of unknown origin ({lock_file}) says it is in use; if nobody has the plan open, remove that file and open the plan again</source>
            <translation>eine Sperrdatei unbekannter Herkunft ({lock_file}) ihn als in Benutzung meldet; wenn niemand den Plan geöffnet hat, löschen Sie diese Datei und öffnen Sie den Plan erneut</translation>
        </message>
        <message>
            <source>the disk holding it is full (or your quota is used up), so StratPlanner can't note that it is open; free some space and open it again</source>
            <translation>sein Datenträger voll ist (oder Ihr Kontingent aufgebraucht ist), sodass StratPlanner nicht vermerken kann, dass er geöffnet ist; geben Sie Speicherplatz frei und öffnen Sie ihn erneut</translation>
        </message>
        <message>
            <source>a limit on file size stops StratPlanner from writing its lock file; raise the limit (ulimit -f) and open it again</source>
            <translation>eine Grenze für die Dateigröße StratPlanner daran hindert, seine Sperrdatei zu schreiben; heben Sie die Grenze an (ulimit -f) und öffnen Sie ihn erneut</translation>
        </message>
        <message>
            <source>its lock file could not be written ({reason})</source>
            <translation>seine Sperrdatei nicht geschrieben werden konnte ({reason})</translation>
        </message>
        <message numerus="yes">
            <source>Upgrading {plan} would break %n reference(s); the file was left as it was (a backup is at {backup}).</source>
            <translation>
                <numerusform>Die Aktualisierung von {plan} würde %n Verweis zerstören; die Datei blieb unverändert (eine Sicherungskopie liegt unter {backup}).</numerusform>
                <numerusform>Die Aktualisierung von {plan} würde %n Verweise zerstören; die Datei blieb unverändert (eine Sicherungskopie liegt unter {backup}).</numerusform>
            </translation>
        </message>
        <message>
            <source>its port is not a number</source>
            <translation>der Port ist keine Zahl</translation>
        </message>
        <message>
            <source>it can't be read</source>
            <translation>sie ist nicht lesbar</translation>
        </message>
        <message>
            <source>{address} is not a database address ({problem}); write it as postgresql+psycopg://user@host:5432/database?plan=NAME.</source>
            <translation>{address} ist keine Datenbankadresse ({problem}); schreiben Sie sie als postgresql+psycopg://user@host:5432/database?plan=NAME.</translation>
        </message>
        <message>
            <source>{address} is not a database address (an @ in the password must be written {escaped}); write it as postgresql+psycopg://user@host:5432/database?plan=NAME.</source>
            <translation>{address} ist keine Datenbankadresse (ein @ im Passwort muss als {escaped} geschrieben werden); schreiben Sie sie als postgresql+psycopg://user@host:5432/database?plan=NAME.</translation>
        </message>
        <message>
            <source>Team plans live on PostgreSQL; {driver} is not supported (use postgresql+psycopg://user@host/database?plan=NAME).</source>
            <translation>Teampläne liegen auf PostgreSQL; {driver} wird nicht unterstützt (verwenden Sie postgresql+psycopg://user@host/database?plan=NAME).</translation>
        </message>
        <message>
            <source>The port {port} in the plan address is out of range (1 to 65535); the PostgreSQL default is 5432.</source>
            <translation>Der Port {port} in der Planadresse liegt außerhalb des gültigen Bereichs (1 bis 65535); der Standard von PostgreSQL ist 5432.</translation>
        </message>
        <message>
            <source>The database driver {driver} is not available; use postgresql+psycopg://user@host/database?plan=NAME.</source>
            <translation>Der Datenbanktreiber {driver} ist nicht verfügbar; verwenden Sie postgresql+psycopg://user@host/database?plan=NAME.</translation>
        </message>
        <message>
            <source>The plan name {plan} has spaces or control characters (such as a line break, {escaped} in an address) in it; write the name alone, with only a-z, 0-9 and _.</source>
            <translation>Der Planname {plan} enthält Leerzeichen oder Steuerzeichen (etwa einen Zeilenumbruch, {escaped} in einer Adresse); schreiben Sie den Namen allein, nur mit a-z, 0-9 und _.</translation>
        </message>
        <message>
            <source>The plan name {plan} must start with a letter and use only a-z, 0-9 and _ (at most 40).</source>
            <translation>Der Planname {plan} muss mit einem Buchstaben beginnen und darf nur a-z, 0-9 und _ enthalten (höchstens 40 Zeichen).</translation>
        </message>
        <message>
            <source>The plan server {server} can't be reached for the plan '{plan}' ({reason}); check the address and your network, or work on a local copy.</source>
            <translation>Der Planserver {server} ist für den Plan '{plan}' nicht erreichbar ({reason}); prüfen Sie die Adresse und Ihr Netzwerk, oder arbeiten Sie mit einer lokalen Kopie.</translation>
        </message>
        <message>
            <source>The plan server {server} can't be reached ({reason}); check the address and your network, or work on a local copy.</source>
            <translation>Der Planserver {server} ist nicht erreichbar ({reason}); prüfen Sie die Adresse und Ihr Netzwerk, oder arbeiten Sie mit einer lokalen Kopie.</translation>
        </message>
        <message>
            <source>There is no plan '{plan}' on {server}; list the plans there with 'stratplanner plans URL', or publish one with 'stratplanner publish PLAN.stratplan URL'.</source>
            <translation>Auf {server} gibt es keinen Plan '{plan}'; listen Sie die Pläne dort mit 'stratplanner plans URL' auf oder veröffentlichen Sie einen mit 'stratplanner publish PLAN.stratplan URL'.</translation>
        </message>
        <message>
            <source>The plan '{plan}' on the server was saved by a newer StratPlanner (schema {revision}); this version reads formats up to {newest}: update StratPlanner.</source>
            <translation>Der Plan '{plan}' auf dem Server wurde von einem neueren StratPlanner gespeichert (Schema {revision}); diese Version liest Formate bis {newest}: Aktualisieren Sie StratPlanner.</translation>
        </message>
        <message>
            <source>The plan '{plan}' uses plan format {old} and must be upgraded to format {new} before it can be opened.</source>
            <translation>Der Plan '{plan}' verwendet Planformat {old} und muss auf Format {new} aktualisiert werden, bevor er geöffnet werden kann.</translation>
        </message>
        <message>
            <source>The plan '{plan}' can't be published over itself; choose another name (…?plan=NAME).</source>
            <translation>Der Plan '{plan}' kann nicht über sich selbst veröffentlicht werden; wählen Sie einen anderen Namen (…?plan=NAME).</translation>
        </message>
        <message>
            <source>The server already has a plan '{plan}'; choose another name (…?plan=NAME) or replace it (--replace).</source>
            <translation>Auf dem Server gibt es bereits einen Plan '{plan}'; wählen Sie einen anderen Namen (…?plan=NAME) oder ersetzen Sie ihn (--replace).</translation>
        </message>
        <message>
            <source>The server refused the plan: {reason}.</source>
            <translation>Der Server hat den Plan abgelehnt: {reason}.</translation>
        </message>
        <message>
            <source>StratPlanner was stopped while saving; the unfinished change was undone and every saved edit is there.</source>
            <translation>StratPlanner wurde während des Speicherns beendet; die unvollendete Änderung wurde rückgängig gemacht, und alle gespeicherten Änderungen sind erhalten.</translation>
        </message>
        <message>
            <source>{name} has a change left unfinished by a StratPlanner that was stopped while saving, and it can be undone only where the file and its folder can be written: make them writable and open the plan again (nothing is lost).</source>
            <translation>{name} enthält eine unvollendete Änderung eines StratPlanner, das während des Speicherns beendet wurde, und sie lässt sich nur rückgängig machen, wo die Datei und ihr Ordner beschreibbar sind: Heben Sie den Schreibschutz auf und öffnen Sie den Plan erneut (es geht nichts verloren).</translation>
        </message>
        <message>
            <source>{name} can't be opened: {reason}.</source>
            <translation>{name} lässt sich nicht öffnen: {reason}.</translation>
        </message>
        <message>
            <source>{name} has a change left unfinished by a StratPlanner that was stopped while saving, and it could not be undone ({reason}); open a backup copy instead.</source>
            <translation>{name} enthält eine unvollendete Änderung eines StratPlanner, das während des Speicherns beendet wurde, und sie ließ sich nicht rückgängig machen ({reason}); öffnen Sie stattdessen eine Sicherungskopie.</translation>
        </message>
        <message>
            <source>There is no plan at {name}; check the path or create one with 'stratplanner new'.</source>
            <translation>Unter {name} gibt es keinen Plan; prüfen Sie den Pfad oder legen Sie einen mit 'stratplanner new' an.</translation>
        </message>
        <message>
            <source>{name} is a folder, not a plan file; choose a {suffix} file inside it.</source>
            <translation>{name} ist ein Ordner, keine Plandatei; wählen Sie eine {suffix}-Datei darin.</translation>
        </message>
        <message>
            <source>{name} can't be read: you don't have permission to read it.</source>
            <translation>{name} lässt sich nicht lesen: Sie haben keine Leseberechtigung dafür.</translation>
        </message>
        <message>
            <source>{name} can't be read: {reason}.</source>
            <translation>{name} lässt sich nicht lesen: {reason}.</translation>
        </message>
        <message>
            <source>{name} is an empty file (0 bytes), not a StratPlanner plan.</source>
            <translation>{name} ist eine leere Datei (0 Byte), kein StratPlanner-Plan.</translation>
        </message>
        <message>
            <source>{name} is not a StratPlanner plan (it is not a plan database); open a .stratplan file, or import a JSON plan with 'stratplanner import json'.</source>
            <translation>{name} ist kein StratPlanner-Plan (keine Plandatenbank); öffnen Sie eine .stratplan-Datei oder importieren Sie einen JSON-Plan mit 'stratplanner import json'.</translation>
        </message>
        <message>
            <source>{name} is damaged (its header is cut short); open a backup copy instead.</source>
            <translation>{name} ist beschädigt (der Dateikopf ist abgeschnitten); öffnen Sie stattdessen eine Sicherungskopie.</translation>
        </message>
        <message>
            <source>{name} is a database, but not a StratPlanner plan; StratPlanner opens only .stratplan files it created.</source>
            <translation>{name} ist eine Datenbank, aber kein StratPlanner-Plan; StratPlanner öffnet nur .stratplan-Dateien, die es selbst angelegt hat.</translation>
        </message>
        <message>
            <source>{name} is damaged: it is shorter than its own header says (truncated copy?); open a backup copy instead.</source>
            <translation>{name} ist beschädigt: Die Datei ist kürzer, als ihr eigener Kopf angibt (abgeschnittene Kopie?); öffnen Sie stattdessen eine Sicherungskopie.</translation>
        </message>
        <message>
            <source>a newer release</source>
            <translation>eine neuere Version</translation>
        </message>
        <message>
            <source>{name} was saved by a newer StratPlanner (plan format {format}, app {app}); this version reads formats up to {newest}: update StratPlanner to open it.</source>
            <translation>{name} wurde von einem neueren StratPlanner gespeichert (Planformat {format}, App {app}); diese Version liest Formate bis {newest}: Aktualisieren Sie StratPlanner, um den Plan zu öffnen.</translation>
        </message>
        <message>
            <source>{name} has no plan format version; it is damaged or was never finished.</source>
            <translation>{name} hat keine Planformat-Version; die Datei ist beschädigt oder wurde nie fertig geschrieben.</translation>
        </message>
        <message>
            <source>{name} holds values StratPlanner can't read, probably from an edit made outside it (first: {first}); run '{command}' to list them all, then correct them or open a backup copy.</source>
            <translation>{name} enthält Werte, die StratPlanner nicht lesen kann, vermutlich aus einer Bearbeitung außerhalb der App (erster: {first}); führen Sie '{command}' aus, um alle aufzulisten, und korrigieren Sie sie dann oder öffnen Sie eine Sicherungskopie.</translation>
        </message>
        <message>
            <source>{name} is busy: another program holds it locked; close the plan there (or wait until it has finished) and try again.</source>
            <translation>{name} ist belegt: Ein anderes Programm hält die Datei gesperrt; schließen Sie den Plan dort (oder warten Sie, bis es fertig ist) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>{name} is damaged ({reason}); open a backup copy instead.</source>
            <translation>{name} ist beschädigt ({reason}); öffnen Sie stattdessen eine Sicherungskopie.</translation>
        </message>
        <message>
            <source>{name} is damaged (integrity check failed: {reason}); open a backup copy instead.</source>
            <translation>{name} ist beschädigt (Integritätsprüfung fehlgeschlagen: {reason}); öffnen Sie stattdessen eine Sicherungskopie.</translation>
        </message>
        <message>
            <source>{name} contains a {kind} ('{object}') that StratPlanner never writes; it was not opened, to keep your computer safe.</source>
            <translation>{name} enthält ein Objekt vom Typ {kind} ('{object}'), das StratPlanner nie schreibt; die Datei wurde zum Schutz Ihres Computers nicht geöffnet.</translation>
        </message>
        <message>
            <source>{name} contains an unknown {kind} ('{object}'); it was not opened because it is not a plan this version wrote.</source>
            <translation>{name} enthält ein unbekanntes Objekt vom Typ {kind} ('{object}'); die Datei wurde nicht geöffnet, weil sie kein Plan ist, den diese Version geschrieben hat.</translation>
        </message>
    </context>
</TS>
