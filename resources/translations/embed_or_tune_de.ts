<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Accessible</name>
    <message>
        <source>Break-even points per input</source>
        <translation>Break-even-Punkte pro Eingabe</translation>
    </message>
    <message>
        <source>For each key input, the value at which two strategies cost the same</source>
        <translation>Für jede wichtige Eingabe der Wert, bei dem zwei Strategien gleich viel kosten</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>Szenarien vergleichen</translation>
    </message>
    <message>
        <source>Cumulative cost of each scenario and strategy</source>
        <translation>Kumulierte Kosten jedes Szenarios und jeder Strategie</translation>
    </message>
    <message>
        <source>Export the comparison as PDF</source>
        <translation>Den Vergleich als PDF exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>A row per key figure, a column per scenario; the arrow keys move between cells</source>
        <translation>Eine Zeile pro Kennzahl, eine Spalte pro Szenario; die Pfeiltasten wechseln zwischen den Zellen</translation>
    </message>
    <message>
        <source>Save the comparison as a printable sheet in a PDF file</source>
        <translation>Den Vergleich als druckbares Blatt in einer PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Close the comparison; the scenarios stay as they are</source>
        <translation>Den Vergleich schließen; die Szenarien bleiben unverändert</translation>
    </message>
    <message>
        <source>Key figures of each scenario</source>
        <translation>Kennzahlen jedes Szenarios</translation>
    </message>
    <message>
        <source>Input along the x axis</source>
        <translation>Eingabe entlang der x-Achse</translation>
    </message>
    <message>
        <source>The input the map varies along the x axis</source>
        <translation>Die Eingabe, die die Karte entlang der x-Achse variiert</translation>
    </message>
    <message>
        <source>X axis from</source>
        <translation>x-Achse von</translation>
    </message>
    <message>
        <source>X axis to</source>
        <translation>x-Achse bis</translation>
    </message>
    <message>
        <source>The value the x axis starts or ends at</source>
        <translation>Der Wert, bei dem die x-Achse beginnt oder endet</translation>
    </message>
    <message>
        <source>Input along the y axis</source>
        <translation>Eingabe entlang der y-Achse</translation>
    </message>
    <message>
        <source>The input the map varies along the y axis</source>
        <translation>Die Eingabe, die die Karte entlang der y-Achse variiert</translation>
    </message>
    <message>
        <source>Y axis from</source>
        <translation>y-Achse von</translation>
    </message>
    <message>
        <source>Y axis to</source>
        <translation>y-Achse bis</translation>
    </message>
    <message>
        <source>The value the y axis starts or ends at</source>
        <translation>Der Wert, bei dem die y-Achse beginnt oder endet</translation>
    </message>
    <message>
        <source>Decision map and its axes</source>
        <translation>Entscheidungskarte und ihre Achsen</translation>
    </message>
    <message>
        <source>Decision map axes problem</source>
        <translation>Problem der Achsen der Entscheidungskarte</translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation>Entscheidungskarte</translation>
    </message>
    <message>
        <source>Cheapest strategy over two inputs (none computed yet)</source>
        <translation>Günstigste Strategie über zwei Eingaben (noch keine berechnet)</translation>
    </message>
    <message>
        <source>{map}. {figures}</source>
        <translation>{map}. {figures}</translation>
    </message>
    <message>
        <source>Summary figures per strategy</source>
        <translation>Kennzahlen pro Strategie</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Read-only. Ctrl+C copies the selected cells, or the whole table when none is selected, as tab-separated text at full precision.</source>
        <translation>Schreibgeschützt. Strg+C kopiert die markierten Zellen, oder die ganze Tabelle, wenn keine markiert ist, als tabulatorgetrennten Text in voller Genauigkeit.</translation>
    </message>
    <message>
        <source>Copy the selected cells, or all, as text</source>
        <translation>Die markierten Zellen oder alle als Text kopieren</translation>
    </message>
    <message>
        <source>Close the table and go back to the window</source>
        <translation>Die Tabelle schließen und zum Fenster zurückkehren</translation>
    </message>
    <message>
        <source>{chart}, as a table</source>
        <translation>{chart} als Tabelle</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Cumulative cost per strategy</source>
        <translation>Kumulierte Kosten pro Strategie</translation>
    </message>
    <message>
        <source>Strategy shown by component</source>
        <translation>Nach Bestandteilen gezeigte Strategie</translation>
    </message>
    <message>
        <source>Monthly cost by component</source>
        <translation>Monatliche Kosten nach Bestandteilen</translation>
    </message>
    <message>
        <source>Maintenance hours per month</source>
        <translation>Wartungsstunden pro Monat</translation>
    </message>
    <message>
        <source>Share of engineering hours in the total</source>
        <translation>Anteil der Arbeitsstunden an den Gesamtkosten</translation>
    </message>
    <message>
        <source>Dedicated replicas per month</source>
        <translation>Dedizierte Replikate pro Monat</translation>
    </message>
    <message>
        <source>Fine-tuned model staleness</source>
        <translation>Veralterung des Fine-Tuning-Modells</translation>
    </message>
    <message>
        <source>Chart: {chart}. Ctrl+Shift+T or the context menu&apos;s Show as Table shows its numbers as a table.</source>
        <translation>Diagramm: {chart}. Strg+Umschalt+T oder „Als Tabelle zeigen“ im Kontextmenü zeigt seine Zahlen als Tabelle.</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Chart menu</source>
        <translation>Diagrammmenü</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Sensitivity of fine-tuning against embeddings</source>
        <translation>Sensitivität von Fine-Tuning gegenüber Embeddings</translation>
    </message>
    <message>
        <source>My prices</source>
        <translation>Meine Preise</translation>
    </message>
    <message>
        <source>Add a price entry</source>
        <translation>Einen Preiseintrag hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Import a price list (ours or LiteLLM&apos;s)</source>
        <translation>Eine Preisliste importieren (unsere oder die von LiteLLM)</translation>
    </message>
    <message>
        <source>Export your prices to a file</source>
        <translation>Ihre Preise in eine Datei exportieren</translation>
    </message>
    <message>
        <source>One row per entry: its id, kind, name, as-of date and source</source>
        <translation>Eine Zeile pro Eintrag: Kennung, Art, Name, Stand und Quelle</translation>
    </message>
    <message>
        <source>Open the editor on a new entry of your own</source>
        <translation>Den Editor für einen neuen eigenen Eintrag öffnen</translation>
    </message>
    <message>
        <source>Open the editor on the entry selected above</source>
        <translation>Den oben ausgewählten Eintrag im Editor öffnen</translation>
    </message>
    <message>
        <source>Remove the selected entry, after asking</source>
        <translation>Den ausgewählten Eintrag nach einer Rückfrage entfernen</translation>
    </message>
    <message>
        <source>Add the entries of a price file; an entry with the same id is replaced</source>
        <translation>Die Einträge einer Preisdatei hinzufügen; ein Eintrag mit derselben Kennung wird ersetzt</translation>
    </message>
    <message>
        <source>Write your entries to a price file others can import</source>
        <translation>Ihre Einträge in eine Preisdatei schreiben, die andere importieren können</translation>
    </message>
    <message>
        <source>Close the list; every change is saved when it is made</source>
        <translation>Die Liste schließen; jede Änderung wird sofort gespeichert</translation>
    </message>
    <message>
        <source>Display currency code</source>
        <translation>Code der Anzeigewährung</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <source>Show every amount as the scenario states it, unconverted</source>
        <translation>Jeden Betrag so zeigen, wie das Szenario ihn angibt, ohne Umrechnung</translation>
    </message>
    <message>
        <source>The three-letter code of the currency to show, such as EUR</source>
        <translation>Der dreibuchstabige Code der anzuzeigenden Währung, etwa EUR</translation>
    </message>
    <message>
        <source>How many units of the display currency one {currency} is worth</source>
        <translation>Wie viele Einheiten der Anzeigewährung einem {currency} entsprechen</translation>
    </message>
    <message>
        <source>Show the figures in the chosen currency</source>
        <translation>Die Ergebnisse in der gewählten Währung zeigen</translation>
    </message>
    <message>
        <source>Close without changing the currency figures are shown in</source>
        <translation>Schließen, ohne die Währung der Ergebnisse zu ändern</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Prices uncertain</source>
        <translation>Preise unsicher</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>What the entry prices; it decides which prices are asked</source>
        <translation>Was der Eintrag bepreist; davon hängt ab, welche Preise abgefragt werden</translation>
    </message>
    <message>
        <source>Who sells the model or service; the id is made from it and the name</source>
        <translation>Wer das Modell oder den Dienst anbietet; daraus und aus dem Namen entsteht die Kennung</translation>
    </message>
    <message>
        <source>The model or service as the price pickers will list it</source>
        <translation>Das Modell oder der Dienst, so wie die Preisauswahl ihn aufführen wird</translation>
    </message>
    <message>
        <source>The three-letter code of the currency the prices are in</source>
        <translation>Der dreibuchstabige Code der Währung, in der die Preise angegeben sind</translation>
    </message>
    <message>
        <source>Where the prices come from, such as a price page or a contract</source>
        <translation>Woher die Preise stammen, etwa von einer Preisseite oder aus einem Vertrag</translation>
    </message>
    <message>
        <source>Marks the entry&apos;s prices as not firm; the price list says so in its details</source>
        <translation>Kennzeichnet die Preise des Eintrags als nicht gesichert; die Preisliste vermerkt das in den Details</translation>
    </message>
    <message>
        <source>Your notes on the entry, saved with it</source>
        <translation>Ihre Notizen zum Eintrag, mit ihm gespeichert</translation>
    </message>
    <message>
        <source>Save the entry to your prices, or show at each field what is wrong</source>
        <translation>Den Eintrag in Ihren Preisen speichern oder an jedem Feld zeigen, was nicht stimmt</translation>
    </message>
    <message>
        <source>Close without saving the entry</source>
        <translation>Schließen, ohne den Eintrag zu speichern</translation>
    </message>
    <message>
        <source>{field} ({unit})</source>
        <translation>{field} ({unit})</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How the strategies, figures and charts are read; links jump to sections.</source>
        <translation>Wie die Strategien, Kennzahlen und Diagramme zu lesen sind; Links springen zu Abschnitten.</translation>
    </message>
    <message>
        <source>Close the user guide; F1 opens it again</source>
        <translation>Das Benutzerhandbuch schließen; F1 öffnet es wieder</translation>
    </message>
    <message>
        <source>Your price entries</source>
        <translation>Ihre Preiseinträge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>Reload the file from disk</source>
        <translation>Die Datei neu von der Festplatte laden</translation>
    </message>
    <message>
        <source>Read the file as another program left it; unsaved edits here are lost after asking</source>
        <translation>Die Datei so lesen, wie ein anderes Programm sie hinterlassen hat; ungesicherte Änderungen hier gehen nach Rückfrage verloren</translation>
    </message>
    <message>
        <source>Keep the version in the window</source>
        <translation>Die Fassung im Fenster behalten</translation>
    </message>
    <message>
        <source>Close this bar; Save still asks before it overwrites the changed file</source>
        <translation>Diese Leiste schließen; Speichern fragt trotzdem, bevor es die geänderte Datei überschreibt</translation>
    </message>
    <message>
        <source>Scenario name</source>
        <translation>Name des Szenarios</translation>
    </message>
    <message>
        <source>Shown in the window title and on the sheet</source>
        <translation>Steht im Fenstertitel und auf dem Blatt</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Your notes on the scenario, saved with it</source>
        <translation>Ihre Notizen zum Szenario, mit ihm gespeichert</translation>
    </message>
    <message>
        <source>Retrain policy</source>
        <translation>Regel fürs Nachtrainieren</translation>
    </message>
    <message>
        <source>Setting {number}: field</source>
        <translation>Einstellung {number}: Feld</translation>
    </message>
    <message>
        <source>Setting {number}: value</source>
        <translation>Einstellung {number}: Wert</translation>
    </message>
    <message>
        <source>Setting {number}: serving</source>
        <translation>Einstellung {number}: Bereitstellung</translation>
    </message>
    <message>
        <source>Remove setting {number}</source>
        <translation>Einstellung {number} entfernen</translation>
    </message>
    <message>
        <source>The input the event changes from its month on</source>
        <translation>Die Eingabe, die das Ereignis ab seinem Monat ändert</translation>
    </message>
    <message>
        <source>How the model is served from the event&apos;s month on: per token or on dedicated hardware</source>
        <translation>Wie das Modell ab dem Monat des Ereignisses bereitgestellt wird: pro Token oder auf dedizierter Hardware</translation>
    </message>
    <message>
        <source>Take this setting out of the event</source>
        <translation>Diese Einstellung aus dem Ereignis entfernen</translation>
    </message>
    <message>
        <source>{field} from the event&apos;s month on ({unit})</source>
        <translation>{field} ab dem Monat des Ereignisses ({unit})</translation>
    </message>
    <message>
        <source>{field} from the event&apos;s month on</source>
        <translation>{field} ab dem Monat des Ereignisses</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Re-embed</source>
        <translation>Neu einbetten</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Nachtrainieren</translation>
    </message>
    <message>
        <source>Add setting</source>
        <translation>Einstellung hinzufügen</translation>
    </message>
    <message>
        <source>Event problem</source>
        <translation>Problem des Ereignisses</translation>
    </message>
    <message>
        <source>The month the event happens in, counted from the start</source>
        <translation>Der Monat, in dem das Ereignis eintritt, vom Beginn an gezählt</translation>
    </message>
    <message>
        <source>The event&apos;s name on the events list and the charts</source>
        <translation>Der Name des Ereignisses in der Ereignisliste und in den Diagrammen</translation>
    </message>
    <message>
        <source>Counts embedding the whole corpus again in the event&apos;s month</source>
        <translation>Rechnet im Monat des Ereignisses das erneute Einbetten des ganzen Korpus ein</translation>
    </message>
    <message>
        <source>Counts retraining the fine-tuned model in the event&apos;s month</source>
        <translation>Rechnet im Monat des Ereignisses das Nachtrainieren des Fine-Tuning-Modells ein</translation>
    </message>
    <message>
        <source>Hours of one-off work the event costs the {strategy} strategy</source>
        <translation>Einmalige Arbeitsstunden, die das Ereignis bei der Strategie „{strategy}“ verursacht</translation>
    </message>
    <message>
        <source>Add a row for another input the event changes</source>
        <translation>Eine Zeile für eine weitere Eingabe hinzufügen, die das Ereignis ändert</translation>
    </message>
    <message>
        <source>Keep the event in the scenario, or say here why it cannot be kept</source>
        <translation>Das Ereignis ins Szenario übernehmen oder hier sagen, warum das nicht geht</translation>
    </message>
    <message>
        <source>Close without changing the scenario&apos;s events</source>
        <translation>Schließen, ohne die Ereignisse des Szenarios zu ändern</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>The scenario&apos;s dated events (a model retired, a provider closing, a new price), in month order; Enter edits the one selected</source>
        <translation>Die datierten Ereignisse des Szenarios (ein abgeschaltetes Modell, ein schließender Anbieter, ein neuer Preis) nach Monaten; Eingabe bearbeitet das markierte</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add a dated event to the scenario</source>
        <translation>Dem Szenario ein datiertes Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Change the selected event</source>
        <translation>Das markierte Ereignis ändern</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Ereignis entfernen</translation>
    </message>
    <message>
        <source>Remove the selected event (Undo brings it back)</source>
        <translation>Das markierte Ereignis entfernen (Rückgängig holt es zurück)</translation>
    </message>
    <message>
        <source>Range of {field}</source>
        <translation>Bandbreite von {field}</translation>
    </message>
    <message>
        <source>Lowest plausible value</source>
        <translation>Niedrigster plausibler Wert</translation>
    </message>
    <message>
        <source>Highest plausible value</source>
        <translation>Höchster plausibler Wert</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>The lowest value the input may take in the Monte Carlo</source>
        <translation>Der niedrigste Wert, den die Eingabe im Monte-Carlo-Lauf annehmen kann</translation>
    </message>
    <message>
        <source>The highest value the input may take in the Monte Carlo</source>
        <translation>Der höchste Wert, den die Eingabe im Monte-Carlo-Lauf annehmen kann</translation>
    </message>
    <message>
        <source>How the Monte Carlo draws the input&apos;s values from the range</source>
        <translation>Wie der Monte-Carlo-Lauf die Werte der Eingabe aus der Bandbreite zieht</translation>
    </message>
    <message>
        <source>Give the input this range, so the Monte Carlo varies it</source>
        <translation>Der Eingabe diese Bandbreite geben, damit der Monte-Carlo-Lauf sie variiert</translation>
    </message>
    <message>
        <source>Close without changing the input&apos;s range</source>
        <translation>Schließen, ohne die Bandbreite der Eingabe zu ändern</translation>
    </message>
    <message>
        <source>Remove the range: the input keeps its one value</source>
        <translation>Die Bandbreite entfernen: Die Eingabe rechnet wieder mit ihrem einen Wert</translation>
    </message>
    <message>
        <source>Compared strategies</source>
        <translation>Verglichene Strategien</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <translation>Stand der Analyse</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>Monte-Carlo-Stichproben</translation>
    </message>
    <message>
        <source>Display currency</source>
        <translation>Anzeigewährung</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Fortschritt der Analyse</translation>
    </message>
    <message>
        <source>Cancel the analysis</source>
        <translation>Die Analyse abbrechen</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>{question} {answer}</source>
        <translation>{question} {answer}</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>Strict format needed (yes) and assistants can&apos;t enforce it (no): retrieval adds context, not discipline, so embeddings alone can&apos;t guarantee the format.</source>
        <translation>Striktes Format nötig (ja) und Assistenten können es nicht erzwingen (nein): Retrieval liefert Kontext, keine Disziplin, daher können Embeddings allein das Format nicht garantieren.</translation>
    </message>
    <message>
        <source>Strict format needed (yes) and assistants can&apos;t enforce it (no): retrieval and a long prompt add context, not discipline, so neither embeddings nor long context can guarantee the format.</source>
        <translation>Striktes Format nötig (ja) und Assistenten können es nicht erzwingen (nein): Retrieval und ein langer Prompt liefern Kontext, keine Disziplin, daher können weder Embeddings noch langer Kontext das Format garantieren.</translation>
    </message>
    <message>
        <source>Content changes (yes): a fine-tuned model is frozen until it is retrained, so fine-tuning alone can&apos;t keep changing knowledge fresh.</source>
        <translation>Inhalte ändern sich (ja): Ein Fine-Tuning-Modell bleibt eingefroren, bis es nachtrainiert wird, daher kann Fine-Tuning allein sich änderndes Wissen nicht aktuell halten.</translation>
    </message>
    <message>
        <source>Assistants can enforce the format (yes): instructions already give the behaviour, so there is nothing left to train.</source>
        <translation>Assistenten können das Format erzwingen (ja): Anweisungen liefern das Verhalten bereits, es bleibt nichts zu trainieren.</translation>
    </message>
    <message>
        <source>Behaviour changes often (yes): training locks behaviour in, while instructions change in minutes.</source>
        <translation>Das Verhalten ändert sich oft (ja): Training schreibt Verhalten fest, Anweisungen ändern sich in Minuten.</translation>
    </message>
    <message>
        <source>The need is purely behavioural and stable (yes): fine-tuning&apos;s home ground.</source>
        <translation>Der Bedarf betrifft nur das Verhalten und ist stabil (ja): das Heimspiel des Fine-Tunings.</translation>
    </message>
    <message>
        <source>Strict format needed (yes): a tuned model can hold a format that prompts can&apos;t.</source>
        <translation>Striktes Format nötig (ja): Ein trainiertes Modell kann ein Format halten, das Prompts nicht halten können.</translation>
    </message>
    <message>
        <source>it is the cheapest of the strategies that meet the need</source>
        <translation>es die günstigste der Strategien ist, die den Bedarf erfüllen</translation>
    </message>
    <message>
        <source>{tuned} would save only {saving} ({share}), less than {clear}: when both solve the problem, {untuned} wins (easier to update, debug and change)</source>
        <translation>{tuned} würde nur {saving} ({share}) sparen, weniger als {clear}: Wenn beide das Problem lösen, gewinnt {untuned} (leichter zu aktualisieren, zu debuggen und zu ändern)</translation>
    </message>
    <message>
        <source>{tuned} would save only {saving} ({share}), less than {clear}: when both solve the problem, {untuned} win (easier to update, debug and change)</source>
        <translation>{tuned} würde nur {saving} ({share}) sparen, weniger als {clear}: Wenn beide das Problem lösen, gewinnen {untuned} (leichter zu aktualisieren, zu debuggen und zu ändern)</translation>
    </message>
    <message>
        <source>it saves {saving} ({share}) over {untuned} and meets the need</source>
        <translation>es gegenüber {untuned} {saving} ({share}) spart und den Bedarf erfüllt</translation>
    </message>
    <message>
        <source>{strategy} {total} and {hours} h of upkeep</source>
        <translation>{strategy} {total} und {hours} h Pflege</translation>
    </message>
    <message>
        <source>{strategy} {total} and {hours} h of upkeep (does not fit from month {month})</source>
        <translation>{strategy} {total} und {hours} h Pflege (passt ab Monat {month} nicht)</translation>
    </message>
    <message>
        <source>Over {months} months: {costs}.</source>
        <translation>Über {months} Monate: {costs}.</translation>
    </message>
    <message>
        <source>{strategy} can&apos;t run over these {months} months: its prompt no longer fits the context window from month {month}.</source>
        <translation>{strategy} kann nicht über diese {months} Monate laufen: Der Prompt passt ab Monat {month} nicht mehr ins Kontextfenster.</translation>
    </message>
    <message>
        <source>No compared strategy can run over the whole horizon, so none is recommended: compare another strategy, or shorten the horizon.</source>
        <translation>Keine verglichene Strategie kann über den ganzen Zeitraum laufen, daher wird keine empfohlen: Vergleichen Sie eine weitere Strategie oder verkürzen Sie den Zeitraum.</translation>
    </message>
    <message>
        <source>Your checklist answers rule out every strategy; starting with {strategy} and instructions keeps the most options open. Revisit the answers.</source>
        <translation>Ihre Antworten in der Checkliste schließen jede Strategie aus; ein Start mit {strategy} und Anweisungen hält die meisten Wege offen. Prüfen Sie die Antworten noch einmal.</translation>
    </message>
    <message>
        <source>Needs your content (yes): retrieval hands the model your knowledge at answer time.</source>
        <translation>Braucht Ihre Inhalte (ja): Retrieval gibt dem Modell Ihr Wissen zum Zeitpunkt der Antwort.</translation>
    </message>
    <message>
        <source>No answer makes a case for a tuned model (strict format, or a purely behavioural and stable need) and if you&apos;re unsure, don&apos;t fine-tune.</source>
        <translation>Keine Antwort spricht für ein trainiertes Modell (striktes Format oder ein reiner, stabiler Verhaltensbedarf), und im Zweifel kein Fine-Tuning.</translation>
    </message>
    <message>
        <source>Recommended: {strategy}, because {why}.</source>
        <translation>Empfohlen: {strategy}, weil {why}.</translation>
    </message>
    <message>
        <source>Fine-tuning used to inject knowledge that changes: {changed}% of the corpus changes and {added} tokens are added every month, and each change waits for a retraining ({trainings} trainings over the horizon). Keep changing knowledge in retrieval.</source>
        <translation>Fine-Tuning soll sich änderndes Wissen einbringen: Jeden Monat ändern sich {changed}% des Korpus und kommen {added} Tokens hinzu, und jede Änderung wartet auf ein Nachtraining ({trainings} Trainings im Zeitraum). Halten Sie sich änderndes Wissen im Retrieval.</translation>
    </message>
    <message>
        <source>Fine-tuning too early for the volume: at {queries} queries a month, {strategy} never catches up with embeddings; its training and setup pay off only at a larger, proven volume.</source>
        <translation>Fine-Tuning zu früh für das Volumen: Bei {queries} Anfragen im Monat holt {strategy} Embeddings nie ein; Training und Einrichtung lohnen sich erst bei größerem, erwiesenem Volumen.</translation>
    </message>
    <message>
        <source>Fine-tuning too early for the volume: at {queries} queries a month, {strategy} catches up with embeddings only from month {month}; its training and setup pay off only at a larger, proven volume.</source>
        <translation>Fine-Tuning zu früh für das Volumen: Bei {queries} Anfragen im Monat holt {strategy} Embeddings erst ab Monat {month} ein; Training und Einrichtung lohnen sich erst bei größerem, erwiesenem Volumen.</translation>
    </message>
    <message>
        <source>Locking in behaviour that may change (behaviour changes often: {answer}): every change to a tuned model&apos;s behaviour means a new training, evaluation and deployment; instructions change in minutes.</source>
        <translation>Verhalten festschreiben, das sich ändern kann (Verhalten ändert sich oft: {answer}): Jede Änderung am Verhalten eines trainierten Modells bedeutet neues Training, neue Evaluation und neues Deployment; Anweisungen ändern sich in Minuten.</translation>
    </message>
    <message>
        <source>Fine-tuning won&apos;t stop hallucinations: a tuned model answers from what it memorised; grounding answers in retrieved sources is what reduces invented facts.</source>
        <translation>Fine-Tuning verhindert keine Halluzinationen: Ein trainiertes Modell antwortet aus dem Gelernten; erst Antworten, die sich auf abgerufene Quellen stützen, verringern erfundene Fakten.</translation>
    </message>
    <message>
        <source>The fine-tuned model is taught none of your content (knowledge tokens per corpus token = 0): on its own it cannot answer from it.</source>
        <translation>Das Fine-Tuning-Modell lernt nichts von Ihren Inhalten (Wissens-Tokens pro Korpus-Token = 0): Allein kann es nicht aus ihnen antworten.</translation>
    </message>
    <message>
        <source>The fine-tuned model&apos;s knowledge goes stale: up to {peak}% of the corpus (mean {mean}%) has changed since its last training.</source>
        <translation>Das Wissen des Fine-Tuning-Modells veraltet: Bis zu {peak}% des Korpus (im Mittel {mean}%) haben sich seit dem letzten Training geändert.</translation>
    </message>
    <message>
        <source>Skipping assistants: check whether instructions or an assistant can enforce the format before training a model (assistants can enforce: unsure).</source>
        <translation>Assistenten übersprungen: Prüfen Sie, ob Anweisungen oder ein Assistent das Format erzwingen können, bevor Sie ein Modell trainieren (Assistenten können erzwingen: unsicher).</translation>
    </message>
    <message>
        <source>month {month}</source>
        <translation>Monat {month}</translation>
    </message>
    <message>
        <source>month {month} ({date})</source>
        <translation>Monat {month} ({date})</translation>
    </message>
    <message>
        <source>The long prompt does not fit the context window even in month 1: {prompt} tokens against a window of {window}. Long context is not feasible over these {months} months, so it is never recommended; it needs a smaller corpus, a larger window or a shorter horizon.</source>
        <translation>Der lange Prompt passt schon in Monat 1 nicht ins Kontextfenster: {prompt} Tokens bei einem Fenster von {window}. Langer Kontext ist über diese {months} Monate nicht machbar und wird daher nie empfohlen; er braucht einen kleineren Korpus, ein größeres Fenster oder einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>The long prompt outgrows the context window in {when}: {prompt} tokens against a window of {window}. Long context is not feasible over these {months} months, so it is never recommended; it needs a smaller corpus, a larger window or a shorter horizon.</source>
        <translation>Der lange Prompt wächst in {when} über das Kontextfenster hinaus: {prompt} Tokens bei einem Fenster von {window}. Langer Kontext ist über diese {months} Monate nicht machbar und wird daher nie empfohlen; er braucht einen kleineren Korpus, ein größeres Fenster oder einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>stops serving on {date} (month {month})</source>
        <translation>wird am {date} (Monat {month}) abgeschaltet</translation>
    </message>
    <message>
        <source>stops taking new fine-tuning jobs on {date} (month {month})</source>
        <translation>nimmt ab {date} (Monat {month}) keine neuen Fine-Tuning-Aufträge mehr an</translation>
    </message>
    <message>
        <source>re-embeds the corpus (`re_embed`, setting the new model&apos;s price and dimensions)</source>
        <translation>den Korpus neu einbettet (`re_embed`, mit Preis und Dimensionen des neuen Modells)</translation>
    </message>
    <message>
        <source>switches the base model (an event that sets the replacement&apos;s prices)</source>
        <translation>das Basismodell wechselt (ein Ereignis, das die Preise des Nachfolgers setzt)</translation>
    </message>
    <message>
        <source>retrains the tuned model elsewhere (`retrain`, setting the new provider&apos;s prices, with the migration hours)</source>
        <translation>das trainierte Modell anderswo nachtrainiert (`retrain`, mit den Preisen des neuen Anbieters und den Migrationsstunden)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>{role}: {model} {when}, but no event by month {month} {missing}. Add one, or the months from then on assume a model you can no longer use.</source>
        <translation>{role}: {model} {when}, aber kein Ereignis bis Monat {month}, das {missing}. Fügen Sie eines hinzu, sonst rechnen die Monate ab dann mit einem Modell, das Sie nicht mehr nutzen können.</translation>
    </message>
    <message>
        <source>{strategy}&apos;s replicas sit mostly idle: at the busiest hour they use at most {used} of their capacity, against the {target} they are sized for.</source>
        <translation>Die Replikate von {strategy} stehen meist still: In der Spitzenstunde nutzen sie höchstens {used} ihrer Kapazität, ausgelegt sind sie auf {target}.</translation>
    </message>
    <message>
        <source>{strategy}&apos; replicas sit mostly idle: at the busiest hour they use at most {used} of their capacity, against the {target} they are sized for.</source>
        <translation>Die Replikate von {strategy} stehen meist still: In der Spitzenstunde nutzen sie höchstens {used} ihrer Kapazität, ausgelegt sind sie auf {target}.</translation>
    </message>
    <message>
        <source>{replicas} replica costs {cost} over the horizon, {price} per 1M tokens served: a per-token provider charging less would be cheaper.</source>
        <translation>{replicas} Replikat kostet im Zeitraum {cost}, {price} pro 1 Mio. bediente Tokens: Ein Anbieter mit günstigerem Preis pro Token wäre billiger.</translation>
    </message>
    <message>
        <source>{replicas} replicas cost {cost} over the horizon, {price} per 1M tokens served: a per-token provider charging less would be cheaper.</source>
        <translation>{replicas} Replikate kosten im Zeitraum {cost}, {price} pro 1 Mio. bediente Tokens: Ein Anbieter mit günstigerem Preis pro Token wäre billiger.</translation>
    </message>
    <message>
        <source>{replicas} replica costs {cost} over the horizon: a per-token provider charging less would be cheaper.</source>
        <translation>{replicas} Replikat kostet im Zeitraum {cost}: Ein Anbieter mit günstigerem Preis pro Token wäre billiger.</translation>
    </message>
    <message>
        <source>{replicas} replicas cost {cost} over the horizon: a per-token provider charging less would be cheaper.</source>
        <translation>{replicas} Replikate kosten im Zeitraum {cost}: Ein Anbieter mit günstigerem Preis pro Token wäre billiger.</translation>
    </message>
    <message>
        <source>Engineering hours are {share} of {strategy}&apos; total ({hours} h): the hour estimates deserve ranges (±); give its setup, upkeep and incident hours a low and a high value under uncertainty.</source>
        <translation>Arbeitsstunden machen {share} der Gesamtkosten von {strategy} aus ({hours} h): Die Stundenschätzungen verdienen Bandbreiten (±); geben Sie Einrichtungs-, Pflege- und Störungsstunden unter Unsicherheit einen niedrigen und einen hohen Wert.</translation>
    </message>
    <message>
        <source>Engineering hours are {share} of {strategy}&apos;s total ({hours} h): the hour estimates deserve ranges (±); give its setup, upkeep and incident hours a low and a high value under uncertainty.</source>
        <translation>Arbeitsstunden machen {share} der Gesamtkosten von {strategy} aus ({hours} h): Die Stundenschätzungen verdienen Bandbreiten (±); geben Sie Einrichtungs-, Pflege- und Störungsstunden unter Unsicherheit einen niedrigen und einen hohen Wert.</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>A checklist answer: it steers the advice, not costs</source>
        <translation>Eine Antwort der Checkliste: Sie lenkt die Empfehlung, nicht die Kosten</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Could not open {0}</source>
        <translation>{0} konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Some unsaved work could not be restored</source>
        <translation>Einige ungesicherte Arbeit konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>{file}: {reason} (set aside, not deleted)</source>
        <translation>{file}: {reason} (beiseitegelegt, nicht gelöscht)</translation>
    </message>
    <message>
        <source> (from {file})</source>
        <translation> (aus {file})</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Ungesicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>“{0}”{1} had changes that were not saved when {2} last closed ({3}). Restore them?</source>
        <translation>„{0}“{1} hatte Änderungen, die beim letzten Schließen von {2} ({3}) nicht gespeichert waren. Wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>BreakEvenTable</name>
    <message>
        <source>{strategy} cheaper above {value}</source>
        <translation>{strategy} günstiger über {value}</translation>
    </message>
    <message>
        <source>{strategy} cheaper below {value}</source>
        <translation>{strategy} günstiger unter {value}</translation>
    </message>
    <message>
        <source>{first} vs {second}</source>
        <translation>{first} vs. {second}</translation>
    </message>
    <message>
        <source>{first}
