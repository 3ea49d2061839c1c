from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.zeroifnull(col("m")).alias("c1"), expr("vector_normalize(array(3.0F, CAST(int(power(int(power(positive(10) % 4, 2)) % 4, 2)) AS FLOAT)), 2.0F)").alias("c2"), expr("flatten(array(array(CAST(CAST((s IS NOT NULL) AS INT) AS STRING)), CAST(NULL AS ARRAY<STRING>)))").alias("c3"), F.array_join(F.regexp_extract_all(expr("to_json(from_xml('<ROW><a>' || length(s) || '</a><b>' || s || '</b></ROW>', 'a INT, b STRING'))"), lit('([a-z]+)'), 1), '|').alias("c4"), F.csc(F.nullif(F.acos(F.tan(col("d"))), lit(0))).alias("c5")).where(col("m").isNotNull())
OUTPUT_MODE = "append"
