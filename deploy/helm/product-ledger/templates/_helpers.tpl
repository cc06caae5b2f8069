{{/* Names and labels. */}}
{{- define "pl.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "pl.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Name of one service's objects. Call with (list $ "catalogue"). */}}
{{- define "pl.serviceName" -}}
{{- $root := index . 0 -}}
{{- printf "%s-%s" (include "pl.fullname" $root | trunc 50 | trimSuffix "-") (index . 1) -}}
{{- end -}}

{{- define "pl.commonLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ include "pl.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: product-ledger
{{- end -}}

{{/* Call with (list $ "catalogue"). */}}
{{- define "pl.selectorLabels" -}}
{{- $root := index . 0 -}}
app.kubernetes.io/name: {{ include "pl.name" $root }}
app.kubernetes.io/instance: {{ $root.Release.Name }}
app.kubernetes.io/component: {{ index . 1 }}
{{- end -}}

{{/* Call with (list $ "catalogue"). */}}
{{- define "pl.labels" -}}
{{ include "pl.commonLabels" (index . 0) }}
app.kubernetes.io/component: {{ index . 1 }}
{{- end -}}

{{/*
One service's effective settings: serviceDefaults overlaid with services.<name>, as YAML.
Call with (list $ "catalogue"); use as `$svc := include "pl.service" (list $ $name) | fromYaml`.
*/}}
{{- define "pl.service" -}}
{{- $root := index . 0 -}}
{{- $name := index . 1 -}}
{{- if eq $name "gateway" -}}
{{- include "pl.gateway" $root -}}
{{- else -}}
{{- $own := index $root.Values.services $name -}}
{{- $svc := mergeOverwrite (deepCopy $root.Values.serviceDefaults) (deepCopy $own) -}}
{{- $_ := set $svc "name" $name -}}
{{- toYaml $svc -}}
{{- end -}}
{{- end -}}

{{/*
The gateway's effective settings, shaped like a service's: serviceDefaults overlaid with `gateway`, the
Ingress root, no consumer groups, and its environment: where each enabled service answers, the
OIDC settings the console reads, the topics of its live notices.
*/}}
{{- define "pl.gateway" -}}
{{- $own := .Values.gateway -}}
{{- $svc := mergeOverwrite (deepCopy .Values.serviceDefaults) (omit (deepCopy $own) "enabled" "oidc" "proxyTimeoutMs") -}}
{{- $_ := set $svc "name" "gateway" -}}
{{- $_ := set $svc "ingressPaths" (list "/") -}}
{{- $_ := set $svc "consumerGroups" (list) -}}
{{- $env := dict
  "PROXY_TIMEOUT_MS" (toString (int64 $own.proxyTimeoutMs))
  "LIVE_TOPICS" (join "," .Values.kafka.topics.names)
  "KAFKA_GROUP_PREFIX" "gateway"
-}}
{{- range $name := include "pl.enabledServices" . | fromYamlArray -}}
{{- $service := index $.Values.services $name -}}
{{- $_ := set $env (printf "%s_URL" (upper $name)) (printf "http://%s:%d" (include "pl.serviceName" (list $ $name)) (int $service.port)) -}}
{{- end -}}
{{- with $own.oidc -}}
{{- if .issuer -}}{{- $_ := set $env "OIDC_ISSUER" .issuer -}}{{- end -}}
{{- if .clientId -}}{{- $_ := set $env "OIDC_CLIENT_ID" .clientId -}}{{- end -}}
{{- if .audience -}}{{- $_ := set $env "OIDC_AUDIENCE" .audience -}}{{- end -}}
{{- if .scope -}}{{- $_ := set $env "OIDC_SCOPE" .scope -}}{{- end -}}
{{- end -}}
{{- $_ := set $svc "env" (mergeOverwrite $env (default dict $own.env)) -}}
{{- toYaml $svc -}}
{{- end -}}

{{/* What runs as a Deployment: the enabled services, and the gateway when enabled, as a YAML list. */}}
{{- define "pl.workloads" -}}
{{- $names := include "pl.enabledServices" . | fromYamlArray -}}
{{- if .Values.gateway.enabled -}}{{- $names = append $names "gateway" -}}{{- end -}}
{{- toYaml $names -}}
{{- end -}}

{{/* Names of the enabled services, sorted, as a YAML list. */}}
{{- define "pl.enabledServices" -}}
{{- $names := list -}}
{{- range $name, $svc := .Values.services -}}
{{- if $svc.enabled -}}{{- $names = append $names $name -}}{{- end -}}
{{- end -}}
{{- toYaml (sortAlpha $names) -}}
{{- end -}}

{{/* The image of one service. Call with (list $ "catalogue"). */}}
{{- define "pl.image" -}}
{{- $root := index . 0 -}}
{{- $image := $root.Values.image -}}
{{- $repository := printf "%s/%s" $image.repositoryPrefix (index . 1) -}}
{{- if $image.registry -}}{{- $repository = printf "%s/%s" $image.registry $repository -}}{{- end -}}
{{- if $image.digest -}}
{{- printf "%s@%s" $repository $image.digest -}}
{{- else -}}
{{- printf "%s:%s" $repository (default $root.Chart.AppVersion $image.tag | toString) -}}
{{- end -}}
{{- end -}}

{{/* A Kubernetes memory quantity (Mi or Gi) in MiB. */}}
{{- define "pl.memoryMiB" -}}
{{- $q := toString . -}}
{{- if regexMatch "^[0-9]+Gi$" $q -}}
{{- mul (trimSuffix "Gi" $q | atoi) 1024 -}}
{{- else if regexMatch "^[0-9]+Mi$" $q -}}
{{- trimSuffix "Mi" $q | atoi -}}
{{- else -}}
{{- fail (printf "memory limit %q: write it in whole Mi or Gi so the chart can size the Node.js heap" $q) -}}
{{- end -}}
{{- end -}}

{{/* Variables only a Secret may carry: the chart refuses them as plain values. */}}
{{- define "pl.secretOnlyVariables" -}}
{{- toYaml (list "DATABASE_URL" "AUTH_JWT_SECRET") -}}
{{- end -}}

{{/*
The plain environment of one service (the ConfigMap's data), as YAML. It is also rendered straight
into the hook Jobs, which run before the ConfigMap exists. Call with (list $ $svc).
*/}}
{{- define "pl.configData" -}}
{{- $root := index . 0 -}}
{{- $svc := index . 1 -}}
{{- $authMode := $root.Values.config.authMode -}}
{{- if and (eq $authMode "development") (eq $root.Values.config.nodeEnv "production") -}}
{{- fail "config.authMode=development accepts tokens signed with the public development secret: it is refused with config.nodeEnv=production" -}}
{{- end -}}
{{- $data := dict
  "NODE_ENV" $root.Values.config.nodeEnv
  "AUTH_MODE" $authMode
  "TRUST_PROXY_HOPS" (toString (int64 $root.Values.config.trustProxyHops))
  "PORT" (toString $svc.port)
  "KAFKA_BROKERS" $root.Values.kafka.brokers
  "KAFKA_CLIENT_ID" $svc.name
  "LOG_LEVEL" $root.Values.config.logLevel
  "SHUTDOWN_TIMEOUT_MS" (toString (int64 $root.Values.config.shutdownTimeoutMs))
-}}
{{- with $root.Values.config.otlpEndpoint -}}{{- $_ := set $data "OTEL_EXPORTER_OTLP_ENDPOINT" . -}}{{- end -}}
{{- range $key, $value := $root.Values.config.extraEnv -}}{{- $_ := set $data $key (toString $value) -}}{{- end -}}
{{- range $key, $value := $svc.env -}}{{- $_ := set $data $key (toString $value) -}}{{- end -}}
{{- if ne (get $data "AUTH_MODE") $authMode -}}
{{- fail "AUTH_MODE is set by config.authMode only, not through extraEnv or a service's env" -}}
{{- end -}}
{{- $secretOnly := include "pl.secretOnlyVariables" $root | fromYamlArray -}}
{{- range $key, $_ := $data -}}
{{- if has $key $secretOnly -}}
{{- fail (printf "%s is secret: reference it through secret.env or services.%s.secretEnv, not as a plain value" $key $svc.name) -}}
{{- end -}}
{{- end -}}
{{- toYaml $data -}}
{{- end -}}

{{/* secret.env overlaid with the service's secretEnv, as YAML. Call with (list $ $svc). */}}
{{- define "pl.secretEnv" -}}
{{- $root := index . 0 -}}
{{- $svc := index . 1 -}}
{{- $env := mergeOverwrite (deepCopy (default dict $root.Values.secret.env)) (deepCopy (default dict $svc.secretEnv)) -}}
{{- if hasKey $env "AUTH_MODE" -}}
{{- fail "AUTH_MODE is set by config.authMode only, not from a Secret" -}}
{{- end -}}
{{- toYaml $env -}}
{{- end -}}

{{/* NODE_OPTIONS with the heap ceiling at heapPercent of the memory limit. Call with $svc. */}}
{{- define "pl.nodeOptions" -}}
{{- $limit := required (printf "services.%s: resources.limits.memory is required" .name) .resources.limits.memory -}}
{{- $mib := include "pl.memoryMiB" $limit | atoi -}}
{{- printf "--max-old-space-size=%d" (div (mul $mib (int .heapPercent)) 100) -}}
{{- end -}}

{{/*
The container environment: NODE_OPTIONS, the Secret references, and (for hook Jobs, with
inlineConfig) the plain settings. Call with (dict "root" $ "svc" $svc "inlineConfig" bool).
*/}}
{{- define "pl.env" -}}
{{- $root := .root -}}
{{- $svc := .svc -}}
{{- $secretName := required "secret.name: name the Secret that holds the database URLs and auth settings" $root.Values.secret.name -}}
- name: NODE_OPTIONS
  value: {{ include "pl.nodeOptions" $svc | quote }}
{{- if .inlineConfig }}
{{- range $key, $value := include "pl.configData" (list $root $svc) | fromYaml }}
- name: {{ $key }}
  value: {{ $value | quote }}
{{- end }}
{{- end }}
{{- range $variable, $ref := include "pl.secretEnv" (list $root $svc) | fromYaml }}
- name: {{ $variable }}
  valueFrom:
    secretKeyRef:
      name: {{ $secretName }}
      key: {{ required (printf "secret env %s needs a key" $variable) $ref.key }}
      {{- if $ref.optional }}
      optional: true
      {{- end }}
{{- end }}
{{- end -}}

{{/* Partition count of a topic. Call with (list $ "topic.name"). */}}
{{- define "pl.topicPartitions" -}}
{{- $root := index . 0 -}}
{{- $topics := $root.Values.kafka.topics -}}
{{- $override := index (default dict $topics.partitionsOverride) (index . 1) -}}
{{- default $topics.partitions $override | int -}}
{{- end -}}

{{/* Termination grace: explicit, or preStop sleep + drain + 10 s. Call with (list $ $svc). */}}
{{- define "pl.terminationGrace" -}}
{{- $root := index . 0 -}}
{{- $svc := index . 1 -}}
{{- $drain := add (int $svc.preStopSleepSeconds) (div (add (int64 $root.Values.config.shutdownTimeoutMs) 999) 1000) -}}
{{- if $svc.terminationGracePeriodSeconds -}}
{{- if le (int $svc.terminationGracePeriodSeconds) (int $drain) -}}
{{- fail (printf "services.%s.terminationGracePeriodSeconds (%d) must be longer than preStop sleep + drain (%d s)" $svc.name (int $svc.terminationGracePeriodSeconds) (int $drain)) -}}
{{- end -}}
{{- int $svc.terminationGracePeriodSeconds -}}
{{- else -}}
{{- add $drain 10 -}}
{{- end -}}
{{- end -}}