vs {second}</source>
        <translation>{first}
vs. {second}</translation>
    </message>
    <message>
        <source>Now {0}</source>
        <translation>Jetzt {0}</translation>
    </message>
    <message>
        <source>{first} and {second} jump past each other from {value} to the next whole number (a step of {step}): {above} is cheaper above, {below} below.</source>
        <translation>{first} und {second} springen von {value} zur nächsten ganzen Zahl aneinander vorbei (ein Sprung von {step}): Darüber ist {above} günstiger, darunter {below}.</translation>
    </message>
    <message>
        <source>{first} and {second} jump past each other at {value} (a step of {step}, e.g. a replica more): {above} is cheaper above, {below} below.</source>
        <translation>{first} und {second} springen bei {value} aneinander vorbei (ein Sprung von {step}, z. B. ein Replikat mehr): Darüber ist {above} günstiger, darunter {below}.</translation>
    </message>
    <message>
        <source>{first} and {second} cost the same at {value}: {above} is cheaper above, {below} below.</source>
        <translation>{first} und {second} kosten bei {value} gleich viel: Darüber ist {above} günstiger, darunter {below}.</translation>
    </message>
    <message>
        <source>Now: {value}.</source>
        <translation>Jetzt: {value}.</translation>
    </message>
    <message>
        <source>Searched {low} to {high}.</source>
        <translation>Gesucht von {low} bis {high}.</translation>
    </message>
</context>
<context>
    <name>ChartTable</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Staleness (% of corpus)</source>
        <translation>Veralterung (% des Korpus)</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>{chart}: change in {difference} ({currency})</source>
        <translation>{chart}: Änderung von {difference} ({currency})</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Low value</source>
        <translation>Niedriger Wert</translation>
    </message>
    <message>
        <source>High value</source>
        <translation>Hoher Wert</translation>
    </message>
    <message>
        <source>Change at the low end</source>
        <translation>Änderung am unteren Ende</translation>
    </message>
    <message>
        <source>Change at the high end</source>
        <translation>Änderung am oberen Ende</translation>
    </message>
    <message>
        <source>Decision map</source>
        <translation>Entscheidungskarte</translation>
    </message>
    <message>
        <source>Cheapest strategy</source>
        <translation>Günstigste Strategie</translation>
    </message>
    <message>
        <source>Cheapest strategy by {x} and {y}</source>
        <translation>Günstigste Strategie nach {x} und {y}</translation>
    </message>
</context>
<context>
    <name>ChartTableDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>{0} — table — {1}</source>
        <translation>{0} – Tabelle – {1}</translation>
    </message>
</context>
<context>
    <name>ChartTabs</name>
    <message>
        <source>&amp;Cumulative cost</source>
        <translation>&amp;Kumulierte Kosten</translation>
    </message>
    <message>
        <source>B&amp;y component</source>
        <translation>Bes&amp;tandteile</translation>
    </message>
    <message>
        <source>H&amp;ours</source>
        <translation>&amp;Stunden</translation>
    </message>
    <message>
        <source>&amp;Staleness</source>
        <translation>&amp;Veralterung</translation>
    </message>
    <message>
        <source>Sens&amp;itivity</source>
        <translation>Sens&amp;itivität</translation>
    </message>
    <message>
        <source>Decision &amp;map</source>
        <translation>Kart&amp;e</translation>
    </message>
    <message>
        <source>&amp;Break-even</source>
        <translation>B&amp;reak-even</translation>
    </message>
    <message>
        <source>Rep&amp;licas</source>
        <translation>Rep&amp;likate</translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation>Strate&amp;gie:</translation>
    </message>
    <message>
        <source>{share}% for {strategy}</source>
        <translation>{share} % bei {strategy}</translation>
    </message>
    <message>
        <source>Engineering hours are most of the total cost: {shares}.</source>
        <translation>Arbeitsstunden sind der größte Teil der Gesamtkosten: {shares}.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>Save chart as {0}…</source>
        <translation>Diagramm als {0} speichern…</translation>
    </message>
    <message>
        <source>Save chart as {0}</source>
        <translation>Diagramm als {0} speichern</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not save the chart.
{0}</source>
        <translation>Das Diagramm konnte nicht gespeichert werden.
{0}</translation>
    </message>
    <message>
        <source>Month {month} · {series}: {value}</source>
        <translation>Monat {month} · {series}: {value}</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} Stunden</translation>
    </message>
    <message>
        <source>1 replica</source>
        <translation>1 Replikat</translation>
    </message>
    <message>
        <source>{count} replicas</source>
        <translation>{count} Replikate</translation>
    </message>
    <message>
        <source>Show as &amp;Table</source>
        <translation>Als &amp;Tabelle zeigen</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Cumulative cost</source>
        <translation>Kumulierte Kosten</translation>
    </message>
    <message>
        <source>Cumulative cost (USD)</source>
        <translation>Kumulierte Kosten (USD)</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <source>Monthly cost (USD)</source>
        <translation>Monatliche Kosten (USD)</translation>
    </message>
    <message>
        <source>Maintenance hours</source>
        <translation>Wartungsstunden</translation>
    </message>
    <message>
        <source>Hours per month</source>
        <translation>Stunden pro Monat</translation>
    </message>
    <message>
        <source>Fine-tuned model staleness</source>
        <translation>Veralterung des Fine-Tuning-Modells</translation>
    </message>
    <message>
        <source>Staleness (% of corpus)</source>
        <translation>Veralterung (% des Korpus)</translation>
    </message>
    <message>
        <source>Dedicated replicas</source>
        <translation>Dedizierte Replikate</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <source>Compare scenarios</source>
        <translation>Szenarien vergleichen</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export comparison as PDF</source>
        <translation>Vergleich als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF not exported</source>
        <translation>PDF nicht exportiert</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>{0} konnte nicht geschrieben werden: {1}</translation>
    </message>
    <message>
        <source>Choose 2 to 4 scenarios to compare</source>
        <translation>2 bis 4 Szenarien zum Vergleich wählen</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>month {month}</source>
        <translation>Monat {month}</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} Monate</translation>
    </message>
    <message>
        <source>Total cost: {strategy}</source>
        <translation>Gesamtkosten: {strategy}</translation>
    </message>
    <message>
        <source>Fine-tuning cheaper than embeddings from</source>
        <translation>Fine-Tuning günstiger als Embeddings ab</translation>
    </message>
    <message>
        <source>Hybrid cheaper than embeddings from</source>
        <translation>Hybrid günstiger als Embeddings ab</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Cheapest</source>
        <translation>Am günstigsten</translation>
    </message>
    <message>
        <source>Cost per 1,000 queries (recommended)</source>
        <translation>Kosten pro 1.000 Anfragen (empfohlen)</translation>
    </message>
    <message>
        <source>Maintenance hours (recommended)</source>
        <translation>Wartungsstunden (empfohlen)</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>Cumulative cost by scenario</source>
        <translation>Kumulierte Kosten nach Szenario</translation>
    </message>
    <message>
        <source>Cumulative cost ({0})</source>
        <translation>Kumulierte Kosten ({0})</translation>
    </message>
