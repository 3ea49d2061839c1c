from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, j STRING, u STRING").load(INPUT)
result = df.select("id", F.json_array_length("j").alias("n"), F.json_object_keys("j").alias("keys"),
    F.parse_url("u", F.lit("HOST")).alias("host"), F.expr("parse_url(u, 'PATH')").alias("path"),
    F.expr("parse_url(u, 'QUERY')").alias("q"), F.expr("parse_url(u, 'QUERY', 'k')").alias("qk"),
    F.expr("parse_url(u, 'REF')").alias("ref"), F.expr("parse_url(u, 'PROTOCOL')").alias("proto"),
    F.expr("parse_url(u, 'FILE')").alias("file"), F.expr("parse_url(u, 'AUTHORITY')").alias("auth"),
    F.expr("parse_url(u, 'USERINFO')").alias("ui"), F.expr("try_parse_url(u, 'HOST')").alias("th"))
OUTPUT_MODE = "append"
