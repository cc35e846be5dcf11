<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AdverseEventDialog</name>
    <message>
        <source>Adverse event</source>
        <translation>Événement indésirable</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>&amp;Terme</translation>
    </message>
    <message>
        <source>Adverse event term</source>
        <translation>Terme de l&apos;événement indésirable</translation>
    </message>
    <message>
        <source>&amp;Onset</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>DD/MM/YYYY HH:MM</source>
        <translation>JJ/MM/AAAA HH:MM</translation>
    </message>
    <message>
        <source>Onset date and time</source>
        <translation>Date et heure de début</translation>
    </message>
    <message>
        <source>CTCAE &amp;grade</source>
        <translation>&amp;Grade CTCAE</translation>
    </message>
    <message>
        <source>CTCAE grade</source>
        <translation>Grade CTCAE</translation>
    </message>
    <message>
        <source>&amp;Serious</source>
        <translation>G&amp;rave</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Relation to the &amp;LP</source>
        <translation>Lien avec la &amp;PL</translation>
    </message>
    <message>
        <source>Relation to the lumbar puncture</source>
        <translation>Lien avec la ponction lombaire</translation>
    </message>
    <message>
        <source>Relation to t&amp;he cells</source>
        <translation>Lien avec les &amp;cellules</translation>
    </message>
    <message>
        <source>Relation to the cell product</source>
        <translation>Lien avec le produit cellulaire</translation>
    </message>
    <message>
        <source>&amp;Action taken</source>
        <translation>&amp;Mesure prise</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Mesure prise</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>É&amp;volution</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>DD/MM/YYYY HH:MM (if ended)</source>
        <translation>JJ/MM/AAAA HH:MM (si terminé)</translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation>Date et heure de fin</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Descr&amp;iption</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Reason for change</source>
        <translation>M&amp;otif de la modification</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Sa&amp;ve the adverse event</source>
        <translation>&amp;Enregistrer l&apos;événement indésirable</translation>
    </message>