</context>
<context>
    <name>Component</name>
    <message>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>Vector store</source>
        <translation>Vektordatenbank</translation>
    </message>
    <message>
        <source>Reranker</source>
        <translation>Reranker</translation>
    </message>
    <message>
        <source>Inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>Context cache</source>
        <translation>Kontext-Cache</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <source>Hosting</source>
        <translation>Hosting</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Wrong answers</source>
        <translation>Falsche Antworten</translation>
    </message>
</context>
<context>
    <name>CumulativeCostChart</name>
    <message>
        <source>Month {month} · {strategy} {band}: {low} to {high} ({median} {mid})</source>
        <translation>Monat {month} · {strategy} {band}: {low} bis {high} ({median} {mid})</translation>
    </message>
    <message>
        <source>Month {month} · {strategy}: {value}, cheaper than {other} from here on</source>
        <translation>Monat {month} · {strategy}: {value}, ab hier günstiger als {other}</translation>
    </message>
    <message>
        <source>Cumulative cost ({0})</source>
        <translation>Kumulierte Kosten ({0})</translation>
    </message>
    <message>
        <source>{0} cheaper than {1} from month {2}</source>
        <translation>{0} günstiger als {1} ab Monat {2}</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>amounts in {target} at {rate} {target} per {source}</source>
        <translation>Beträge in {target} zu {rate} {target} je {source}</translation>
    </message>
</context>
<context>
    <name>DecisionMapPanel</name>
    <message>
        <source>Across (x):</source>
        <translation>Waagrecht (x):</translation>
    </message>
    <message>
        <source>Up (y):</source>
        <translation>Senkrecht (y):</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>{field} from: {problem}</source>
        <translation>{field} von: {problem}</translation>
    </message>
    <message>
        <source>{field} to: {problem}</source>
        <translation>{field} bis: {problem}</translation>
    </message>
    <message>
        <source>Type a number in both fields (e.g. {example}, 1e6)</source>
        <translation>Geben Sie in beide Felder eine Zahl ein (z. B. {example}, 1e6)</translation>
    </message>
    <message>
        <source>&apos;from&apos; must be less than &apos;to&apos;</source>
        <translation>„von“ muss kleiner sein als „bis“</translation>
    </message>
    <message>
        <source>{problem} (the map keeps its last valid axes)</source>
        <translation>{problem} (die Karte behält ihre letzten gültigen Achsen)</translation>
    </message>
</context>
<context>
    <name>DecisionMapView</name>
    <message>
        <source>Cheapest strategy over {x} and {y}</source>
        <translation>Günstigste Strategie über {x} und {y}</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>Cheapest: none fits</source>
        <translation>Am günstigsten: keine passt</translation>
    </message>
    <message>
        <source>Cheapest: {strategy}</source>
        <translation>Am günstigsten: {strategy}</translation>
    </message>
    <message>
        <source>Fine-tuning / embeddings: — (embeddings cost nothing)</source>
        <translation>Fine-Tuning / Embeddings: — (Embeddings kosten nichts)</translation>
    </message>
    <message>
        <source>Fine-tuning / embeddings: {ratio}</source>
        <translation>Fine-Tuning / Embeddings: {ratio}</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation>Dieses Szenario</translation>
    </message>
    <message>
        <source>Fainter: runner-up within {share}%</source>
        <translation>Blasser: Zweitplatzierte innerhalb von {share} %</translation>
    </message>
    <message>
        <source>No decision map yet: pick two inputs and their ranges.</source>
        <translation>Noch keine Entscheidungskarte: Wählen Sie zwei Eingaben und ihre Bereiche.</translation>
    </message>
</context>
<context>
    <name>DiskWatch</name>
    <message>
        <source>“{name}” was removed or renamed on disk. Save writes it again.</source>
        <translation>„{name}“ wurde auf der Festplatte entfernt oder umbenannt. Speichern schreibt sie neu.</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk by another program or window.</source>
        <translation>„{name}“ wurde auf der Festplatte von einem anderen Programm oder Fenster geändert.</translation>
    </message>
    <message>
        <source>Reload “{0}” from disk? The changes made in this window are lost.</source>
        <translation>„{0}“ neu von der Festplatte laden? Die Änderungen in diesem Fenster gehen verloren.</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk since it was opened or saved here.</source>
        <translation>„{name}“ wurde auf der Festplatte geändert, seit sie hier geöffnet oder gespeichert wurde.</translation>
    </message>
    <message>
        <source>Overwrite it with the version in this window, save this version under another name, or cancel?</source>
        <translation>Mit der Fassung aus diesem Fenster überschreiben, diese Fassung unter anderem Namen speichern oder abbrechen?</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
</context>
<context>
    <name>DisplayCurrencyDialog</name>
    <message>
        <source>Display currency</source>
        <translation>Anzeigewährung</translation>
    </message>
    <message>
        <source>Show amounts in the scenario&apos;s currency ({0})</source>
        <translation>Beträge in der Währung des Szenarios zeigen ({0})</translation>
    </message>
    <message>
        <source>Currency (ISO 4217)</source>
        <translation>Währung (ISO 4217)</translation>
    </message>
    <message>
        <source>Units per 1 {0}</source>
        <translation>Einheiten pro 1 {0}</translation>
    </message>
    <message>
        <source>Inputs stay in the scenario&apos;s currency; figures are converted.</source>
        <translation>Eingaben bleiben in der Währung des Szenarios; die Ergebnisse werden umgerechnet.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>Die Währung muss ein dreibuchstabiger Code wie EUR sein.</translation>
    </message>
    <message>
        <source>The rate must be a number above 0.</source>
        <translation>Der Kurs muss eine Zahl über 0 sein.</translation>
    </message>
</context>
<context>
    <name>Distribution</name>
    <message>
        <source>uniform</source>
        <translation>gleichverteilt</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>dreieckig</translation>
    </message>
    <message>
        <source>PERT</source>
        <translation>PERT</translation>
    </message>
</context>
<context>
    <name>EffortProfilePicker</name>
    <message>
        <source>Fills every hour estimate below (not the hourly rate) and gives each a range, as one step you can undo</source>
        <translation>Füllt alle Stundenschätzungen unten (nicht den Stundensatz) und gibt jeder eine Bandbreite – als ein Schritt, den Sie rückgängig machen können</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Edit price: {name}</source>
        <translation>Preis bearbeiten: {name}</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Neuer Preis</translation>
    </message>
    <message>
        <source>e.g. OpenAI</source>
        <translation>z. B. OpenAI</translation>
    </message>
    <message>
        <source>e.g. gpt-4.1-mini (EU region)</source>
        <translation>z. B. gpt-4.1-mini (EU-Region)</translation>
    </message>
    <message>
        <source>mine/&lt;provider&gt;-&lt;name&gt;</source>
        <translation>mine/&lt;anbieter&gt;-&lt;name&gt;</translation>
    </message>
    <message>
        <source>How scenarios refer to this entry; unique among your prices.</source>
        <translation>Wie Szenarien auf diesen Eintrag verweisen; eindeutig unter Ihren Preisen.</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>e.g. Contract with OpenAI, signed 2026-10-01</source>
        <translation>z. B. Vertrag mit OpenAI, unterzeichnet am 2026-10-01</translation>
    </message>
    <message>
        <source>e.g. 2026-10-01, or October 2026</source>
        <translation>z. B. 2026-10-01 oder Oktober 2026</translation>
    </message>
    <message>
        <source>The date as the source gives it.</source>
        <translation>Das Datum, wie die Quelle es angibt.</translation>
    </message>
    <message>
        <source>The earliest date the source vouches for these prices.</source>
        <translation>Das früheste Datum, für das die Quelle diese Preise belegt.</translation>
    </message>
    <message>
        <source>This entry had no as-of date: check the one shown.</source>
        <translation>Dieser Eintrag hatte kein Stand-Datum: Prüfen Sie das angezeigte.</translation>
    </message>
    <message>
        <source>Prices uncertain (an estimate, or not yet confirmed)</source>
        <translation>Preise unsicher (geschätzt oder noch nicht bestätigt)</translation>
    </message>
    <message>
        <source>Prices (leave empty what the source does not list)</source>
        <translation>Preise (leer lassen, was die Quelle nicht nennt)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>An&amp;bieter</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;Kennung</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Source &amp;date</source>
        <translation>&amp;Datum der Quelle</translation>
    </message>
    <message>
        <source>&amp;As of</source>
        <translation>S&amp;tand</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>none: the input price applies</source>
        <translation>keiner: der Eingabepreis gilt</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Id: already taken by another entry</source>
        <translation>Kennung: schon von einem anderen Eintrag belegt</translation>
    </message>
    <message>
        <source>Prices: give at least one price.</source>
        <translation>Preise: Geben Sie mindestens einen Preis an.</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <source>Chat model (base)</source>
        <translation>Chat-Modell (Basis)</translation>
    </message>
    <message>
        <source>Fine-tunable model</source>
        <translation>Fine-Tuning-fähiges Modell</translation>
    </message>
    <message>
        <source>Vector store</source>
        <translation>Vektordatenbank</translation>
    </message>
    <message>
        <source>Reranker</source>
        <translation>Reranker</translation>
    </message>
    <message>
        <source>Prompt cache (long context)</source>
        <translation>Prompt-Cache (langer Kontext)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>Datum der Quelle</translation>
    </message>
    <message>
        <source>{field}: is required</source>
        <translation>{field}: ist erforderlich</translation>
    </message>
    <message>
        <source>{field}: must be at least {least} characters long</source>
        <translation>{field}: muss mindestens {least} Zeichen lang sein</translation>
    </message>
    <message>
        <source>{field}: must be at most {most} characters long</source>
        <translation>{field}: darf höchstens {most} Zeichen lang sein</translation>
    </message>
    <message>
        <source>{field}: must be a three-letter ISO 4217 code such as USD, got {text}</source>
        <translation>{field}: muss ein dreibuchstabiger ISO-4217-Code wie USD sein, eingegeben: {text}</translation>
    </message>
