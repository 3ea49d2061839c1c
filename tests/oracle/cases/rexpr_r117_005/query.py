from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN b THEN (s < 'abc') WHEN (b IS NOT TRUE) THEN (NOT b) ELSE (k <> 86400L) END")).withColumn("c2", expr("from_json(s, 'a INT, b ARRAY<STRING>')")).withColumn("ts", expr("timestamp_add('HOUR', size(split(current_database(), ' ')), date_trunc('MINUTE', TIMESTAMP'1999-12-31 23:59:59.999'))")).withColumn("i", F.char_length(col("s"))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
