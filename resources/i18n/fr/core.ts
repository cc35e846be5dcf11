<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>accounts</name>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="57"/>
        <source>A user name is 2-32 lower-case letters, digits, '.', '_' or '-', starting with a letter.</source>
        <translation>Un nom d'utilisateur comporte de 2 à 32 lettres minuscules, chiffres, « . », « _ » ou « - » et commence par une lettre.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="60"/>
        <source>Enter the person's printed name (it appears on signatures).</source>
        <translation>Saisissez le nom de la personne en toutes lettres (il figure sur les signatures).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="99"/>
        <source>Give the reason for the deactivation.</source>
        <translation>Indiquez le motif de la désactivation.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="81"/>
        <source>Give the reason for the role change.</source>
        <translation>Indiquez le motif du changement de rôle.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="52"/>
        <source>The first account must be an investigator's.</source>
        <translation>Le premier compte doit être celui d'un investigateur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="63"/>
        <source>The password must have at least {count} characters.</source>
        <translation>Le mot de passe doit comporter au moins {count} caractères.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="66"/>
        <source>The user name '{username}' is already taken.</source>
        <translation>Le nom d'utilisateur « {username} » est déjà pris.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="107"/>
        <source>There is no account '{username}'.</source>
        <translation>Il n'existe pas de compte « {username} ».</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="133"/>
        <source>This account is deactivated. Ask the coordinator.</source>
        <translation>Ce compte est désactivé. Adressez-vous au coordinateur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="153"/>
        <source>Too many wrong passwords: this account is locked for {count} minute.</source>
        <translation>Trop de mots de passe erronés : ce compte est verrouillé pendant {count} minute.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="153"/>
        <source>Too many wrong passwords: this account is locked for {count} minutes.</source>
        <translation>Trop de mots de passe erronés : ce compte est verrouillé pendant {count} minutes.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="139"/>
        <source>Too many wrong passwords: this account is locked until {time}.</source>
        <translation>Trop de mots de passe erronés : ce compte est verrouillé jusqu'à {time}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="158"/>
        <source>Wrong user name or password ({count} attempt left before the account locks).</source>
        <translation>Nom d'utilisateur ou mot de passe erroné (encore {count} essai avant le verrouillage du compte).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="158"/>
        <source>Wrong user name or password ({count} attempts left before the account locks).</source>
        <translation>Nom d'utilisateur ou mot de passe erroné (encore {count} essais avant le verrouillage du compte).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="125"/>
        <source>Wrong user name or password.</source>
        <translation>Nom d'utilisateur ou mot de passe erroné.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="94"/>
        <source>You cannot deactivate your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="83"/>
        <source>{username} is already a {role}.</source>
        <translation>{username} a déjà le rôle {role}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="96"/>
        <source>{username} is already deactivated.</source>
        <translation>{username} est déjà désactivé.</translation>
    </message>