</context>
<context>
    <name>EvaluationChart</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Per token</source>
        <translation>Pro Token</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>Dediziert</translation>
    </message>
    <message>
        <source>{event}, {field}: {problem}</source>
        <translation>{event}, {field}: {problem}</translation>
    </message>
    <message>
        <source>Event {0}</source>
        <translation>Ereignis {0}</translation>
    </message>
    <message>
        <source>{date} (month {month})</source>
        <translation>{date} (Monat {month})</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Re-embed the whole corpus</source>
        <translation>Das ganze Korpus neu einbetten</translation>
    </message>
    <message>
        <source>Retrain the fine-tuned model</source>
        <translation>Das Fine-Tuning-Modell nachtrainieren</translation>
    </message>
    <message>
        <source>Add setting</source>
        <translation>Einstellung hinzufügen</translation>
    </message>
    <message>
        <source>From this month on, set:</source>
        <translation>Ab diesem Monat setzen:</translation>
    </message>
    <message>
        <source>{event}, {field}: is set twice; keep one of them</source>
        <translation>{event}, {field}: wird zweimal gesetzt; behalten Sie eine der beiden Angaben</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>sets {count}</source>
        <translation>setzt {count}</translation>
    </message>
    <message>
        <source>re-embed</source>
        <translation>neu einbetten</translation>
    </message>
    <message>
        <source>retrain</source>
        <translation>nachtrainieren</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} Stunden</translation>
    </message>
    <message>
        <source>after the horizon: no effect</source>
        <translation>nach dem Zeitraum: keine Wirkung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ereignisse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>Ereignis hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Edit event {number}</source>
        <translation>Ereignis {number} bearbeiten</translation>
    </message>
    <message>
        <source>Remove event {number}</source>
        <translation>Ereignis {number} entfernen</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>%/month</source>
        <translation>%/Monat</translation>
    </message>
    <message>
        <source>%/year</source>
        <translation>%/Jahr</translation>
    </message>
    <message>
        <source>Added tokens per month</source>
        <translation>Neue Tokens pro Monat</translation>
    </message>
    <message>
        <source>At every content update</source>
        <translation>Bei jeder Inhaltsänderung</translation>
    </message>
    <message>
        <source>Base model prices</source>
        <translation>Preise des Basismodells</translation>
    </message>
    <message>
        <source>Batch discount %</source>
        <translation>Batch-Rabatt %</translation>
    </message>
    <message>
        <source>Batch share %</source>
        <translation>Batch-Anteil %</translation>
    </message>
    <message>
        <source>Behavior training tokens</source>
        <translation>Trainings-Tokens für Verhalten</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Cache hit %</source>
        <translation>Cache-Trefferquote %</translation>
    </message>
    <message>
        <source>Cache storage per 1M per hour</source>
        <translation>Cache-Speicher pro 1 Mio. pro Stunde</translation>
    </message>
    <message>
        <source>Cache write per 1M</source>
        <translation>Cache-Schreiben pro 1 Mio.</translation>
    </message>
    <message>
        <source>Cached input per 1M</source>
        <translation>Gecachte Eingabe pro 1 Mio.</translation>
    </message>
    <message>
        <source>Cached instruction share %</source>
        <translation>Gecachter Anteil der Anweisungen %</translation>
    </message>
    <message>
        <source>calls/query</source>
        <translation>Aufrufe/Anfrage</translation>
    </message>
    <message>
        <source>Changed % per month</source>
        <translation>Geändert % pro Monat</translation>
    </message>
    <message>
        <source>Chunk overlap %</source>
        <translation>Chunk-Überlappung %</translation>
    </message>
    <message>
        <source>Chunk tokens</source>
        <translation>Tokens pro Chunk</translation>
    </message>
    <message>
        <source>chunks</source>
        <translation>Chunks</translation>
    </message>
    <message>
        <source>Context window tokens</source>
        <translation>Kontextfenster (Tokens)</translation>
    </message>
    <message>
        <source>Corpus tokens</source>
        <translation>Tokens im Korpus</translation>
    </message>
    <message>
        <source>Cost per wrong answer</source>
        <translation>Kosten pro falscher Antwort</translation>
    </message>
    <message>
        <source>dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>Discount rate % per year</source>
        <translation>Diskontsatz % pro Jahr</translation>
    </message>
    <message>
        <source>Embedding dimensions</source>
        <translation>Embedding-Dimensionen</translation>
    </message>
    <message>
        <source>Embedding price per 1M</source>
        <translation>Embedding-Preis pro 1 Mio.</translation>
    </message>
    <message>
        <source>Engineering effort</source>
        <translation>Entwicklungsaufwand</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>A team that has shipped software but not this kind of system; the model&apos;s defaults.</source>
        <translation>Ein Team, das schon Software ausgeliefert hat, aber noch kein solches System; die Vorgaben des Modells.</translation>
    </message>
    <message>
        <source>Answer tokens one replica generates per second, all concurrent requests together.</source>
        <translation>Antwort-Tokens, die ein Replikat pro Sekunde erzeugt, alle gleichzeitigen Anfragen zusammen.</translation>
    </message>
    <message>
        <source>Answer-quality incidents to investigate. Every strategy at once.</source>
        <translation>Störungen der Antwortqualität, die untersucht werden müssen. Alle Strategien zugleich.</translation>
    </message>
    <message>
        <source>Answer-quality incidents to investigate. For the embeddings strategy.</source>
        <translation>Störungen der Antwortqualität, die untersucht werden müssen. Für die Embeddings-Strategie.</translation>
    </message>
    <message>
        <source>Answer-quality incidents to investigate. For the fine-tuning strategy.</source>
        <translation>Störungen der Antwortqualität, die untersucht werden müssen. Für die Fine-Tuning-Strategie.</translation>
    </message>
    <message>
        <source>Answer-quality incidents to investigate. For the hybrid strategy.</source>
        <translation>Störungen der Antwortqualität, die untersucht werden müssen. Für die Hybrid-Strategie.</translation>
    </message>
    <message>
        <source>Answer-quality incidents to investigate. For the long-context strategy.</source>
        <translation>Störungen der Antwortqualität, die untersucht werden müssen. Für die Strategie mit langem Kontext.</translation>
    </message>
    <message>
        <source>Busiest hour&apos;s query rate divided by the month&apos;s average rate; sizes dedicated replicas.</source>
        <translation>Anfragerate der Spitzenstunde geteilt durch die mittlere Rate des Monats; bemisst dedizierte Replikate.</translation>
    </message>
    <message>
        <source>Can instructions or assistants enforce the format?</source>
        <translation>Können Anweisungen oder Assistenten das Format erzwingen?</translation>
    </message>
    <message>
        <source>Capacity of one provisioned store unit (a pod, a database instance); 0 means nothing is provisioned.</source>
        <translation>Kapazität einer bereitgestellten Speichereinheit (ein Pod, eine Datenbankinstanz); 0 heißt: nichts bereitgestellt.</translation>
    </message>
    <message>
        <source>Chunks retrieved and sent with every query.</source>
        <translation>Chunks, die bei jeder Anfrage abgerufen und mitgeschickt werden.</translation>
    </message>
    <message>
        <source>Compound growth of the query volume per month.</source>
        <translation>Monatliches Zinseszins-Wachstum des Anfragevolumens.</translation>
    </message>
    <message>
        <source>Cost of one engineering hour.</source>
        <translation>Kosten einer Arbeitsstunde.</translation>
    </message>
    <message>
        <source>Custom hour estimates</source>
        <translation>Eigene Stundenschätzungen</translation>
    </message>
    <message>
        <source>Data preparation, evaluation, deployment and version management of one retraining.</source>
        <translation>Datenaufbereitung, Evaluation, Deployment und Versionsverwaltung eines Nachtrainings.</translation>
    </message>
    <message>
        <source>Debugging effort per incident (a fine-tuned model is harder to debug). For the embeddings strategy.</source>
        <translation>Fehlersuche pro Störung (ein Fine-Tuning-Modell ist schwerer zu debuggen). Für die Embeddings-Strategie.</translation>
    </message>
    <message>
        <source>Debugging effort per incident (a fine-tuned model is harder to debug). For the fine-tuning strategy.</source>
        <translation>Fehlersuche pro Störung (ein Fine-Tuning-Modell ist schwerer zu debuggen). Für die Fine-Tuning-Strategie.</translation>
    </message>
    <message>
        <source>Debugging effort per incident (a fine-tuned model is harder to debug). For the hybrid strategy.</source>
        <translation>Fehlersuche pro Störung (ein Fine-Tuning-Modell ist schwerer zu debuggen). Für die Hybrid-Strategie.</translation>
    </message>
    <message>
        <source>Debugging effort per incident (a fine-tuned model is harder to debug). For the long-context strategy.</source>
        <translation>Fehlersuche pro Störung (ein Fine-Tuning-Modell ist schwerer zu debuggen). Für die Strategie mit langem Kontext.</translation>
    </message>
    <message>
        <source>Discount on queries sent through the batch API.</source>
        <translation>Rabatt auf Anfragen über die Batch-API.</translation>
    </message>
    <message>
        <source>Discount rate for the present value.</source>
        <translation>Diskontsatz für den Barwert.</translation>
    </message>
    <message>
        <source>Do I need strict formatting?</source>
        <translation>Brauche ich ein striktes Format?</translation>
    </message>
    <message>
        <source>Does the AI need my content?</source>
        <translation>Braucht die KI meine Inhalte?</translation>
    </message>
    <message>
        <source>Does the content change?</source>
        <translation>Ändern sich die Inhalte?</translation>
    </message>
    <message>
        <source>Effort of publishing one content update into the strategy (a re-embedding run; rebuilding the long prompt).</source>
        <translation>Aufwand, eine Inhaltsaktualisierung in die Strategie zu bringen (ein Neu-Einbetten; den langen Prompt neu bauen).</translation>
    </message>
    <message>
        <source>Epochs per training run.</source>
        <translation>Epochen pro Trainingslauf.</translation>
    </message>
    <message>
        <source>Eval queries per training</source>
        <translation>Testanfragen pro Training</translation>
    </message>
    <message>
        <source>Evaluation queries run on every new model version.</source>
        <translation>Evaluationsanfragen für jede neue Modellversion.</translation>
    </message>
    <message>
        <source>Every n months</source>
        <translation>Alle n Monate</translation>
    </message>
    <message>
        <source>Extra model calls per query that rewrite or expand it before retrieval.</source>
        <translation>Zusätzliche Modellaufrufe pro Anfrage, die sie vor dem Retrieval umformulieren oder erweitern.</translation>
    </message>
    <message>
        <source>Fine tuned price change % per year</source>
        <translation>Preisänderung Fine-Tuning-Modell % pro Jahr</translation>
    </message>
    <message>
        <source>Fine-tuned model</source>
        <translation>Fine-Tuning-Modell</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Fine-Tuning</translation>
    </message>
    <message>
        <source>First build</source>
        <translation>Erster Aufbau</translation>
    </message>
    <message>
        <source>Flat monthly fee for keeping the model (storage, plan).</source>
        <translation>Feste Monatsgebühr für das Vorhalten des Modells (Speicher, Tarif).</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Horizon months</source>
        <translation>Zeitraum in Monaten</translation>
    </message>
    <message>
        <source>Hosting per hour</source>
        <translation>Hosting pro Stunde</translation>
    </message>
    <message>
        <source>Hourly fee for keeping the fine-tuned model deployed (some clouds charge it).</source>
        <translation>Stundengebühr für den Betrieb des Fine-Tuning-Modells (manche Clouds berechnen sie).</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Hours per content update</source>
        <translation>Stunden pro Inhaltsänderung</translation>
    </message>
    <message>
        <source>Hours per incident: embeddings</source>
        <translation>Stunden pro Störung: Embeddings</translation>
    </message>
    <message>
        <source>Hours per incident: fine-tuning</source>
        <translation>Stunden pro Störung: Fine-Tuning</translation>
    </message>
    <message>
        <source>Hours per incident: hybrid</source>
        <translation>Stunden pro Störung: Hybrid</translation>
    </message>
    <message>
        <source>Hours per incident: long-context</source>
        <translation>Stunden pro Störung: langer Kontext</translation>
    </message>
    <message>
        <source>Hours per retrain</source>
        <translation>Stunden pro Nachtraining</translation>
    </message>
    <message>
        <source>hours/incident</source>
        <translation>Stunden/Störung</translation>
    </message>
    <message>
        <source>hours/month</source>
        <translation>Stunden/Monat</translation>
    </message>
    <message>
        <source>How often content is published per month (30 = daily, 4.35 = weekly).</source>
        <translation>Wie oft pro Monat Inhalte veröffentlicht werden (30 = täglich, 4,35 = wöchentlich).</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Incidents per month</source>
        <translation>Störungen pro Monat</translation>
    </message>
    <message>
        <source>Incidents per month: embeddings</source>
        <translation>Störungen pro Monat: Embeddings</translation>
    </message>
    <message>
        <source>Incidents per month: fine-tuning</source>
        <translation>Störungen pro Monat: Fine-Tuning</translation>
    </message>
    <message>
        <source>Incidents per month: hybrid</source>
        <translation>Störungen pro Monat: Hybrid</translation>
    </message>
    <message>
        <source>Incidents per month: long-context</source>
        <translation>Störungen pro Monat: langer Kontext</translation>
    </message>
    <message>
        <source>incidents/month</source>
        <translation>Störungen/Monat</translation>
    </message>
    <message>
        <source>Input per 1M</source>
        <translation>Eingabe pro 1 Mio.</translation>
    </message>
    <message>
        <source>Input tokens of one rewrite call.</source>
        <translation>Eingabe-Tokens eines Umformulierungsaufrufs.</translation>
    </message>
    <message>
        <source>Input tokens per query</source>
        <translation>Eingabe-Tokens pro Anfrage</translation>
    </message>
    <message>
        <source>Input tokens per second</source>
        <translation>Eingabe-Tokens pro Sekunde</translation>
    </message>
    <message>
        <source>Instruction tokens</source>
        <translation>Tokens der Anweisungen</translation>
    </message>
    <message>
        <source>Instruction tokens fine tuned</source>
        <translation>Tokens der Anweisungen (Fine-Tuning)</translation>
    </message>
    <message>
        <source>Instructions a fine-tuned model still needs with every query (it has learned the rest).</source>
        <translation>Anweisungen, die ein Fine-Tuning-Modell bei jeder Anfrage noch braucht (den Rest hat es gelernt).</translation>
    </message>
    <message>
        <source>Is the need purely behavioural and stable?</source>
        <translation>Betrifft der Bedarf nur das Verhalten und ist er stabil?</translation>
    </message>
    <message>
        <source>ISO 4217 code of the currency every price is in.</source>
        <translation>ISO-4217-Code der Währung, in der alle Preise angegeben sind.</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Knowledge tokens per corpus token</source>
        <translation>Wissens-Tokens pro Korpus-Token</translation>
    </message>
    <message>
        <source>Least read units a query costs (Pinecone: 0.25; for a flat price per query use 1 with 0 per GB).</source>
        <translation>Mindestzahl an Leseeinheiten pro Anfrage (Pinecone: 0,25; für einen Festpreis pro Anfrage 1 mit 0 pro GB).</translation>
    </message>
    <message>
        <source>Load a replica is sized for at the busiest hour.</source>
        <translation>Last, auf die ein Replikat in der Spitzenstunde ausgelegt ist.</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>Langer Kontext</translation>
    </message>
    <message>
        <source>Market and finance</source>
        <translation>Markt und Finanzen</translation>
    </message>
    <message>
        <source>Metadata bytes per vector</source>
        <translation>Metadaten-Bytes pro Vektor</translation>
    </message>
    <message>
        <source>Min read units per query</source>
        <translation>Mindest-Leseeinheiten pro Anfrage</translation>
    </message>
    <message>
        <source>Min replicas</source>
        <translation>Mindestzahl Replikate</translation>
    </message>
    <message>
        <source>Minimum charge of one training run.</source>
        <translation>Mindestpreis eines Trainingslaufs.</translation>
    </message>
    <message>
        <source>Monitoring hours per month: embeddings</source>
        <translation>Überwachung Stunden/Monat: Embeddings</translation>
    </message>
    <message>
        <source>Monitoring hours per month: fine-tuning</source>
        <translation>Überwachung Stunden/Monat: Fine-Tuning</translation>
    </message>
    <message>
        <source>Monitoring hours per month: hybrid</source>
        <translation>Überwachung Stunden/Monat: Hybrid</translation>
    </message>
    <message>
        <source>Monitoring hours per month: long-context</source>
        <translation>Überwachung Stunden/Monat: langer Kontext</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Monatliche Gebühr</translation>
    </message>
    <message>
        <source>Monthly growth %</source>
        <translation>Monatliches Wachstum %</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Months between behaviour refreshes of the hybrid&apos;s model; 0 means never after the first training.</source>
        <translation>Monate zwischen Verhaltens-Auffrischungen des Hybrid-Modells; 0 heißt: nach dem ersten Training nie.</translation>
    </message>
    <message>
        <source>Months between retrainings (policy every_n_months).</source>
        <translation>Monate zwischen Nachtrainings (Regel every_n_months).</translation>
    </message>
    <message>
        <source>Months simulated.</source>
        <translation>Simulierte Monate.</translation>
    </message>
    <message>
        <source>Never retrain</source>
        <translation>Nie nachtrainieren</translation>
    </message>
    <message>
        <source>New content added every month.</source>
        <translation>Neue Inhalte, die jeden Monat hinzukommen.</translation>
    </message>
    <message>
        <source>One-time build effort, booked in the first month. For the embeddings strategy.</source>
        <translation>Einmaliger Aufbauaufwand, im ersten Monat gebucht. Für die Embeddings-Strategie.</translation>
    </message>
    <message>
        <source>One-time build effort, booked in the first month. For the fine-tuning strategy.</source>
        <translation>Einmaliger Aufbauaufwand, im ersten Monat gebucht. Für die Fine-Tuning-Strategie.</translation>
    </message>
    <message>
        <source>One-time build effort, booked in the first month. For the hybrid strategy.</source>
        <translation>Einmaliger Aufbauaufwand, im ersten Monat gebucht. Für die Hybrid-Strategie.</translation>
    </message>
    <message>
        <source>One-time build effort, booked in the first month. For the long-context strategy.</source>
        <translation>Einmaliger Aufbauaufwand, im ersten Monat gebucht. Für die Strategie mit langem Kontext.</translation>
    </message>
    <message>
        <source>Output per 1M</source>
        <translation>Ausgabe pro 1 Mio.</translation>
    </message>
    <message>
        <source>Output tokens of one rewrite call.</source>
        <translation>Ausgabe-Tokens eines Umformulierungsaufrufs.</translation>
    </message>
    <message>
        <source>Output tokens per query</source>
        <translation>Ausgabe-Tokens pro Anfrage</translation>
    </message>
    <message>
        <source>Output tokens per second</source>
        <translation>Ausgabe-Tokens pro Sekunde</translation>
    </message>
    <message>
        <source>Overlap between neighbouring chunks.</source>
        <translation>Überlappung benachbarter Chunks.</translation>
    </message>
    <message>
        <source>Peak to average</source>
        <translation>Spitze zu Durchschnitt</translation>
    </message>
    <message>
        <source>per 1,000 queries</source>
        <translation>pro 1.000 Anfragen</translation>
    </message>
    <message>
        <source>per 1M read units</source>
        <translation>pro 1 Mio. Leseeinheiten</translation>
    </message>
    <message>
        <source>per 1M tokens</source>
        <translation>pro 1 Mio. Tokens</translation>
    </message>
    <message>
        <source>per 1M tokens-hour</source>
        <translation>pro 1 Mio. Token-Stunden</translation>
    </message>
    <message>
        <source>per 1M write units</source>
        <translation>pro 1 Mio. Schreibeinheiten</translation>
    </message>
    <message>
        <source>per answer</source>
        <translation>pro Antwort</translation>
    </message>
    <message>
        <source>per GB-month</source>
        <translation>pro GB-Monat</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>pro Stunde</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>per run</source>
        <translation>pro Lauf</translation>
    </message>
    <message>
        <source>Plan minimum or server cost of the vector store; the bill is the larger of usage and this.</source>
        <translation>Tarifminimum oder Serverkosten der Vektordatenbank; berechnet wird das Größere aus Nutzung und diesem Wert.</translation>
    </message>
    <message>
        <source>Price change % per year</source>
        <translation>Preisänderung % pro Jahr</translation>
    </message>
    <message>
        <source>Price of cached input tokens to the fine-tuned model; empty means the input price applies.</source>
        <translation>Preis gecachter Eingabe-Tokens an das Fine-Tuning-Modell; leer heißt: Es gilt der Eingabepreis.</translation>
    </message>
    <message>
        <source>Price of cached input tokens; empty means the input price applies.</source>
        <translation>Preis gecachter Eingabe-Tokens; leer heißt: Es gilt der Eingabepreis.</translation>
    </message>
    <message>
        <source>Price of input tokens to the fine-tuned model.</source>
        <translation>Preis der Eingabe-Tokens an das Fine-Tuning-Modell.</translation>
    </message>
    <message>
        <source>Price of input tokens.</source>
        <translation>Preis der Eingabe-Tokens.</translation>
    </message>
    <message>
        <source>Price of keeping 1M tokens cached for an hour (explicit caches); 0 means none.</source>
        <translation>Preis, 1 Mio. Tokens eine Stunde lang im Cache zu halten (explizite Caches); 0 heißt: keiner.</translation>
    </message>
    <message>
        <source>Price of one provisioned store unit.</source>
        <translation>Preis einer bereitgestellten Speichereinheit.</translation>
    </message>
    <message>
        <source>Price of one replica (GPU endpoint) per hour.</source>
        <translation>Preis eines Replikats (GPU-Endpunkt) pro Stunde.</translation>
    </message>
    <message>
        <source>Price of output tokens of the fine-tuned model.</source>
        <translation>Preis der Ausgabe-Tokens des Fine-Tuning-Modells.</translation>
    </message>
    <message>
        <source>Price of output tokens.</source>
        <translation>Preis der Ausgabe-Tokens.</translation>
    </message>
    <message>
        <source>Price of the embedding model.</source>
        <translation>Preis des Embedding-Modells.</translation>
    </message>
    <message>
        <source>Price of writing prompt tokens into the cache on a miss; empty means the base model&apos;s input price applies.</source>
        <translation>Preis für das Schreiben von Prompt-Tokens in den Cache bei einem Fehltreffer; leer heißt: Es gilt der Eingabepreis des Basismodells.</translation>
    </message>
    <message>
        <source>Price per million training tokens (tokens in the training file × epochs).</source>
        <translation>Preis pro Million Trainings-Tokens (Tokens der Trainingsdatei × Epochen).</translation>
    </message>
    <message>
        <source>Prompt tokens one replica processes per second.</source>
        <translation>Prompt-Tokens, die ein Replikat pro Sekunde verarbeitet.</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Queries in the first month.</source>
        <translation>Anfragen im ersten Monat.</translation>
    </message>
    <message>
        <source>Queries per month</source>
        <translation>Anfragen pro Monat</translation>
    </message>
    <message>
        <source>queries/month</source>
        <translation>Anfragen/Monat</translation>
    </message>
    <message>
        <source>Read price per 1M units</source>
        <translation>Lesepreis pro 1 Mio. Einheiten</translation>
    </message>
    <message>
        <source>read units</source>
        <translation>Leseeinheiten</translation>
    </message>
    <message>
        <source>Read units one query costs per GB of index (Pinecone serverless: 1).</source>
        <translation>Leseeinheiten, die eine Anfrage pro GB Index kostet (Pinecone Serverless: 1).</translation>
    </message>
    <message>
        <source>Read units per query per GB</source>
        <translation>Leseeinheiten pro Anfrage pro GB</translation>
    </message>
    <message>
        <source>read units/GB</source>
        <translation>Leseeinheiten/GB</translation>
    </message>
    <message>
        <source>Regulated enterprise</source>
        <translation>Reguliertes Unternehmen</translation>
    </message>
    <message>
        <source>Replica per hour</source>
        <translation>Replikat pro Stunde</translation>
    </message>
    <message>
        <source>replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Replicas kept running even without load.</source>
        <translation>Replikate, die auch ohne Last weiterlaufen.</translation>
    </message>
    <message>
        <source>Rerank per 1k queries</source>
        <translation>Reranking pro 1.000 Anfragen</translation>
    </message>
    <message>
        <source>Reranker price per 1,000 queries (for example Cohere Rerank per 1,000 searches).</source>
        <translation>Reranker-Preis pro 1.000 Anfragen (zum Beispiel Cohere Rerank pro 1.000 Suchen).</translation>
    </message>
    <message>
        <source>Retrain changed %</source>
        <translation>Nachtraining ab Änderung %</translation>
    </message>
    <message>
        <source>Retrain every months</source>
        <translation>Nachtraining alle … Monate</translation>
    </message>
    <message>
        <source>Retrain when unlearned changes reach this share of the corpus (policy changed_pct).</source>
        <translation>Nachtrainieren, wenn ungelernte Änderungen diesen Anteil des Korpus erreichen (Regel changed_pct).</translation>
    </message>
    <message>
        <source>Retrieval and vector store</source>
        <translation>Retrieval und Vektordatenbank</translation>
    </message>
    <message>
        <source>Rewrite input tokens</source>
        <translation>Umformulierung: Eingabe-Tokens</translation>
    </message>
    <message>
        <source>Rewrite output tokens</source>
        <translation>Umformulierung: Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Rewrites per query</source>
        <translation>Umformulierungen pro Anfrage</translation>
    </message>
    <message>
        <source>Routine upkeep every month. For the embeddings strategy.</source>
        <translation>Laufende Pflege jeden Monat. Für die Embeddings-Strategie.</translation>
    </message>
    <message>
        <source>Routine upkeep every month. For the fine-tuning strategy.</source>
        <translation>Laufende Pflege jeden Monat. Für die Fine-Tuning-Strategie.</translation>
    </message>
    <message>
        <source>Routine upkeep every month. For the hybrid strategy.</source>
        <translation>Laufende Pflege jeden Monat. Für die Hybrid-Strategie.</translation>
    </message>
    <message>
        <source>Routine upkeep every month. For the long-context strategy.</source>
        <translation>Laufende Pflege jeden Monat. Für die Strategie mit langem Kontext.</translation>
    </message>
    <message>
        <source>Security and privacy review, an approved evaluation protocol, change management and audit records for every model version and content release.</source>
        <translation>Sicherheits- und Datenschutzprüfung, ein freigegebenes Evaluationsprotokoll, Change-Management und Prüfnachweise für jede Modellversion und jede Inhaltsfreigabe.</translation>
    </message>
    <message>
        <source>Setup hours: embeddings</source>
        <translation>Einrichtungsstunden: Embeddings</translation>
    </message>
    <message>
        <source>Setup hours: fine-tuning</source>
        <translation>Einrichtungsstunden: Fine-Tuning</translation>
    </message>
    <message>
        <source>Setup hours: hybrid</source>
        <translation>Einrichtungsstunden: Hybrid</translation>
    </message>
    <message>
        <source>Setup hours: long-context</source>
        <translation>Einrichtungsstunden: langer Kontext</translation>
    </message>
    <message>
        <source>Share of answers that are wrong even with fresh knowledge. For the embeddings strategy.</source>
        <translation>Anteil der Antworten, die selbst mit aktuellem Wissen falsch sind. Für die Embeddings-Strategie.</translation>
    </message>
    <message>
        <source>Share of answers that are wrong even with fresh knowledge. For the fine-tuning strategy.</source>
        <translation>Anteil der Antworten, die selbst mit aktuellem Wissen falsch sind. Für die Fine-Tuning-Strategie.</translation>
    </message>
    <message>
        <source>Share of answers that are wrong even with fresh knowledge. For the hybrid strategy.</source>
        <translation>Anteil der Antworten, die selbst mit aktuellem Wissen falsch sind. Für die Hybrid-Strategie.</translation>
    </message>
    <message>
        <source>Share of answers that are wrong even with fresh knowledge. For the long-context strategy.</source>
        <translation>Anteil der Antworten, die selbst mit aktuellem Wissen falsch sind. Für die Strategie mit langem Kontext.</translation>
    </message>
    <message>
        <source>Share of the current corpus edited every month.</source>
        <translation>Anteil des aktuellen Korpus, der jeden Monat bearbeitet wird.</translation>
    </message>
    <message>
        <source>Share of the fine-tuned model&apos;s answers about content it has not learned yet that are wrong.</source>
        <translation>Anteil falscher Antworten des Fine-Tuning-Modells zu Inhalten, die es noch nicht gelernt hat.</translation>
    </message>
    <message>
        <source>Share of the instruction tokens billed at the cached-input price.</source>
        <translation>Anteil der Anweisungs-Tokens, der zum Preis gecachter Eingaben berechnet wird.</translation>
    </message>
    <message>
        <source>Share of the queries sent through a provider&apos;s batch API.</source>
        <translation>Anteil der Anfragen, die über die Batch-API eines Anbieters laufen.</translation>
    </message>
    <message>
        <source>Share of the queries whose corpus prefix is read from the prompt cache.</source>
        <translation>Anteil der Anfragen, deren Korpus-Präfix aus dem Prompt-Cache gelesen wird.</translation>
    </message>
    <message>
        <source>Size of one embedding vector.</source>
        <translation>Größe eines Embedding-Vektors.</translation>
    </message>
    <message>
        <source>Size of the knowledge base at launch.</source>
        <translation>Größe der Wissensbasis zum Start.</translation>
    </message>
    <message>
        <source>Small team, existing platform</source>
        <translation>Kleines Team, vorhandene Plattform</translation>
    </message>
    <message>
        <source>Stale wrong %</source>
        <translation>Falsch wegen veralteten Wissens %</translation>
    </message>
    <message>
        <source>Standard (the defaults)</source>
        <translation>Standard (die Vorgaben)</translation>
    </message>
    <message>
        <source>Store unit GB</source>
        <translation>Speichereinheit GB</translation>
    </message>
    <message>
        <source>Store unit per month</source>
        <translation>Speichereinheit pro Monat</translation>
    </message>
    <message>
        <source>Stored metadata and id per vector.</source>
        <translation>Gespeicherte Metadaten und ID pro Vektor.</translation>
    </message>
    <message>
        <source>System prompt and instructions sent with every query to the base model.</source>
        <translation>Systemprompt und Anweisungen, die mit jeder Anfrage an das Basismodell gehen.</translation>
    </message>
    <message>
        <source>Target utilisation %</source>
        <translation>Ziel-Auslastung %</translation>
    </message>
    <message>
        <source>The base model&apos;s context window.</source>
        <translation>Das Kontextfenster des Basismodells.</translation>
    </message>
    <message>
        <source>The first system of its kind: the pipeline, the evaluation set and the deployment are built from nothing, and the team learns on the way.</source>
        <translation>Das erste System dieser Art: Pipeline, Evaluationsdaten und Deployment entstehen aus dem Nichts, und das Team lernt unterwegs.</translation>
    </message>
    <message>
        <source>The same for the fine-tuned model&apos;s prices (a tuned snapshot often keeps its price); empty means as above.</source>
        <translation>Dasselbe für die Preise des Fine-Tuning-Modells (ein trainierter Snapshot behält oft seinen Preis); leer heißt: wie oben.</translation>
    </message>
    <message>
        <source>The strategies compared (distinct keys, kept in canonical order).</source>
        <translation>Die verglichenen Strategien (jede einmal, in fester Reihenfolge).</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens of the model&apos;s answer.</source>
        <translation>Tokens der Antwort des Modells.</translation>
    </message>
    <message>
        <source>Tokens of the user&apos;s question.</source>
        <translation>Tokens der Frage des Nutzers.</translation>
    </message>
    <message>
        <source>Tokens per chunk of content.</source>
        <translation>Tokens pro Inhalts-Chunk.</translation>
    </message>
    <message>
        <source>tokens/month</source>
        <translation>Tokens/Monat</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>tokens/token</source>
        <translation>Tokens/Token</translation>
    </message>
    <message>
        <source>Top k</source>
        <translation>Top k</translation>
    </message>
    <message>
        <source>Training minimum per run</source>
        <translation>Training: Minimum pro Lauf</translation>
    </message>
    <message>
        <source>Training per 1M</source>
        <translation>Training pro 1 Mio.</translation>
    </message>
    <message>
        <source>Training tokens needed per corpus token to teach the content (for example synthesised Q&amp;A); 0 means the model is taught none of it.</source>
        <translation>Trainings-Tokens pro Korpus-Token, um die Inhalte zu lehren (zum Beispiel erzeugte Frage-Antwort-Paare); 0 heißt: Das Modell lernt nichts davon.</translation>
    </message>
    <message>
        <source>Training-file tokens (one epoch) of behaviour and format examples.</source>
        <translation>Tokens der Trainingsdatei (eine Epoche) mit Verhaltens- und Formatbeispielen.</translation>
    </message>
    <message>
        <source>Two or three engineers with an LLM platform in place: ingestion, a vector store, an evaluation harness and a deployment pipeline already exist.</source>
        <translation>Zwei oder drei Entwickler mit vorhandener LLM-Plattform: Datenaufnahme, Vektordatenbank, Evaluationsumgebung und Deployment-Pipeline gibt es schon.</translation>
    </message>
    <message>
        <source>Updates per month</source>
        <translation>Änderungen pro Monat</translation>
    </message>
    <message>
        <source>updates/month</source>
        <translation>Änderungen/Monat</translation>
    </message>
    <message>
        <source>Vector storage per GB-month</source>
        <translation>Vektorspeicher pro GB-Monat</translation>
    </message>
    <message>
        <source>Vector store monthly minimum</source>
        <translation>Vektordatenbank: Monatsminimum</translation>
    </message>
    <message>
        <source>Vector store price per million read units.</source>
        <translation>Preis der Vektordatenbank pro Million Leseeinheiten.</translation>
    </message>
    <message>
        <source>Vector store price per million write units.</source>
        <translation>Preis der Vektordatenbank pro Million Schreibeinheiten.</translation>
    </message>
    <message>
        <source>Vector store storage price.</source>
        <translation>Speicherpreis der Vektordatenbank.</translation>
    </message>
    <message>
        <source>What one wrong answer costs the business (refund, escalation, churn); 0 means not priced.</source>
        <translation>Was eine falsche Antwort das Unternehmen kostet (Erstattung, Eskalation, Abwanderung); 0 heißt: nicht bewertet.</translation>
    </message>
    <message>
        <source>When changes reach a share</source>
        <translation>Wenn die Änderungen einen Anteil erreichen</translation>
    </message>
    <message>
        <source>When the fine-tuned model is retrained: never, every n months, when unlearned changes reach a share of the corpus, or at every content update.</source>
        <translation>Wann das Fine-Tuning-Modell nachtrainiert wird: nie, alle n Monate, wenn ungelernte Änderungen einen Anteil des Korpus erreichen, oder bei jeder Inhaltsaktualisierung.</translation>
    </message>
    <message>
        <source>Will I need to update the behaviour often?</source>
        <translation>Muss ich das Verhalten oft ändern?</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Write price per 1M units</source>
        <translation>Schreibpreis pro 1 Mio. Einheiten</translation>
    </message>
    <message>
        <source>Write units per KB</source>
        <translation>Schreibeinheiten pro KB</translation>
    </message>
    <message>
        <source>Write units per kilobyte (1,000 bytes) of records written (Pinecone: 1).</source>
        <translation>Schreibeinheiten pro Kilobyte (1.000 Bytes) geschriebener Datensätze (Pinecone: 1).</translation>
    </message>
    <message>
        <source>write units/KB</source>
        <translation>Schreibeinheiten/KB</translation>
    </message>
    <message>
        <source>Wrong answer %: embeddings</source>
        <translation>Falsche Antworten %: Embeddings</translation>
    </message>
    <message>
        <source>Wrong answer %: fine-tuning</source>
        <translation>Falsche Antworten %: Fine-Tuning</translation>
    </message>
    <message>
        <source>Wrong answer %: hybrid</source>
        <translation>Falsche Antworten %: Hybrid</translation>
    </message>
    <message>
        <source>Wrong answer %: long-context</source>
        <translation>Falsche Antworten %: langer Kontext</translation>
    </message>
    <message>
        <source>Wrong answers</source>
        <translation>Falsche Antworten</translation>
    </message>
    <message>
        <source>Yearly change of every per-token price (negative: prices fall).</source>
        <translation>Jährliche Änderung jedes Preises pro Token (negativ: Preise fallen).</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Retrain policy</source>
        <translation>Nachtrainieren</translation>
    </message>
    <message>
        <source>Ranges</source>
        <translation>Bandbreiten</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Range of {field}</source>
        <translation>Bandbreite von {field}</translation>
    </message>
    <message>
        <source>Mark as uncertain: give a low and a high value</source>
        <translation>Als unsicher markieren: einen niedrigen und einen hohen Wert angeben</translation>
    </message>
    <message>
        <source>Uncertain: {low} – {high} ({distribution}). Click to change.</source>
        <translation>Unsicher: {low} – {high} ({distribution}). Zum Ändern klicken.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>up to {n}</source>
        <translation>bis zu {n}</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Gesamtkosten</translation>
    </message>
    <message>
        <source>Present value</source>
        <translation>Barwert</translation>
    </message>
    <message>
        <source>Cost per 1,000 queries</source>
        <translation>Kosten pro 1.000 Anfragen</translation>
    </message>
    <message>
        <source>Maintenance hours</source>
        <translation>Wartungsstunden</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Staleness mean / max</source>
        <translation>Veralterung Mittel / Max.</translation>
    </message>
    <message>
        <source>Dedicated replicas</source>
        <translation>Dedizierte Replikate</translation>
    </message>
    <message>
        <source>Wrong answers</source>
        <translation>Falsche Antworten</translation>
    </message>
    <message>
        <source>Cost of wrong answers</source>
        <translation>Kosten falscher Antworten</translation>
    </message>
    <message>
        <source>Prompt exceeds window from</source>
        <translation>Prompt sprengt das Fenster ab</translation>
    </message>
    <message>
        <source>Cheaper than embeddings from</source>
        <translation>Günstiger als Embeddings ab</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>month {month}</source>
        <translation>Monat {month}</translation>
    </message>
