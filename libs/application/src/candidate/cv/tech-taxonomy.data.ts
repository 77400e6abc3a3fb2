/**
 * The technologies a CV may name, by category. One entry per line: `Label|synonym|synonym…`; the label
 * itself is always a synonym. A synonym written `!word` names the technology only as a whole item of a
 * skills list ("Go", "R", "Spring"), never in prose, where it is an ordinary word.
 */
export type TechCategory =
  | 'language'
  | 'frontend'
  | 'backend'
  | 'mobile'
  | 'database'
  | 'cloud'
  | 'devops'
  | 'testing'
  | 'data'
  | 'messaging'
  | 'tool'
  | 'platform';

export const TECH_TAXONOMY_DATA: Readonly<Record<TechCategory, string>> = {
  language: `
Python|python3|python 3|!py
JavaScript|!js|ecmascript|es6|es2015|vanilla js
TypeScript|!ts
Java|java 8|java 11|java 17|java se|java ee|j2ee|jakarta ee
Go|golang|!go
C|!c|ansi c|c99|c11
C++|cpp|c plus plus|c++11|c++14|c++17|c++20
C#|csharp|c sharp
Rust|rustlang
Ruby|!ruby
PHP|php7|php8
Kotlin|!kt
Swift|!swift|swift 5
Objective-C|objective c|objc|obj-c
Scala|scala 3
R|!r|r language|rlang
Perl|perl5
Haskell|ghc
Erlang|erlang otp
Elixir|!elixir
Clojure|clojurescript
F#|fsharp|f sharp
OCaml|ocaml
Lua|luajit
Dart|!dart
Julia|!julia|julia language
MATLAB|matlab
Groovy|!groovy
Fortran|fortran90
COBOL|cobol
Pascal|!pascal|object pascal
Delphi|delphi
Visual Basic|!vb|vb.net|vbnet|visual basic .net
VBA|excel vba
Assembly|!assembly|assembly language|!asm|x86 assembly|arm assembly
Bash|bash scripting|shell scripting|!shell|!sh
PowerShell|powershell|pwsh
Zsh|!zsh
SQL|structured query language|ansi sql
PL/SQL|plsql|pl sql
T-SQL|tsql|transact-sql|transact sql
Solidity|solidity
Elm|!elm
Crystal|!crystal
Nim|!nim
Zig|ziglang
Lisp|common lisp
Scheme|!scheme
Racket|!racket
Prolog|prolog
Ada|!ada
SAS|sas
Stata|stata
SPSS|ibm spss
ABAP|sap abap
Apex|!apex|salesforce apex
HTML|html5|xhtml
CSS|css3
Sass|scss|!sass
Less|!less
GraphQL|graphql
WebAssembly|wasm
CoffeeScript|coffeescript
Smalltalk|smalltalk
Verilog|verilog
VHDL|vhdl
SystemVerilog|system verilog
CUDA|cuda
OpenCL|opencl
GLSL|glsl
HLSL|hlsl
Awk|!awk|gawk
Sed|!sed
Tcl|!tcl
Hack|!hack
Mojo|!mojo
Vala|!vala
Gleam|!gleam
ReScript|rescript
ReasonML|reason ml
PureScript|purescript
Idris|!idris
Agda|!agda
Coq|!coq
Lean|!lean 4
Q#|qsharp
Kdb+|kdb|q language
Cypher|cypher query language
SPARQL|sparql
XQuery|xquery
XSLT|xslt
YAML|yml
JSON|json
XML|xml
Markdown|!markdown
LaTeX|latex
`,
  frontend: `
React|reactjs|react.js|react js|react 18
Angular|angularjs|angular.js|angular 2|angular js
Vue.js|vue|vuejs|vue js|vue 3
Svelte|sveltejs
SvelteKit|svelte kit
Next.js|nextjs|next js
Nuxt.js|nuxt|nuxtjs
Gatsby|gatsbyjs|gatsby.js
Remix|remix run|!remix
Astro|!astro|astro.build
Solid.js|solidjs|solid js
Preact|preact
Ember.js|!ember|emberjs
Backbone.js|backbonejs|!backbone
jQuery|jquery
Alpine.js|alpinejs|alpine js
Lit|!lit|lit element|litelement
Stencil|stenciljs|!stencil
Qwik|qwik
Redux|redux toolkit|rtk
MobX|mobx
Zustand|zustand
Recoil|recoiljs
NgRx|ngrx
Vuex|vuex
Pinia|pinia
RxJS|rxjs
React Query|tanstack query|react-query
Apollo Client|apollo client
Relay|relay modern|!relay
Tailwind CSS|tailwind|tailwindcss
Bootstrap|bootstrap 5|twitter bootstrap
Material UI|material-ui|mui
Chakra UI|chakra ui|chakra
Ant Design|antd
Bulma|bulma
Foundation|!foundation|zurb foundation
Semantic UI|semantic-ui
Styled Components|styled-components
Emotion|emotion css|!emotion
CSS Modules|css modules
PostCSS|postcss
Storybook|storybook
Three.js|threejs|three js
D3.js|d3|d3js
Chart.js|chartjs
Highcharts|highcharts
Leaflet|leafletjs
Mapbox|mapbox gl
Webpack|webpack 5
Vite|vitejs
Rollup|rollupjs|!rollup
Parcel|parceljs|!parcel
esbuild|esbuild
Babel|babeljs
SWC|!swc
Turbopack|turbopack
Gulp|gulpjs
Grunt|gruntjs
npm|!npm
Yarn|!yarn
pnpm|pnpm
Lerna|lerna
Nx|nx monorepo|!nx
Turborepo|turborepo
ESLint|eslint
Prettier|prettier
Web Components|web components|custom elements
Progressive Web Apps|pwa|progressive web app
WebGL|webgl
WebRTC|webrtc
WebSockets|websocket|websockets|socket.io|socketio
Service Workers|service worker|service workers
Handlebars|handlebars.js
Pug|pugjs|!pug
EJS|!ejs
Thymeleaf|thymeleaf
Jinja|jinja2
Blazor|blazor
HTMX|htmx
Hotwire|hotwire|turbo rails
Stimulus|!stimulus|stimulusjs
Figma|figma
Sketch|!sketch|sketch app
Adobe XD|adobe xd
Adobe Photoshop|photoshop
Adobe Illustrator|illustrator
InVision|invision
Zeplin|zeplin
`,
  backend: `
Node.js|!node|nodejs|node js
Express.js|!express|expressjs|express js
NestJS|nest.js|nestjs|nest js
Fastify|fastify
Koa|koajs|koa.js
Hapi|hapijs|hapi.js
Deno|deno
Bun|!bun|bun.sh
Django|django rest framework|drf
Flask|flask
FastAPI|fastapi|fast api
Pyramid|!pyramid
Tornado|!tornado
Celery|celery
SQLAlchemy|sqlalchemy
Pydantic|pydantic
aiohttp|aiohttp
Spring|!spring|spring framework|spring mvc
Spring Boot|springboot|spring-boot
Spring Cloud|spring cloud
Spring Security|spring security
Hibernate|hibernate orm
JPA|java persistence api
Quarkus|quarkus
Micronaut|micronaut
Vert.x|vertx|vert x
Dropwizard|dropwizard
Jakarta EE|javaee
Maven|apache maven
Gradle|gradle
Ant|!ant|apache ant
Ruby on Rails|rails|ror|ruby-on-rails
Sinatra|!sinatra
Hanami|hanami
Laravel|laravel
Symfony|symfony
CodeIgniter|codeigniter
Zend Framework|zend|laminas
CakePHP|cakephp
Yii|yii2
Slim|!slim|slim framework
Composer|!composer
ASP.NET|asp.net|aspnet|asp net
ASP.NET Core|asp.net core|aspnet core
.NET|dotnet|.net|net core|.net core|.net framework|dotnet core
Entity Framework|entity framework|ef core
WCF|wcf
Phoenix|phoenix framework|!phoenix
Gin|gin gonic|!gin
Echo|!echo|echo framework
Fiber|gofiber|!fiber
Gorilla Mux|gorilla mux
Actix|actix web|actix-web
Rocket|!rocket|rocket.rs
Axum|axum
Tokio|tokio
Play Framework|play framework|playframework
Akka|akka
Ktor|ktor
Grails|grails
Strapi|strapi
Prisma|prisma orm
TypeORM|typeorm
Sequelize|sequelize
Mongoose|mongoose
Knex.js|knex|knexjs
Drizzle ORM|!drizzle
Doctrine|!doctrine|doctrine orm
Eloquent|!eloquent|eloquent orm
GraphQL Apollo Server|apollo server
Hasura|hasura
tRPC|trpc
gRPC|grpc
Protocol Buffers|protobuf|protocol buffers
Apache Thrift|thrift
REST|rest api|restful|restful api|rest apis|restful apis|restful services
SOAP|soap
OpenAPI|swagger|openapi
JSON API|jsonapi
OAuth|oauth2|oauth 2.0
OpenID Connect|oidc|openid connect
JWT|json web token|json web tokens
SAML|saml
Keycloak|keycloak
Auth0|auth0
Okta|okta
Microservices|microservices|microservice architecture
Serverless|serverless|serverless framework
Event Sourcing|event sourcing
CQRS|cqrs
Domain-Driven Design|ddd|domain driven design|domain-driven design
Nginx|nginx
Apache HTTP Server|apache httpd|httpd|apache web server
Tomcat|apache tomcat
Jetty|jetty
IIS|!iis
Gunicorn|gunicorn
uWSGI|uwsgi
Caddy|!caddy
HAProxy|haproxy
Envoy|envoy proxy|!envoy
Traefik|traefik
Kong|kong gateway|!kong
WordPress|wordpress
Drupal|drupal
Joomla|joomla
Magento|magento
Shopify|shopify
WooCommerce|woocommerce
Contentful|contentful
Sanity|!sanity|sanity.io
Ghost|!ghost|ghost cms
Salesforce|salesforce crm
SAP|!sap|sap erp|sap hana
ServiceNow|servicenow
Dynamics 365|microsoft dynamics|dynamics crm
Twilio|twilio
Stripe|stripe api|!stripe
PayPal|paypal
SendGrid|sendgrid
Mailchimp|mailchimp
`,
  mobile: `
Android|android sdk|android development
iOS|ios development|ios sdk
React Native|react-native|reactnative
Flutter|flutter
Xamarin|xamarin
Ionic|ionic framework
Cordova|apache cordova|phonegap
Capacitor|!capacitor|capacitorjs
SwiftUI|swiftui
UIKit|uikit
Jetpack Compose|jetpack compose|compose multiplatform
Kotlin Multiplatform|kmp|kotlin multiplatform
Expo|!expo
Xcode|xcode
Android Studio|android studio
Core Data|core data
Realm|realm db|!realm
Room|!room|room database
Retrofit|retrofit
Dagger|dagger2|dagger hilt|hilt
RxJava|rxjava
Combine|!combine|combine framework
Firebase|firebase
Fastlane|fastlane
CocoaPods|cocoapods
NativeScript|nativescript
Unity|unity3d|unity 3d|!unity
Unreal Engine|unreal|ue4|ue5
Godot|godot engine
`,
  database: `
PostgreSQL|postgres|postgresql|psql|postgis
MySQL|mysql
MariaDB|mariadb
SQLite|sqlite|sqlite3
Oracle Database|oracle db|oracle database|!oracle|oracle 19c
Microsoft SQL Server|sql server|mssql|ms sql|ms sql server
IBM Db2|db2
MongoDB|mongo|mongodb
Redis|redis
Memcached|memcached|memcache
Cassandra|!cassandra|apache cassandra
ScyllaDB|scylla|scylladb
CouchDB|couchdb
Couchbase|couchbase
DynamoDB|dynamodb|amazon dynamodb
Cosmos DB|cosmosdb|azure cosmos db
Firestore|cloud firestore
Neo4j|neo4j
ArangoDB|arangodb
JanusGraph|janusgraph
Amazon Neptune|amazon neptune|aws neptune
Elasticsearch|elastic search|elasticsearch
OpenSearch|opensearch
Solr|apache solr
Algolia|algolia
Meilisearch|meilisearch
Typesense|typesense
InfluxDB|influxdb
TimescaleDB|timescale|timescaledb
Prometheus TSDB|prometheus tsdb
ClickHouse|clickhouse
Apache Druid|!druid|apache druid
Apache Pinot|!pinot|apache pinot
Snowflake|snowflake
Amazon Redshift|redshift
Google BigQuery|bigquery|big query
Azure Synapse|synapse analytics
Databricks|databricks
Teradata|teradata
Vertica|vertica
Greenplum|greenplum
CockroachDB|cockroachdb|cockroach db
YugabyteDB|yugabyte|yugabytedb
TiDB|tidb
Supabase|supabase
PlanetScale|planetscale
Neon|!neon|neon postgres
FaunaDB|faunadb
RethinkDB|rethinkdb
HBase|apache hbase
Apache Hive|!hive|apache hive|hiveql
Presto|prestodb
Trino|trino
Apache Ignite|!ignite|apache ignite
Hazelcast|hazelcast
etcd|etcd
Consul KV|consul kv
LevelDB|leveldb
RocksDB|rocksdb
Berkeley DB|berkeleydb
Microsoft Access|ms access|microsoft access
FileMaker|filemaker
Pinecone|pinecone
Weaviate|weaviate
Milvus|milvus
Qdrant|qdrant
Chroma|!chroma|chromadb
pgvector|pgvector
Liquibase|liquibase
Flyway|flyway
Alembic|alembic
`,
  cloud: `
Amazon Web Services|aws|amazon web services
Microsoft Azure|azure|ms azure|microsoft azure
Google Cloud Platform|gcp|google cloud|google cloud platform
IBM Cloud|ibm cloud|bluemix
Oracle Cloud|oci|oracle cloud infrastructure
Alibaba Cloud|aliyun|alibaba cloud
DigitalOcean|digital ocean|digitalocean
Linode|akamai linode
Vultr|vultr
Hetzner|hetzner cloud
OVHcloud|ovh
Heroku|heroku
Vercel|vercel
Netlify|netlify
Cloudflare|cloudflare
Cloudflare Workers|cloudflare workers
Fly.io|fly.io|flyio
Render|!render|render.com
Railway|!railway|railway.app
OpenStack|openstack
VMware|vmware|vsphere|esxi
Proxmox|proxmox
Amazon EC2|ec2|aws ec2
Amazon S3|s3|aws s3
AWS Lambda|!lambda|aws lambda|lambda functions
Amazon ECS|ecs|aws ecs
Amazon EKS|eks|aws eks
AWS Fargate|fargate
Amazon RDS|rds|aws rds
Amazon Aurora|!aurora|aws aurora|amazon aurora
Amazon SQS|sqs|aws sqs
Amazon SNS|sns|aws sns
Amazon Kinesis|kinesis
Amazon CloudFront|cloudfront
Amazon Route 53|route 53|route53
AWS CloudFormation|cloudformation
AWS CDK|aws cdk|!cdk
AWS IAM|iam|aws iam
AWS Step Functions|step functions
Amazon API Gateway|api gateway|aws api gateway
AWS Glue|aws glue
Amazon EMR|emr|aws emr
Amazon SageMaker|sagemaker
Amazon CloudWatch|cloudwatch
AWS Elastic Beanstalk|elastic beanstalk
Amazon Cognito|cognito
AWS AppSync|appsync
Azure Functions|azure functions
Azure DevOps|azure devops|vsts|tfs
Azure Kubernetes Service|aks
Azure App Service|azure app service
Azure Blob Storage|azure blob storage|blob storage
Azure Active Directory|azure ad|entra id|aad
Azure Service Bus|azure service bus
Azure Event Hubs|event hubs
Azure Data Factory|data factory|adf
Google Kubernetes Engine|gke
Google Cloud Functions|cloud functions
Google Cloud Run|cloud run
Google App Engine|app engine
Google Cloud Storage|gcs|cloud storage
Google Pub/Sub|pub/sub|pubsub|google pubsub
Google Dataflow|dataflow
Google Dataproc|dataproc
Vertex AI|vertex ai
Firebase Hosting|firebase hosting
`,
  devops: `
Docker|docker compose|docker-compose|dockerfile|docker swarm
Kubernetes|k8s|kube|kubectl
Helm|!helm|helm charts
OpenShift|openshift
Rancher|rancher
Nomad|hashicorp nomad
Podman|podman
containerd|containerd
Terraform|terraform|hcl
Pulumi|pulumi
Ansible|ansible
Chef|!chef|chef infra
Puppet|!puppet
SaltStack|saltstack|!salt
Vagrant|vagrant
Packer|hashicorp packer|!packer
Vault|hashicorp vault|!vault
Consul|hashicorp consul|!consul
Istio|istio
Linkerd|linkerd
Argo CD|argocd|argo cd
Argo Workflows|argo workflows
Flux|fluxcd|!flux
Spinnaker|spinnaker
Jenkins|jenkins pipelines
GitHub Actions|github actions|gh actions
GitLab CI|gitlab ci|gitlab ci/cd|gitlab-ci
CircleCI|circleci|circle ci
Travis CI|travis ci|travis-ci
TeamCity|teamcity
Bamboo|atlassian bamboo
Azure Pipelines|azure pipelines
Bitbucket Pipelines|bitbucket pipelines
Drone CI|drone ci
Buildkite|buildkite
Tekton|tekton
CI/CD|ci cd|cicd|continuous integration|continuous delivery|continuous deployment
Prometheus|prometheus
Grafana|grafana
Loki|!loki|grafana loki
Tempo|!tempo|grafana tempo
Jaeger|jaeger
Zipkin|zipkin
OpenTelemetry|opentelemetry|otel
Datadog|datadog
New Relic|new relic|newrelic
Dynatrace|dynatrace
AppDynamics|appdynamics
Splunk|splunk
ELK Stack|elk|elk stack
Logstash|logstash
Kibana|kibana
Fluentd|fluentd
Fluent Bit|fluent bit|fluentbit
Sentry|sentry
PagerDuty|pagerduty
Nagios|nagios
Zabbix|zabbix
Sumo Logic|sumo logic
Honeycomb|!honeycomb|honeycomb.io
SonarQube|sonarqube|sonar
Snyk|snyk
Trivy|trivy
Dependabot|dependabot
Artifactory|jfrog artifactory|jfrog
Nexus|!nexus|nexus repository|sonatype nexus
Harbor|!harbor
Kustomize|kustomize
Skaffold|skaffold
Tilt|!tilt
Minikube|minikube
kind|!kind
k3s|k3s
Linux|linux administration|gnu/linux
Ubuntu|ubuntu
Debian|debian
CentOS|centos
Red Hat Enterprise Linux|rhel|red hat|redhat
Fedora|fedora
Alpine Linux|alpine linux
Arch Linux|arch linux
FreeBSD|freebsd
Unix|unix
macOS|mac os|osx|os x
Windows Server|windows server
Windows|!windows
systemd|systemd
SELinux|selinux
Site Reliability Engineering|sre|site reliability engineering
Infrastructure as Code|iac|infrastructure as code
GitOps|gitops
DevSecOps|devsecops
`,
  testing: `
Jest|jest
Mocha|!mocha|mochajs
Chai|!chai|chaijs
Jasmine|!jasmine|jasminejs
Karma|!karma|karma runner
Vitest|vitest
Cypress|cypress
Playwright|playwright
Puppeteer|puppeteer
Selenium|selenium webdriver|selenium
WebdriverIO|webdriverio|wdio
TestCafe|testcafe
Testing Library|react testing library|testing library
Enzyme|!enzyme
Storybook Test|storybook test
pytest|py.test|pytest
unittest|python unittest
Hypothesis|!hypothesis
Robot Framework|robot framework
Behave|!behave
JUnit|junit|junit5|junit 5
TestNG|testng
Mockito|mockito
AssertJ|assertj
Spock|spock framework
RSpec|rspec
Capybara|capybara
Minitest|minitest
PHPUnit|phpunit
NUnit|nunit
xUnit|xunit|xunit.net
MSTest|mstest
Moq|!moq
GoogleTest|gtest|googletest|google test
Catch2|catch2
Cucumber|cucumber|gherkin|bdd
Postman|postman
Newman|!newman
Insomnia|insomnia
SoapUI|soapui
JMeter|jmeter|apache jmeter
Gatling|gatling
k6|k6|grafana k6
Locust|locust
LoadRunner|loadrunner
Appium|appium
Espresso|!espresso
XCTest|xctest
Detox|!detox
Pact|!pact|pact testing|contract testing
WireMock|wiremock
Testcontainers|testcontainers
Test-Driven Development|tdd|test driven development|test-driven development
`,
  data: `
Machine Learning|machine learning|!ml
Deep Learning|deep learning|!dl
Natural Language Processing|nlp|natural language processing
Computer Vision|computer vision|cv models
Large Language Models|llm|llms|large language models
Generative AI|genai|generative ai
Reinforcement Learning|reinforcement learning
TensorFlow|tensorflow|tf2|tensorflow 2
PyTorch|pytorch|torch
Keras|keras
scikit-learn|sklearn|scikit learn|scikit-learn
XGBoost|xgboost
LightGBM|lightgbm
CatBoost|catboost
JAX|!jax
Hugging Face|huggingface|hugging face|transformers library
LangChain|langchain
LlamaIndex|llamaindex|llama index
OpenAI API|openai api|openai|gpt-4|chatgpt api
spaCy|spacy
NLTK|nltk
Gensim|gensim
OpenCV|opencv
Pandas|pandas
NumPy|numpy
SciPy|scipy
Matplotlib|matplotlib
Seaborn|seaborn
Plotly|plotly
Bokeh|bokeh
Polars|polars
Dask|dask
Ray|!ray|ray.io
Jupyter|jupyter|jupyter notebook|jupyterlab|ipython
Google Colab|colab
Anaconda|anaconda|conda
MLflow|mlflow
Kubeflow|kubeflow
Weights & Biases|wandb|weights and biases
DVC|!dvc|data version control
ONNX|onnx
TensorRT|tensorrt
Apache Spark|spark|pyspark|apache spark|spark sql
Apache Hadoop|hadoop|hdfs|mapreduce|apache hadoop
Apache Flink|flink|apache flink
Apache Beam|apache beam
Apache Airflow|airflow|apache airflow
Dagster|dagster
Prefect|!prefect
Luigi|!luigi
dbt|!dbt|data build tool
Apache NiFi|nifi|apache nifi
Talend|talend
Informatica|informatica
Fivetran|fivetran
Airbyte|airbyte
Apache Iceberg|!iceberg|apache iceberg
Delta Lake|delta lake
Apache Hudi|hudi
Apache Parquet|parquet
Apache Avro|avro
Tableau|tableau
Power BI|powerbi|power bi|microsoft power bi
Looker|looker
Looker Studio|google data studio|looker studio
Metabase|metabase
Apache Superset|!superset|apache superset
Qlik|qlikview|qlik sense
Excel|microsoft excel|ms excel|!excel
Google Sheets|google sheets
ETL|etl|elt
Data Warehousing|data warehouse|data warehousing
Data Modeling|data modeling|data modelling
Statistics|!statistics|statistical analysis
A/B Testing|a/b testing|ab testing
Stable Diffusion|stable diffusion
`,
  messaging: `
Apache Kafka|kafka|apache kafka|kafka streams
RabbitMQ|rabbitmq|rabbit mq
ActiveMQ|activemq|apache activemq
Apache Pulsar|pulsar|apache pulsar
NATS|!nats|nats.io
ZeroMQ|zeromq|zmq
MQTT|mqtt
Mosquitto|mosquitto
Redis Streams|redis streams
Amazon MQ|amazon mq
Google Cloud Pub/Sub|cloud pub/sub
Bull|!bull|bullmq
Sidekiq|sidekiq
Resque|resque
Temporal|temporal.io|!temporal
Camunda|camunda
Apache Camel|apache camel
MuleSoft|mulesoft|mule esb
IBM MQ|ibm mq|websphere mq
Kafka Connect|kafka connect
Confluent|confluent platform
Debezium|debezium
Socket.IO|socket.io server
SignalR|signalr
`,
  tool: `
Git|git|git flow|gitflow
GitHub|github
GitLab|gitlab
Bitbucket|bitbucket
Subversion|svn|subversion
Mercurial|mercurial|!hg
Perforce|perforce|helix core
Jira|jira|atlassian jira
Confluence|confluence
Trello|trello
Asana|asana
Notion|!notion|notion.so
Linear|!linear|linear.app
Slack|!slack
Microsoft Teams|ms teams|microsoft teams
Visual Studio|visual studio
Visual Studio Code|vs code|vscode|visual studio code
IntelliJ IDEA|intellij|intellij idea
PyCharm|pycharm
WebStorm|webstorm
Eclipse|eclipse ide|!eclipse
NetBeans|netbeans
Vim|vim|neovim|nvim
Emacs|emacs
Make|!make|makefile|gnu make
CMake|cmake
Bazel|bazel
Buck|!buck
Ninja|!ninja|ninja build
sbt|!sbt
Cargo|!cargo
pip|!pip|pipenv
Poetry|!poetry|python poetry
NuGet|nuget
Homebrew|homebrew
Wireshark|wireshark
tcpdump|tcpdump
Burp Suite|burp suite
Metasploit|metasploit
Nmap|nmap
OWASP|owasp|owasp top 10
Kali Linux|kali linux
Postman Collections|postman collections
cURL|curl
Swagger UI|swagger ui
Agile|agile|agile methodologies
Scrum|scrum
Kanban|kanban
SAFe|!safe|scaled agile
Lean|!lean
UML|uml
BPMN|bpmn
TOGAF|togaf
ITIL|itil
Six Sigma|six sigma
Miro|!miro
Lucidchart|lucidchart
Draw.io|draw.io|diagrams.net
Excalidraw|excalidraw
Canva|!canva
Blender|blender
AutoCAD|autocad
SolidWorks|solidworks
LabVIEW|labview
Simulink|simulink
Arduino|arduino
Raspberry Pi|raspberry pi
ROS|!ros|robot operating system
FreeRTOS|freertos
Zephyr RTOS|zephyr rtos
Embedded C|embedded c
Yocto|yocto project|!yocto
Qt|!qt|qt framework|qt5|qt6
GTK|gtk
Electron|electron|electronjs
Tauri|tauri
WPF|wpf
WinForms|winforms|windows forms
MFC|!mfc
Boost|boost c++|!boost
STL|!stl
OpenGL|opengl
Vulkan|vulkan
DirectX|directx
Metal|!metal|metal api
SFML|sfml
SDL|!sdl|libsdl
Ethereum|ethereum
Hyperledger|hyperledger fabric
Web3.js|web3|web3.js
Ethers.js|ethers.js|ethersjs
Truffle|!truffle|truffle suite
Hardhat|hardhat
IPFS|ipfs
`,
  platform: `
TCP/IP|tcp/ip|tcp ip|tcp
HTTP|http|http/2|https
DNS|dns
TLS|ssl/tls|tls
SSH|ssh
VPN|vpn
BGP|bgp
Load Balancing|load balancing|load balancer
CDN|cdn
Networking|!networking|computer networking|network engineering
Cisco|cisco ios|ccna|ccnp
Juniper|!juniper|junos
Active Directory|active directory
LDAP|ldap
Kerberos|kerberos
Zero Trust|zero trust
SIEM|siem
Penetration Testing|penetration testing|pentesting|pen testing
Cryptography|cryptography
PKI|pki
OAuth2 Proxy|oauth2 proxy
Distributed Systems|distributed systems
System Design|system design
Data Structures|data structures
Algorithms|algorithms
Object-Oriented Programming|oop|object oriented programming|object-oriented programming
Functional Programming|functional programming
Design Patterns|design patterns
Multithreading|multithreading|concurrency
Linux Kernel|linux kernel|kernel development
Embedded Systems|embedded systems|firmware
IoT|internet of things|iot
Blockchain|blockchain
Smart Contracts|smart contracts
AR/VR|augmented reality|virtual reality|ar/vr
Accessibility|wcag|a11y|web accessibility
SEO|seo|search engine optimization
Responsive Design|responsive design|responsive web design
UX Design|ux|ux design|user experience
UI Design|ui design|user interface design
`,
};
