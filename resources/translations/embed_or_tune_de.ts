<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
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
        <source>Strict format needed (yes) and assistants can't enforce it (no): retrieval adds context, not discipline, so embeddings alone can't guarantee the format.</source>
        <translation>Striktes Format nötig (ja) und Assistenten können es nicht erzwingen (nein): Retrieval liefert Kontext, keine Disziplin, daher können Embeddings allein das Format nicht garantieren.</translation>
    </message>
    <message>
        <source>Strict format needed (yes) and assistants can't enforce it (no): retrieval and a long prompt add context, not discipline, so neither embeddings nor long context can guarantee the format.</source>
        <translation>Striktes Format nötig (ja) und Assistenten können es nicht erzwingen (nein): Retrieval und ein langer Prompt liefern Kontext, keine Disziplin, daher können weder Embeddings noch langer Kontext das Format garantieren.</translation>
    </message>
    <message>
        <source>Content changes (yes): a fine-tuned model is frozen until it is retrained, so fine-tuning alone can't keep changing knowledge fresh.</source>
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
        <source>The need is purely behavioural and stable (yes): fine-tuning's home ground.</source>
        <translation>Der Bedarf betrifft nur das Verhalten und ist stabil (ja): das Heimspiel des Fine-Tunings.</translation>
    </message>
    <message>
        <source>Strict format needed (yes): a tuned model can hold a format that prompts can't.</source>
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
        <source>{strategy} can't run over these {months} months: its prompt no longer fits the context window from month {month}.</source>
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
        <source>No answer makes a case for a tuned model (strict format, or a purely behavioural and stable need) and if you're unsure, don't fine-tune.</source>
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
        <source>Fine-tuning too early for the volume: at {queries} queries a month, {strategy} catches up with embeddings never; its training and setup pay off only at a larger, proven volume.</source>
        <translation>Fine-Tuning zu früh für das Volumen: Bei {queries} Anfragen im Monat holt {strategy} Embeddings nie ein; Training und Einrichtung lohnen sich erst bei größerem, erwiesenem Volumen.</translation>
    </message>
    <message>
        <source>Fine-tuning too early for the volume: at {queries} queries a month, {strategy} catches up with embeddings only from month {month}; its training and setup pay off only at a larger, proven volume.</source>
        <translation>Fine-Tuning zu früh für das Volumen: Bei {queries} Anfragen im Monat holt {strategy} Embeddings erst ab Monat {month} ein; Training und Einrichtung lohnen sich erst bei größerem, erwiesenem Volumen.</translation>
    </message>
    <message>
        <source>Locking in behaviour that may change (behaviour changes often: {answer}): every change to a tuned model's behaviour means a new training, evaluation and deployment; instructions change in minutes.</source>
        <translation>Verhalten festschreiben, das sich ändern kann (Verhalten ändert sich oft: {answer}): Jede Änderung am Verhalten eines trainierten Modells bedeutet neues Training, neue Evaluation und neues Deployment; Anweisungen ändern sich in Minuten.</translation>
    </message>
    <message>
        <source>Fine-tuning won't stop hallucinations: a tuned model answers from what it memorised; grounding answers in retrieved sources is what reduces invented facts.</source>
        <translation>Fine-Tuning verhindert keine Halluzinationen: Ein trainiertes Modell antwortet aus dem Gelernten; erst Antworten, die sich auf abgerufene Quellen stützen, verringern erfundene Fakten.</translation>
    </message>
    <message>
        <source>The fine-tuned model is taught none of your content (knowledge tokens per corpus token = 0): on its own it cannot answer from it.</source>
        <translation>Das Fine-Tuning-Modell lernt nichts von Ihren Inhalten (Wissens-Tokens pro Korpus-Token = 0): Allein kann es nicht aus ihnen antworten.</translation>
    </message>
    <message>
        <source>The fine-tuned model's knowledge goes stale: up to {peak}% of the corpus (mean {mean}%) has changed since its last training.</source>
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
        <source>re-embeds the corpus (`re_embed`, setting the new model's price and dimensions)</source>
        <translation>den Korpus neu einbettet (`re_embed`, mit Preis und Dimensionen des neuen Modells)</translation>
    </message>
    <message>
        <source>switches the base model (an event that sets the replacement's prices)</source>
        <translation>das Basismodell wechselt (ein Ereignis, das die Preise des Nachfolgers setzt)</translation>
    </message>
    <message>
        <source>retrains the tuned model elsewhere (`retrain`, setting the new provider's prices, with the migration hours)</source>
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
        <source>{strategy}'s replicas sit mostly idle: at the busiest hour they use at most {used} of their capacity, against the {target} they are sized for.</source>
        <translation>Die Replikate von {strategy} stehen meist still: In der Spitzenstunde nutzen sie höchstens {used} ihrer Kapazität, ausgelegt sind sie auf {target}.</translation>
    </message>
    <message>
        <source>{strategy}' replicas sit mostly idle: at the busiest hour they use at most {used} of their capacity, against the {target} they are sized for.</source>
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
        <source>Engineering hours are {share} of {strategy}' total ({hours} h): the hour estimates deserve ranges (±); give its setup, upkeep and incident hours a low and a high value under uncertainty.</source>
        <translation>Arbeitsstunden machen {share} der Gesamtkosten von {strategy} aus ({hours} h): Die Stundenschätzungen verdienen Bandbreiten (±); geben Sie Einrichtungs-, Pflege- und Störungsstunden unter Unsicherheit einen niedrigen und einen hohen Wert.</translation>
    </message>
    <message>
        <source>Engineering hours are {share} of {strategy}'s total ({hours} h): the hour estimates deserve ranges (±); give its setup, upkeep and incident hours a low and a high value under uncertainty.</source>
        <translation>Arbeitsstunden machen {share} der Gesamtkosten von {strategy} aus ({hours} h): Die Stundenschätzungen verdienen Bandbreiten (±); geben Sie Einrichtungs-, Pflege- und Störungsstunden unter Unsicherheit einen niedrigen und einen hohen Wert.</translation>
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
        <source>Now {0}</source>
        <translation>Jetzt {0}</translation>
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
        <source>By com&amp;ponent</source>
        <translation>&amp;Bestandteile</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Stunden</translation>
    </message>
    <message>
        <source>&amp;Staleness</source>
        <translation>&amp;Veralterung</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity</source>
        <translation>Se&amp;nsitivität</translation>
    </message>
    <message>
        <source>Decision &amp;map</source>
        <translation>K&amp;arte</translation>
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
        <translation>S&amp;trategie:</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Save chart as {0}…</source>
        <translation>Diagramm als {0} speichern…</translation>
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
    <name>ComparisonChart</name>
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
        <source>Cumulative cost ({0})</source>
        <translation>Kumulierte Kosten ({0})</translation>
    </message>
    <message>
        <source>{0} cheaper than {1} from month {2}</source>
        <translation>{0} günstiger als {1} ab Monat {2}</translation>
    </message>
</context>
<context>
    <name>DecisionMapPanel</name>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>DiskWatch</name>
    <message>
        <source>Reload “{0}” from disk? The changes made in this window are lost.</source>
        <translation>„{0}“ neu von der Festplatte laden? Die Änderungen in diesem Fenster gehen verloren.</translation>
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
        <source>Show amounts in the scenario's currency ({0})</source>
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
        <source>Inputs stay in the scenario's currency; figures are converted.</source>
        <translation>Eingaben bleiben in der Währung des Szenarios; die Ergebnisse werden umgerechnet.</translation>
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
        <source>How scenarios refer to this entry; unique among your prices.</source>
        <translation>Wie Szenarien auf diesen Eintrag verweisen; eindeutig unter Ihren Preisen.</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
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
        <source>Event {0}</source>
        <translation>Ereignis {0}</translation>
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
</context>
<context>
    <name>EventsPanel</name>
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
        <source>Eval queries per training</source>
        <translation>Testanfragen pro Training</translation>
    </message>
    <message>
        <source>Every n months</source>
        <translation>Alle n Monate</translation>
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
        <source>Hybrid</source>
        <translation>Hybrid</translation>
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
        <source>Knowledge</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Knowledge tokens per corpus token</source>
        <translation>Wissens-Tokens pro Korpus-Token</translation>
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
        <source>Never retrain</source>
        <translation>Nie nachtrainieren</translation>
    </message>
    <message>
        <source>Output per 1M</source>
        <translation>Ausgabe pro 1 Mio.</translation>
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
        <source>Price change % per year</source>
        <translation>Preisänderung % pro Jahr</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>Anfragen</translation>
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
        <source>Read units per query per gb</source>
        <translation>Leseeinheiten pro Anfrage pro GB</translation>
    </message>
    <message>
        <source>read units/GB</source>
        <translation>Leseeinheiten/GB</translation>
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
        <source>Rerank per 1k queries</source>
        <translation>Reranking pro 1.000 Anfragen</translation>
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
        <source>Stale wrong %</source>
        <translation>Falsch wegen veralteten Wissens %</translation>
    </message>
    <message>
        <source>Store unit gb</source>
        <translation>Speichereinheit GB</translation>
    </message>
    <message>
        <source>Store unit per month</source>
        <translation>Speichereinheit pro Monat</translation>
    </message>
    <message>
        <source>Target utilisation %</source>
        <translation>Ziel-Auslastung %</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
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
        <source>Updates per month</source>
        <translation>Änderungen pro Monat</translation>
    </message>
    <message>
        <source>updates/month</source>
        <translation>Änderungen/Monat</translation>
    </message>
    <message>
        <source>Vector storage per gb month</source>
        <translation>Vektorspeicher pro GB-Monat</translation>
    </message>
    <message>
        <source>Vector store monthly minimum</source>
        <translation>Vektordatenbank: Monatsminimum</translation>
    </message>
    <message>
        <source>When changes reach a share</source>
        <translation>Wenn die Änderungen einen Anteil erreichen</translation>
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
        <source>Write units per kb</source>
        <translation>Schreibeinheiten pro KB</translation>
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
        <source>Mark as uncertain: give a low and a high value</source>
        <translation>Als unsicher markieren: einen niedrigen und einen hohen Wert angeben</translation>
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
        <source>What's &amp;This?</source>
        <translation>&amp;Direkthilfe</translation>
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
        <source>Compare &amp;Scenarios…</source>
        <translation>Szenarien &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
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
        <source>&amp;Theme</source>
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
        <source>No prices of your own yet: Add… one, or Import… a price list.</source>
        <translation>Noch keine eigenen Preise: Fügen Sie einen hinzu oder importieren Sie eine Preisliste.</translation>
    </message>
    <message>
        <source>This entry cannot be used: {0}. Delete it here.</source>
        <translation>Dieser Eintrag ist unbrauchbar: {0}. Löschen Sie ihn hier.</translation>
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
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>same as input price</source>
        <translation>wie der Eingabepreis</translation>
    </message>
</context>
<context>
    <name>PresetPicker</name>
    <message>
        <source>Add event (month {0})</source>
        <translation>Ereignis hinzufügen (Monat {0})</translation>
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
    <name>RangeDialog</name>
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
        <source>{0}: give a value before a range</source>
        <translation>{0}: Geben Sie vor einer Bandbreite einen Wert an</translation>
    </message>
</context>
<context>
    <name>ServingPicker</name>
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
        <source>dedicated replicas: {price} per replica-hour, {input} input and {output} output tokens/s per replica, at least {least}, sized for {share} % utilisation at the busiest hour</source>
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
        <source>Every input of the scenario. {mark} marks a value changed from the app's default (shown in the Default column); Range is the spread used for the P10–P90 figures.</source>
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
        <source>staleness</source>
        <translation>Veralterung</translation>
    </message>
    <message>
        <source>retraining</source>
        <translation>Nachtraining</translation>
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
        <translation>am günstigsten</translation>
    </message>
    <message>
        <source>Not computed: the run was cancelled</source>
        <translation>Nicht berechnet: Der Lauf wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>TornadoChart</name>
    <message>
        <source>sensitivity</source>
        <translation>Empfindlichkeit</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
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