</context>
<context>
    <name>FileChangedBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
</context>
<context>
    <name>FirstRunNote</name>
    <message>
        <source>New Scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Start your own scenario from the defaults</source>
        <translation>Ein eigenes Szenario mit den Vorgaben beginnen</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Das Benutzerhandbuch öffnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this note; it does not come back</source>
        <translation>Diesen Hinweis ausblenden; er kommt nicht wieder</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>user-guide.html</source>
        <translation>user-guide.de.html</translation>
    </message>
    <message>
        <source>This is an example</source>
        <translation>Dies ist ein Beispiel</translation>
    </message>
    <message>
        <source>The window shows a worked example: “{name}”. Every number on the left can be changed, and the figures, advice and charts follow at once. To price your own case, choose File &gt; New (or File &gt; Open Example for a closer one) and save it with File &gt; Save. Help &gt; User Guide (F1) explains the strategies and charts.</source>
        <translation>Das Fenster zeigt ein durchgerechnetes Beispiel: „{name}“. Jede Zahl links lässt sich ändern, und Kennzahlen, Empfehlung und Diagramme folgen sofort. Um Ihren eigenen Fall zu berechnen, wählen Sie Datei &gt; Neu (oder Datei &gt; Beispiel öffnen für einen ähnlicheren) und speichern Sie ihn mit Datei &gt; Speichern. Hilfe &gt; Benutzerhandbuch (F1) erklärt die Strategien und Diagramme.</translation>
    </message>
    <message>
        <source>Everything the strategy costs over the horizon: model calls, embedding and the vector store, training and evaluation, hosting, the engineering hours at the hourly rate and, when they are priced, wrong answers.</source>
        <translation>Alles, was die Strategie im Zeitraum kostet: Modellaufrufe, Embedding und Vektordatenbank, Training und Evaluation, Hosting, die Arbeitsstunden zum Stundensatz und, wenn bewertet, falsche Antworten.</translation>
    </message>
    <message>
        <source>The total cost with later months discounted at the scenario&apos;s discount rate: what the spending is worth today.</source>
        <translation>Die Gesamtkosten mit späteren Monaten zum Diskontsatz des Szenarios abgezinst: was die Ausgaben heute wert sind.</translation>
    </message>
    <message>
        <source>The total cost divided by the queries answered over the horizon, per 1,000 queries.</source>
        <translation>Die Gesamtkosten geteilt durch die im Zeitraum beantworteten Anfragen, pro 1.000 Anfragen.</translation>
    </message>
    <message>
        <source>Engineering hours over the horizon: setup, monitoring, incidents, content updates and retraining.</source>
        <translation>Arbeitsstunden im Zeitraum: Einrichtung, Überwachung, Störungen, Inhaltsaktualisierungen und Nachtraining.</translation>
    </message>
    <message>
        <source>Training runs over the horizon, the first one included (fine-tuning and hybrid only).</source>
        <translation>Trainingsläufe im Zeitraum, der erste eingeschlossen (nur Fine-Tuning und Hybrid).</translation>
    </message>
    <message>
        <source>Share of the content the fine-tuned model has not learned yet, averaged over the months and at its worst. Retraining brings it back to 0 %.</source>
        <translation>Anteil der Inhalte, den das Fine-Tuning-Modell noch nicht gelernt hat, im Mittel über die Monate und im schlechtesten Monat. Ein Nachtraining bringt ihn auf 0 % zurück.</translation>
    </message>
    <message>
        <source>The most replicas (GPU endpoints billed by the hour) the strategy needs in any month, sized for the busiest hour; 0 when a provider bills tokens.</source>
        <translation>Die meisten Replikate (stundenweise berechnete GPU-Endpunkte), die die Strategie in einem Monat braucht, ausgelegt auf die Spitzenstunde; 0, wenn ein Anbieter Tokens berechnet.</translation>
    </message>
    <message>
        <source>Answers expected to be wrong over the horizon: the strategy&apos;s own error rate, plus the errors a stale fine-tuned model adds.</source>
        <translation>Im Zeitraum erwartete falsche Antworten: die eigene Fehlerquote der Strategie plus die Fehler, die ein veraltetes Fine-Tuning-Modell hinzufügt.</translation>
    </message>
    <message>
        <source>The wrong answers over the horizon at the scenario&apos;s cost per wrong answer.</source>
        <translation>Die falschen Antworten im Zeitraum zu den Kosten pro falscher Antwort des Szenarios.</translation>
    </message>
    <message>
        <source>Long context only: the first month in which the corpus and the question no longer fit the model&apos;s context window. From then on the strategy is not feasible.</source>
        <translation>Nur langer Kontext: der erste Monat, in dem Korpus und Frage nicht mehr ins Kontextfenster des Modells passen. Ab dann ist die Strategie nicht machbar.</translation>
    </message>
    <message>
        <source>The break-even month: from this month to the end of the horizon, the strategy&apos;s cumulative cost stays at or below that of embeddings. &apos;never&apos;: it is dearer at the end.</source>
        <translation>Der Break-even-Monat: Ab diesem Monat bis zum Ende des Zeitraums bleiben die kumulierten Kosten der Strategie höchstens so hoch wie die der Embeddings. „nie“: Sie ist am Ende teurer.</translation>
    </message>
    <message>
        <source>From the Monte Carlo run over the inputs&apos; ranges: 10 % of the drawn scenarios cost less than this.</source>
        <translation>Aus dem Monte-Carlo-Lauf über die Bandbreiten der Eingaben: 10 % der gezogenen Szenarien kosten weniger.</translation>
    </message>
    <message>
        <source>From the Monte Carlo run over the inputs&apos; ranges: 10 % of the drawn scenarios cost more than this.</source>
        <translation>Aus dem Monte-Carlo-Lauf über die Bandbreiten der Eingaben: 10 % der gezogenen Szenarien kosten mehr.</translation>
    </message>
    <message>
        <source>Share of the Monte Carlo samples in which this strategy has the lowest total cost.</source>
        <translation>Anteil der Monte-Carlo-Stichproben, in denen diese Strategie die niedrigsten Gesamtkosten hat.</translation>
    </message>
    <message>
        <source>Embeddings (retrieval): each query fetches the closest chunks of the content from a vector store and sends them to the base model. Cheap to keep up to date.</source>
        <translation>Embeddings (Retrieval): Jede Anfrage holt die passendsten Chunks der Inhalte aus einer Vektordatenbank und schickt sie an das Basismodell. Günstig aktuell zu halten.</translation>
    </message>
    <message>
        <source>Fine-tuning: the content and behaviour are trained into a model of your own; no retrieval. It goes stale as the content changes, until it is retrained.</source>
        <translation>Fine-Tuning: Inhalte und Verhalten werden in ein eigenes Modell trainiert; kein Retrieval. Es veraltet, wenn sich die Inhalte ändern, bis es nachtrainiert wird.</translation>
    </message>
    <message>
        <source>Hybrid: a fine-tuned model for the behaviour, retrieval for the knowledge. It pays for both, but retrains rarely.</source>
        <translation>Hybrid: ein Fine-Tuning-Modell für das Verhalten, Retrieval für das Wissen. Es bezahlt beides, wird aber selten nachtrainiert.</translation>
    </message>
    <message>
        <source>Long context: the whole corpus is sent with every query as a cached prompt; no index and no training. Feasible only while the corpus fits the context window.</source>
        <translation>Langer Kontext: Der ganze Korpus geht mit jeder Anfrage als gecachter Prompt mit; kein Index und kein Training. Machbar nur, solange der Korpus ins Kontextfenster passt.</translation>
    </message>
    <message>
        <source>Key figures: one column per strategy, the cheapest marked ✓. Choose Help &gt; What&apos;s This? and click a row or a column heading to read what it means.</source>
        <translation>Kennzahlen: eine Spalte pro Strategie, die günstigste mit ✓ markiert. Wählen Sie Hilfe &gt; Direkthilfe und klicken Sie auf eine Zeile oder eine Spaltenüberschrift, um zu lesen, was sie bedeutet.</translation>
    </message>
    <message>
        <source>The charts of the scenario. Ctrl+Shift+T, or Show as Table in a chart&apos;s context menu, shows the chart&apos;s numbers as a table.</source>
        <translation>Die Diagramme des Szenarios. Strg+Umschalt+T oder „Als Tabelle zeigen“ im Kontextmenü eines Diagramms zeigt seine Zahlen als Tabelle.</translation>
    </message>
    <message>
        <source>The recommended strategy, the reasons behind it and the warnings.</source>
        <translation>Die empfohlene Strategie, die Gründe dafür und die Warnungen.</translation>
    </message>
    <message>
        <source>What each strategy has cost so far, month by month. A marked month is a break-even: from there the cheaper strategy stays cheaper to the end. With ranges on inputs, the shaded band holds the middle 80 % of the Monte Carlo outcomes (P10 to P90) and the dashed line is the median (P50).</source>
        <translation>Was jede Strategie bis dahin gekostet hat, Monat für Monat. Ein markierter Monat ist ein Break-even: Ab dort bleibt die günstigere Strategie bis zum Ende günstiger. Mit Bandbreiten auf Eingaben enthält das schattierte Band die mittleren 80 % der Monte-Carlo-Ergebnisse (P10 bis P90), und die gestrichelte Linie ist der Median (P50).</translation>
    </message>
    <message>
        <source>One strategy&apos;s cost in each month, stacked by what it pays for (embedding, the vector store, inference, training, hosting, engineering…); pick the strategy above it.</source>
        <translation>Die Kosten einer Strategie in jedem Monat, gestapelt nach dem, wofür sie bezahlt (Embedding, Vektordatenbank, Inferenz, Training, Hosting, Arbeit…); die Strategie wählen Sie darüber.</translation>
    </message>
    <message>
        <source>Engineering hours each strategy needs per month: setup in the first month, then monitoring, incidents, content updates and retraining.</source>
        <translation>Arbeitsstunden, die jede Strategie pro Monat braucht: Einrichtung im ersten Monat, dann Überwachung, Störungen, Inhaltsaktualisierungen und Nachtraining.</translation>
    </message>
    <message>
        <source>Share of the content the fine-tuned model has not learned, month by month; each triangle is a retraining, which brings it back to 0 %.</source>
        <translation>Anteil der Inhalte, den das Fine-Tuning-Modell nicht gelernt hat, Monat für Monat; jedes Dreieck ist ein Nachtraining, das ihn auf 0 % zurückbringt.</translation>
    </message>
    <message>
        <source>Replicas each strategy keeps running per month when its model is served on dedicated endpoints: whole replicas, so the line steps up as the busiest hour&apos;s load grows.</source>
        <translation>Replikate, die jede Strategie pro Monat laufen lässt, wenn ihr Modell auf dedizierten Endpunkten läuft: ganze Replikate, daher steigt die Linie in Stufen, wenn die Last der Spitzenstunde wächst.</translation>
    </message>
    <message>
        <source>Each bar moves one input alone to its low (pale) and high (deep) end and shows how far the difference fine-tuning − embeddings moves. The inputs at the top matter most.</source>
        <translation>Jeder Balken bewegt eine Eingabe allein an ihr unteres (hell) und oberes (kräftig) Ende und zeigt, wie weit sich der Unterschied Fine-Tuning − Embeddings verschiebt. Die Eingaben oben zählen am meisten.</translation>
    </message>
    <message>
        <source>Cumulative cost of every strategy of each scenario compared.</source>
        <translation>Kumulierte Kosten jeder Strategie jedes verglichenen Szenarios.</translation>
    </message>
    <message>
        <source>Each cell takes the colour of the cheapest strategy for those two inputs; the ring is your scenario. Near a border, a small change of either input changes the answer.</source>
        <translation>Jede Zelle trägt die Farbe der günstigsten Strategie für diese beiden Eingaben; der Ring ist Ihr Szenario. Nahe einer Grenze ändert schon eine kleine Änderung einer der Eingaben die Antwort.</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>Show Chart as &amp;Table</source>
        <translation>Diagramm als &amp;Tabelle zeigen</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Direkthilfe</translation>
    </message>
    <message>
        <source>The charts: pick one to show it</source>
        <translation>Die Diagramme: eines wählen, um es zu zeigen</translation>
    </message>
    <message>
        <source>The strategy whose costs are stacked</source>
        <translation>Die Strategie, deren Kosten gestapelt werden</translation>
    </message>
    <message>
        <source>How many scenarios the Monte Carlo run draws</source>
        <translation>Wie viele Szenarien der Monte-Carlo-Lauf zieht</translation>
    </message>
    <message>
        <source>Stop the Monte Carlo run</source>
        <translation>Den Monte-Carlo-Lauf anhalten</translation>
    </message>
    <message>
        <source>Scenario inputs</source>
        <translation>Eingaben des Szenarios</translation>
    </message>
    <message>
        <source>Every input of the scenario, by section</source>
        <translation>Jede Eingabe des Szenarios, nach Abschnitten</translation>
    </message>
    <message>
        <source>This tab is a table already</source>
        <translation>Dieser Reiter ist bereits eine Tabelle</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{0} samples</source>
        <translation>{0} Stichproben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Co&amp;mpare Scenarios…</source>
        <translation>Szenarien &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druckvorsc&amp;hau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Page Si&amp;ze</source>
        <translation>Seiten&amp;größe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>&amp;Preise</translation>
    </message>
    <message>
        <source>&amp;My Prices…</source>
        <translation>&amp;Meine Preise…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Display &amp;Currency…</source>
        <translation>Anzeige&amp;währung…</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Next Chart</source>
        <translation>&amp;Nächstes Diagramm</translation>
    </message>
    <message>
        <source>&amp;Previous Chart</source>
        <translation>&amp;Vorheriges Diagramm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Embed or Tune</source>
        <translation>&amp;Über Embed or Tune</translation>
    </message>
    <message>
        <source>{0} uncertain inputs · {1} samples · P10–P90 band on the cumulative chart</source>
        <translation>{0} unsichere Eingaben · {1} Stichproben · P10–P90-Band im kumulierten Diagramm</translation>
    </message>
    <message>
        <source>No uncertain inputs: mark one with ± beside it to see a range of outcomes</source>
        <translation>Keine unsicheren Eingaben: Markieren Sie eine mit ± daneben, um eine Bandbreite der Ergebnisse zu sehen</translation>
    </message>
    <message>
        <source>{done} of {total} samples</source>
        <translation>{done} von {total} Stichproben</translation>
    </message>
    <message>
        <source>P10–P90 from {done} of {total} samples…</source>
        <translation>P10–P90 aus {done} von {total} Stichproben…</translation>
    </message>
    <message>
        <source>P10–P90 from {samples} samples</source>
        <translation>P10–P90 aus {samples} Stichproben</translation>
    </message>
    <message>
        <source>Simulating the uncertain inputs…</source>
        <translation>Die unsicheren Eingaben werden simuliert…</translation>
    </message>
    <message>
        <source>Analysis failed: {0}</source>
        <translation>Analyse fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Analysis cancelled: edit or pick a sample count to run it again</source>
        <translation>Analyse abgebrochen: Ändern Sie etwas oder wählen Sie eine Stichprobenzahl, um sie neu zu starten</translation>
    </message>
    <message>
        <source>{0} (unsaved)</source>
        <translation>{0} (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>MonthlyComponentsChart</name>
    <message>
        <source>Monthly cost: {0}</source>
        <translation>Monatliche Kosten: {0}</translation>
    </message>
    <message>
        <source>Monthly cost ({0})</source>
        <translation>Monatliche Kosten ({0})</translation>
    </message>
</context>
<context>
    <name>MyPricesDialog</name>
    <message>
        <source>My prices</source>
        <translation>Meine Preise</translation>
    </message>
    <message>
        <source>Your own prices — negotiated rates, a cloud region, an imported price list. They appear beside the bundled ones in every price picker.</source>
        <translation>Ihre eigenen Preise – ausgehandelte Tarife, eine Cloud-Region, eine importierte Preisliste. Sie erscheinen neben den mitgelieferten in jeder Preisauswahl.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>No prices of your own yet: Add… one, or Import… a price list.</source>
        <translation>Noch keine eigenen Preise: Fügen Sie einen hinzu oder importieren Sie eine Preisliste.</translation>
    </message>
    <message>
        <source>Your price file cannot be read, so it is not changed here; repair or remove it first:
{error}</source>
        <translation>Ihre Preisdatei kann nicht gelesen werden und wird deshalb hier nicht geändert; reparieren oder entfernen Sie sie zuerst:
{error}</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>This entry cannot be used: {0}. Delete it here.</source>
        <translation>Dieser Eintrag ist unbrauchbar: {0}. Löschen Sie ihn hier.</translation>
    </message>
    <message>
        <source>{count} of your entries cannot be used (marked Damaged): delete them, or repair the file by hand.</source>
        <translation>{count} Ihrer Einträge sind unbrauchbar (als Beschädigt markiert): Löschen Sie sie oder reparieren Sie die Datei von Hand.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <source>{date} ({months} months old)</source>
        <translation>{date} ({months} Monate alt)</translation>
    </message>
    <message>
        <source>{name} ({provider}), prices in {currency}</source>
        <translation>{name} ({provider}), Preise in {currency}</translation>
    </message>
    <message>
        <source>{field}: {price} {unit}</source>
        <translation>{field}: {price} {unit}</translation>
    </message>
    <message>
        <source>Source: {source} ({date})</source>
        <translation>Quelle: {source} ({date})</translation>
    </message>
    <message>
        <source>Uncertain prices</source>
        <translation>Unsichere Preise</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notizen: {notes}</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Price lists (*.json)</source>
        <translation>Preislisten (*.json)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <source>{name} changed.</source>
        <translation>{name} geändert.</translation>
    </message>
    <message>
        <source>Prices not saved</source>
        <translation>Preise nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write {0}:
{1}</source>
        <translation>{0} konnte nicht geschrieben werden:
{1}</translation>
    </message>
    <message>
        <source>Delete price entry</source>
        <translation>Preiseintrag löschen</translation>
    </message>
    <message>
        <source>Delete {0} ({1}) from your prices?
Scenarios that used it keep the prices they took from it.</source>
        <translation>{0} ({1}) aus Ihren Preisen löschen?
Szenarien, die ihn verwendet haben, behalten die übernommenen Preise.</translation>
    </message>
    <message>
        <source>The damaged entry {label} deleted.</source>
        <translation>Der beschädigte Eintrag {label} wurde gelöscht.</translation>
    </message>
    <message>
        <source>{name} deleted.</source>
        <translation>{name} gelöscht.</translation>
    </message>
    <message>
        <source>Delete damaged entry</source>
        <translation>Beschädigten Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete the entry {0}, which cannot be used ({1})?</source>
        <translation>Den unbrauchbaren Eintrag {0} löschen ({1})?</translation>
    </message>
    <message>
        <source>Import prices</source>
        <translation>Preise importieren</translation>
    </message>
    <message>
        <source>Export my prices</source>
        <translation>Meine Preise exportieren</translation>
    </message>
    <message>
        <source>Prices not imported</source>
        <translation>Preise nicht importiert</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}:
{1}</source>
        <translation>Aus {0} wurde nichts importiert:
{1}</translation>
    </message>
    <message>
        <source>Could not save the prices:
{0}</source>
        <translation>Die Preise konnten nicht gespeichert werden:
{0}</translation>
    </message>
    <message>
        <source>Prices not exported</source>
        <translation>Preise nicht exportiert</translation>
    </message>
    <message>
        <source>{count} entry exported to {path}.</source>
        <translation>{count} Eintrag nach {path} exportiert.</translation>
    </message>
    <message>
        <source>{count} entries exported to {path}.</source>
        <translation>{count} Einträge nach {path} exportiert.</translation>
    </message>
    <message>
        <source>{file}: {added} added, {replaced} replaced.</source>
        <translation>{file}: {added} hinzugefügt, {replaced} ersetzt.</translation>
    </message>
    <message>
        <source>