</context>
<context>
    <name>CellBankPage</name>
    <message>
        <source>ASC cell bank</source>
        <translation>Banque de cellules ASC</translation>
    </message>
    <message>
        <source>Vials of the cell bank</source>
        <translation>Flacons de la banque de cellules</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Résultat de l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Back to the subject list</source>
        <translation>&amp;Retour à la liste des sujets</translation>
    </message>
    <message>
        <source>&amp;Import a cell bank file (CSV)…</source>
        <translation>&amp;Importer un fichier de banque de cellules (CSV)…</translation>
    </message>
    <message>
        <source>Import a cell bank file</source>
        <translation>Importer un fichier de banque de cellules</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Pre-procedure checks</source>
        <translation>Vérifications avant le geste</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de vérification</translation>
    </message>
    <message>
        <source>Verdict and baseline vital signs</source>
        <translation>Décision et constantes de référence</translation>
    </message>
    <message>
        <source>INCOMPLETE</source>
        <translation>INCOMPLET</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Verdict reasons</source>
        <translation>Motifs de la décision</translation>
    </message>
    <message>
        <source>Record &amp;GO</source>
        <translation>Enregistrer &amp;GO</translation>
    </message>
    <message>
        <source>Record GO</source>
        <translation>Enregistrer GO</translation>
    </message>
    <message>
        <source>Record &amp;NO-GO…</source>
        <translation>Enregistrer &amp;NO-GO…</translation>
    </message>
    <message>
        <source>Record NO-GO</source>
        <translation>Enregistrer NO-GO</translation>
    </message>
    <message>
        <source>Baseline vital signs</source>
        <translation>Constantes de référence</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Eligibility at enrolment</source>
        <translation>Éligibilité à l&apos;inclusion</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>Critères d&apos;éligibilité</translation>
    </message>
    <message>
        <source>INCOMPLETE</source>
        <translation>INCOMPLET</translation>
    </message>
    <message>
        <source>Eligibility verdict</source>
        <translation>Décision d&apos;éligibilité</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Investigator&apos;s &amp;password</source>
        <translation>Mot de &amp;passe de l&apos;investigateur</translation>
    </message>
    <message>
        <source>Investigator&apos;s password</source>
        <translation>Mot de passe de l&apos;investigateur</translation>
    </message>
    <message>
        <source>&amp;Sign the eligibility record</source>
        <translation>&amp;Signer le dossier d&apos;éligibilité</translation>
    </message>
    <message>
        <source>Sign the eligibility record</source>
        <translation>Signer le dossier d&apos;éligibilité</translation>
    </message>
    <message>
        <source>&amp;Back to the subject list</source>
        <translation>&amp;Retour à la liste des sujets</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>First start</source>
        <translation>Premier démarrage</translation>
    </message>
    <message>
        <source>This database has no account yet. Create the first investigator account, or open a training database to try the application.</source>
        <translation>Cette base de données n&apos;a encore aucun compte. Créez le premier compte investigateur, ou ouvrez une base de formation pour essayer l&apos;application.</translation>
    </message>
    <message>
        <source>First investigator account</source>
        <translation>Premier compte investigateur</translation>
    </message>
    <message>
        <source>Printed &amp;name</source>
        <translation>&amp;Nom et prénom</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>Nom et prénom</translation>
    </message>
    <message>
        <source>Dr Firstname Lastname</source>
        <translation>Dr Prénom Nom</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Open a &amp;training database</source>
        <translation>Ouvrir une base de &amp;formation</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>C&amp;réer le compte</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>MAESTRO-4MS</source>
        <translation>MAESTRO-4MS</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/login_page.py" line="+44"/>
        <source>Intrathecal ASC injection record</source>
        <translation>Dossier d&apos;injection intrathécale d&apos;ASC</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Login message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/login_page.py" line="+0"/>
        <source>Log in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/login_page.py" line="-6"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window is locked. Enter your password to unlock, or another user name to switch user.</source>
        <translation>La fenêtre est verrouillée. Saisissez votre mot de passe pour la déverrouiller, ou un autre nom d&apos;utilisateur pour changer d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch user</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session stays open. Log in under your own name.</source>
        <translation>La session reste ouverte. Connectez-vous sous votre propre nom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MAESTRO-4MS  ·  TRAINING</source>
        <translation>MAESTRO-4MS  ·  FORMATION</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MAESTRO-4MS</source>
        <translation>MAESTRO-4MS</translation>
    </message>
    <message>
        <source>Patient banner</source>
        <translation>Bandeau patient</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/main_window.py" line="+293"/>
        <source>No patient selected</source>
        <translation>Aucun patient sélectionné</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>FORMATION</translation>
    </message>
    <message>
        <source>--:--</source>
        <translation>--:--</translation>
    </message>
    <message>
        <source>Session steps</source>
        <translation>Étapes de la session</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/gui/main_window.py" line="-140"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {path}</source>
        <translation>Base de données : {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MAESTRO-4MS [TRAINING]</source>
        <translation>MAESTRO-4MS [FORMATION]</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subjects</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cell bank</source>
        <translation>Banque de cellules</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch user</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language / Langue</source>
        <translation>Langue / Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the application: Français or English</source>
        <translation>Langue de l&apos;application : Français ou English</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not logged in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subject {code}</source>
        <translation>Sujet {code}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{step}: {state}</source>
        <translation>{step} : {state}</translation>
    </message>
</context>
<context>
    <name>NoGoDialog</name>
    <message>
        <source>NO-GO: procedure not performed</source>
        <translation>NO-GO : geste non réalisé</translation>
    </message>
    <message>
        <source>Investigator&apos;s &amp;reason</source>
        <translation>&amp;Motif de l&apos;investigateur</translation>
    </message>
    <message>
        <source>Investigator&apos;s reason</source>
        <translation>Motif de l&apos;investigateur</translation>
    </message>
    <message>
        <source>New &amp;date (optional)</source>
        <translation>Nouvelle &amp;date (facultative)</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nouvelle date</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Record NO-GO and close the session</source>
        <translation>Enregistrer NO-GO et fermer la session</translation>
    </message>
</context>
<context>
    <name>ObservationPage</name>
    <message>
        <source>Observation</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Overdue checks</source>
        <translation>Contrôles en retard</translation>
    </message>
    <message>
        <source>Schedule of checks</source>
        <translation>Calendrier des contrôles</translation>
    </message>
    <message>
        <source>Selected check &amp;not done…</source>
        <translation>Contrôle sélectionné &amp;non fait…</translation>
    </message>
    <message>
        <source>&amp;Vital signs</source>
        <translation>C&amp;onstantes</translation>
    </message>
    <message>
        <source>NEWS2 of the last set</source>
        <translation>NEWS2 de la dernière série</translation>
    </message>
    <message>
        <source>Alerts of the last set</source>
        <translation>Alertes de la dernière série</translation>
    </message>
    <message>
        <source>Vital signs form</source>
        <translation>Formulaire des constantes</translation>
    </message>
    <message>
        <source>Change the SpO2 &amp;scale…</source>
        <translation>&amp;Changer l&apos;échelle SpO2…</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Tendance</translation>
    </message>
    <message>
        <source>&amp;Adverse events</source>
        <translation>Événements &amp;indésirables</translation>
    </message>
    <message>
        <source>Serious adverse event reporting clock</source>
        <translation>Délai de déclaration des événements indésirables graves</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Événements indésirables</translation>
    </message>
    <message>
        <source>&amp;Record an adverse event…</source>
        <translation>&amp;Enregistrer un événement indésirable…</translation>
    </message>
    <message>
        <source>Selected SAE re&amp;ported to the sponsor</source>
        <translation>EIG sélectionné &amp;déclaré au promoteur</translation>
    </message>
    <message>
        <source>&amp;Discharge</source>
        <translation>So&amp;rtie</translation>
    </message>
    <message>
        <source>Confirm every criterion, then record the discharge (investigator).</source>
        <translation>Confirmez chaque critère, puis enregistrez la sortie (investigateur).</translation>
    </message>
    <message>
        <source>Record the dis&amp;charge</source>
        <translation>Enregistrer la &amp;sortie</translation>
    </message>
</context>
<context>
    <name>ProcedurePage</name>
    <message>
        <source>Procedure</source>
        <translation>Geste</translation>
    </message>
    <message>
        <source>Time stamps</source>
        <translation>Horodatages</translation>
    </message>
    <message>
        <source>Recording late? Real &amp;time</source>
        <translation>Saisie tardive ? &amp;Heure réelle</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Real time of a late stamp</source>
        <translation>Heure réelle d&apos;un horodatage tardif</translation>
    </message>
    <message>
        <source>&amp;reason</source>
        <translation>&amp;motif</translation>
    </message>
    <message>
        <source>Reason for a late stamp</source>
        <translation>Motif d&apos;un horodatage tardif</translation>
    </message>
    <message>
        <source>Procedure message</source>
        <translation>Message du geste</translation>
    </message>
    <message>
        <source>Infusion check</source>
        <translation>Contrôle de la perfusion</translation>
    </message>
    <message>
        <source>Not ended yet.</source>
        <translation>Pas encore terminée.</translation>
    </message>
    <message>
        <source>investigator&apos;s comment</source>
        <translation>commentaire de l&apos;investigateur</translation>
    </message>
    <message>
        <source>Comment acknowledging the deviation</source>
        <translation>Commentaire de prise en compte de l&apos;écart</translation>
    </message>
    <message>
        <source>&amp;Acknowledge the deviation</source>
        <translation>&amp;Prendre en compte l&apos;écart</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Record an &amp;incident…</source>
        <translation>Enregistrer un &amp;incident…</translation>
    </message>
    <message>
        <source>A&amp;bandon the procedure…</source>
        <translation>&amp;Abandonner le geste…</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Visit window</source>
        <translation>Fenêtre de visite</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Close: opened in &amp;error…</source>
        <translation>Fermer : ouverte par &amp;erreur…</translation>
    </message>
    <message>
        <source>Close this session as opened in error</source>
        <translation>Fermer cette session comme ouverte par erreur</translation>
    </message>
</context>
<context>
    <name>SignoffPage</name>
    <message>
        <source>Sign-off and sheet</source>
        <translation>Signature et fiche</translation>
    </message>
    <message>
        <source>Session status</source>
        <translation>Statut de la session</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Changes with their reasons (old → new)</source>
        <translation>Modifications et leurs motifs (ancien → nouveau)</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Export the procedure &amp;sheet (PDF)…</source>
        <translation>Exporter la &amp;fiche de procédure (PDF)…</translation>
    </message>
    <message>
        <source>Export the data (&amp;CSV)…</source>
        <translation>Exporter les données (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Investigator&apos;s signature</source>
        <translation>Signature de l&apos;investigateur</translation>
    </message>
    <message>
        <source>&amp;Meaning</source>
        <translation>&amp;Signification</translation>
    </message>
    <message>
        <source>Meaning of the signature</source>
        <translation>Signification de la signature</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Investigator&apos;s password</source>
        <translation>Mot de passe de l&apos;investigateur</translation>
    </message>
    <message>
        <source>S&amp;ign the session</source>
        <translation>Si&amp;gner la session</translation>
    </message>
    <message>
        <source>Correct a time stamp</source>
        <translation>Corriger un horodatage</translation>
    </message>
    <message>
        <source>Time s&amp;tamp</source>
        <translation>&amp;Horodatage</translation>
    </message>
    <message>
        <source>Time stamp to correct</source>
        <translation>Horodatage à corriger</translation>
    </message>
    <message>
        <source>C&amp;orrect time</source>
        <translation>Heure c&amp;orrecte</translation>
    </message>
    <message>
        <source>DD/MM/YYYY HH:MM</source>
        <translation>JJ/MM/AAAA HH:MM</translation>
    </message>
    <message>
        <source>Correct time</source>
        <translation>Heure correcte</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Mo&amp;tif</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <source>Record the corr&amp;ection</source>
        <translation>&amp;Enregistrer la correction</translation>
    </message>
</context>
<context>
    <name>SubjectsPage</name>
    <message>
        <source>Subjects and visits</source>
        <translation>Sujets et visites</translation>
    </message>
    <message>
        <source>Select the subject, check the visit and its window, then open the session.</source>
        <translation>Sélectionnez le sujet, vérifiez la visite et sa fenêtre, puis ouvrez la session.</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the subject list</source>
        <translation>Actualiser la liste des sujets</translation>
    </message>
    <message>
        <source>&amp;Eligibility…</source>
        <translation>É&amp;ligibilité…</translation>
    </message>
    <message>
        <source>Eligibility record of the selected subject</source>
        <translation>Dossier d&apos;éligibilité du sujet sélectionné</translation>
    </message>
    <message>
        <source>&amp;Open session for this visit</source>
        <translation>&amp;Ouvrir la session de cette visite</translation>
    </message>
    <message>
        <source>Open session for the selected subject&apos;s next visit</source>
        <translation>Ouvrir la session de la prochaine visite du sujet sélectionné</translation>
    </message>
</context>
<context>
    <name>VialPage</name>
    <message>
        <source>Vial identity</source>
        <translation>Identité du flacon</translation>
    </message>
    <message>
        <source>Scan the vial label. The scanner can be used at any moment on this screen.</source>
        <translation>Scannez l&apos;étiquette du flacon. Le scanner peut être utilisé à tout moment sur cet écran.</translation>
    </message>
    <message>
        <source>waiting for a scan…</source>
        <translation>en attente d&apos;un scan…</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Dernier scan</translation>
    </message>
    <message>
        <source>… No vial scanned</source>
        <translation>… Aucun flacon scanné</translation>
    </message>
    <message>
        <source>Vial verdict</source>
        <translation>Décision sur le flacon</translation>
    </message>
    <message>
        <source>Vial reasons</source>
        <translation>Motifs concernant le flacon</translation>
    </message>
    <message>
        <source>&amp;Thawed / prepared at</source>
        <translation>&amp;Décongelé / préparé à</translation>
    </message>
    <message>
        <source>DD/MM/YYYY HH:MM</source>
        <translation>JJ/MM/AAAA HH:MM</translation>
    </message>
    <message>
        <source>Thawing or preparation time</source>
        <translation>Heure de décongélation ou de préparation</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Maintenant</translation>
    </message>
    <message>
        <source>Thawed now</source>
        <translation>Décongelé maintenant</translation>
    </message>
    <message>
        <source>Sa&amp;ve time</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Label unreadable: t&amp;ype it…</source>
        <translation>Étiquette illisible : la &amp;saisir…</translation>
    </message>
    <message>
        <source>Use the &amp;camera…</source>
        <translation>Utiliser la &amp;caméra…</translation>
    </message>
    <message>
        <source>Second person check</source>
        <translation>Vérification par une seconde personne</translation>
    </message>
    <message>
        <source>A second, different person logs in here, then scans the same vial (or types its identifier twice).</source>
        <translation>Une seconde personne, différente, se connecte ici, puis scanne le même flacon (ou saisit deux fois son identifiant).</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>Second person&apos;s user name</source>
        <translation>Nom d&apos;utilisateur de la seconde personne</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Second person&apos;s password</source>
        <translation>Mot de passe de la seconde personne</translation>
    </message>
    <message>
        <source>Typed &amp;identifier</source>
        <translation>&amp;Identifiant saisi</translation>
    </message>
    <message>
        <source>Identifier typed by the second person</source>
        <translation>Identifiant saisi par la seconde personne</translation>
    </message>
    <message>
        <source>only if the label cannot be scanned</source>
        <translation>seulement si l&apos;étiquette ne peut pas être scannée</translation>
    </message>
    <message>
        <source>Typed &amp;again</source>
        <translation>Saisi à &amp;nouveau</translation>
    </message>
    <message>
        <source>Identifier typed again</source>
        <translation>Identifiant saisi à nouveau</translation>
    </message>
    <message>
        <source>Con&amp;firm with the typed identifier</source>
        <translation>Con&amp;firmer avec l&apos;identifiant saisi</translation>
    </message>
</context>
</TS>