</context>
<context>
    <name>ae</name>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="59"/>
        <source>38.0-39.0 °C</source>
        <translation>38,0-39,0 °C</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="60"/>
        <source>&gt; 39.0-40.0 °C</source>
        <translation>&gt; 39,0-40,0 °C</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="61"/>
        <source>&gt; 40.0 °C for &lt;= 24 h</source>
        <translation>&gt; 40,0 °C pendant &lt;= 24 h</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="62"/>
        <source>&gt; 40.0 °C for &gt; 24 h</source>
        <translation>&gt; 40,0 °C pendant &gt; 24 h</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="258"/>
        <source>A fatal outcome is grade 5, not grade {grade}.</source>
        <translation>Une évolution fatale correspond au grade 5, pas au grade {grade}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="203"/>
        <source>A serious adverse event needs at least one seriousness criterion.</source>
        <translation>Un événement indésirable grave nécessite au moins un critère de gravité.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="215"/>
        <source>A seriousness criterion is given twice.</source>
        <translation>Un critère de gravité est indiqué deux fois.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="242"/>
        <source>A typed term has at most {most} characters (found {count}).</source>
        <translation>Un terme saisi comporte au plus {most} caractères ({count} saisis).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="182"/>
        <source>Action taken</source>
        <translation>Mesure prise</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="53"/>
        <source>Death related to AE</source>
        <translation>Décès lié à l'EI</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="289"/>
        <source>Diastolic BP</source>
        <translation>PA diastolique</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="171"/>
        <source>End {time} is before the onset ({onset}).</source>
        <translation>Fin à {time} : avant le début ({onset}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="168"/>
        <source>End {time} is in the future.</source>
        <translation>Fin à {time} : dans le futur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="158"/>
        <source>Give the onset date and time.</source>
        <translation>Indiquez la date et l'heure de début.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/adverse_events.py" line="90"/>
        <source>Give the reason for the change (follow-up, correction…).</source>
        <translation>Indiquez le motif de la modification (suivi, correction…).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="218"/>
        <source>Grade 5 (death) is serious, with the criterion 'death'.</source>
        <translation>Le grade 5 (décès) est grave, avec le critère « décès ».</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="255"/>
        <source>Grade 5 means death: the outcome must be 'fatal'.</source>
        <translation>Le grade 5 correspond au décès : l'évolution doit être « décès ».</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="145"/>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="249"/>
        <source>Grade {grade} does not exist (CTCAE grades 1 to 5).</source>
        <translation>Le grade {grade} n'existe pas (grades CTCAE 1 à 5).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="68"/>
        <source>Life-threatening consequences</source>
        <translation>Mise en jeu du pronostic vital</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="52"/>
        <source>Life-threatening consequences; urgent intervention indicated</source>
        <translation>Mise en jeu du pronostic vital ; intervention urgente indiquée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="41"/>
        <source>MS relapse</source>
        <translation>poussée de SEP</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="46"/>
        <source>Mild; asymptomatic or mild symptoms; clinical or diagnostic observations only; intervention not indicated</source>
        <translation>Léger ; asymptomatique ou symptômes légers ; observations cliniques ou diagnostiques uniquement ; pas d'intervention indiquée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="48"/>
        <source>Moderate; minimal, local or noninvasive intervention indicated; limiting age-appropriate instrumental ADL</source>
        <translation>Modéré ; intervention minimale, locale ou non invasive indiquée ; limitant les activités instrumentales de la vie quotidienne adaptées à l'âge</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="239"/>
        <source>Name the adverse event: pick a term or type one.</source>
        <translation>Nommez l'événement indésirable : choisissez un terme ou saisissez-le.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="211"/>
        <source>Not a seriousness criterion: {values}.</source>
        <translation>Critère de gravité inconnu : {values}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/adverse_events.py" line="104"/>
        <source>Only a serious adverse event is reported within the deadline.</source>
        <translation>Seul un événement indésirable grave est déclaré dans le délai.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="160"/>
        <source>Onset {time} is in the future.</source>
        <translation>Début à {time} : dans le futur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="183"/>
        <source>Outcome</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="180"/>
        <source>Relation to the lumbar puncture</source>
        <translation>Relation avec la ponction lombaire</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="181"/>
        <source>Relation to the study product</source>
        <translation>Relation avec le produit à l'étude</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="200"/>
        <source>Serious must be yes or no, found {value}.</source>
        <translation>Grave : répondez oui ou non (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="206"/>
        <source>Seriousness criteria apply only to a serious adverse event: mark it serious or clear the criteria.</source>
        <translation>Les critères de gravité ne s'appliquent qu'à un événement indésirable grave : cochez « grave » ou retirez les critères.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="50"/>
        <source>Severe or medically significant but not immediately life-threatening; hospitalization or prolongation of hospitalization indicated; disabling; limiting self care ADL</source>
        <translation>Sévère ou médicalement significatif sans mise en jeu immédiate du pronostic vital ; hospitalisation ou prolongation d'hospitalisation indiquée ; invalidant ; limitant l'autonomie dans les activités de la vie quotidienne</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="288"/>
        <source>Systolic BP</source>
        <translation>PA systolique</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="65"/>
        <source>Systolic BP 120-139 mmHg or diastolic BP 80-89 mmHg</source>
        <translation>PA systolique 120-139 mmHg ou PA diastolique 80-89 mmHg</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="66"/>
        <source>Systolic BP 140-159 mmHg or diastolic BP 90-99 mmHg</source>
        <translation>PA systolique 140-159 mmHg ou PA diastolique 90-99 mmHg</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="67"/>
        <source>Systolic BP &gt;= 160 mmHg or diastolic BP &gt;= 100 mmHg</source>
        <translation>PA systolique &gt;= 160 mmHg ou PA diastolique &gt;= 100 mmHg</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="287"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="221"/>
        <source>The criterion 'death' goes with grade 5, not grade {grade}.</source>
        <translation>Le critère « décès » va avec le grade 5, pas avec le grade {grade}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="263"/>
        <source>The description must be text.</source>
        <translation>La description doit être du texte.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="165"/>
        <source>The end must be a date and time.</source>
        <translation>La fin doit être une date et une heure.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="251"/>
        <source>The grade must be a whole number from 1 to 5, found {value}.</source>
        <translation>Le grade doit être un nombre entier de 1 à 5 (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/adverse_events.py" line="110"/>
        <source>The report time cannot be in the future.</source>
        <translation>L'heure de déclaration ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="196"/>
        <source>The seriousness criteria must be a list of names, found {value}.</source>
        <translation>Les critères de gravité doivent être une liste de noms (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/adverse_events.py" line="53"/>
        <source>There is no such adverse event.</source>
        <translation>Cet événement indésirable n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/adverse_events.py" line="107"/>
        <source>This serious adverse event is already marked as reported.</source>
        <translation>Cet événement indésirable grave est déjà marqué comme déclaré.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="102"/>
        <source>action taken</source>
        <translation>mesure prise</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="40"/>
        <source>allergic reaction</source>
        <translation>réaction allergique</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="35"/>
        <source>back pain</source>
        <translation>lombalgie</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="86"/>
        <source>congenital anomaly</source>
        <translation>anomalie congénitale</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="83"/>
        <source>death</source>
        <translation>décès</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="89"/>
        <source>definite</source>
        <translation>certaine</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="103"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="85"/>
        <source>disability or incapacity</source>
        <translation>invalidité ou incapacité</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="38"/>
        <source>dizziness</source>
        <translation>sensation vertigineuse</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="103"/>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="94"/>
        <source>fatal</source>
        <translation>décès</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="35"/>
        <source>fever</source>
        <translation>fièvre</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="100"/>
        <source>grade</source>
        <translation>grade</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="34"/>
        <source>headache</source>
        <translation>céphalées</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="84"/>
        <source>hospitalisation or prolongation</source>
        <translation>hospitalisation ou prolongation</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="39"/>
        <source>hypertension</source>
        <translation>hypertension artérielle</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="39"/>
        <source>hypotension</source>
        <translation>hypotension artérielle</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="87"/>
        <source>important medical event</source>
        <translation>événement médical important</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="35"/>
        <source>injection-site pain</source>
        <translation>douleur au point de ponction</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="83"/>
        <source>life-threatening</source>
        <translation>mise en jeu du pronostic vital</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="41"/>
        <source>meningitis</source>
        <translation>méningite</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="37"/>
        <source>nausea</source>
        <translation>nausées</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="37"/>
        <source>neck stiffness/meningism</source>
        <translation>raideur de nuque/méningisme</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="90"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="93"/>
        <source>not recovered</source>
        <translation>non résolu</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="88"/>
        <source>not related</source>
        <translation>non liée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="100"/>
        <source>onset</source>
        <translation>début</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="92"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="103"/>
        <source>outcome</source>
        <translation>évolution</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="88"/>
        <source>possible</source>
        <translation>possible</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="34"/>
        <source>post-dural-puncture headache</source>
        <translation>syndrome post-ponction lombaire</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="89"/>
        <source>probable</source>
        <translation>probable</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="91"/>
        <source>procedure interrupted</source>
        <translation>geste interrompu</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="36"/>
        <source>radicular leg pain</source>
        <translation>radiculalgie du membre inférieur</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="93"/>
        <source>recovered</source>
        <translation>résolu</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="94"/>
        <source>recovered with sequelae</source>
        <translation>résolu avec séquelles</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="93"/>
        <source>recovering</source>
        <translation>en cours de résolution</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="101"/>
        <source>relation to the lumbar puncture</source>
        <translation>relation avec la ponction lombaire</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="102"/>
        <source>relation to the study product</source>
        <translation>relation avec le produit à l'étude</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="100"/>
        <source>serious</source>
        <translation>grave</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="101"/>
        <source>seriousness criteria</source>
        <translation>critères de gravité</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="40"/>
        <source>spinal haematoma</source>
        <translation>hématome rachidien</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="92"/>
        <source>study treatment stopped</source>
        <translation>traitement à l'étude arrêté</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="100"/>
        <source>term</source>
        <translation>terme</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="90"/>
        <source>treatment given</source>
        <translation>traitement administré</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="94"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="88"/>
        <source>unlikely</source>
        <translation>peu probable</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="38"/>
        <source>vasovagal reaction</source>
        <translation>malaise vagal</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="38"/>
        <source>vomiting</source>
        <translation>vomissements</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="271"/>
        <source>{label} must be a number, found {value}.</source>
        <translation>{label} doit être un nombre (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/adverse_events.py" line="186"/>
        <source>{label} {value} is not one of: {choices}.</source>
        <translation>{label} {value} ne fait pas partie de : {choices}.</translation>
    </message>
</context>
<context>
    <name>cellbank</name>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="184"/>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/errors.py" line="50"/>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="163"/>
        <source>allocated_subject '{subject}' must be a subject code like 01-003</source>
        <translation>allocated_subject « {subject} » doit être un code sujet comme 01-003</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="168"/>
        <source>allocated_subject and allocated_visit must be given together</source>
        <translation>allocated_subject et allocated_visit doivent être renseignés ensemble</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="332"/>
        <source>allocated_subject {subject} is not a registered subject</source>
        <translation>allocated_subject {subject} n'est pas un sujet enregistré</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="160"/>
        <source>allocated_visit '{visit}' must be 1, 2 or 3</source>
        <translation>allocated_visit « {visit} » doit valoir 1, 2 ou 3</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="108"/>
        <source>expiry '{text}' is not a valid date (YYYY-MM-DD)</source>
        <translation>expiry « {text} » n'est pas une date valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="113"/>
        <source>expiry '{text}' is not a valid date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM in local time)</source>
        <translation>expiry « {text} » n'est pas une date valide (AAAA-MM-JJ, ou AAAA-MM-JJTHH:MM en heure locale)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="110"/>
        <source>expiry '{text}' is not a valid date and time (YYYY-MM-DDTHH:MM)</source>
        <translation>expiry « {text} » n'est pas une date et heure valides (AAAA-MM-JJTHH:MM)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="194"/>
        <source>given twice: {columns}</source>
        <translation>en double : {columns}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="172"/>
        <source>gtin '{gtin}' is not a GTIN-14 (14 digits, last one the check digit)</source>
        <translation>gtin « {gtin} » n'est pas un GTIN-14 (14 chiffres, le dernier étant la clé de contrôle)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="238"/>
        <source>has {count} values; the header names {columns} columns</source>
        <translation>contient {count} valeurs ; l'en-tête nomme {columns} colonnes</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="76"/>
        <source>line {line}: {problem}</source>
        <translation>ligne {line} : {problem}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="142"/>
        <source>lot '{lot}' is longer than {most} characters</source>
        <translation>lot « {lot} » dépasse {most} caractères</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="190"/>
        <source>missing: {columns}</source>
        <translation>manquantes : {columns}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/cellbank.py" line="48"/>
        <source>nothing to import: {count} vial unchanged</source>
        <translation>rien à importer : {count} flacon inchangé</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/cellbank.py" line="48"/>
        <source>nothing to import: {count} vials unchanged</source>
        <translation>rien à importer : {count} flacons inchangés</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="152"/>
        <source>release_status '{status}' must be one of {choices}</source>
        <translation>release_status « {status} » doit être l'une des valeurs {choices}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/cellbank.py" line="102"/>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="211"/>
        <source>the file is empty: the first line must be the header {columns}</source>
        <translation>le fichier est vide : la première ligne doit être l'en-tête {columns}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="195"/>
        <source>the header is not the cell bank's ({parts}); the first line must name these columns, in any order: {columns}</source>
        <translation>l'en-tête n'est pas celui de la banque de cellules ({parts}) ; la première ligne doit nommer ces colonnes, dans n'importe quel ordre : {columns}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="192"/>
        <source>unknown: {columns}</source>
        <translation>inconnues : {columns}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="230"/>
        <source>unreadable CSV ({problem})</source>
        <translation>CSV illisible ({problem})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="341"/>
        <source>vial {vial} was already administered (session {session}); its {columns} cannot be changed</source>
        <translation>le flacon {vial} a déjà été administré (session {session}) ; ses champs {columns} ne peuvent plus changer</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="246"/>
        <source>vial_id '{vial}' is already on line {line}</source>
        <translation>vial_id « {vial} » figure déjà ligne {line}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="138"/>
        <source>vial_id '{vial}' is neither an ISBT 128 DIN (13 characters, e.g. G123426000001) nor a GS1 serial (1-20 letters, digits or -./_ etc., no spaces)</source>
        <translation>vial_id « {vial} » n'est ni un DIN ISBT 128 (13 caractères, p. ex. G123426000001) ni un numéro de série GS1 (1 à 20 lettres, chiffres ou -./_ etc., sans espace)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/cellbank.py" line="50"/>
        <source>{added} added, {changed} changed, {unchanged} unchanged</source>
        <translation>{added} ajouté(s), {changed} modifié(s), {unchanged} inchangé(s)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="122"/>
        <source>{column} '{text}' is not a number</source>
        <translation>{column} « {text} » n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="134"/>
        <source>{column} is missing</source>
        <translation>{column} manquant</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/cellbank.py" line="125"/>
        <source>{column} must be more than 0 (got '{text}')</source>
        <translation>{column} doit être supérieur à 0 (reçu « {text} »)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/cellbank.py" line="98"/>
        <source>{file} cannot be read ({problem}).</source>
        <translation>{file} est illisible ({problem}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/cellbank.py" line="80"/>
        <source>{file} is not UTF-8 text (line {line}); save it from the spreadsheet as 'CSV UTF-8'. Nothing was imported.</source>
        <translation>{file} n'est pas un texte UTF-8 (ligne {line}) ; enregistrez-le depuis le tableur au format « CSV UTF-8 ». Rien n'a été importé.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/errors.py" line="51"/>
        <source>{file} was not imported; nothing was changed. {count} problem(s):
{problems}</source>
        <translation>{file} n'a pas été importé ; rien n'a été modifié. {count} problème(s) :
{problems}</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="75"/>
        <source>A drug not in the hold-time table gives a NO-GO for the investigator to resolve.</source>
        <translation>Un médicament absent de la table des délais d'arrêt donne un NO-GO, à trancher par l'investigateur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="73"/>
        <source>Altered consciousness, focal deficit, papilloedema or new seizures call for imaging before a lumbar puncture (guidance, not protocol).</source>
        <translation>Trouble de la conscience, déficit focal, œdème papillaire ou crises d'épilepsie récentes imposent une imagerie avant la ponction lombaire (recommandation, hors protocole).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="77"/>
        <source>Answer yes if unsure.</source>
        <translation>En cas de doute, répondez oui.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="58"/>
        <source>Anticoagulant, antiplatelet or fibrinolytic treatment?</source>
        <translation>Traitement anticoagulant, antiagrégant plaquettaire ou fibrinolytique ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="59"/>
        <source>Antithrombotic drug</source>
        <translation>Médicament antithrombotique</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/checks.py" line="71"/>
        <source>Baseline vital signs not recorded</source>
        <translation>Constantes de référence non saisies</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="91"/>
        <source>Breastfeeding</source>
        <translation>Allaitement</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="63"/>
        <source>Breastfeeding?</source>
        <translation>Allaitement ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="61"/>
        <source>Condition on the day met?</source>
        <translation>Condition du jour remplie ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="95"/>
        <source>Consent no longer valid</source>
        <translation>Consentement non valide</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="69"/>
        <source>Consent still valid?</source>
        <translation>Consentement toujours valide ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/checks.py" line="174"/>
        <source>GO is already recorded for this session.</source>
        <translation>Le GO est déjà enregistré pour cette session.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/checks.py" line="176"/>
        <source>GO is not possible: {findings}</source>
        <translation>GO impossible : {findings}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/checks.py" line="181"/>
        <source>Give the reason for NO-GO (no check is against the puncture, or GO was recorded).</source>
        <translation>Indiquez le motif du NO-GO (aucune vérification ne contre-indique la ponction, ou le GO était enregistré).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="64"/>
        <source>High-dose corticosteroids in the last 30 days?</source>
        <translation>Corticoïdes à forte dose dans les 30 derniers jours ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="317"/>
        <source>High-dose corticosteroids on {day}, {ago} (more than {lookback} days)</source>
        <translation>Corticoïdes à forte dose le {day}, {ago} (plus de {lookback} jours)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="313"/>
        <source>High-dose corticosteroids on {day}, {ago} (within the {lookback}-day rule)</source>
        <translation>Corticoïdes à forte dose le {day}, {ago} (dans le délai de {lookback} jours)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="90"/>
        <source>Infection at the puncture site</source>
        <translation>Infection au point de ponction</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="55"/>
        <source>Infection at the puncture site?</source>
        <translation>Infection au point de ponction ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="60"/>
        <source>Last antithrombotic dose (date and time)</source>
        <translation>Dernière prise d'antithrombotique (date et heure)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="65"/>
        <source>Last high-dose corticosteroid dose (date)</source>
        <translation>Dernière prise de corticoïdes à forte dose (date)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/checks.py" line="233"/>
        <source>Locked until the pre-procedure checks are GO.</source>
        <translation>Verrouillé tant que les vérifications avant le geste ne sont pas GO.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="172"/>
        <source>Name the antithrombotic drug.</source>
        <translation>Indiquez le médicament antithrombotique.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="93"/>
        <source>New disease-modifying drug</source>
        <translation>Nouveau traitement de fond</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="67"/>
        <source>New disease-modifying drug since the previous visit?</source>
        <translation>Nouveau traitement de fond depuis la visite précédente ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/checks.py" line="210"/>
        <source>Other (not in the table)</source>
        <translation>Autre (absent de la table)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="56"/>
        <source>Platelet count (G/L)</source>
        <translation>Numération plaquettaire (G/L)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="145"/>
        <source>Platelet count must be a number, found {value}.</source>
        <translation>La numération plaquettaire doit être un nombre (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="269"/>
        <source>Platelet count of {day} is older than {count} day: a new count is needed</source>
        <translation>Numération plaquettaire du {day} datant de plus de {count} jour : un nouveau prélèvement est nécessaire</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="269"/>
        <source>Platelet count of {day} is older than {count} days: a new count is needed</source>
        <translation>Numération plaquettaire du {day} datant de plus de {count} jours : un nouveau prélèvement est nécessaire</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="149"/>
        <source>Platelet count {count} G/L is impossible (allowed 0-{limit}): check the value.</source>
        <translation>Numération plaquettaire {count} G/L impossible (valeurs admises 0-{limit}) : vérifiez la valeur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="57"/>
        <source>Platelet sample date</source>
        <translation>Date du prélèvement plaquettaire</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="276"/>
        <source>Platelets {count} G/L (&lt; {minimum} G/L) on {day}</source>
        <translation>Plaquettes {count} G/L (&lt; {minimum} G/L) le {day}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="253"/>
        <source>Positive pregnancy test</source>
        <translation>Test de grossesse positif</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="62"/>
        <source>Pregnancy test result</source>
        <translation>Résultat du test de grossesse</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="174"/>
        <source>Pregnancy test result must be negative or positive, found {value}.</source>
        <translation>Le résultat du test de grossesse doit être négatif ou positif (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="92"/>
        <source>Relapse or new T2 lesion since the previous visit</source>
        <translation>Poussée ou nouvelle lésion T2 depuis la visite précédente</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="66"/>
        <source>Relapse or new T2 lesion since the previous visit?</source>
        <translation>Poussée ou nouvelle lésion T2 depuis la visite précédente ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="89"/>
        <source>Signs of raised intracranial pressure</source>
        <translation>Signes d'hypertension intracrânienne</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="54"/>
        <source>Signs of raised intracranial pressure?</source>
        <translation>Signes d'hypertension intracrânienne ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="94"/>
        <source>Taking part in another trial</source>
        <translation>Participation à un autre essai</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="68"/>
        <source>Taking part in another trial?</source>
        <translation>Participation à un autre essai ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="167"/>
        <source>The last antithrombotic dose is after now: check the date and time.</source>
        <translation>La dernière prise d'antithrombotique est postérieure à maintenant : vérifiez la date et l'heure.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="164"/>
        <source>The last antithrombotic dose must carry its time zone.</source>
        <translation>La dernière prise d'antithrombotique doit indiquer son fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="158"/>
        <source>The last corticosteroid dose {day} is in the future.</source>
        <translation>La dernière prise de corticoïdes du {day} est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/checks.py" line="184"/>
        <source>The new date must be after today.</source>
        <translation>La nouvelle date doit être postérieure à aujourd'hui.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="154"/>
        <source>The platelet sample date {day} is in the future.</source>
        <translation>La date du prélèvement plaquettaire {day} est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/checks.py" line="236"/>
        <source>The pre-procedure checks no longer pass: {findings}. Update them before going on.</source>
        <translation>Les vérifications avant le geste ne sont plus conformes : {findings}. Mettez-les à jour avant de poursuivre.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/checks.py" line="189"/>
        <source>The verdict is GO or NO-GO.</source>
        <translation>La décision est GO ou NO-GO.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/checks.py" line="126"/>
        <source>The verdict is recorded: give the reason for changing this answer.</source>
        <translation>La décision est enregistrée : indiquez le motif de la modification de cette réponse.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/checks.py" line="115"/>
        <source>Unknown check '{field}'.</source>
        <translation>Vérification inconnue « {field} ».</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="27"/>
        <source>negative</source>
        <translation>négatif</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="27"/>
        <source>positive</source>
        <translation>positif</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="289"/>
        <source>{drug} is not in the hold-time reference table ({version}): the investigator must decide</source>
        <translation>{drug} ne figure pas dans la table de référence des délais d'arrêt ({version}) : décision de l'investigateur</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="299"/>
        <source>{drug}: {condition} is met</source>
        <translation>{drug} : {condition}, condition remplie</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="301"/>
        <source>{drug}: {condition} is not met</source>
        <translation>{drug} : {condition}, condition non remplie</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="240"/>
        <source>{drug}: {condition} not answered</source>
        <translation>{drug} : {condition}, non renseigné</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/checks.py" line="138"/>
        <source>{item} changed: {findings}</source>
        <translation>{item} modifié : {findings}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="182"/>
        <source>{item} not answered</source>
        <translation>{item} : non renseigné</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/checks.py" line="136"/>
        <source>{item}: answer yes or no, found {value}.</source>
        <translation>{item} : répondez oui ou non (valeur reçue : {value}).</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="110"/>
        <source>CSV file, UTF-8, header {columns}</source>
        <translation>fichier CSV, UTF-8, en-tête {columns}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="139"/>
        <source>PDF file to write</source>
        <translation>fichier PDF à écrire</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli_sync.py" line="31"/>
        <source>PostgreSQL login for the workstation</source>
        <translation>identifiant PostgreSQL du poste</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="53"/>
        <source>The `maestro` command: headless tasks on a database file (demo data, journal, audit).</source>
        <translation>La commande `maestro` : tâches sans interface graphique sur un fichier de base de données (données de formation, journal, audit).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli_sync.py" line="15"/>
        <source>accept the sslmode given in the address even if weaker than verify-full (test networks only)</source>
        <translation>accepter le sslmode indiqué dans l'adresse même s'il est plus faible que verify-full (réseaux de test uniquement)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="73"/>
        <source>accounts (asks the password of --as)</source>
        <translation>comptes (demande le mot de passe de --as)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli_sync.py" line="42"/>
        <source>address, without the password</source>
        <translation>adresse, sans le mot de passe</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli_sync.py" line="26"/>
        <source>administrator's address</source>
        <translation>adresse d'administrateur</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="64"/>
        <source>audit trail checks</source>
        <translation>contrôles de la piste d'audit</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="162"/>
        <source>backup file to restore</source>
        <translation>fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="60"/>
        <source>build a training database</source>
        <translation>créer une base de formation</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli_sync.py" line="48"/>
        <source>central address (default: the one saved by `maestro central connect`)</source>
        <translation>adresse centrale (par défaut : celle enregistrée par `maestro central connect`)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="122"/>
        <source>character standing for the group separator (default: site.labels.group_separator_substitute)</source>
        <translation>caractère qui tient lieu de séparateur de groupe (par défaut : site.labels.group_separator_substitute)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli_sync.py" line="24"/>
        <source>create a workstation's login</source>
        <translation>créer l'identifiant d'un poste</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="75"/>
        <source>create an account</source>
        <translation>créer un compte</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli_sync.py" line="22"/>
        <source>create or upgrade the central schema and roles</source>
        <translation>créer ou mettre à jour le schéma central et ses rôles</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="47"/>
        <source>database file (default: {path})</source>
        <translation>fichier de base de données (par défaut : {path})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="148"/>
        <source>database maintenance</source>
        <translation>maintenance de la base de données</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="81"/>
        <source>deactivate an account</source>
        <translation>désactiver un compte</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="93"/>
        <source>e.g. 01-003</source>
        <translation>p. ex. 01-003</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="98"/>
        <source>enrolment date, YYYY-MM-DD</source>
        <translation>date d'inclusion, AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="127"/>
        <source>every session with its status</source>
        <translation>toutes les sessions, avec leur statut</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="157"/>
        <source>folder (default: the site's backup folder)</source>
        <translation>dossier (par défaut : le dossier de sauvegarde du site)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="146"/>
        <source>folder to write into</source>
        <translation>dossier de destination</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="150"/>
        <source>full SQLite integrity check and chain check</source>
        <translation>contrôle complet de l'intégrité SQLite et contrôle de la chaîne du journal</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="106"/>
        <source>import the cell-therapy unit's CSV file (all rows or none)</source>
        <translation>importer le fichier CSV de l'unité de thérapie cellulaire (toutes les lignes ou aucune)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="140"/>
        <source>language of the sheet (default: the language chosen in the app, else the system's)</source>
        <translation>langue de la fiche (par défaut : la langue choisie dans l'application, sinon celle du système)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="100"/>
        <source>list subjects with their next visit</source>
        <translation>lister les sujets avec leur prochaine visite</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="112"/>
        <source>list the vials of the bank</source>
        <translation>lister les flacons de la banque</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="143"/>
        <source>one CSV per record type, the journal included</source>
        <translation>un fichier CSV par type d'enregistrement, journal compris</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="71"/>
        <location filename="../../../maestro_desktop/cli.py" line="114"/>
        <location filename="../../../maestro_desktop/cli.py" line="129"/>
        <source>one JSON object per line</source>
        <translation>un objet JSON par ligne</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="70"/>
        <source>only this session's events</source>
        <translation>uniquement les événements de cette session</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="40"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="39"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="121"/>
        <source>print one JSON object</source>
        <translation>afficher un seul objet JSON</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="68"/>
        <source>print the journal readably</source>
        <translation>afficher le journal sous une forme lisible</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="79"/>
        <source>printed name, as on signatures</source>
        <translation>nom en toutes lettres, tel qu'il figure sur les signatures</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="131"/>
        <source>procedure sheet (PDF) and data exports (CSV)</source>
        <translation>fiche de procédure (PDF) et exports de données (CSV)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli_sync.py" line="45"/>
        <source>push this workstation's journal, pull reference data</source>
        <translation>envoyer le journal de ce poste, récupérer les données de référence</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="158"/>
        <source>put a backup in place of the database (the replaced file is kept beside it)</source>
        <translation>remettre une sauvegarde à la place de la base de données (le fichier remplacé est conservé à côté)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="118"/>
        <source>read a scanned label's text (GS1 or ISBT 128)</source>
        <translation>lire le texte d'une étiquette scannée (GS1 ou ISBT 128)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="66"/>
        <source>recompute the journal's hash chain</source>
        <translation>recalculer la chaîne d'empreintes du journal</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="90"/>
        <source>register an enrolled subject (no names)</source>
        <translation>enregistrer un sujet inclus (sans nom)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="62"/>
        <source>replace an existing file</source>
        <translation>remplacer un fichier existant</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="163"/>
        <source>restore even if the database holds more events than the backup</source>
        <translation>restaurer même si la base de données contient plus d'événements que la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli_sync.py" line="27"/>
        <source>role name prefix</source>
        <translation>préfixe des noms de rôles</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli_sync.py" line="37"/>
        <source>save this workstation's central address (asks the password of --as, a coordinator)</source>
        <translation>enregistrer l'adresse centrale de ce poste (demande le mot de passe de --as, un coordinateur)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="138"/>
        <source>session id (see `maestro sessions`)</source>
        <translation>identifiant de la session (voir `maestro sessions`)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli_sync.py" line="20"/>
        <source>set up the central PostgreSQL store</source>
        <translation>configurer la base centrale PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="57"/>
        <source>show program's version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="42"/>
        <source>show this help message and exit</source>
        <translation>afficher ce message d'aide et quitter</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="87"/>
        <source>subject registry (asks the password of --as)</source>
        <translation>registre des sujets (demande le mot de passe de --as)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="103"/>
        <source>the ASC cell bank (import asks the password of --as)</source>
        <translation>la banque de cellules ASC (l'import demande le mot de passe de --as)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli_sync.py" line="36"/>
        <source>the login authenticates by client certificate</source>
        <translation>l'identifiant s'authentifie par certificat client</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="134"/>
        <source>the procedure sheet of one session, as PDF</source>
        <translation>la fiche de procédure d'une session, en PDF</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli_sync.py" line="33"/>
        <source>the workstation's id (printed by `maestro sync` when unregistered)</source>
        <translation>identifiant du poste (affiché par `maestro sync` tant que le poste n'est pas enregistré)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli_sync.py" line="32"/>
        <source>two-digit site number, e.g. 01</source>
        <translation>numéro du site sur deux chiffres, p. ex. 01</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="28"/>
        <source>usage:</source>
        <translation>utilisation :</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="116"/>
        <source>vial labels</source>
        <translation>étiquettes des flacons</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="120"/>
        <source>what the scanner sent, e.g. '=G12341765432170'</source>
        <translation>ce que le lecteur a envoyé, p. ex. « =G12341765432170 »</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="153"/>
        <source>write a verified online backup of the database</source>
        <translation>écrire une sauvegarde à chaud vérifiée de la base de données</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/cli.py" line="77"/>
        <location filename="../../../maestro_desktop/cli.py" line="83"/>
        <location filename="../../../maestro_desktop/cli.py" line="92"/>
        <location filename="../../../maestro_desktop/cli.py" line="109"/>
        <location filename="../../../maestro_desktop/cli_sync.py" line="41"/>
        <source>your user name</source>
        <translation>votre nom d'utilisateur</translation>
    </message>
</context>
<context>
    <name>eligibility</name>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="63"/>
        <source>Affiliated to social security?</source>
        <translation>Affilié(e) à la sécurité sociale ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="190"/>
        <source>Age {age} at screening ({low}-{high})</source>
        <translation>Âge {age} ans à la sélection ({low}-{high})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="72"/>
        <source>Another therapeutic trial in the past 6 months?</source>
        <translation>Autre essai thérapeutique dans les 6 derniers mois ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/eligibility.py" line="101"/>
        <source>Answer every criterion before signing: {missing}</source>
        <translation>Renseignez tous les critères avant de signer : {missing}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="76"/>
        <source>Breastfeeding?</source>
        <translation>Allaitement ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="204"/>
        <source>Consent signed {consent}, after screening on {screening}</source>
        <translation>Consentement signé le {consent}, après la sélection du {screening}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="69"/>
        <source>Contraindication to lumbar puncture (intracranial hypertension, puncture-site infection, platelets &lt; 50 G/L, anticoagulant or fibrinolytic treatment)?</source>
        <translation>Contre-indication à la ponction lombaire (hypertension intracrânienne, infection au point de ponction, plaquettes &lt; 50 G/L, traitement anticoagulant ou fibrinolytique) ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="56"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="155"/>
        <source>Date of birth {day} does not match the registered birth year {year}.</source>
        <translation>La date de naissance {day} ne correspond pas à l'année de naissance enregistrée ({year}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="150"/>
        <source>Date of birth {day} gives an impossible age at screening (allowed {low}-{high}): check the date.</source>
        <translation>La date de naissance {day} donne un âge impossible à la sélection (valeurs admises {low}-{high}) : vérifiez la date.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="62"/>
        <source>Date the consent form was signed</source>
        <translation>Date de signature du consentement</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="74"/>
        <source>Deprived of liberty by a judicial or administrative decision?</source>
        <translation>Privé(e) de liberté par décision judiciaire ou administrative ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="67"/>
        <source>Disease-modifying drug in the past 12 months?</source>
        <translation>Traitement de fond dans les 12 derniers mois ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="57"/>
        <source>EDSS score</source>
        <translation>Score EDSS</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="197"/>
        <source>EDSS {value} ({low}-{high})</source>
        <translation>EDSS {value} ({low}-{high})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="159"/>
        <source>EDSS {value} is not a valid score (0 to 10 in steps of 0.5).</source>
        <translation>EDSS {value} n'est pas un score valide (0 à 10 par pas de 0,5).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="61"/>
        <source>Effective contraception (woman of childbearing potential)?</source>
        <translation>Contraception efficace (femme en âge de procréer) ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="68"/>
        <source>High-dose corticosteroids in the 30 days before inclusion?</source>
        <translation>Corticoïdes à forte dose dans les 30 jours précédant l'inclusion ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="66"/>
        <source>Inflammatory activity (relapse or new T2 lesion) in the past 12 months?</source>
        <translation>Activité inflammatoire (poussée ou nouvelle lésion T2) dans les 12 derniers mois ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="85"/>
        <source>No effective contraception</source>
        <translation>Pas de contraception efficace</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="84"/>
        <source>No oligoclonal bands in the CSF</source>
        <translation>Pas de bandes oligoclonales dans le LCR</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="83"/>
        <source>No progression independent of relapse in the 2 years before screening</source>
        <translation>Pas de progression indépendante des poussées dans les 2 ans précédant la sélection</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="86"/>
        <source>Not affiliated to social security</source>
        <translation>Non affilié(e) à la sécurité sociale</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="81"/>
        <source>Not primary progressive MS by the McDonald 2017 criteria</source>
        <translation>Pas de SEP primaire progressive selon les critères de McDonald 2017</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="60"/>
        <source>Oligoclonal bands in the CSF?</source>
        <translation>Bandes oligoclonales dans le LCR ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="75"/>
        <source>Pregnant?</source>
        <translation>Grossesse ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="55"/>
        <source>Primary progressive MS by the McDonald 2017 criteria?</source>
        <translation>SEP primaire progressive selon les critères de McDonald 2017 ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="59"/>
        <source>Progression independent of relapse in the 2 years before screening?</source>
        <translation>Progression indépendante des poussées dans les 2 ans précédant la sélection ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="53"/>
        <source>Screening date</source>
        <translation>Date de sélection</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/eligibility.py" line="117"/>
        <source>Subject {code} has no signed eligibility record: injection 1 cannot start.</source>
        <translation>Le sujet {code} n'a pas de fiche d'éligibilité signée : l'injection 1 ne peut pas commencer.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/eligibility.py" line="123"/>
        <source>Subject {code} is not eligible: {reasons}</source>
        <translation>Le sujet {code} n'est pas éligible : {reasons}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="142"/>
        <source>The consent date {day} is in the future.</source>
        <translation>La date du consentement {day} est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/eligibility.py" line="104"/>
        <source>The eligibility record is already signed.</source>
        <translation>La fiche d'éligibilité est déjà signée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/eligibility.py" line="87"/>
        <source>The eligibility record is signed: give the reason for the change.</source>
        <translation>La fiche d'éligibilité est signée : indiquez le motif de la modification.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/eligibility.py" line="120"/>
        <source>The eligibility record of {code} changed after its signature: an investigator must sign it again.</source>
        <translation>La fiche d'éligibilité de {code} a été modifiée après sa signature : un investigateur doit la signer à nouveau.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="138"/>
        <source>The screening date {day} is in the future.</source>
        <translation>La date de sélection {day} est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="73"/>
        <source>Under legal protection (guardianship or curatorship)?</source>
        <translation>Sous mesure de protection juridique (tutelle ou curatelle) ?</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="166"/>
        <source>{item} not answered</source>
        <translation>{item} : non renseigné</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/eligibility.py" line="130"/>
        <source>{item}: answer yes or no, found {value}.</source>
        <translation>{item} : répondez oui ou non (valeur reçue : {value}).</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../../maestro_desktop/export/tables.py" line="40"/>
        <source>Cannot create {folder}: {problem}.</source>
        <translation>Impossible de créer {folder} : {problem}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/files.py" line="97"/>
        <source>Could not write {out}: {problem}; nothing was written.</source>
        <translation>Impossible d'écrire {out} : {problem} ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/files.py" line="85"/>
        <source>No permission to write in the folder {folder}; nothing was written. Choose another folder.</source>
        <translation>Pas d'autorisation d'écriture dans le dossier {folder} ; rien n'a été écrit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/files.py" line="82"/>
        <source>The disk holding {folder} is full; nothing was written. Free some space or choose another folder.</source>
        <translation>Le disque contenant {folder} est plein ; rien n'a été écrit. Libérez de la place ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/files.py" line="94"/>
        <source>The file name {name} is too long; nothing was written. Choose a shorter name.</source>
        <translation>Le nom de fichier {name} est trop long ; rien n'a été écrit. Choisissez un nom plus court.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/files.py" line="91"/>
        <source>The folder {folder} does not exist (any more); nothing was written. Choose another folder.</source>
        <translation>Le dossier {folder} n'existe pas (ou plus) ; rien n'a été écrit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/tables.py" line="35"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/files.py" line="34"/>
        <source>The folder {folder} does not exist; nothing was written. Choose another folder.</source>
        <translation>Le dossier {folder} n'existe pas ; rien n'a été écrit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/files.py" line="88"/>
        <source>The folder {folder} is on a read-only disk; nothing was written. Choose another folder.</source>
        <translation>Le dossier {folder} est sur un disque en lecture seule ; rien n'a été écrit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/files.py" line="37"/>
        <source>{out} is a folder; nothing was written. Choose a file name.</source>
        <translation>{out} est un dossier ; rien n'a été écrit. Choisissez un nom de fichier.</translation>
    </message>
</context>
<context>
    <name>holds</name>
    <message>
        <location filename="../../../maestro_desktop/domain/antithrombotics.py" line="143"/>
        <source>which is after now</source>
        <translation>soit après maintenant</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/antithrombotics.py" line="138"/>
        <source>{drug} held {elapsed} (&gt;= {hold}, {version})</source>
        <translation>{drug} arrêté depuis {elapsed} (&gt;= {hold}, {version})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/antithrombotics.py" line="144"/>
        <source>{drug} last taken {when}, {ago}: hold at least {hold} before a lumbar puncture ({version})</source>
        <translation>{drug} : dernière prise le {when}, {ago} ; arrêt d'au moins {hold} avant une ponction lombaire ({version})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/antithrombotics.py" line="142"/>
        <source>{elapsed} ago</source>
        <translation>il y a {elapsed}</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <location filename="../../../maestro_desktop/store/journal.py" line="103"/>
        <source>event #{seq} ({id}) does not match its own hash</source>
        <translation>l'événement n° {seq} ({id}) ne correspond pas à sa propre empreinte</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/journal.py" line="142"/>
        <source>event #{seq} ({kind}, id {id})</source>
        <translation>événement n° {seq} ({kind}, id {id})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/journal.py" line="100"/>
        <source>event #{seq} does not follow this journal's event #{last}</source>
        <translation>l'événement n° {seq} ne fait pas suite à l'événement n° {last} de ce journal</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/journal.py" line="178"/>
        <source>event #{seq} was replaced</source>
        <translation>l'événement n° {seq} a été remplacé</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/journal.py" line="152"/>
        <source>events #{first}..#{last} are missing before {event}</source>
        <translation>les événements n° {first} à {last} manquent avant l'{event}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/journal.py" line="175"/>
        <source>events #{first}..#{last} were added</source>
        <translation>les événements n° {first} à {last} ont été ajoutés</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/journal.py" line="172"/>
        <source>events #{first}..#{last} were removed</source>
        <translation>les événements n° {first} à {last} ont été supprimés</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/journal.py" line="179"/>
        <source>the journal ends at event #{last} but the recorded head is event #{recorded}: {what}</source>
        <translation>le journal s'arrête à l'événement n° {last} mais la tête enregistrée est l'événement n° {recorded} : {what}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/journal.py" line="182"/>
        <source>{count} events, chain intact</source>
        <translation>{count} événements, chaîne intacte</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/journal.py" line="156"/>
        <source>{event} does not follow the event before it (removed or inserted row)</source>
        <translation>{event} : ne fait pas suite à l'événement précédent (ligne supprimée ou insérée)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/journal.py" line="160"/>
        <source>{event} was altered after it was written</source>
        <translation>{event} : modifié après son écriture</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="59"/>
        <source>'{din}' is not a DIN: {hint} (it never starts with O or 0); retype it.</source>
        <translation>« {din} » n'est pas un DIN : {hint} (il ne commence jamais par O ni 0) ; saisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="39"/>
        <source>'{din}' is not a DIN: {hint}.</source>
        <translation>« {din} » n'est pas un DIN : {hint}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="42"/>
        <source>Check character</source>
        <translation>Caractère de contrôle</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="63"/>
        <source>Check character '{check}' does not match DIN {din} (expected {expected}): retype it</source>
        <translation>Le caractère de contrôle « {check} » ne correspond pas au DIN {din} ({expected} attendu) : saisissez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="40"/>
        <source>Compound message</source>
        <translation>Message composé</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="41"/>
        <source>DIN</source>
        <translation>DIN</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="133"/>
        <source>DIN {din} does not match its check flags ({expected} expected, {flags} read): the label is damaged or misread. Scan it again; if this repeats, do not use the vial.</source>
        <translation>Le DIN {din} ne correspond pas à ses indicateurs de contrôle ({expected} attendu, {flags} lu) : étiquette abîmée ou mal lue. Scannez à nouveau ; si cela se répète, n'utilisez pas le flacon.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="39"/>
        <source>Expiry</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="40"/>
        <source>Expiry date and time</source>
        <translation>Date et heure de péremption</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/gs1.py" line="149"/>
        <source>Expiry date and time (7003) '{value}' has no valid time.</source>
        <translation>La date et heure de péremption (7003) « {value} » n'a pas d'heure valide.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="41"/>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="41"/>
        <source>Flags note</source>
        <translation>Note sur les indicateurs</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="39"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/gs1.py" line="141"/>
        <source>GTIN (01) {value} has a wrong check digit: the label is misprinted or the scan damaged. Scan it again.</source>
        <translation>Le GTIN (01) {value} a une clé de contrôle erronée : étiquette mal imprimée ou lecture abîmée. Scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="39"/>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="43"/>
        <source>Manual entry</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="136"/>
        <source>Nothing was read from the label: scan it again.</source>
        <translation>Rien n'a été lu sur l'étiquette : scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/gs1.py" line="86"/>
        <source>Part of the label text in brackets does not read as GS1 fields: scan the label again.</source>
        <translation>Une partie du texte entre parenthèses de l'étiquette ne se lit pas comme des champs GS1 : scannez à nouveau l'étiquette.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="42"/>
        <source>Product code</source>
        <translation>Code produit</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="43"/>
        <source>Product code note</source>
        <translation>Note sur le code produit</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="39"/>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="126"/>
        <source>The DIN '={din}' is damaged or incomplete ({hint}, then 2 flag digits; it never starts with O or 0): scan it again.</source>
        <translation>Le DIN « ={din} » est abîmé ou incomplet ({hint}, puis 2 chiffres indicateurs ; il ne commence jamais par O ni 0) : scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="83"/>
        <source>The ISBT 128 compound message header is damaged: scan it again.</source>
        <translation>L'en-tête du message composé ISBT 128 est abîmé : scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="102"/>
        <source>The ISBT 128 compound message is empty: scan each barcode on its own.</source>
        <translation>Le message composé ISBT 128 est vide : scannez chaque code-barres séparément.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="98"/>
        <source>The compound ISBT 128 message announces {announced} data structures but holds {count}: the scan is incomplete. Scan it again.</source>
        <translation>Le message composé ISBT 128 annonce {announced} structures de données mais en contient {count} : lecture incomplète. Scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="160"/>
        <source>The expiry '&amp;&gt;{value}' is damaged or incomplete (10 digits: cyyjjjhhmm): scan it again.</source>
        <translation>La péremption « &amp;&gt;{value} » est abîmée ou incomplète (10 chiffres : cyyjjjhhmm) : scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="167"/>
        <source>The expiry '&amp;&gt;{value}' is not a real date and time (day {day} of {year}, {time}): the label is misprinted or the scan damaged. Do not use the vial until this is checked.</source>
        <translation>La péremption « &amp;&gt;{value} » n'est pas une date et heure réelles (jour {day} de {year}, {time}) : étiquette mal imprimée ou lecture abîmée. N'utilisez pas le flacon avant vérification.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/gs1.py" line="190"/>
        <source>The label carries two different values for {field} ({ai}): '{first}' and '{second}'. Do not use the vial until this is checked.</source>
        <translation>L'étiquette porte deux valeurs différentes pour {field} ({ai}) : « {first} » et « {second} ». N'utilisez pas le flacon avant vérification.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="92"/>
        <source>The label carries {what}: the scan is ambiguous. Scan each barcode on its own.</source>
        <translation>L'étiquette porte {what} : lecture ambiguë. Scannez chaque code-barres séparément.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/gs1.py" line="126"/>
        <source>The label does not read as GS1 fields (unknown field at '{text}'): scan it again.</source>
        <translation>L'étiquette ne se lit pas comme des champs GS1 (champ inconnu à « {text} ») : scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/gs1.py" line="82"/>
        <source>The label text in brackets, e.g. (01)...(21)..., does not read as GS1 fields: scan the label again.</source>
        <translation>Le texte entre parenthèses de l'étiquette, p. ex. (01)...(21)..., ne se lit pas comme des champs GS1 : scannez à nouveau l'étiquette.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/gs1.py" line="202"/>
        <source>The label's two expiry dates disagree (17: {first}, 7003: {second}). Do not use the vial until this is checked.</source>
        <translation>Les deux dates de péremption de l'étiquette diffèrent (17 : {first}, 7003 : {second}). N'utilisez pas le flacon avant vérification.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="149"/>
        <source>The product code '{code}' is damaged or incomplete (8 letters or digits): scan it again.</source>
        <translation>Le code produit « {code} » est abîmé ou incomplet (8 lettres ou chiffres) : scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/gs1.py" line="53"/>
        <source>The scan contains {character}, which a GS1 label cannot hold: scan it again. If this repeats, the scanner's keyboard layout or group separator may not match the site's settings (site.labels.group_separator_substitute).</source>
        <translation>La lecture contient {character}, impossible sur une étiquette GS1 : scannez à nouveau. Si cela se répète, la disposition du clavier du lecteur ou son séparateur de groupe ne correspond peut-être pas aux réglages du site (site.labels.group_separator_substitute).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="73"/>
        <source>The scan contains {character}, which an ISBT 128 label cannot hold: scan it again.</source>
        <translation>La lecture contient {character}, impossible sur une étiquette ISBT 128 : scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="138"/>
        <source>The scan is too long ({count} characters, at most {most}): it is not a vial label. Scan the vial's own barcode.</source>
        <translation>La lecture est trop longue ({count} caractères, {most} au plus) : ce n'est pas une étiquette de flacon. Scannez le code-barres du flacon lui-même.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="157"/>
        <source>The scanner reports a GS1 barcode ({symbology}) but the text reads as ISBT 128: the scan is ambiguous. Scan the label again.</source>
        <translation>Le lecteur signale un code-barres GS1 ({symbology}) mais le texte se lit comme de l'ISBT 128 : lecture ambiguë. Scannez à nouveau l'étiquette.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/gs1.py" line="65"/>
        <source>This GS1 barcode has no GTIN (01): it is not a medicine label. Scan the 2-D code on the vial label.</source>
        <translation>Ce code-barres GS1 n'a pas de GTIN (01) : ce n'est pas une étiquette de médicament. Scannez le code 2D de l'étiquette du flacon.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/gs1.py" line="68"/>
        <source>This GS1 label has neither a serial number (21) nor a lot (10): it cannot identify the vial.</source>
        <translation>Cette étiquette GS1 n'a ni numéro de série (21) ni lot (10) : elle ne peut pas identifier le flacon.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="118"/>
        <source>This ISBT 128 label holds a data structure this app does not read ('{identifier}'): scan the DIN, product code and expiry barcodes one at a time.</source>
        <translation>Cette étiquette ISBT 128 contient une structure de données que l'application ne lit pas (« {identifier} ») : scannez un à un les codes-barres du DIN, du code produit et de la péremption.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/gs1.py" line="179"/>
        <source>This barcode holds only a product number ({number}), not the vial's identity: scan the 2-D code (DataMatrix) on the vial label.</source>
        <translation>Ce code-barres ne contient qu'un numéro de produit ({number}), pas l'identité du flacon : scannez le code 2D (DataMatrix) de l'étiquette du flacon.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="163"/>
        <source>This is not a GS1 or ISBT 128 vial label: scan the vial's own barcode. If the text looks garbled, the scanner's keyboard layout may not match the computer's: have the scanner checked.</source>
        <translation>Ce n'est pas une étiquette de flacon GS1 ou ISBT 128 : scannez le code-barres du flacon lui-même. Si le texte semble brouillé, la disposition du clavier du lecteur ne correspond peut-être pas à celle de l'ordinateur : faites vérifier le lecteur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="54"/>
        <source>Type the DIN's 13 characters then its check character, e.g. G1234 17 654321 A ({count} characters typed).</source>
        <translation>Saisissez les 13 caractères du DIN puis son caractère de contrôle, p. ex. G1234 17 654321 A ({count} caractères saisis).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="28"/>
        <source>a DIN is 13 characters, e.g. G1234 17 654321</source>
        <translation>un DIN comporte 13 caractères, p. ex. G1234 17 654321</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="171"/>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="173"/>
        <source>control character 0x{code}</source>
        <translation>le caractère de contrôle 0x{code}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="47"/>
        <source>no flags: the barcode carries no check of the DIN</source>
        <translation>pas d'indicateurs : le code-barres ne porte aucun contrôle du DIN</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="49"/>
        <source>not a cellular therapy code (those start with S)</source>
        <translation>pas un code de thérapie cellulaire (ceux-ci commencent par S)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="48"/>
        <source>not a check value: the DIN was not checked by its flags</source>
        <translation>pas une valeur de contrôle : le DIN n'a pas été contrôlé par ses indicateurs</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="23"/>
        <source>two DINs</source>
        <translation>deux DIN</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="24"/>
        <source>two expiries</source>
        <translation>deux péremptions</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/isbt128.py" line="23"/>
        <source>two product codes</source>
        <translation>deux codes produit</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="77"/>
        <source>{count} data structures, reference {reference}</source>
        <translation>{count} structures de données, référence {reference}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/gs1.py" line="144"/>
        <source>{field} ({ai}) '{value}' is not a real date ({form}).</source>
        <translation>{field} ({ai}) « {value} » n'est pas une date réelle ({form}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/gs1.py" line="131"/>
        <source>{field} ({ai}) '{value}' is not a real date ({form}): the label is misprinted or the scan damaged. Do not use the vial until this is checked.</source>
        <translation>{field} ({ai}) « {value} » n'est pas une date réelle ({form}) : étiquette mal imprimée ou lecture abîmée. N'utilisez pas le flacon avant vérification.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/gs1.py" line="134"/>
        <source>{field} ({ai}) does not read correctly ('{value}'): scan the label again.</source>
        <translation>{field} ({ai}) ne se lit pas correctement (« {value} ») : scannez à nouveau l'étiquette.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/gs1.py" line="43"/>
        <source>{field} runs into the next field without a separator: rescan (the scanner must send the group separator)</source>
        <translation>{field} déborde sur le champ suivant sans séparateur : scannez à nouveau (le lecteur doit envoyer le séparateur de groupe)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/labels/scan.py" line="143"/>
        <source>{format} labels are not accepted at this site (setting site.labels.accepted).</source>
        <translation>Les étiquettes {format} ne sont pas acceptées sur ce site (réglage site.labels.accepted).</translation>
    </message>
</context>
<context>
    <name>news2</name>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="46"/>
        <source>Air or oxygen</source>
        <translation>Air ou oxygène</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="199"/>
        <source>Air or oxygen must be given as yes or no, found {value}.</source>
        <translation>Air ou oxygène : répondez oui ou non (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="49"/>
        <source>Consciousness</source>
        <translation>Conscience</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="202"/>
        <source>Consciousness {value} is not one of A, C, V, P, U (ACVPU).</source>
        <translation>Conscience {value} : ne fait pas partie de A, C, V, P, U (ACVPU).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="62"/>
        <source>Key threshold for urgent response: the registered nurse immediately informs the medical team and requests urgent assessment by a clinician or team competent in acute illness; monitor at least every hour, in an area with monitoring facilities.</source>
        <translation>Seuil clé de réponse urgente : l'infirmier(ère) informe immédiatement l'équipe médicale et demande une évaluation urgente par un clinicien ou une équipe compétents en soins aigus ; surveillance au moins toutes les heures, dans un secteur équipé pour la surveillance.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="48"/>
        <source>Pulse</source>
        <translation>Pouls</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="44"/>
        <source>Respiration rate</source>
        <translation>Fréquence respiratoire</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="45"/>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="210"/>
        <source>SpO2 cannot be above 100 %, found {value}.</source>
        <translation>La SpO2 ne peut pas dépasser 100 % (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="196"/>
        <source>SpO2 scale must be 1 or 2, found {value}.</source>
        <translation>L'échelle SpO2 doit être 1 ou 2 (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="47"/>
        <source>Systolic BP</source>
        <translation>PA systolique</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="50"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="206"/>
        <source>Temperature must be a number, found {value}.</source>
        <translation>La température doit être un nombre (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="66"/>
        <source>Urgent or emergency response: the registered nurse immediately informs the medical team (specialist registrar level at least); emergency assessment by a team with critical-care competencies, consider transfer to a higher-dependency unit or ICU; continuous monitoring of vital signs.</source>
        <translation>Réponse urgente ou d'urgence vitale : l'infirmier(ère) informe immédiatement l'équipe médicale (au moins un médecin senior) ; évaluation en urgence par une équipe compétente en soins critiques, envisager un transfert en unité de soins continus ou en réanimation ; surveillance continue des constantes.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="59"/>
        <source>Urgent ward-based response: the registered nurse informs the medical team, who review and decide whether care should be escalated; monitor at least every hour.</source>
        <translation>Réponse urgente dans le service : l'infirmier(ère) informe l'équipe médicale, qui évalue et décide d'une éventuelle escalade des soins ; surveillance au moins toutes les heures.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="56"/>
        <source>Ward-based response: assessment by a registered nurse, who decides whether monitoring should be more frequent or care escalated; monitor at least every 4-6 hours.</source>
        <translation>Réponse dans le service : évaluation par l'infirmier(ère), qui décide de renforcer la surveillance ou d'une escalade des soins ; surveillance au moins toutes les 4 à 6 heures.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="55"/>
        <source>Ward-based response: continue routine NEWS monitoring, at least every 12 hours.</source>
        <translation>Réponse dans le service : poursuivre la surveillance NEWS habituelle, au moins toutes les 12 heures.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="40"/>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="39"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="39"/>
        <source>low-medium</source>
        <translation>faible-moyen</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="39"/>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="110"/>
        <source>{label} cannot be negative, found {value}.</source>
        <translation>{label} ne peut pas être négatif (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="104"/>
        <source>{label} must be a number, found {value}.</source>
        <translation>{label} doit être un nombre (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/news2.py" line="107"/>
        <source>{label} must be a whole number, found {value}.</source>
        <translation>{label} doit être un nombre entier (valeur reçue : {value}).</translation>
    </message>
</context>
<context>
    <name>observation</name>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="307"/>
        <source>Check {check} ({time}) is due: record it, or record why it was not done</source>
        <translation>Contrôle {check} ({time}) à faire : saisissez-le, ou indiquez pourquoi il n'a pas été fait</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="311"/>
        <source>Check {check} ({time}) is overdue: record it, or record why it was not done</source>
        <translation>Contrôle {check} ({time}) en retard : saisissez-le, ou indiquez pourquoi il n'a pas été fait</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/observation.py" line="161"/>
        <source>Check {check} is already recorded.</source>
        <translation>Le contrôle {check} est déjà saisi.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="260"/>
        <source>Consciousness {level} ({words}): not alert</source>
        <translation>Conscience {level} ({words}) : non éveillé</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="300"/>
        <source>Discharge is planned {duration} after the infusion end (not before {time})</source>
        <translation>La sortie est prévue {duration} après la fin de la perfusion (pas avant {time})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/observation.py" line="201"/>
        <source>Discharge not possible yet: {problems}</source>
        <translation>Sortie pas encore possible : {problems}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="247"/>
        <source>Fever {value} {unit}</source>
        <translation>Fièvre {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/observation.py" line="181"/>
        <source>Give the reason (for scale 2: the prescribed SpO2 target).</source>
        <translation>Indiquez le motif (pour l'échelle 2 : la cible de SpO2 prescrite).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/observation.py" line="164"/>
        <source>Give the reason the check was not done.</source>
        <translation>Indiquez pourquoi le contrôle n'a pas été fait.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="52"/>
        <source>Headache</source>
        <translation>Céphalées</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="316"/>
        <source>Not confirmed: {criterion}</source>
        <translation>Non confirmé : {criterion}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/observation.py" line="88"/>
        <source>Observation starts at the infusion end, which is not recorded.</source>
        <translation>La surveillance commence à la fin de la perfusion, qui n'est pas saisie.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="49"/>
        <source>Pain must be a whole number from 0 to 10, found {value}.</source>
        <translation>La douleur doit être un nombre entier de 0 à 10 (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="53"/>
        <source>Postural headache</source>
        <translation>Céphalées posturales</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/observation.py" line="178"/>
        <source>SpO2 scale {scale} is already in use.</source>
        <translation>L'échelle SpO2 {scale} est déjà utilisée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/observation.py" line="176"/>
        <source>The SpO2 scale is 1 or 2.</source>
        <translation>L'échelle SpO2 est 1 ou 2.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/observation.py" line="195"/>
        <source>The discharge is already recorded.</source>
        <translation>La sortie est déjà enregistrée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="63"/>
        <source>The neurological note must be text.</source>
        <translation>La note neurologique doit être du texte.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/observation.py" line="109"/>
        <source>The session is {status}: observation can no longer change.</source>
        <translation>La session est {status} : la surveillance ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/observation.py" line="133"/>
        <source>The time of the measurement cannot be in the future.</source>
        <translation>L'heure de la mesure ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/observation.py" line="158"/>
        <source>There is no scheduled check {check}.</source>
        <translation>Il n'y a pas de contrôle {check} prévu.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="59"/>
        <source>Whether the headache is postural is asked only when there is a headache.</source>
        <translation>Le caractère postural n'est demandé qu'en cas de céphalées.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="101"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="101"/>
        <source>due</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="102"/>
        <source>not done</source>
        <translation>non fait</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="101"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="102"/>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="56"/>
        <source>{label} must be yes or no, found {value}.</source>
        <translation>{label} : répondez oui ou non (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="257"/>
        <source>{value} is above the usual range ({range})</source>
        <translation>{value} au-dessus des valeurs usuelles ({range})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="254"/>
        <source>{value} is below the usual range ({range})</source>
        <translation>{value} au-dessous des valeurs usuelles ({range})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="228"/>
        <source>{value}, {diff} {unit} above the baseline ({base} {unit})</source>
        <translation>{value}, {diff} {unit} au-dessus de la référence ({base} {unit})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/observation.py" line="230"/>
        <source>{value}, {diff} {unit} below the baseline ({base} {unit})</source>
        <translation>{value}, {diff} {unit} au-dessous de la référence ({base} {unit})</translation>
    </message>
</context>
<context>
    <name>procedure</name>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="324"/>
        <source>'{first}', '{second}' or '{third}'</source>
        <translation>« {first} », « {second} » ou « {third} »</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="62"/>
        <source>CSF appearance</source>
        <translation>Aspect du LCR</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="63"/>
        <source>CSF appearance, in words</source>
        <translation>Aspect du LCR, en clair</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="48"/>
        <source>CSF obtained</source>
        <translation>LCR obtenu</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="232"/>
        <source>CSF volume</source>
        <translation>Volume de LCR</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="234"/>
        <source>CSF volume {value} mL is above the sane maximum of {most} mL: check the value</source>
        <translation>Volume de LCR {value} mL supérieur au maximum plausible de {most} mL : vérifiez la valeur</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="211"/>
        <source>Describe the CSF appearance in words</source>
        <translation>Décrivez l'aspect du LCR en clair</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="215"/>
        <source>Describe the CSF appearance in words only when it is 'other'</source>
        <translation>Décrivez l'aspect du LCR en clair uniquement s'il est « autre »</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="287"/>
        <source>Failed attempt</source>
        <translation>Échec de ponction</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="177"/>
        <source>Give the number of attempts</source>
        <translation>Indiquez le nombre de tentatives</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="321"/>
        <source>Give the reason the procedure was abandoned</source>
        <translation>Indiquez pourquoi le geste a été abandonné</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="166"/>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="195"/>
        <source>Give the {what}</source>
        <translation>Indiquez : {what}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="241"/>
        <source>Infused volume</source>
        <translation>Volume perfusé</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="243"/>
        <source>Infused volume {value} mL is more than the vial holds ({most} mL)</source>
        <translation>Volume perfusé {value} mL supérieur au contenu du flacon ({most} mL)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="148"/>
        <source>Infusion end {time} is before its start {other_time}</source>
        <translation>Fin de la perfusion à {time} : avant son début à {other_time}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="50"/>
        <source>Infusion ended</source>
        <translation>Fin de la perfusion</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/timers.py" line="143"/>
        <source>Infusion lasted {duration} (maximum {limit} min)</source>
        <translation>Perfusion de {duration} (maximum {limit} min)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/timers.py" line="138"/>
        <source>Infusion lasted {duration} (minimum {limit} min)</source>
        <translation>Perfusion de {duration} (minimum {limit} min)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="49"/>
        <source>Infusion started</source>
        <translation>Début de la perfusion</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/procedure.py" line="225"/>
        <source>Locked until the procedure is recorded to lying flat.</source>
        <translation>Verrouillé tant que le geste n'est pas saisi jusqu'au décubitus.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="52"/>
        <source>Lying flat started</source>
        <translation>Début du décubitus</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="59"/>
        <source>Needle gauge</source>
        <translation>Calibre de l'aiguille</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="47"/>
        <source>Needle inserted</source>
        <translation>Insertion de l'aiguille</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="51"/>
        <source>Needle removed</source>
        <translation>Retrait de l'aiguille</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="132"/>
        <source>No infusion before a GO and a vial verified by two people</source>
        <translation>Pas de perfusion avant un GO et un flacon vérifié par deux personnes</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="60"/>
        <source>Number of attempts</source>
        <translation>Nombre de tentatives</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="179"/>
        <source>Number of attempts must be a whole number, found {value}</source>
        <translation>Le nombre de tentatives doit être un nombre entier (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="183"/>
        <source>Number of attempts must be at least 1, found {value}</source>
        <translation>Le nombre de tentatives doit être au moins 1 (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="186"/>
        <source>Number of attempts {value} is above the maximum of {most}: check the value</source>
        <translation>Nombre de tentatives {value} supérieur au maximum de {most} : vérifiez la valeur</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="288"/>
        <source>Paraesthesia or radicular pain</source>
        <translation>Paresthésies ou douleur radiculaire</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="46"/>
        <source>Patient positioned</source>
        <translation>Installation du patient</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="291"/>
        <source>Procedure abandoned</source>
        <translation>Geste abandonné</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/procedure.py" line="204"/>
        <location filename="../../../maestro_desktop/services/sheet.py" line="126"/>
        <source>Procedure abandoned: {reason}</source>
        <translation>Geste abandonné : {reason}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/timers.py" line="152"/>
        <source>Rate {rate} mL/min is above the maximum of {limit} mL/min</source>
        <translation>Débit {rate} mL/min supérieur au maximum de {limit} mL/min</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="139"/>
        <source>Record the infusion end before removing the needle</source>
        <translation>Enregistrez la fin de la perfusion avant de retirer l'aiguille</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="77"/>
        <source>Record the infusion start before its end</source>
        <translation>Enregistrez le début de la perfusion avant sa fin</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="78"/>
        <source>Record the needle insertion before its removal</source>
        <translation>Enregistrez l'insertion de l'aiguille avant son retrait</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="75"/>
        <source>Record the needle insertion before the CSF</source>
        <translation>Enregistrez l'insertion de l'aiguille avant le LCR</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="76"/>
        <source>Record the needle insertion before the infusion start</source>
        <translation>Enregistrez l'insertion de l'aiguille avant le début de la perfusion</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="79"/>
        <source>Record the needle removal before lying flat</source>
        <translation>Enregistrez le retrait de l'aiguille avant le décubitus</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="276"/>
        <source>Recorded more than {minutes} after the fact: give the reason</source>
        <translation>Saisi plus de {minutes} après les faits : indiquez le motif</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="328"/>
        <source>Say what became of the vial: {fates}</source>
        <translation>Indiquez ce qu'est devenu le flacon : {fates}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="58"/>
        <source>Spinal level</source>
        <translation>Niveau vertébral</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/timers.py" line="135"/>
        <source>The infusion ends before it starts: check the times</source>
        <translation>La perfusion se termine avant de commencer : vérifiez les heures</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/procedure.py" line="187"/>
        <source>The infusion had started: the vial was opened.</source>
        <translation>La perfusion avait commencé : le flacon a été ouvert.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="135"/>
        <source>The needle was removed at {time}: no infusion after it</source>
        <translation>L'aiguille a été retirée à {time} : pas de perfusion après</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="335"/>
        <source>The note must be text, found {value}</source>
        <translation>La note doit être du texte (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/procedure.py" line="99"/>
        <source>The session is {status}: the timeline can no longer change.</source>
        <translation>La session est {status} : le déroulé ne peut plus être modifié.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/procedure.py" line="139"/>
        <source>The vial is beyond its stability window after thawing: do not infuse it. Call {contact}.</source>
        <translation>Le flacon a dépassé sa fenêtre de stabilité après décongélation : ne le perfusez pas. Appelez {contact}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/procedure.py" line="164"/>
        <source>There is no deviation to acknowledge.</source>
        <translation>Il n'y a pas d'écart à valider.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="290"/>
        <source>Traumatic tap</source>
        <translation>Ponction traumatique</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="307"/>
        <source>Unknown incident {kind}: expected one of {choices}</source>
        <translation>Incident inconnu {kind} : attendu l'un de {choices}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="262"/>
        <source>Unknown time stamp {kind}: expected one of {choices}</source>
        <translation>Horodatage inconnu {kind} : attendu l'un de {choices}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="289"/>
        <source>Vasovagal reaction</source>
        <translation>Malaise vagal</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="61"/>
        <source>Volume (mL)</source>
        <translation>Volume (mL)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="331"/>
        <source>What became of the vial must be {fates}, found {value}</source>
        <translation>Le devenir du flacon doit être {fates} (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/procedure.py" line="166"/>
        <source>Write what was done or why it is acceptable.</source>
        <translation>Indiquez ce qui a été fait ou pourquoi c'est acceptable.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="55"/>
        <source>blood-stained</source>
        <translation>teinté de sang</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="55"/>
        <source>clear</source>
        <translation>clair</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="296"/>
        <source>not opened</source>
        <translation>non ouvert</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="294"/>
        <source>opened, not injected</source>
        <translation>ouvert, non injecté</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="56"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="295"/>
        <source>partly injected</source>
        <translation>partiellement injecté</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="269"/>
        <source>{label} is already recorded at {time}: correct it as an amendment</source>
        <translation>{label} : horodatage déjà enregistré à {time} ; corrigez-le par une rectification</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="155"/>
        <source>{label} {time} is after {other} {other_time}</source>
        <translation>{label} à {time} : après « {other} » à {other_time}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="150"/>
        <source>{label} {time} is before {other} {other_time}</source>
        <translation>{label} à {time} : avant « {other} » à {other_time}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/timers.py" line="83"/>
        <source>{what} at {time} is before the session opened ({opened})</source>
        <translation>{what} à {time} : avant l'ouverture de la session ({opened})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/timers.py" line="80"/>
        <source>{what} at {time} is in the future</source>
        <translation>{what} à {time} : dans le futur</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="198"/>
        <source>{what} must be a number of mL, found {value}</source>
        <translation>{what} : doit être un nombre de mL (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="201"/>
        <source>{what} must be more than 0 mL, found {value} mL</source>
        <translation>{what} : doit être supérieur à 0 mL ({value} mL saisi)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="170"/>
        <source>{what} must be one of {choices}, found {value}</source>
        <translation>{what} : doit être l'une des valeurs {choices} (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="223"/>
        <location filename="../../../maestro_desktop/domain/procedure.py" line="315"/>
        <source>{what} takes no detail {key}</source>
        <translation>{what} : pas de détail {key}</translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <location filename="../../../maestro_desktop/domain/reference.py" line="105"/>
        <source>account {name}: listed for site {site}</source>
        <translation>compte {name} : enregistré pour le site {site}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/reference.py" line="115"/>
        <source>account {name}: no argon2id password hash, so it cannot be created on this workstation</source>
        <translation>compte {name} : pas d'empreinte de mot de passe argon2id, il ne peut donc pas être créé sur ce poste</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/reference.py" line="111"/>
        <source>account {name}: no printed name (signatures need one)</source>
        <translation>compte {name} : pas de nom en toutes lettres (les signatures en ont besoin)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/reference.py" line="108"/>
        <source>account {name}: unknown role '{role}'</source>
        <translation>compte {name} : rôle inconnu « {role} »</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/reference.py" line="47"/>
        <source>subject {code}: listed for site {site}, but this workstation is site {ours}</source>
        <translation>sujet {code} : enregistré pour le site {site}, mais ce poste est au site {ours}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/reference.py" line="56"/>
        <source>subject {code}: {problem}</source>
        <translation>sujet {code} : {problem}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/reference.py" line="82"/>
        <source>vial {vial}: listed for site {site}</source>
        <translation>flacon {vial} : enregistré pour le site {site}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/reference.py" line="88"/>
        <location filename="../../../maestro_desktop/domain/reference.py" line="94"/>
        <source>vial {vial}: {problem}</source>
        <translation>flacon {vial} : {problem}</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../../maestro_desktop/services/clinic.py" line="87"/>
        <source>A {role} may not {action}.</source>
        <translation>Le rôle {role} ne permet pas l'action : {action}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="26"/>
        <source>Coordinator (admin)</source>
        <translation>Coordinateur (administration)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="25"/>
        <source>Investigator (neurologist)</source>
        <translation>Investigateur (neurologue)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/accounts.py" line="49"/>
        <location filename="../../../maestro_desktop/services/clinic.py" line="85"/>
        <source>Log in to {action}.</source>
        <translation>Connectez-vous pour {action}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="25"/>
        <source>Nurse</source>
        <translation>Infirmier(ère)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="70"/>
        <source>acknowledge a deviation from the protocol</source>
        <translation>valider un écart au protocole</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="79"/>
        <source>acknowledge a problem flagged by the centre</source>
        <translation>prendre en compte un problème signalé par le centre</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="78"/>
        <source>configure the connection to the central store</source>
        <translation>configurer la connexion à la base centrale</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="68"/>
        <source>confirm a vial as second person</source>
        <translation>confirmer un flacon en seconde personne</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="28"/>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="66"/>
        <source>decide GO / NO-GO</source>
        <translation>décider GO / NO-GO</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="61"/>
        <source>import reference data</source>
        <translation>importer les données de référence</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="27"/>
        <source>investigator</source>
        <translation>investigateur</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="59"/>
        <source>manage accounts</source>
        <translation>gérer les comptes</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="27"/>
        <source>nurse</source>
        <translation>infirmier(ère)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="64"/>
        <source>open an injection session</source>
        <translation>ouvrir une session d'injection</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="74"/>
        <source>record a clinical decision (SpO2 scale, discharge)</source>
        <translation>saisir une décision clinique (échelle SpO2, sortie)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="72"/>
        <source>record adverse events</source>
        <translation>saisir les événements indésirables</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="62"/>
        <source>record eligibility at enrolment</source>
        <translation>saisir l'éligibilité à l'inclusion</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="65"/>
        <source>record pre-procedure checks</source>
        <translation>saisir les vérifications avant le geste</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="69"/>
        <source>record the procedure timeline</source>
        <translation>saisir le déroulé du geste</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="71"/>
        <source>record vital signs</source>
        <translation>saisir les constantes</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="60"/>
        <source>register subjects</source>
        <translation>enregistrer des sujets</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="67"/>
        <source>scan and verify a vial</source>
        <translation>scanner et vérifier un flacon</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="75"/>
        <source>sign a session</source>
        <translation>signer une session</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="63"/>
        <source>sign the eligibility record</source>
        <translation>signer la fiche d'éligibilité</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/roles.py" line="76"/>
        <source>view records</source>
        <translation>consulter les dossiers</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/clinic.py" line="79"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>sessions</name>
    <message>
        <location filename="../../../maestro_desktop/services/sessions.py" line="91"/>
        <source>Give the reason for closing the session.</source>
        <translation>Indiquez le motif de clôture de la session.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sessions.py" line="88"/>
        <source>Only an open session can be closed as opened in error.</source>
        <translation>Seule une session ouverte peut être close comme ouverte par erreur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sessions.py" line="60"/>
        <source>Session for {subject} ({visit}) is still open on this workstation: finish or close it first.</source>
        <translation>La session de {subject} ({visit}) est encore ouverte sur ce poste : terminez-la ou clôturez-la d'abord.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/checks.py" line="102"/>
        <source>The session of {subject} ({visit}) is {status}: it can no longer change.</source>
        <translation>La session de {subject} ({visit}) est {status} : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sessions.py" line="99"/>
        <source>There is no session {session}.</source>
        <translation>Il n'y a pas de session {session}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sessions.py" line="18"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sessions.py" line="20"/>
        <source>changed after signature</source>
        <translation>modifiée après signature</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sessions.py" line="18"/>
        <source>not performed</source>
        <translation>non réalisée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sessions.py" line="18"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sessions.py" line="19"/>
        <source>performed</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sessions.py" line="19"/>
        <source>signed</source>
        <translation>signée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sessions.py" line="70"/>
        <source>{visit} cannot start before {earlier}.</source>
        <translation>{visit} ne peut pas commencer avant {earlier}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sessions.py" line="56"/>
        <source>{visit} is not an injection visit of subject {subject}.</source>
        <translation>{visit} n'est pas une visite d'injection du sujet {subject}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sessions.py" line="64"/>
        <source>{visit} of {subject} already has a session.</source>
        <translation>{visit} de {subject} a déjà une session.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../../maestro_desktop/settings.py" line="20"/>
        <source>hold-time table</source>
        <translation>de la table des délais d'arrêt</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/antithrombotics.py" line="114"/>
        <source>key 'drug' must list at least one [[drug]] table</source>
        <translation>la clé 'drug' doit contenir au moins une table [[drug]]</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/protocol.py" line="176"/>
        <location filename="../../../maestro_desktop/domain/protocol.py" line="194"/>
        <location filename="../../../maestro_desktop/domain/protocol.py" line="197"/>
        <source>key '{key}' is above '{other}'</source>
        <translation>la clé '{key}' est supérieure à '{other}'</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/protocol.py" line="150"/>
        <source>key '{key}' must be a list of names</source>
        <translation>la clé '{key}' doit être une liste de noms</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/protocol.py" line="206"/>
        <source>key '{key}' must be a list of whole months</source>
        <translation>la clé '{key}' doit être une liste de mois entiers</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/antithrombotics.py" line="95"/>
        <source>key '{key}' must be a number of hours above 0, found {value}</source>
        <translation>la clé '{key}' doit être un nombre d'heures supérieur à 0 (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/antithrombotics.py" line="78"/>
        <location filename="../../../maestro_desktop/domain/protocol.py" line="158"/>
        <location filename="../../../maestro_desktop/domain/protocol.py" line="211"/>
        <source>key '{key}' must be a table</source>
        <translation>la clé '{key}' doit être une table</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/protocol.py" line="127"/>
        <source>key '{key}' must be greater than 0, found {value}</source>
        <translation>la clé '{key}' doit être supérieure à 0 (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/antithrombotics.py" line="83"/>
        <source>key '{key}' must be lower-case letters, digits and _, found {value}</source>
        <translation>la clé '{key}' doit contenir des lettres minuscules, des chiffres et _ (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/antithrombotics.py" line="70"/>
        <source>key '{key}' must be non-empty text, found {value}</source>
        <translation>la clé '{key}' doit être un texte non vide (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/protocol.py" line="245"/>
        <source>key '{key}' must be one character or empty</source>
        <translation>la clé '{key}' doit être un seul caractère ou vide</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/antithrombotics.py" line="87"/>
        <source>key '{key}' must be one of {choices}, found {value}</source>
        <translation>la clé '{key}' doit être l'une des valeurs {choices} (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/protocol.py" line="119"/>
        <source>key '{key}' must be {kind}, found {value}</source>
        <translation>la clé '{key}' doit être de type {kind} (valeur reçue : {value})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/protocol.py" line="219"/>
        <source>key '{key}' must list at least one block</source>
        <translation>la clé '{key}' doit contenir au moins un bloc</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/protocol.py" line="142"/>
        <source>key '{key}' must list one or more of {choices}</source>
        <translation>la clé '{key}' doit contenir une ou plusieurs valeurs parmi {choices}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/protocol.py" line="248"/>
        <source>key '{key}' must not be negative</source>
        <translation>la clé '{key}' ne doit pas être négative</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/antithrombotics.py" line="120"/>
        <source>key '{key}' repeats '{value}'</source>
        <translation>la clé '{key}' répète '{value}'</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/antithrombotics.py" line="67"/>
        <location filename="../../../maestro_desktop/domain/antithrombotics.py" line="91"/>
        <location filename="../../../maestro_desktop/domain/protocol.py" line="114"/>
        <source>missing key '{key}'</source>
        <translation>clé '{key}' manquante</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/antithrombotics.py" line="110"/>
        <source>missing table '{key}'</source>
        <translation>table '{key}' manquante</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/settings.py" line="20"/>
        <source>protocol settings</source>
        <translation>des réglages du protocole</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/antithrombotics.py" line="100"/>
        <source>unknown key '{key}'</source>
        <translation>clé '{key}' inconnue</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/settings.py" line="32"/>
        <source>{what} file not found: {path}</source>
        <translation>Fichier {what} introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/settings.py" line="35"/>
        <source>{what} file {path} is malformed: {problem}</source>
        <translation>Le fichier {what} {path} est mal formé : {problem}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/settings.py" line="40"/>
        <source>{what} file {path}: {problem}</source>
        <translation>Fichier {what} {path} : {problem}</translation>
    </message>
</context>
<context>
    <name>sheet</name>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="70"/>
        <source>ACVPU</source>
        <translation>ACVPU</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="71"/>
        <source>Action</source>
        <translation>Mesure prise</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="163"/>
        <source>Adverse events</source>
        <translation>Événements indésirables</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="169"/>
        <source>Amendments after entry</source>
        <translation>Corrections après saisie</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="73"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="236"/>
        <source>Antithrombotic hold times: {source}</source>
        <translation>Délais d'arrêt des antithrombotiques : {source}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="70"/>
        <source>Band</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="84"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="229"/>
        <source>Baseline vital signs</source>
        <translation>Constantes de référence</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="70"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="66"/>
        <location filename="../../../maestro_desktop/export/sheet.py" line="119"/>
        <location filename="../../../maestro_desktop/export/sheet.py" line="203"/>
        <source>CHANGED AFTER SIGNATURE</source>
        <translation>MODIFIÉ APRÈS SIGNATURE</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="69"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="155"/>
        <source>Confirmed by</source>
        <translation>Confirmé par</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="298"/>
        <source>Covers journal hash</source>
        <translation>Couvre l'empreinte du journal</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="69"/>
        <source>DBP
mmHg</source>
        <translation>PAD
mmHg</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="204"/>
        <source>Data were changed after the last signature ({count} amendment, listed at the end). The signature covers the record as it was when signed; the changes fall outside it.</source>
        <translation>Des données ont été modifiées après la dernière signature ({count} correction, listée à la fin). La signature couvre le dossier tel qu'il était lors de la signature ; les modifications n'en font pas partie.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="204"/>
        <source>Data were changed after the last signature ({count} amendments, listed at the end). The signature covers the record as it was when signed; the changes fall outside it.</source>
        <translation>Des données ont été modifiées après la dernière signature ({count} corrections, listées à la fin). La signature couvre le dossier tel qu'il était lors de la signature ; les modifications n'en font pas partie.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="144"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="75"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="74"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="165"/>
        <source>Discharge</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="166"/>
        <source>Discharge not recorded.</source>
        <translation>Sortie non enregistrée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="177"/>
        <source>Discharged {when} by {user}</source>
        <translation>Sortie le {when} par {user}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="201"/>
        <source>Duration {duration} min, {volume} mL, {rate} mL/min; {verdict}</source>
        <translation>Durée {duration} min, {volume} mL, {rate} mL/min ; {verdict}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="72"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="125"/>
        <source>Generated {when} by maestro-desktop</source>
        <translation>Générée le {when} par maestro-desktop</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="71"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="69"/>
        <source>HR
/min</source>
        <translation>FC
/min</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet_chart.py" line="200"/>
        <source>Heart rate (/min)</source>
        <translation>Fréquence cardiaque (/min)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="158"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="255"/>
        <source>Infusion:</source>
        <translation>Perfusion :</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="143"/>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="140"/>
        <source>Intrathecal injection: procedure sheet</source>
        <translation>Injection intrathécale : fiche de procédure</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="124"/>
        <source>Journal hash at export:</source>
        <translation>Empreinte du journal à l'export :</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="121"/>
        <source>Journal hash covered by the signature:</source>
        <translation>Empreinte du journal couverte par la signature :</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="123"/>
        <source>Journal hash covered by the signature: not signed</source>
        <translation>Empreinte du journal couverte par la signature : non signée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="75"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet_chart.py" line="191"/>
        <source>Minutes after the end of the infusion</source>
        <translation>Minutes après la fin de la perfusion</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="70"/>
        <source>NEWS2</source>
        <translation>NEWS2</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="76"/>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="52"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="284"/>
        <source>No adverse event recorded.</source>
        <translation>Aucun événement indésirable enregistré.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="307"/>
        <source>No amendment.</source>
        <translation>Aucune correction.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="227"/>
        <source>No check answered.</source>
        <translation>Aucune vérification renseignée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="159"/>
        <source>No incident recorded.</source>
        <translation>Aucun incident enregistré.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="199"/>
        <source>No reason recorded.</source>
        <translation>Aucun motif enregistré.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="252"/>
        <source>No step recorded.</source>
        <translation>Aucune étape enregistrée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="243"/>
        <source>No vial scanned.</source>
        <translation>Aucun flacon scanné.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="277"/>
        <source>No vital signs after the infusion end to chart.</source>
        <translation>Aucune constante après la fin de la perfusion à représenter.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="262"/>
        <source>No vital signs recorded.</source>
        <translation>Aucune constante enregistrée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="188"/>
        <source>Not signed</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="292"/>
        <source>Not signed.</source>
        <translation>Non signée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="76"/>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="71"/>
        <source>Onset</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="64"/>
        <source>Open: not finished, not signed</source>
        <translation>Ouverte : non terminée, non signée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="72"/>
        <source>Outcome</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="70"/>
        <source>O₂</source>
        <translation>O₂</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="63"/>
        <location filename="../../../maestro_desktop/export/sheet.py" line="118"/>
        <location filename="../../../maestro_desktop/export/sheet.py" line="197"/>
        <source>PROCEDURE NOT PERFORMED</source>
        <translation>GESTE NON RÉALISÉ</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet_parts.py" line="261"/>
        <source>Page {number} of {total}</source>
        <translation>Page {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="70"/>
        <source>Pain</source>
        <translation>EN
/10</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="154"/>
        <source>Pre-procedure checks and verdict</source>
        <translation>Vérifications avant le geste et décision</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="75"/>
        <source>Printed name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="62"/>
        <source>Procedure performed, not signed</source>
        <translation>Geste réalisé, non signé</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="111"/>
        <source>Procedure performed, signed</source>
        <translation>Geste réalisé, signé</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="93"/>
        <source>Procedure sheet {subject} {visit} {date}</source>
        <translation>Fiche de procédure {subject} {visit} {date}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="156"/>
        <source>Procedure timeline and infusion</source>
        <translation>Déroulé du geste et perfusion</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="147"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="73"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="69"/>
        <source>RR
/min</source>
        <translation>FR
/min</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="76"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="198"/>
        <source>Reasons recorded:</source>
        <translation>Motifs enregistrés :</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="146"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="71"/>
        <source>Relation to LP</source>
        <translation>Relation PL</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="71"/>
        <source>Relation to cells</source>
        <translation>Relation cellules</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="30"/>
        <source>Rennes University Hospital, Neurology</source>
        <translation>CHU de Rennes, Neurologie</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="69"/>
        <source>SBP
mmHg</source>
        <translation>PAS
mmHg</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="154"/>
        <source>Scanned by</source>
        <translation>Scanné par</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="71"/>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="148"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="149"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="168"/>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="65"/>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="145"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="69"/>
        <source>SpO₂
%</source>
        <translation>SpO₂
%</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="145"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="74"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="142"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="129"/>
        <source>Subject {subject} ({initials}) · {visit} · {date}</source>
        <translation>Sujet {subject} ({initials}) · {visit} · {date}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet_chart.py" line="199"/>
        <source>Systolic BP (mmHg)</source>
        <translation>PA systolique (mmHg)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet_parts.py" line="234"/>
        <source>TRAINING</source>
        <translation>FORMATION</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="117"/>
        <source>TRAINING RECORD, NOT CLINICAL DATA</source>
        <translation>DOSSIER DE FORMATION, PAS DE DONNÉES CLINIQUES</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="213"/>
        <source>TRAINING: made on the training database, not a clinical record.</source>
        <translation>FORMATION : établie sur la base de formation, ce n'est pas un dossier clinique.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="70"/>
        <source>Temp
°C</source>
        <translation>Temp.
°C</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet_chart.py" line="201"/>
        <source>Temperature (°C)</source>
        <translation>Température (°C)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="71"/>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="152"/>
        <source>Thawed at</source>
        <translation>Décongelé le</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="109"/>
        <source>There is no session {session}: see `maestro sessions`.</source>
        <translation>Il n'y a pas de session {session} : voir `maestro sessions`.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="69"/>
        <location filename="../../../maestro_desktop/export/sheet.py" line="74"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="75"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="232"/>
        <source>Verdict:</source>
        <translation>Décision :</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="155"/>
        <source>Vial identity</source>
        <translation>Identité du flacon</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="144"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="161"/>
        <source>Vital signs and NEWS2</source>
        <translation>Constantes et NEWS2</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="76"/>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="76"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="76"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="50"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="43"/>
        <location filename="../../../maestro_desktop/services/sheet.py" line="90"/>
        <source>air</source>
        <translation>air</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet_chart.py" line="202"/>
        <source>dashed: baseline before the procedure</source>
        <translation>tirets : référence avant le geste</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="85"/>
        <source>extra</source>
        <translation>hors plan</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="172"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="231"/>
        <source>no verdict recorded</source>
        <translation>aucune décision enregistrée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="58"/>
        <source>not answered</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="254"/>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="43"/>
        <source>on oxygen</source>
        <translation>sous oxygène</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="90"/>
        <source>oxygen</source>
        <translation>O₂</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="200"/>
        <source>within the protocol</source>
        <translation>conforme au protocole</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="171"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="158"/>
        <source>{details} (late: {reason})</source>
        <translation>{details} (saisie tardive : {reason})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="196"/>
        <source>{deviations} (acknowledged by {user})</source>
        <translation>{deviations} (validé par {user})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="143"/>
        <source>{outcome} recorded by {user}</source>
        <translation>{outcome} enregistré par {user}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/export/sheet.py" line="128"/>
        <source>{registry} · procedure sheet</source>
        <translation>{registry} · fiche de procédure</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sheet.py" line="162"/>
        <source>{time} {incident}: {details}</source>
        <translation>{time} {incident} : {details}</translation>
    </message>
</context>
<context>
    <name>signoff</name>
    <message>
        <location filename="../../../maestro_desktop/services/signoff.py" line="109"/>
        <source>A session closed as opened in error is not signed.</source>
        <translation>Une session close comme ouverte par erreur ne se signe pas.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/signoff.py" line="102"/>
        <source>Choose the meaning of the signature: {first} or {second}.</source>
        <translation>Choisissez la signification de la signature : {first} ou {second}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/signoff.py" line="126"/>
        <source>Give the reason for the correction.</source>
        <translation>Indiquez le motif de la correction.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/signoff.py" line="137"/>
        <source>The corrected time is the same as the recorded one.</source>
        <translation>L'heure corrigée est identique à l'heure enregistrée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/signoff.py" line="133"/>
        <source>The corrected time needs its time zone.</source>
        <translation>L'heure corrigée doit indiquer son fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/signoff.py" line="111"/>
        <source>The session is already signed and unchanged since.</source>
        <translation>La session est déjà signée et n'a pas changé depuis.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/signoff.py" line="106"/>
        <source>The session is not finished: record the discharge first.</source>
        <translation>La session n'est pas terminée : enregistrez d'abord la sortie.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/signoff.py" line="130"/>
        <source>There is no '{kind}' time stamp to correct.</source>
        <translation>Il n'y a pas d'horodatage « {kind} » à corriger.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/signoff.py" line="190"/>
        <source>adverse event {field}</source>
        <translation>événement indésirable : {field}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/signoff.py" line="30"/>
        <source>performed by</source>
        <translation>réalisé par</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/signoff.py" line="31"/>
        <source>reviewed and approved</source>
        <translation>relu et approuvé</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/signoff.py" line="160"/>
        <source>{stamp} time</source>
        <translation>{stamp} (heure)</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../../../maestro_desktop/domain/steps.py" line="15"/>
        <source>Observation</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/steps.py" line="11"/>
        <source>Patient and visit</source>
        <translation>Patient et visite</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/steps.py" line="12"/>
        <source>Pre-procedure checks</source>
        <translation>Vérifications avant le geste</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/steps.py" line="14"/>
        <source>Procedure</source>
        <translation>Geste</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/steps.py" line="16"/>
        <source>Sign-off and sheet</source>
        <translation>Signature et fiche</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/steps.py" line="13"/>
        <source>Vial identity</source>
        <translation>Identité du flacon</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/steps.py" line="26"/>
        <source>current</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/steps.py" line="26"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/steps.py" line="26"/>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../../maestro_desktop/store/database.py" line="85"/>
        <source>Cannot create {path}: the folder is read-only.</source>
        <translation>Impossible de créer {path} : le dossier est en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/database.py" line="88"/>
        <source>Cannot create {path}: {problem}.</source>
        <translation>Impossible de créer {path} : {problem}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/database.py" line="103"/>
        <source>Cannot lock {path}: the folder is read-only ({problem}).</source>
        <translation>Impossible de verrouiller {path} : le dossier est en lecture seule ({problem}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/clinic.py" line="37"/>
        <source>No verified backup was found; call the data manager.</source>
        <translation>Aucune sauvegarde vérifiée n'a été trouvée ; appelez le data manager.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="261"/>
        <source>Restoring into {path} failed ({problem}).</source>
        <translation>La restauration dans {path} a échoué ({problem}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="76"/>
        <source>The backup could not be written to {folder} ({problem}); the database was not touched.</source>
        <translation>La sauvegarde n'a pas pu être écrite dans {folder} ({problem}) ; la base n'a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="61"/>
        <source>The backup folder {folder} does not exist. Create it or choose another one; the database was not touched.</source>
        <translation>Le dossier de sauvegarde {folder} n'existe pas. Créez-le ou choisissez-en un autre ; la base n'a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="65"/>
        <source>The backup folder {folder} is read-only for this user; no backup was written and the database was not touched.</source>
        <translation>Le dossier de sauvegarde {folder} est en lecture seule pour cet utilisateur ; aucune sauvegarde n'a été écrite et la base n'a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="134"/>
        <source>The backup {partial} does not hold what the database held ({events} events, expected {expected}).</source>
        <translation>La sauvegarde {partial} ne contient pas ce que contenait la base ({events} événements, {expected} attendus).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/worker.py" line="47"/>
        <source>The database is closed.</source>
        <translation>La base est fermée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/worker.py" line="53"/>
        <source>The database is not open.</source>
        <translation>La base n'est pas ouverte.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/errors.py" line="51"/>
        <source>The database {path} refused the change ({problem}); nothing was saved.</source>
        <translation>La base {path} a refusé la modification ({problem}) ; rien n'a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="115"/>
        <source>The database {source} itself is damaged ({problems}); no backup was made. Keep using it only after the data manager has checked it.</source>
        <translation>La base {source} elle-même est endommagée ({problems}) ; aucune sauvegarde n'a été faite. Ne continuez à l'utiliser qu'après vérification par le data manager.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="146"/>
        <source>The database {source} itself is damaged ({problem}); no backup was made.</source>
        <translation>La base {source} elle-même est endommagée ({problem}) ; aucune sauvegarde n'a été faite.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="73"/>
        <source>The disk holding the backup folder {folder} is full: no backup was written. Free some space; the database was not touched.</source>
        <translation>Le disque du dossier de sauvegarde {folder} est plein : aucune sauvegarde n'a été écrite. Libérez de la place ; la base n'a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/errors.py" line="38"/>
        <source>The disk holding {path} is full or failing; nothing was saved. Free some space, then try again.</source>
        <translation>Le disque contenant {path} est plein ou défaillant ; rien n'a été enregistré. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/database.py" line="80"/>
        <location filename="../../../maestro_desktop/store/database.py" line="139"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/clinic.py" line="40"/>
        <source>The newest verified backup is {name} ({count} events). Restore it (the damaged file is kept beside it), or read it without changing it with `maestro sessions --db {path}`.</source>
        <translation>La sauvegarde vérifiée la plus récente est {name} ({count} événements). Restaurez-la (le fichier endommagé est conservé à côté), ou consultez-la sans la modifier avec `maestro sessions --db {path}`.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/database.py" line="136"/>
        <location filename="../../../maestro_desktop/store/database.py" line="186"/>
        <source>There is no database at {path}.</source>
        <translation>Il n'y a pas de base à l'emplacement {path}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="197"/>
        <source>There is no file {path}.</source>
        <translation>Il n'y a pas de fichier {path}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/database.py" line="53"/>
        <source>{path} cannot be read by this user.</source>
        <translation>{path} ne peut pas être lu par cet utilisateur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/errors.py" line="41"/>
        <source>{path} cannot be written (read-only file or folder); nothing was saved. Check the folder's permissions.</source>
        <translation>{path} ne peut pas être écrit (fichier ou dossier en lecture seule) ; rien n'a été enregistré. Vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="234"/>
        <source>{path} holds {events} events and the backup only {backup}: restoring it would put {lost} events out of use. Nothing was restored; add --force if that is intended (the current file is kept beside it).</source>
        <translation>{path} contient {events} événements et la sauvegarde seulement {backup} : la restaurer mettrait {lost} événements hors d'usage. Rien n'a été restauré ; ajoutez --force si c'est voulu (le fichier actuel est conservé à côté).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/database.py" line="99"/>
        <source>{path} is already open in another maestro-desktop window or maestro command on this computer. Close it there first.</source>
        <translation>{path} est déjà ouvert dans une autre fenêtre maestro-desktop ou une commande maestro sur cet ordinateur. Fermez-le d'abord.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/database.py" line="195"/>
        <source>{path} is an SQLite file but not a maestro database.</source>
        <translation>{path} est un fichier SQLite mais pas une base maestro.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/database.py" line="74"/>
        <source>{path} is an SQLite file but not a maestro database. It was left untouched.</source>
        <translation>{path} est un fichier SQLite mais pas une base maestro. Il n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="210"/>
        <source>{path} is an SQLite file but not a maestro database. Nothing was restored.</source>
        <translation>{path} est un fichier SQLite mais pas une base maestro. Rien n'a été restauré.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/errors.py" line="49"/>
        <source>{path} is busy in another program; nothing was saved. Try again.</source>
        <translation>{path} est occupé par un autre programme ; rien n'a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/errors.py" line="45"/>
        <source>{path} is damaged ({problem}). It was left untouched: restore the latest backup or call the data manager.</source>
        <translation>{path} est endommagé ({problem}). Il n'a pas été modifié : restaurez la dernière sauvegarde ou appelez le data manager.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="87"/>
        <source>{path} is damaged: {problems}.</source>
        <translation>{path} est endommagé : {problems}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/database.py" line="56"/>
        <source>{path} is not a maestro database (it is not an SQLite file). It was left untouched.</source>
        <translation>{path} n'est pas une base maestro (ce n'est pas un fichier SQLite). Il n'a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="200"/>
        <source>{path} is not a maestro database (not an SQLite file). Nothing was restored.</source>
        <translation>{path} n'est pas une base maestro (pas un fichier SQLite). Rien n'a été restauré.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="213"/>
        <source>{path} is not a maestro database. Nothing was restored.</source>
        <translation>{path} n'est pas une base maestro. Rien n'a été restauré.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="99"/>
        <source>{path} is not a readable maestro database ({problem}).</source>
        <translation>{path} n'est pas une base maestro lisible ({problem}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/migrations.py" line="303"/>
        <source>{path} was written by a newer version of maestro-desktop (schema {schema}). It was left untouched: install the current version to open it.</source>
        <translation>{path} a été écrit par une version plus récente de maestro-desktop (schéma {schema}). Il n'a pas été modifié : installez la version actuelle pour l'ouvrir.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="216"/>
        <source>{path} was written by a newer version of maestro-desktop (schema {schema}). Nothing was restored.</source>
        <translation>{path} a été écrit par une version plus récente de maestro-desktop (schéma {schema}). Rien n'a été restauré.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/store/backup.py" line="93"/>
        <source>{path}: the journal's chain is broken ({message}).</source>
        <translation>{path} : la chaîne du journal est rompue ({message}).</translation>
    </message>
</context>
<context>
    <name>subjects</name>
    <message>
        <location filename="../../../maestro_desktop/domain/subjects.py" line="38"/>
        <source>Birth year {year} is not plausible.</source>
        <translation>L'année de naissance {year} n'est pas plausible.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/subjects.py" line="45"/>
        <source>Childbearing potential applies to female subjects only.</source>
        <translation>Le potentiel de procréation ne concerne que les sujets féminins.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/subjects.py" line="35"/>
        <source>Initials must be 2 or 3 capital letters (no names are stored).</source>
        <translation>Les initiales comportent 2 ou 3 lettres majuscules (aucun nom n'est enregistré).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/subjects.py" line="41"/>
        <source>Sex must be F or M.</source>
        <translation>Le sexe doit être F ou M.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/subjects.py" line="32"/>
        <source>Subject code '{code}' must look like 01-003 (site number, dash, three-digit subject number).</source>
        <translation>Le code sujet « {code} » doit être de la forme 01-003 (numéro de site, tiret, numéro de sujet à trois chiffres).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/subjects.py" line="38"/>
        <source>Subject {code} is already registered.</source>
        <translation>Le sujet {code} est déjà enregistré.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/subjects.py" line="43"/>
        <source>The enrolment date cannot be in the future.</source>
        <translation>La date d'inclusion ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/subjects.py" line="51"/>
        <source>There is no subject {code}.</source>
        <translation>Il n'y a pas de sujet {code}.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="185"/>
        <source>... and {count} more</source>
        <translation>... et {count} de plus</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/connection.py" line="115"/>
        <source>Cannot reach the central server ({target}): {problem}.</source>
        <translation>Serveur central injoignable ({target}) : {problem}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="364"/>
        <source>Event #{seq} of workstation {workstation} conflicts with the centre's copy: {reason}.</source>
        <translation>L'événement n° {seq} du poste {workstation} est en conflit avec la copie du centre : {reason}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="381"/>
        <source>Flag {flag} was already acknowledged.</source>
        <translation>Le signalement {flag} a déjà été pris en compte.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/schema.py" line="148"/>
        <source>Login '{login}' must be lower-case letters, digits and _.</source>
        <translation>L'identifiant « {login} » doit contenir des lettres minuscules, des chiffres et _.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/schema.py" line="52"/>
        <source>Role prefix '{prefix}' must be lower-case letters, digits and _ (starting with a letter).</source>
        <translation>Le préfixe de rôle « {prefix} » doit contenir des lettres minuscules, des chiffres et _ (et commencer par une lettre).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="374"/>
        <source>Say what was done about it (a short note is kept with the acknowledgement).</source>
        <translation>Indiquez ce qui a été fait (une courte note est conservée avec la prise en compte).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/schema.py" line="151"/>
        <source>Site '{site}' must be the two-digit site number (as in 01-003).</source>
        <translation>Le site « {site} » doit être le numéro de site à deux chiffres (comme dans 01-003).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="311"/>
        <source>The address must not contain the password: it would be stored in clear. Put the password in the workstation's .pgpass file (or use a client certificate).</source>
        <translation>L'adresse ne doit pas contenir le mot de passe : il serait enregistré en clair. Placez le mot de passe dans le fichier .pgpass du poste (ou utilisez un certificat client).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/schema.py" line="76"/>
        <source>The central database has no maestro schema: ask the data manager to run `maestro central init`.</source>
        <translation>La base centrale n'a pas de schéma maestro : demandez au data manager de lancer `maestro central init`.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/schema.py" line="171"/>
        <source>The central database has no maestro schema: run `maestro central init` first.</source>
        <translation>La base centrale n'a pas de schéma maestro : lancez d'abord `maestro central init`.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/connection.py" line="37"/>
        <source>The central server address asks for sslmode={mode}. Clinical data leaves this workstation only over TLS with a verified certificate (sslmode={secure}). Remove sslmode from the address, or relax it explicitly in the settings (--insecure) on a test network only.</source>
        <translation>L'adresse du serveur central demande sslmode={mode}. Les données cliniques ne quittent ce poste que par TLS avec un certificat vérifié (sslmode={secure}). Retirez sslmode de l'adresse, ou assouplissez-le explicitement dans les réglages (--insecure) sur un réseau de test uniquement.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/connection.py" line="25"/>
        <source>The central server address is malformed ({problem}). Write it as 'host=... dbname=... user=...' or postgresql://user@host/dbname.</source>
        <translation>L'adresse du serveur central est mal formée ({problem}). Écrivez-la sous la forme 'host=... dbname=... user=...' ou postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/connection.py" line="34"/>
        <source>The central server address names no host (host=...).</source>
        <translation>L'adresse du serveur central ne nomme aucun hôte (host=...).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/connection.py" line="87"/>
        <source>The central server asks for a password and none is set for {user} (put it in the workstation's .pgpass file, never in the address saved here).</source>
        <translation>Le serveur central demande un mot de passe et aucun n'est défini pour {user} (placez-le dans le fichier .pgpass du poste, jamais dans l'adresse enregistrée ici).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/connection.py" line="96"/>
        <source>The central server at {host} does not offer encryption (TLS); nothing was sent.</source>
        <translation>Le serveur central {host} ne propose pas de chiffrement (TLS) ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/connection.py" line="100"/>
        <source>The central server at {host}:{port} did not answer in time. The events wait here.</source>
        <translation>Le serveur central {host}:{port} n'a pas répondu à temps. Les événements attendent ici.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/connection.py" line="102"/>
        <source>The central server at {host}:{port} is not answering (connection refused). The events wait here.</source>
        <translation>Le serveur central {host}:{port} ne répond pas (connexion refusée). Les événements attendent ici.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/connection.py" line="98"/>
        <source>The central server does not accept connections from this workstation ({target}).</source>
        <translation>Le serveur central n'accepte pas les connexions de ce poste ({target}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/connection.py" line="97"/>
        <source>The central server does not know this login or database ({target}).</source>
        <translation>Le serveur central ne connaît pas cet identifiant ou cette base ({target}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/connection.py" line="89"/>
        <source>The central server name '{host}' is unknown on this network (DNS).</source>
        <translation>Le nom du serveur central « {host} » est inconnu sur ce réseau (DNS).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/connection.py" line="85"/>
        <source>The central server refused the workstation's password for {user}. Ask the data manager to check the workstation's login.</source>
        <translation>Le serveur central a refusé le mot de passe du poste pour {user}. Demandez au data manager de vérifier l'identifiant du poste.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/connection.py" line="90"/>
        <source>The central server's certificate cannot be verified: no trusted CA certificate is installed on this workstation (sslrootcert).</source>
        <translation>Le certificat du serveur central ne peut pas être vérifié : aucun certificat d'autorité de confiance n'est installé sur ce poste (sslrootcert).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/connection.py" line="94"/>
        <source>The central server's certificate could not be verified against the trusted CA: refused, as it may not be the trial's server.</source>
        <translation>Le certificat du serveur central n'a pas pu être vérifié auprès de l'autorité de confiance : refusé, car ce n'est peut-être pas le serveur de l'essai.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/connection.py" line="92"/>
        <source>The central server's certificate is not for '{host}': refused, as it may not be the trial's server.</source>
        <translation>Le certificat du serveur central n'est pas celui de « {host} » : refusé, car ce n'est peut-être pas le serveur de l'essai.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/schema.py" line="85"/>
        <source>The central store is at schema {found}, a newer version than this workstation speaks (schema {expected}). Nothing was sent; update whichever side is behind.</source>
        <translation>La base centrale est au schéma {found}, une version plus récente que celle de ce poste (schéma {expected}). Rien n'a été envoyé ; mettez à jour le côté en retard.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/schema.py" line="88"/>
        <source>The central store is at schema {found}, an older version than this workstation speaks (schema {expected}). Nothing was sent; update whichever side is behind.</source>
        <translation>La base centrale est au schéma {found}, une version plus ancienne que celle de ce poste (schéma {expected}). Rien n'a été envoyé ; mettez à jour le côté en retard.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/schema.py" line="114"/>
        <source>The central store is at schema {found}, newer than this version of maestro-desktop knows ({known}). Nothing changed.</source>
        <translation>La base centrale est au schéma {found}, plus récent que ce que connaît cette version de maestro-desktop ({known}). Rien n'a changé.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="361"/>
        <source>The centre is missing events of workstation {workstation} before event #{seq}.</source>
        <translation>Il manque au centre des événements du poste {workstation} avant l'événement n° {seq}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/central.py" line="133"/>
        <source>The centre refused the batch: {problem}.</source>
        <translation>Le centre a refusé le lot : {problem}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/central.py" line="123"/>
        <source>The centre refused these events ({problem}): this login may only send its own workstation's events.</source>
        <translation>Le centre a refusé ces événements ({problem}) : cet identifiant ne peut envoyer que les événements de son propre poste.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="142"/>
        <source>The centre's copy of this workstation's events cannot be taken back: {problem}. Nothing was changed here.</source>
        <translation>La copie des événements de ce poste détenue par le centre ne peut pas être récupérée : {problem}. Rien n'a été modifié ici.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="186"/>
        <source>The centre's reference data (revision {revision}) was not applied; nothing was changed here. {count} problem(s) for the data manager:
{problems}</source>
        <translation>Les données de référence du centre (révision {revision}) n'ont pas été appliquées ; rien n'a été modifié ici. {count} problème(s) pour le data manager :
{problems}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/central.py" line="176"/>
        <location filename="../../../maestro_desktop/sync/central.py" line="188"/>
        <source>The connection to the central server was lost ({problem}).</source>
        <translation>La connexion au serveur central a été perdue ({problem}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/central.py" line="66"/>
        <source>The connection to the central server was lost ({problem}). The events wait here.</source>
        <translation>La connexion au serveur central a été perdue ({problem}). Les événements attendent ici.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/central.py" line="127"/>
        <source>The connection to the central server was lost while sending ({problem}). Nothing of that batch was kept; it is sent again next time.</source>
        <translation>La connexion au serveur central a été perdue pendant l'envoi ({problem}). Rien de ce lot n'a été conservé ; il sera renvoyé la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/schema.py" line="158"/>
        <source>The login {login} already exists on the central server.</source>
        <translation>L'identifiant {login} existe déjà sur le serveur central.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/central.py" line="79"/>
        <source>The login {login} is not registered as a workstation at the centre (maestro central add-workstation).</source>
        <translation>L'identifiant {login} n'est pas enregistré comme poste au centre (maestro central add-workstation).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="259"/>
        <source>The login {login} is registered at the centre for workstation {theirs}, but this database is workstation {ours}. Nothing was sent.</source>
        <translation>L'identifiant {login} est enregistré au centre pour le poste {theirs}, mais cette base est celle du poste {ours}. Rien n'a été envoyé.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="379"/>
        <source>There is no flag {flag} from the centre.</source>
        <translation>Il n'y a pas de signalement {flag} du centre.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="255"/>
        <source>This is a training database: it never syncs to the trial's central store.</source>
        <translation>C'est une base de formation : elle ne se synchronise jamais avec la base centrale de l'essai.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/schema.py" line="134"/>
        <source>This login may not create the central schema and its roles ({problem}): use an administrator's address.</source>
        <translation>Cet identifiant ne peut pas créer le schéma central et ses rôles ({problem}) : utilisez une adresse d'administrateur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/schema.py" line="80"/>
        <source>This login may not read the central schema version: it is not a registered workstation login.</source>
        <translation>Cet identifiant ne peut pas lire la version du schéma central : ce n'est pas un identifiant de poste enregistré.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="358"/>
        <source>Vial {vial} was recorded as administered more than once: {where}.</source>
        <translation>Le flacon {vial} a été enregistré comme administré plus d'une fois : {where}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/schema.py" line="168"/>
        <source>Workstation {workstation} is already registered.</source>
        <translation>Le poste {workstation} est déjà enregistré.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/central.py" line="168"/>
        <source>differs from the centre's copy</source>
        <translation>diffère de la copie du centre</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="354"/>
        <source>session {session} (subject {subject}, workstation {workstation}, {at})</source>
        <translation>session {session} (sujet {subject}, poste {workstation}, {at})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/central.py" line="159"/>
        <source>the centre did not keep this event</source>
        <translation>le centre n'a pas conservé cet événement</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/central.py" line="155"/>
        <source>the centre holds another event (id {event}) as event #{seq} of this workstation</source>
        <translation>le centre détient un autre événement (id {event}) comme événement n° {seq} de ce poste</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/central.py" line="151"/>
        <source>the centre holds event {event} with different content (hash {theirs}…, ours {ours}…)</source>
        <translation>le centre détient l'événement {event} avec un contenu différent (empreinte {theirs}…, la nôtre {ours}…)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="268"/>
        <source>this workstation's event #{seq} differs from the centre's event #{seq} (restored from an old backup and then used, or altered)</source>
        <translation>l'événement n° {seq} de ce poste diffère de l'événement n° {seq} du centre (restauré depuis une ancienne sauvegarde puis utilisé, ou modifié)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/sync/connection.py" line="60"/>
        <source>{address} as {user}</source>
        <translation>{address} en tant que {user}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="68"/>
        <source>{count} already at the centre</source>
        <translation>{count} déjà au centre</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="77"/>
        <source>{count} event(s) in conflict with the centre, from #{seq}: {reason}; kept in quarantine at the centre, push stopped until the data manager resolves it</source>
        <translation>{count} événement(s) en conflit avec le centre, à partir du n° {seq} : {reason} ; conservé(s) en quarantaine au centre, envoi suspendu jusqu'à résolution par le data manager</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="65"/>
        <source>{count} events pushed</source>
        <translation>{count} événements envoyés</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="70"/>
        <source>{count} events recovered from the centre</source>
        <translation>{count} événements récupérés du centre</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="73"/>
        <source>{count} flag(s) from the centre to review</source>
        <translation>{count} signalement(s) du centre à examiner</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/sync.py" line="66"/>
        <source>{count} reference changes pulled</source>
        <translation>{count} modifications de référence reçues</translation>
    </message>
</context>
<context>
    <name>time</name>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="160"/>
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="108"/>
        <source>{count} attempt</source>
        <translation>{count} tentative</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="108"/>
        <source>{count} attempts</source>
        <translation>{count} tentatives</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="104"/>
        <source>{count} day</source>
        <translation>{count} jour</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="161"/>
        <source>{count} day ago</source>
        <translation>il y a {count} jour</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="104"/>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="161"/>
        <source>{count} days ago</source>
        <translation>il y a {count} jours</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="105"/>
        <source>{count} hour</source>
        <translation>{count} heure</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="105"/>
        <source>{count} hours</source>
        <translation>{count} heures</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="107"/>
        <source>{count} item</source>
        <translation>{count} élément</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="107"/>
        <source>{count} items</source>
        <translation>{count} éléments</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="106"/>
        <source>{count} minute</source>
        <translation>{count} minute</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="106"/>
        <source>{count} minutes</source>
        <translation>{count} minutes</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="44"/>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="98"/>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="44"/>
        <source>INCOMPLETE</source>
        <translation>INCOMPLET</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="96"/>
        <source>INCOMPLETE: {count} item unanswered</source>
        <translation>INCOMPLET : {count} élément non renseigné</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="96"/>
        <source>INCOMPLETE: {count} items unanswered</source>
        <translation>INCOMPLET : {count} éléments non renseignés</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="44"/>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/verdict.py" line="93"/>
        <source>NO-GO: {reasons}</source>
        <translation>NO-GO : {reasons}</translation>
    </message>
</context>
<context>
    <name>vials</name>
    <message>
        <location filename="../../../maestro_desktop/services/vials.py" line="134"/>
        <source>'{text}' is neither a DIN with its check character nor a serial number (1-20 characters, no spaces).</source>
        <translation>« {text} » n'est ni un DIN avec son caractère de contrôle ni un numéro de série (1 à 20 caractères, sans espace).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/vials.py" line="38"/>
        <source>DO NOT USE THIS VIAL. {reasons} Call {contact}.</source>
        <translation>N'UTILISEZ PAS CE FLACON. {reasons} Appelez {contact}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vial_checks.py" line="115"/>
        <source>Enter the thawing or preparation time.</source>
        <translation>Saisissez l'heure de décongélation ou de préparation.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/vials.py" line="143"/>
        <source>Give the reason for typing the vial identifier (label unreadable?).</source>
        <translation>Indiquez pourquoi l'identifiant du flacon est saisi à la main (étiquette illisible ?).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/vials.py" line="259"/>
        <source>Locked until the vial is verified by two people.</source>
        <translation>Verrouillé tant que le flacon n'est pas vérifié par deux personnes.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/vials.py" line="190"/>
        <location filename="../../../maestro_desktop/services/vials.py" line="216"/>
        <source>Scan the vial first.</source>
        <translation>Scannez d'abord le flacon.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vial_checks.py" line="121"/>
        <source>Thawed at {time}, {elapsed} ago: beyond the stability window of {window}.</source>
        <translation>Décongelé le {time}, il y a {elapsed} : au-delà de la fenêtre de stabilité de {window}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/vials.py" line="168"/>
        <source>The label carries no vial identifier (serial or DIN): rescan the vial label.</source>
        <translation>L'étiquette ne porte pas d'identifiant de flacon (numéro de série ou DIN) : scannez à nouveau l'étiquette du flacon.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vial_checks.py" line="109"/>
        <source>The label's expiry {label_expiry} differs from the cell bank's {expiry}.</source>
        <translation>La péremption de l'étiquette {label_expiry} diffère de celle de la banque de cellules {expiry}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vial_checks.py" line="105"/>
        <source>The label's lot {label_lot} differs from the cell bank's lot {lot}.</source>
        <translation>Le lot de l'étiquette {label_lot} diffère du lot de la banque de cellules {lot}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/vials.py" line="220"/>
        <source>The person who scanned the vial cannot confirm it: a second, different person must.</source>
        <translation>La personne qui a scanné le flacon ne peut pas le confirmer : une seconde personne, différente, doit le faire.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/vials.py" line="231"/>
        <source>The second scan is vial {vial}, not {first}: both people must check the same vial.</source>
        <translation>Le second scan est le flacon {vial}, pas {first} : les deux personnes doivent vérifier le même flacon.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/vials.py" line="109"/>
        <source>The session is {status}: no vial can be scanned.</source>
        <translation>La session est {status} : aucun flacon ne peut être scanné.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/vials.py" line="198"/>
        <source>The thawing time cannot be in the future.</source>
        <translation>L'heure de décongélation ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/vials.py" line="196"/>
        <source>The thawing time needs its time zone.</source>
        <translation>L'heure de décongélation doit indiquer son fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vial_checks.py" line="117"/>
        <source>The thawing time {time} is in the future.</source>
        <translation>L'heure de décongélation {time} est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/vials.py" line="146"/>
        <location filename="../../../maestro_desktop/services/vials.py" line="210"/>
        <source>The two entries differ: type the identifier again, twice.</source>
        <translation>Les deux saisies diffèrent : saisissez à nouveau l'identifiant, deux fois.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/vials.py" line="157"/>
        <location filename="../../../maestro_desktop/services/vials.py" line="218"/>
        <source>The vial is already verified for this session.</source>
        <translation>Le flacon est déjà vérifié pour cette session.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/vials.py" line="193"/>
        <source>The vial is already verified for this session: its thawing time can no longer change.</source>
        <translation>Le flacon est déjà vérifié pour cette session : son heure de décongélation ne peut plus changer.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vial_checks.py" line="81"/>
        <source>Vial {vial} (lot {lot}) is not released: its status is '{status}'.</source>
        <translation>Le flacon {vial} (lot {lot}) n'est pas libéré : son statut est « {status} ».</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vial_checks.py" line="85"/>
        <source>Vial {vial} expired on {expiry} (according to the cell bank).</source>
        <translation>Le flacon {vial} est périmé depuis le {expiry} (selon la banque de cellules).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vial_checks.py" line="89"/>
        <source>Vial {vial} expired on {expiry} (according to the label).</source>
        <translation>Le flacon {vial} est périmé depuis le {expiry} (selon l'étiquette).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vial_checks.py" line="98"/>
        <source>Vial {vial} is allocated to subject {subject}, injection {injection}, not to {target}, injection {target_injection}.</source>
        <translation>Le flacon {vial} est attribué au sujet {subject}, injection {injection}, et non à {target}, injection {target_injection}.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vial_checks.py" line="76"/>
        <source>Vial {vial} is not in the cell bank.</source>
        <translation>Le flacon {vial} ne figure pas dans la banque de cellules.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vial_checks.py" line="93"/>
        <source>Vial {vial} was already administered ({session}).</source>
        <translation>Le flacon {vial} a déjà été administré ({session}).</translation>
    </message>
</context>
<context>
    <name>visits</name>
    <message>
        <location filename="../../../maestro_desktop/domain/visits.py" line="74"/>
        <source>Follow-up month {month}</source>
        <translation>Suivi à {month} mois</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/visits.py" line="70"/>
        <source>Injection {number}</source>
        <translation>Injection {number}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/visits.py" line="21"/>
        <source>in window</source>
        <translation>dans la fenêtre</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/visits.py" line="58"/>
        <source>in window (due {due})</source>
        <translation>dans la fenêtre (prévue le {due})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/visits.py" line="20"/>
        <source>not yet in window</source>
        <translation>fenêtre pas encore ouverte</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/subjects.py" line="74"/>
        <source>visit plan complete</source>
        <translation>plan de visites terminé</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/visits.py" line="21"/>
        <source>window closed</source>
        <translation>fenêtre fermée</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/visits.py" line="55"/>
        <source>window closed {count} day ago (due {due})</source>
        <translation>fenêtre fermée depuis {count} jour (prévue le {due})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/visits.py" line="55"/>
        <source>window closed {count} days ago (due {due})</source>
        <translation>fenêtre fermée depuis {count} jours (prévue le {due})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/visits.py" line="51"/>
        <source>window opens in {count} day (due {due})</source>
        <translation>fenêtre ouverte dans {count} jour (prévue le {due})</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/visits.py" line="51"/>
        <source>window opens in {count} days (due {due})</source>
        <translation>fenêtre ouverte dans {count} jours (prévue le {due})</translation>
    </message>
</context>
<context>
    <name>vitals</name>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="48"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="84"/>
        <source>'{text}' is not a number</source>
        <translation>« {text} » n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="46"/>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="47"/>
        <source>/min</source>
        <translation>/min</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/services/checks.py" line="224"/>
        <source>Complete the set: {missing}</source>
        <translation>Complétez la série : {missing}</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="51"/>
        <source>Consciousness (ACVPU)</source>
        <translation>Conscience (ACVPU)</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="164"/>
        <source>Consciousness {level} ({words}) is not alert: confirm.</source>
        <translation>Conscience {level} ({words}) : non éveillé, confirmez.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="160"/>
        <source>Consciousness {value} is not one of A, C, V, P, U (ACVPU).</source>
        <translation>Conscience {value} : ne fait pas partie de A, C, V, P, U (ACVPU).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="45"/>
        <source>Diastolic BP</source>
        <translation>PA diastolique</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="46"/>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="47"/>
        <source>Respiratory rate</source>
        <translation>Fréquence respiratoire</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="48"/>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="49"/>
        <source>Supplemental oxygen</source>
        <translation>Oxygène</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="155"/>
        <source>Supplemental oxygen must be yes or no, found {value}.</source>
        <translation>Oxygène : répondez oui ou non (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="44"/>
        <source>Systolic BP</source>
        <translation>PA systolique</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="50"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="20"/>
        <source>alert</source>
        <translation>éveillé</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="44"/>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="45"/>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="20"/>
        <source>new confusion</source>
        <translation>confusion récente</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="20"/>
        <source>responds to pain</source>
        <translation>réagit à la douleur</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="20"/>
        <source>responds to voice</source>
        <translation>réagit à la voix</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="21"/>
        <source>unresponsive</source>
        <translation>aréactif</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="149"/>
        <source>{diastolic} must be below the systolic ({systolic}): check the values.</source>
        <translation>{diastolic} doit être inférieure à la systolique ({systolic}) : vérifiez les valeurs.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="109"/>
        <source>{label} must be a number, found {value}.</source>
        <translation>{label} doit être un nombre (valeur reçue : {value}).</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="113"/>
        <source>{value} is impossible (allowed {range}): check the value.</source>
        <translation>{value} : valeur impossible (valeurs admises {range}), vérifiez la valeur.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="143"/>
        <source>{value} is outside the usual range ({range}): confirm.</source>
        <translation>{value} : hors des valeurs usuelles ({range}), confirmez.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="117"/>
        <source>{value} must be a whole number.</source>
        <translation>{value} : doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../../maestro_desktop/domain/vitals.py" line="50"/>
        <source>°C</source>
        <translation>°C</translation>
    </message>
</context>
</TS>