… and {count} more</source>
        <translation>
… und {count} weitere</translation>
    </message>
    <message>
        <source>{file}: {added} added, {replaced} replaced, {skipped} skipped:
{lines}.</source>
        <translation>{file}: {added} hinzugefügt, {replaced} ersetzt, {skipped} übersprungen:
{lines}.</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>{reason}; the figures use {value} until it is corrected</source>
        <translation>{reason}; gerechnet wird mit {value}, bis die Eingabe korrigiert ist</translation>
    </message>
    <message>
        <source>same as input price</source>
        <translation>wie der Eingabepreis</translation>
    </message>
    <message>
        <source>same as the base model&apos;s</source>
        <translation>wie beim Basismodell</translation>
    </message>
</context>
<context>
    <name>PresetPicker</name>
    <message>
        <source>Custom (your own prices)</source>
        <translation>Eigene (Ihre eigenen Preise)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <source>{role} price preset</source>
        <translation>Preisvorlage {role}</translation>
    </message>
    <message>
        <source>Fills the prices of this role from the price catalog</source>
        <translation>Füllt die Preise dieser Rolle aus dem Preiskatalog</translation>
    </message>
    <message>
        <source>{role} price source</source>
        <translation>Preisquelle {role}</translation>
    </message>
    <message>
        <source>mine · </source>
        <translation>eigene · </translation>
    </message>
    <message>
        <source>Custom prices: no source recorded.</source>
        <translation>Eigene Preise: keine Quelle angegeben.</translation>
    </message>
    <message>
        <source>{source} · as of {date}</source>
        <translation>{source} · Stand {date}</translation>
    </message>
    <message>
        <source>Add event (month {0})</source>
        <translation>Ereignis hinzufügen (Monat {0})</translation>
    </message>
    <message>
        <source>Add event: {name}</source>
        <translation>Ereignis hinzufügen: {name}</translation>
    </message>
</context>
<context>
    <name>PresetWarnings</name>
    <message>
        <source>the prices of {model} carry no date ({date})</source>
        <translation>die Preise von {model} tragen kein Datum ({date})</translation>
    </message>
    <message>
        <source>the prices of {model} are {months} months old (as of {date}); check the current list</source>
        <translation>die Preise von {model} sind {months} Monate alt (Stand {date}); prüfen Sie die aktuelle Liste</translation>
    </message>
    <message>
        <source>{model} stopped serving on {date}: choose another preset</source>
        <translation>{model} ist seit {date} abgeschaltet: Wählen Sie eine andere Vorlage</translation>
    </message>
    <message>
        <source>{model} is being withdrawn</source>
        <translation>{model} wird zurückgezogen</translation>
    </message>
    <message>
        <source> (no new jobs from {date})</source>
        <translation> (keine neuen Aufträge ab {date})</translation>
    </message>
    <message>
        <source> and stops serving on {date}</source>
        <translation> und wird am {date} abgeschaltet</translation>
    </message>
    <message>
        <source>; its base model stops serving on {date}</source>
        <translation>; sein Basismodell wird am {date} abgeschaltet</translation>
    </message>
    <message>
        <source>the long-context prompt reaches {prompt} tokens, above the {tier} from which {model} bills the whole request at a higher tier; these prices understate long context (see the entry&apos;s notes)</source>
        <translation>der Prompt mit langem Kontext erreicht {prompt} Tokens, mehr als die {tier}, ab denen {model} die ganze Anfrage zu einem höheren Tarif berechnet; diese Preise unterschätzen langen Kontext (siehe die Notizen des Eintrags)</translation>
    </message>
    <message>
        <source>stopped serving on {day}, before month 1 ({first}): choose another preset</source>
        <translation>wurde am {day} abgeschaltet, vor Monat 1 ({first}): Wählen Sie eine andere Vorlage</translation>
    </message>
    <message>
        <source>took no new fine-tuning jobs from {day}, before month 1 ({first}): its retraining needs another provider</source>
        <translation>nimmt seit {day} keine neuen Fine-Tuning-Aufträge an, vor Monat 1 ({first}): Das Nachtraining braucht einen anderen Anbieter</translation>
    </message>
    <message>
        <source>lost its base model on {day}, before month 1 ({first}): no new training on it unless the provider still lets existing customers train (see the entry&apos;s notes)</source>
        <translation>hat am {day} sein Basismodell verloren, vor Monat 1 ({first}): kein neues Training darauf, außer der Anbieter lässt Bestandskunden weiter trainieren (siehe die Notizen des Eintrags)</translation>
    </message>
    <message>
        <source>retires {day}; set the scenario&apos;s start month to place it as an event</source>
        <translation>wird am {day} abgeschaltet; setzen Sie den Startmonat des Szenarios, um das als Ereignis einzutragen</translation>
    </message>
    <message>
        <source>takes no new fine-tuning jobs from {day}; set the scenario&apos;s start month to place it as an event</source>
        <translation>nimmt ab {day} keine neuen Fine-Tuning-Aufträge an; setzen Sie den Startmonat des Szenarios, um das als Ereignis einzutragen</translation>
    </message>
    <message>
        <source>loses its base model (no new training on it) on {day}; set the scenario&apos;s start month to place it as an event</source>
        <translation>verliert am {day} sein Basismodell (kein neues Training darauf); setzen Sie den Startmonat des Szenarios, um das als Ereignis einzutragen</translation>
    </message>
</context>
<context>
    <name>PricePresets</name>
    <message>
        <source>Price presets</source>
        <translation>Preisvorlagen</translation>
    </message>
</context>
<context>
    <name>PriceRole</name>
    <message>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>Fine-tuned model</source>
        <translation>Fine-Tuning-Modell</translation>
    </message>
    <message>
        <source>Vector store</source>
        <translation>Vektordatenbank</translation>
    </message>
    <message>
        <source>Reranker</source>
        <translation>Reranker</translation>
    </message>
    <message>
        <source>Prompt cache</source>
        <translation>Prompt-Cache</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>must be at least {bound}</source>
        <translation>muss mindestens {bound} sein</translation>
    </message>
    <message>
        <source>must be more than {bound}</source>
        <translation>muss größer als {bound} sein</translation>
    </message>
    <message>
        <source>must be at most {bound}</source>
        <translation>darf höchstens {bound} sein</translation>
    </message>
    <message>
        <source>must be less than {bound}</source>
        <translation>muss kleiner als {bound} sein</translation>
    </message>
    <message>
        <source>must be a number, got {text}: empty</source>
        <translation>muss eine Zahl sein, eingegeben: {text} (leer)</translation>
    </message>
    <message>
        <source>must be a number, got {text}: write decimals with &apos;{decimal}&apos; here</source>
        <translation>muss eine Zahl sein, eingegeben: {text}; Dezimalstellen hier mit „{decimal}“ schreiben</translation>
    </message>
    <message>
        <source>must be a number, got {text}: &apos;{group}&apos; groups digits in threes here (1{group}234); write decimals with &apos;{decimal}&apos;</source>
        <translation>muss eine Zahl sein, eingegeben: {text}; „{group}“ trennt hier Dreiergruppen von Ziffern (1{group}234), Dezimalstellen mit „{decimal}“ schreiben</translation>
    </message>
    <message>
        <source>must be a number, got {text}: too large to compute with</source>
        <translation>muss eine Zahl sein, eingegeben: {text}; zu groß zum Rechnen</translation>
    </message>
    <message>
        <source>must be a number, got {text}: too small to compute with (it would be 0)</source>
        <translation>muss eine Zahl sein, eingegeben: {text}; zu klein zum Rechnen (es würde 0)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>write decimals with &apos;{decimal}&apos; here</source>
        <translation>Dezimalstellen hier mit „{decimal}“ schreiben</translation>
    </message>
    <message>
        <source>&apos;{group}&apos; groups digits in threes here (1{group}234); write decimals with &apos;{decimal}&apos;</source>
        <translation>„{group}“ trennt hier Dreiergruppen von Ziffern (1{group}234); Dezimalstellen mit „{decimal}“ schreiben</translation>
    </message>
    <message>
        <source>too large to compute with</source>
        <translation>zu groß zum Rechnen</translation>
    </message>
    <message>
        <source>too small to compute with (it would be 0)</source>
        <translation>zu klein zum Rechnen (es würde 0)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;</source>
        <translation>„{0}“</translation>
    </message>
    <message>
        <source>give a number</source>
        <translation>Zahl eingeben</translation>
    </message>
    <message>
        <source>must be a number, got {text}</source>
        <translation>muss eine Zahl sein, eingegeben: {text}</translation>
    </message>
    <message>
        <source>must be a whole number, got {text}</source>
        <translation>muss eine ganze Zahl sein, eingegeben: {text}</translation>
    </message>
    <message>
        <source>{problem}, got {text}</source>
        <translation>{problem}, eingegeben: {text}</translation>
    </message>
    <message>
        <source>must not contain a backslash or control characters</source>
        <translation>darf keinen Backslash und keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>must be &quot;provider/name&quot; parts without empty, &quot;.&quot; or &quot;..&quot; parts</source>
        <translation>muss aus Teilen „anbieter/name“ bestehen, ohne leere, „.“- oder „..“-Teile</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>unknown field (did you mean &apos;{suggestion}&apos;?)</source>
        <translation>unbekanntes Feld (meinten Sie „{suggestion}“?)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be &gt;= {bound}, got {got}</source>
        <translation>muss mindestens {bound} sein, nicht {got}</translation>
    </message>
    <message>
        <source>must be &gt; {bound}, got {got}</source>
        <translation>muss größer als {bound} sein, nicht {got}</translation>
    </message>
    <message>
        <source>must be &lt;= {bound}, got {got}</source>
        <translation>darf höchstens {bound} sein, nicht {got}</translation>
    </message>
    <message>
        <source>must be &lt; {bound}, got {got}</source>
        <translation>muss kleiner als {bound} sein, nicht {got}</translation>
    </message>
    <message>
        <source>must be a finite number, got {got}</source>
        <translation>muss eine endliche Zahl sein, nicht {got}</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be a number, got {got}</source>
        <translation>muss eine Zahl sein, nicht {got}</translation>
    </message>
    <message>
        <source>must be a whole number, got {got}</source>
        <translation>muss eine ganze Zahl sein, nicht {got}</translation>
    </message>
    <message>
        <source>must be a three-letter ISO 4217 code such as USD, got {got}</source>
        <translation>muss ein dreibuchstabiger ISO-4217-Code wie USD sein, nicht {got}</translation>
    </message>
    <message>
        <source>must be a calendar month written YYYY-MM, such as 2027-01, got {got}</source>
        <translation>muss ein Kalendermonat in der Form JJJJ-MM sein, etwa 2027-01, nicht {got}</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, such as 2026-08-01, got {got}</source>
        <translation>muss ein Datum in der Form JJJJ-MM-TT sein, etwa 2026-08-01, nicht {got}</translation>
    </message>
    <message>
        <source>must be true or false, got {got}</source>
        <translation>muss true oder false sein, nicht {got}</translation>
    </message>
    <message>
        <source>must list at least 1 entry</source>
        <translation>muss mindestens einen Eintrag enthalten</translation>
    </message>
    <message>
        <source>must list at least {least} entries</source>
        <translation>muss mindestens {least} Einträge enthalten</translation>
    </message>
    <message>
        <source>must be at most {most} characters long</source>
        <translation>darf höchstens {most} Zeichen lang sein</translation>
    </message>
    <message>
        <source>string should have at least {least} characters</source>
        <translation>muss mindestens {least} Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be text, got {got}</source>
        <translation>muss Text sein, nicht {got}</translation>
    </message>
    <message>
        <source>must be an object, got {got}</source>
        <translation>muss ein Objekt sein, nicht {got}</translation>
    </message>
    <message>
        <source>must be a list, got {got}</source>
        <translation>muss eine Liste sein, nicht {got}</translation>
    </message>
    <message>
        <source>must not name a strategy twice</source>
        <translation>darf keine Strategie zweimal nennen</translation>
    </message>
    <message>
        <source>is not a field an event can set</source>
        <translation>ist kein Feld, das ein Ereignis setzen kann</translation>
    </message>
    <message>
        <source>is not a field an event can set (did you mean &apos;{suggestion}&apos;?)</source>
        <translation>ist kein Feld, das ein Ereignis setzen kann (meinten Sie „{suggestion}“?)</translation>
    </message>
    <message>
        <source>must be &apos;per_token&apos; or &apos;dedicated&apos;, got {got}</source>
        <translation>muss „per_token“ oder „dedicated“ sein, nicht {got}</translation>
    </message>
    <message>
        <source>must be &apos;{expected}&apos; (missing): not a scenario file</source>
        <translation>muss „{expected}“ sein (fehlt): keine Szenariodatei</translation>
    </message>
    <message>
        <source>must be &apos;{expected}&apos; (got {got}): not a scenario file</source>
        <translation>muss „{expected}“ sein (nicht {got}): keine Szenariodatei</translation>
    </message>
    <message>
        <source>must be a whole number &gt;= 1, got {got}</source>
        <translation>muss eine ganze Zahl ab 1 sein, nicht {got}</translation>
    </message>
    <message>
        <source>is {version}: the file was written by a newer version of Embed or Tune, which this version (reads up to {current}) cannot read; please update the app</source>
        <translation>ist {version}: Die Datei stammt von einer neueren Version von Embed or Tune, die diese Version (sie liest bis {current}) nicht lesen kann; bitte aktualisieren Sie die App</translation>
    </message>
    <message>
        <source>must leave the last of the {months} months in 9999 at the latest, got {got}</source>
        <translation>muss den letzten der {months} Monate spätestens in 9999 enden lassen, nicht {got}</translation>
    </message>
    <message>
        <source>is a field of version 2, but the file says schema_version 1: set schema_version to 2 to use it</source>
        <translation>ist ein Feld der Version 2, aber die Datei gibt schema_version 1 an: setzen Sie schema_version auf 2, um es zu nutzen</translation>
    </message>
    <message>
        <source>{got} is a choice of version 2, but the file says schema_version 1: set schema_version to 2 to use it</source>
        <translation>{got} ist eine Auswahl der Version 2, aber die Datei gibt schema_version 1 an: setzen Sie schema_version auf 2, um sie zu nutzen</translation>
    </message>
    <message>
        <source>is written as in version 2 (a value per strategy), but the file says schema_version 1: write one number, or set schema_version to 2</source>
        <translation>ist wie in Version 2 geschrieben (ein Wert je Strategie), aber die Datei gibt schema_version 1 an: schreiben Sie eine Zahl, oder setzen Sie schema_version auf 2</translation>
    </message>
    <message>
        <source>must be a number, got the text {got}</source>
        <translation>muss eine Zahl sein, nicht der Text {got}</translation>
    </message>
    <message>
        <source>must be a number below 1e300, got a larger one</source>
        <translation>muss eine Zahl unter 1e300 sein, nicht eine größere</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>is too small to be told from 0, got {got}</source>
        <translation>ist zu klein, um von 0 unterschieden zu werden: {got}</translation>
    </message>
    <message>
        <source>is not a price of a {entry_kind} entry</source>
        <translation>ist kein Preis eines Eintrags der Art {entry_kind}</translation>
    </message>
    <message>
        <source>value error, {problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>the key {key} appears twice</source>
        <translation>der Schlüssel {key} kommt zweimal vor</translation>
    </message>
    <message>
        <source>the id {id} appears twice in the file</source>
        <translation>die Kennung {id} kommt in der Datei zweimal vor</translation>
    </message>
    <message>
        <source>appears twice in the file</source>
        <translation>kommt in der Datei zweimal vor</translation>
    </message>
    <message>
        <source>lists no input_cost_per_token</source>
        <translation>nennt kein input_cost_per_token</translation>
    </message>
    <message>
        <source>is the id of a bundled entry; give it another id</source>
        <translation>ist die Kennung eines mitgelieferten Eintrags; geben Sie ihm eine andere Kennung</translation>
    </message>
    <message>
        <source>{field} cannot vary: it sets how many months are simulated</source>
        <translation>{field} kann nicht schwanken: es legt fest, wie viele Monate simuliert werden</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field of a scenario</source>
        <translation>„{field}“ ist kein Feld eines Szenarios</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field of a scenario (did you mean &apos;{suggestion}&apos;?)</source>
        <translation>„{field}“ ist kein Feld eines Szenarios (meinten Sie „{suggestion}“?)</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a number, so it cannot vary</source>
        <translation>„{field}“ ist keine Zahl und kann daher nicht schwanken</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has more than one range</source>
        <translation>„{field}“ hat mehr als eine Bandbreite</translation>
    </message>
    <message>
        <source>must be &gt;= {bound} for {field}, got {got}</source>
        <translation>muss für {field} mindestens {bound} sein, nicht {got}</translation>
    </message>
    <message>
        <source>must be &gt; {bound} for {field}, got {got}</source>
        <translation>muss für {field} größer als {bound} sein, nicht {got}</translation>
    </message>
    <message>
        <source>must be &lt;= {bound} for {field}, got {got}</source>
        <translation>darf für {field} höchstens {bound} sein, nicht {got}</translation>
    </message>
    <message>
        <source>must be &lt; {bound} for {field}, got {got}</source>
        <translation>muss für {field} kleiner als {bound} sein, nicht {got}</translation>
    </message>
    <message>
        <source>must be &lt;= high ({high}), got {got}</source>
        <translation>darf nicht über Hoch ({high}) liegen, nicht {got}</translation>
    </message>
    <message>
        <source>the strategies&apos; values of {field} differ, so {distribution} has no single most likely value: give a range per strategy, or use uniform</source>
        <translation>die Werte der Strategien für {field} unterscheiden sich, daher hat {distribution} keinen einzelnen wahrscheinlichsten Wert: geben Sie jeder Strategie eine eigene Bandbreite oder nehmen Sie die Gleichverteilung</translation>
    </message>
    <message>
        <source>{field} is empty, so it has no range to vary in</source>
        <translation>{field} ist leer und hat daher keine Bandbreite, in der es schwanken kann</translation>
    </message>
    <message>
        <source>the scenario&apos;s value of {field} ({value}) must lie within low..high: {distribution} takes it as the most likely value</source>
        <translation>der Wert des Szenarios für {field} ({value}) muss zwischen Niedrig und Hoch liegen: {distribution} nimmt ihn als wahrscheinlichsten Wert</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {got}</source>
        <translation>muss einer der Werte {choices} sein, nicht {got}</translation>
    </message>
    <message>
        <source>is {size} bytes; {what} may be at most {most} bytes</source>
        <translation>ist {size} Bytes groß; {what} darf höchstens {most} Bytes groß sein</translation>
    </message>
    <message>
        <source>is more than {most} bytes; {what} may be at most {most} bytes</source>
        <translation>ist größer als {most} Bytes; {what} darf höchstens {most} Bytes groß sein</translation>
    </message>
    <message>
        <source>would be {size} bytes; {what} may be at most {most} bytes, so it was left as it was</source>
        <translation>wäre {size} Bytes groß; {what} darf höchstens {most} Bytes groß sein, daher blieb sie, wie sie war</translation>
    </message>
    <message>
        <source>holds {count} models or entries; an import takes at most {most}</source>
        <translation>enthält {count} Modelle oder Einträge; ein Import nimmt höchstens {most}</translation>
    </message>
    <message>
        <source>is {entry}, not a regular file; only files are read</source>
        <translation>ist {entry}, keine gewöhnliche Datei; gelesen werden nur Dateien</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} cannot be decoded)</source>
        <translation>ist kein UTF-8-Text (Byte {byte} lässt sich nicht dekodieren)</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>cannot be written: {reason}</source>
        <translation>kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>is {entry}; only files are written</source>
        <translation>ist {entry}; geschrieben werden nur Dateien</translation>
    </message>
    <message>
        <source>already exists; it was left as it is</source>
        <translation>gibt es schon; sie blieb unverändert</translation>
    </message>
    <message>
        <source>is a file being read; it was left as it is (write to another file)</source>
        <translation>ist eine Datei, die gerade gelesen wird; sie blieb unverändert (in eine andere Datei schreiben)</translation>
    </message>
    <message>
        <source>holds {holds} of version {version}, written by a newer Embed or Tune; it was left as it is (write to another file)</source>
        <translation>enthält {holds} der Version {version}, von einer neueren Version von Embed or Tune geschrieben; die Datei blieb unverändert (in eine andere Datei schreiben)</translation>
    </message>
    <message>
        <source>holds {holds}; it was left as it is (write to another file)</source>
        <translation>enthält {holds}; die Datei blieb unverändert (in eine andere Datei schreiben)</translation>
    </message>
    <message>
        <source>was not written: the {format} came out incomplete</source>
        <translation>wurde nicht geschrieben: das {format} ist unvollständig geworden</translation>
    </message>
    <message>
        <source>was not written: what reached the disk differs</source>
        <translation>wurde nicht geschrieben: was auf dem Datenträger ankam, weicht ab</translation>
    </message>
    <message>
        <source>line {line} column {column}: lists and objects nest more than {most} levels deep</source>
        <translation>Zeile {line}, Spalte {column}: Listen und Objekte sind mehr als {most} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>line {line} column {column}: invalid JSON: {detail}</source>
        <translation>Zeile {line}, Spalte {column}: ungültiges JSON: {detail}</translation>
    </message>
    <message>
        <source>invalid JSON: the key {key} appears twice in one object</source>
        <translation>ungültiges JSON: der Schlüssel {key} kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>must hold a JSON object ({{...}}), not a single value</source>
        <translation>muss ein JSON-Objekt ({{...}}) enthalten, keinen einzelnen Wert</translation>
    </message>
    <message>
        <source>is not an Embed or Tune price catalog (format)</source>
        <translation>ist kein Preiskatalog von Embed or Tune (format)</translation>
    </message>
    <message>
        <source>is {version}: written by a newer Embed or Tune (this one reads up to {current}); it was left as it is</source>
        <translation>ist {version}: von einer neueren Version von Embed or Tune geschrieben (diese liest bis {current}); die Datei blieb unverändert</translation>
    </message>
    <message>
        <source>entry {label}: {damaged}; repair or delete it first (My Prices shows it)</source>
        <translation>Eintrag {label}: {damaged}; reparieren oder löschen Sie ihn zuerst (Meine Preise zeigt ihn)</translation>
    </message>
    <message>
        <source>the result is too large to show: the total cost of {strategy} would be {amount} (the limit is {limit}), mostly {component}; check these inputs: {inputs}</source>
        <translation>das Ergebnis ist zu groß, um es anzuzeigen: die Gesamtkosten von {strategy} wären {amount} (die Grenze liegt bei {limit}), vor allem {component}; prüfen Sie diese Eingaben: {inputs}</translation>
    </message>
    <message>
        <source>the result is too large to show: the cost per 1,000 queries of {strategy} would be {amount}; the query volume is too small to divide by ({inputs})</source>
        <translation>das Ergebnis ist zu groß, um es anzuzeigen: die Kosten pro 1.000 Anfragen von {strategy} wären {amount}; die Anfragemenge ist zu klein, um durch sie zu teilen ({inputs})</translation>
    </message>
    <message>
        <source>the result is too large to show: the present value of {strategy} would be {amount}; the discount rate weighs later months too much ({inputs})</source>
        <translation>das Ergebnis ist zu groß, um es anzuzeigen: der Barwert von {strategy} wäre {amount}; der Abzinsungssatz gewichtet spätere Monate zu stark ({inputs})</translation>
    </message>
    <message>
        <source>varied</source>
        <translation>variiert</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>die Dreiecksverteilung</translation>
    </message>
    <message>
        <source>pert</source>
        <translation>PERT</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>die Gleichverteilung</translation>
    </message>
    <message>
        <source>a scenario file</source>
        <translation>eine Szenariodatei</translation>
    </message>
    <message>
        <source>a price file</source>
        <translation>eine Preisdatei</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>a value is expected here</source>
        <translation>hier wird ein Wert erwartet</translation>
    </message>
    <message>
        <source>a key in double quotes is expected here</source>
        <translation>hier wird ein Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>a colon (:) is expected here</source>
        <translation>hier wird ein Doppelpunkt (:) erwartet</translation>
    </message>
    <message>
        <source>a comma (,) is expected here</source>
        <translation>hier wird ein Komma (,) erwartet</translation>
    </message>
    <message>
        <source>more text follows the end of the JSON</source>
        <translation>nach dem Ende des JSON folgt noch Text</translation>
    </message>
    <message>
        <source>a string starts here and is never closed</source>
        <translation>eine Zeichenkette beginnt hier und wird nicht geschlossen</translation>
    </message>
    <message>
        <source>a string holds a control character (such as a tab) here</source>
        <translation>eine Zeichenkette enthält hier ein Steuerzeichen (etwa einen Tabulator)</translation>
    </message>
    <message>
        <source>a backslash here starts an escape JSON does not know</source>
        <translation>ein Backslash leitet hier eine Escape-Sequenz ein, die JSON nicht kennt</translation>
    </message>
    <message>
        <source>a backslash-u here is not followed by four hexadecimal digits</source>
        <translation>auf ein Backslash-u folgen hier nicht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>an Embed or Tune scenario</source>
        <translation>ein Szenario von Embed or Tune</translation>
    </message>
    <message>
        <source>an Embed or Tune price catalog</source>
        <translation>einen Preiskatalog von Embed or Tune</translation>
    </message>
    <message>
        <source>{choices} or {last}</source>
        <translation>{choices} oder {last}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the system does not allow it</source>
        <translation>das System erlaubt es nicht</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <source>too many symbolic links in the path</source>
        <translation>zu viele symbolische Links im Pfad</translation>
    </message>
    <message>
        <source>the disk could not be read (input/output error)</source>
        <translation>der Datenträger konnte nicht gelesen werden (Ein-/Ausgabefehler)</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>die Datei wird gerade benutzt</translation>
    </message>
    <message>
        <source>there is no space left on the disk</source>
        <translation>auf dem Datenträger ist kein Platz mehr frei</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>nothing to import: {problem}</source>
        <translation>nichts zu importieren: {problem}</translation>
    </message>
    <message>
        <source>{problem}; nothing was imported</source>
        <translation>{problem}; es wurde nichts importiert</translation>
    </message>
</context>
<context>
    <name>RangeDialog</name>
    <message>
        <source>Triangular (most likely: the current value)</source>
        <translation>Dreiecksverteilung (am wahrscheinlichsten: der aktuelle Wert)</translation>
    </message>
    <message>
        <source>PERT (most likely: the current value, smoother)</source>
        <translation>PERT (am wahrscheinlichsten: der aktuelle Wert, glatter)</translation>
    </message>
    <message>
        <source>Uniform (every value in the range alike)</source>
        <translation>Gleichverteilung (jeder Wert der Bandbreite gleich wahrscheinlich)</translation>
    </message>
    <message>
        <source>Low: {problem}.</source>
        <translation>Niedrig: {problem}.</translation>
    </message>
    <message>
        <source>High: {problem}.</source>
        <translation>Hoch: {problem}.</translation>
    </message>
    <message>
        <source>Range of {0}</source>
        <translation>Bandbreite von {0}</translation>
    </message>
    <message>
        <source>No range</source>
        <translation>Keine Bandbreite</translation>
    </message>
    <message>
        <source>Current value: {0} {1}</source>
        <translation>Aktueller Wert: {0} {1}</translation>
    </message>
    <message>
        <source>&amp;Low ({0})</source>
        <translation>&amp;Niedrig ({0})</translation>
    </message>
    <message>
        <source>&amp;High ({0})</source>
        <translation>&amp;Hoch ({0})</translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation>&amp;Verteilung</translation>
    </message>
    <message>
        <source>Low and high must be numbers.</source>
        <translation>Niedrig und Hoch müssen Zahlen sein.</translation>
    </message>
    <message>
        <source>Low must not be above high.</source>
        <translation>Niedrig darf nicht über Hoch liegen.</translation>
    </message>
    <message>
        <source>The current value ({value}) must lie between low and high: it is the most likely value.</source>
        <translation>Der aktuelle Wert ({value}) muss zwischen Niedrig und Hoch liegen: Er ist der wahrscheinlichste Wert.</translation>
    </message>
</context>
<context>
    <name>ReplicasChart</name>
    <message>
        <source>Dedicated replicas per month</source>
        <translation>Dedizierte Replikate pro Monat</translation>
    </message>
    <message>
        <source>Dedicated replicas: none (every model is served per token)</source>
        <translation>Dedizierte Replikate: keine (jedes Modell wird pro Token abgerechnet)</translation>
    </message>
</context>
<context>
    <name>ScenarioDialogs</name>
    <message>
        <source>Embed or Tune scenarios ({patterns})</source>
        <translation>Embed-or-Tune-Szenarien ({patterns})</translation>
    </message>
    <message>
        <source>JSON files ({patterns})</source>
        <translation>JSON-Dateien ({patterns})</translation>
    </message>
    <message>
        <source>Scenarios ({patterns})</source>
        <translation>Szenarien ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Alle Dateien ({patterns})</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
</context>
<context>
    <name>ScenarioDocument</name>
    <message>
        <source>Edit {field}</source>
        <translation>{field} bearbeiten</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Decision checklist</source>
        <translation>Entscheidungs-Checkliste</translation>
    </message>
    <message>
        <source>Retrain policy</source>
        <translation>Nachtrainieren</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Effort profile</source>
        <translation>Aufwandsprofil</translation>
    </message>
    <message>
        <source>Range for {field}</source>
        <translation>Bandbreite für {field}</translation>
    </message>
    <message>
        <source>No range for {field}</source>
        <translation>Keine Bandbreite für {field}</translation>
    </message>
    <message>
        <source>{role} prices: {entry}</source>
        <translation>Preise {role}: {entry}</translation>
    </message>
    <message>
        <source>Compare {strategies}</source>
        <translation>{strategies} vergleichen</translation>
    </message>
    <message>
        <source>Effort profile: {profile}</source>
        <translation>Aufwandsprofil: {profile}</translation>
    </message>
    <message>
        <source>{problem}; Tab or Enter offers to widen it</source>
        <translation>{problem}; Tab oder Eingabe bietet an, sie zu erweitern</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>{problem}. Kept {kept}.</source>
        <translation>{problem}. {kept} behalten.</translation>
    </message>
    <message>
        <source>Edit {field} and widen its range</source>
        <translation>{field} bearbeiten und die Bandbreite erweitern</translation>
    </message>
    <message>
        <source>{field}: {value} is outside its uncertainty range ({low} – {high})</source>
        <translation>{field}: {value} liegt außerhalb der Bandbreite ({low} – {high})</translation>
    </message>
    <message>
        <source>Outside the range</source>
        <translation>Außerhalb der Bandbreite</translation>
    </message>
    <message>
        <source>Widen the range to {0} – {1} and use {2}?</source>
        <translation>Die Bandbreite auf {0} – {1} erweitern und {2} verwenden?</translation>
    </message>
    <message>
        <source>&amp;Widen the range</source>
        <translation>Bandbreite &amp;erweitern</translation>
    </message>
    <message>
        <source>&amp;Keep {0}</source>
        <translation>{0} &amp;behalten</translation>
    </message>
    <message>
        <source>{field}: not taken</source>
        <translation>{field}: nicht übernommen</translation>
    </message>
    <message>
        <source>{0}: give a value before a range</source>
        <translation>{0}: Geben Sie vor einer Bandbreite einen Wert an</translation>
    </message>
</context>
<context>
    <name>ServingPicker</name>
    <message>
        <source>Per token (a provider bills tokens)</source>
        <translation>Pro Token (ein Anbieter berechnet Tokens)</translation>
    </message>
    <message>
        <source>Dedicated replicas (billed by the hour)</source>
        <translation>Dedizierte Replikate (nach Stunden berechnet)</translation>
    </message>
    <message>
        <source>Base model serving</source>
        <translation>Bereitstellung des Basismodells</translation>
    </message>
    <message>
        <source>Fine-tuned model serving</source>
        <translation>Bereitstellung des Fine-Tuning-Modells</translation>
    </message>
    <message>
        <source>Per token: the provider bills input and output tokens. Dedicated: replicas (GPU endpoints) billed by the hour, as many as the busiest hour needs; the fields below say their price and throughput.</source>
        <translation>Pro Token: Der Anbieter rechnet Eingabe- und Ausgabe-Tokens ab. Dediziert: Replikate (GPU-Endpunkte) nach Stunden abgerechnet, so viele, wie die Spitzenstunde braucht; die Felder darunter nennen Preis und Durchsatz.</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>per token</source>
        <translation>pro Token</translation>
    </message>
    <message>
        <source>dedicated replicas</source>
        <translation>dedizierte Replikate</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} Monate</translation>
    </message>
    <message>
        <source>{months} months from {start}</source>
        <translation>{months} Monate ab {start}</translation>
    </message>
    <message>
        <source>comparison sheet</source>
        <translation>Vergleichsblatt</translation>
    </message>
    <message>
        <source>Chance of being cheapest</source>
        <translation>Chance, am günstigsten zu sein</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>✓ cheapest over the horizon.</source>
        <translation>✓ am günstigsten über den Zeitraum.</translation>
    </message>
    <message>
        <source>month {month} ({date})</source>
        <translation>Monat {month} ({date})</translation>
    </message>
    <message>
        <source>month {month}</source>
        <translation>Monat {month}</translation>
    </message>
    <message>
        <source>the first month</source>
        <translation>dem ersten Monat</translation>
    </message>
    <message>
        <source>{strategy} does not fit the context window from {when}: its total is not a price to pay, and it is never the cheapest.</source>
        <translation>{strategy} passt ab {when} nicht ins Kontextfenster: Die Summe ist kein zahlbarer Preis, und die Strategie ist nie die günstigste.</translation>
    </message>
    <message>
        <source>per token (billed by the provider per token)</source>
        <translation>pro Token (der Anbieter rechnet pro Token ab)</translation>
    </message>
    <message>
        <source>dedicated replicas: {price} per replica-hour, {input} input and {output} output tokens/s per replica, at least {least}, sized for {share}% utilisation at the busiest hour</source>
        <translation>dedizierte Replikate: {price} pro Replikat-Stunde, {input} Eingabe- und {output} Ausgabe-Tokens/s pro Replikat, mindestens {least}, ausgelegt auf {share} % Auslastung in der Spitzenstunde</translation>
    </message>
    <message>
        <source>Strategies compared</source>
        <translation>Verglichene Strategien</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>Startmonat</translation>
    </message>
    <message>
        <source>{start} is month 1</source>
        <translation>{start} ist Monat 1</translation>
    </message>
    <message>
        <source>not set: months are counted from 1</source>
        <translation>nicht gesetzt: Monate werden ab 1 gezählt</translation>
    </message>
    <message>
        <source>answers for {strategies}</source>
        <translation>antwortet für {strategies}</translation>
    </message>
    <message>
        <source>{model} serving</source>
        <translation>{model}: Bereitstellung</translation>
    </message>
    <message>
        <source>{strategy} up to {count}</source>
        <translation>{strategy} bis zu {count}</translation>
    </message>
    <message>
        <source>Peak dedicated replicas</source>
        <translation>Höchstzahl dedizierter Replikate</translation>
    </message>
    <message>
        <source>Strategies and serving</source>
        <translation>Strategien und Bereitstellung</translation>
    </message>
    <message>
        <source>Each scenario&apos;s amounts are in its own currency ({currencies}), not converted: lines of different currencies cannot be compared by their height.</source>
        <translation>Die Beträge jedes Szenarios stehen in seiner eigenen Währung ({currencies}) und sind nicht umgerechnet: Linien verschiedener Währungen lassen sich nicht an ihrer Höhe vergleichen.</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>{cell} (does not fit)</source>
        <translation>{cell} (passt nicht)</translation>
    </message>
    <message>
        <source>Long context cheaper than embeddings from</source>
        <translation>Langer Kontext günstiger als Embeddings ab</translation>
    </message>
    <message>
        <source>Long prompt exceeds the window from</source>
        <translation>Langer Prompt sprengt das Fenster ab</translation>
    </message>
    <message>
        <source>{model}: serving</source>
        <translation>{model}: Bereitstellung</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>(after the horizon: no effect)</source>
        <translation>(nach dem Zeitraum: ohne Wirkung)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>No events: prices and serving stay as set for the horizon.</source>
        <translation>Keine Ereignisse: Preise und Bereitstellung bleiben über den ganzen Zeitraum wie eingestellt.</translation>
    </message>
    <message>
        <source>Each event happens at the start of its month; what it sets holds from then on.</source>
        <translation>Jedes Ereignis tritt zu Beginn seines Monats ein; was es setzt, gilt von da an.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Setzt</translation>
    </message>
    <message>
        <source>Re-embed</source>
        <translation>Neu einbetten</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Nach­trainieren</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Cost by component over {months} months</source>
        <translation>Kosten nach Bestandteil über {months} Monate</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Recommendation: {strategy}</source>
        <translation>Empfehlung: {strategy}</translation>
    </message>
    <message>
        <source>Watch out</source>
        <translation>Achtung</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Hour estimates: {profile}.</source>
        <translation>Stundenschätzungen: {profile}.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Decision checklist</source>
        <translation>Entscheidungs-Checkliste</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Every input of the scenario. {mark} marks a value changed from the app&apos;s default (shown in the Default column); Range is the spread used for the P10–P90 figures.</source>
        <translation>Alle Eingaben des Szenarios. {mark} markiert einen gegenüber dem Standard der App geänderten Wert (der Standard steht in der Spalte „Standard“); „Bandbreite“ ist die Streuung für die Werte P10–P90.</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(keine Notizen)</translation>
    </message>
    <message>
        <source>Notes and price sources</source>
        <translation>Notizen und Preisquellen</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>Datum der Quelle</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Prices from the catalog</source>
        <translation>Preise aus dem Katalog</translation>
    </message>
    <message>
        <source>No catalog presets: every price was entered by hand (see the notes).</source>
        <translation>Keine Katalogvorlagen: Alle Preise wurden von Hand eingegeben (siehe Notizen).</translation>
    </message>
    <message>
        <source>Comparison of {count} scenarios</source>
        <translation>Vergleich von {count} Szenarien</translation>
    </message>
    <message>
        <source>page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
    <message>
        <source>(recommended)</source>
        <translation>(empfohlen)</translation>
    </message>
    <message>
        <source>(none recommended)</source>
        <translation>(keine empfohlen)</translation>
    </message>
    <message>
        <source>Monthly cost by component: {0} {1}</source>
        <translation>Monatliche Kosten nach Bestandteil: {0} {1}</translation>
    </message>
    <message>
        <source>Total cost P10</source>
        <translation>Gesamtkosten P10</translation>
    </message>
    <message>
        <source>Total cost P90</source>
        <translation>Gesamtkosten P90</translation>
    </message>
</context>
<context>
    <name>StalenessChart</name>
    <message>
        <source>Staleness</source>
        <translation>Veralterung</translation>
    </message>
    <message>
        <source>staleness</source>
        <translation>Veralterung</translation>
    </message>
    <message>
        <source>Retraining</source>
        <translation>Nachtraining</translation>
    </message>
    <message>
        <source>retraining</source>
        <translation>Nachtraining</translation>
    </message>
    <message>
        <source>{share}% of corpus</source>
        <translation>{share} % des Korpus</translation>
    </message>
    <message>
        <source>Month {month} · retraining: {count} training</source>
        <translation>Monat {month} · Nachtraining: {count} Training</translation>
    </message>
    <message>
        <source>Month {month} · retraining: {count} trainings</source>
        <translation>Monat {month} · Nachtraining: {count} Trainings</translation>
    </message>
</context>
<context>
    <name>Strategy</name>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Fine-Tuning</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Long context</source>
        <translation>Langer Kontext</translation>
    </message>
    <message>
        <source>embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <source>fine-tuning</source>
        <translation>Fine-Tuning</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>long context</source>
        <translation>langer Kontext</translation>
    </message>
</context>
<context>
    <name>StrategyChooser</name>
    <message>
        <source>Compare {0} with the other checked strategies</source>
        <translation>{0} mit den anderen angekreuzten Strategien vergleichen</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <source>{strategy} cannot serve this scenario</source>
        <translation>{strategy} kann dieses Szenario nicht bedienen</translation>
    </message>
    <message>
        <source>Does not fit the context window from month {month}</source>
        <translation>Passt ab Monat {month} nicht ins Kontextfenster</translation>
    </message>
    <message>
        <source>infeasible</source>
        <translation>nicht machbar</translation>
    </message>
    <message>
        <source>too long
from
month {month}</source>
        <translation>zu lang
ab
Monat {month}</translation>
    </message>
    <message>
        <source>too long
from month {month}</source>
        <translation>zu lang
ab Monat {month}</translation>
    </message>
    <message>
        <source>cheapest</source>
        <translation>günstigste</translation>
    </message>
    <message>
        <source>Not computed: the run was cancelled</source>
        <translation>Nicht berechnet: Der Lauf wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Event {number}</source>
        <translation>Ereignis {number}</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <source>Month {month} ({date})</source>
        <translation>Monat {month} ({date})</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Monat {month}</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>Re-embed</source>
        <translation>Neu einbetten</translation>
    </message>
    <message>
        <source>Retrain</source>
        <translation>Nachtrainieren</translation>
    </message>
    <message>
        <source>Migration hours</source>
        <translation>Migrationsstunden</translation>
    </message>
    <message>
        <source>Migration hours ({strategy})</source>
        <translation>Migrationsstunden ({strategy})</translation>
    </message>
    <message>
        <source>Base model: serving</source>
        <translation>Basismodell: Bereitstellung</translation>
    </message>
    <message>
        <source>Fine-tuned model: serving</source>
        <translation>Fine-Tuning-Modell: Bereitstellung</translation>
    </message>
    <message>
        <source>Event {number} · {when}: {name}</source>
        <translation>Ereignis {number} · {when}: {name}</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>Input at its low end</source>
        <translation>Eingabe am unteren Ende</translation>
    </message>
    <message>
        <source>Input at its high end</source>
        <translation>Eingabe am oberen Ende</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>Change in {difference} total ({currency})</source>
        <translation>Änderung der Gesamtkosten {difference} ({currency})</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>Empfindlichkeit</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>the scenario</source>
        <translation>das Szenario</translation>
    </message>
    <message>
        <source>Change in {difference} ({currency})</source>
        <translation>Änderung {difference} ({currency})</translation>
    </message>
    <message>
        <source>{field} at {value}: {difference} changes by {change}</source>
        <translation>{field} bei {value}: {difference} ändert sich um {change}</translation>
    </message>
    <message>
        <source>The scenario as it is: {difference} = {value}</source>
        <translation>Das Szenario, wie es ist: {difference} = {value}</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <source>{name} was written for model version {version}. It has been upgraded to version {current} (nothing it holds was lost) and will be saved as version {current}, which older copies of the app cannot open.</source>
        <translation>{name} wurde für Modellversion {version} geschrieben. Die Datei wurde auf Version {current} aktualisiert (nichts ging verloren) und wird als Version {current} gespeichert, die ältere Fassungen der App nicht öffnen können.</translation>
    </message>
    <message>
        <source>File upgraded</source>
        <translation>Datei aktualisiert</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>{0} — User Guide</source>
        <translation>{0} – Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>WindowExports</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Could not write {0}</source>
        <translation>{0} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Wrote {0} ({1} pages)</source>
        <translation>{0} geschrieben ({1} Seiten)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>{0} geschrieben</translation>
    </message>
    <message>
        <source>Pick another scenario file than this one</source>
        <translation>Wählen Sie eine andere Szenariodatei als diese</translation>
    </message>
    <message>
        <source>Could not open {0}</source>
        <translation>{0} konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{0} (unsaved changes)</source>
        <translation>{0} (ungespeicherte Änderungen)</translation>
    </message>
</context>
<context>
    <name>WindowFiles</name>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>Automatisches Speichern fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved. Save them first?</source>
        <translation>„{0}“ hat Änderungen, die nicht gespeichert sind. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Could not open {0}</source>
        <translation>{0} konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not save {0}</source>
        <translation>{0} konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>Settings not saved: {0}</source>
        <translation>Einstellungen nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>Über {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;br&gt;Embeddings or fine-tuning: the month-by-month cost and upkeep of each, and which one fits.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; {1}&lt;br&gt;Embeddings oder Fine-Tuning: Kosten und Pflege beider Wege Monat für Monat, und welcher passt.</translation>
    </message>
</context>
<context>
    <name>_SettingRow</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
</TS>
