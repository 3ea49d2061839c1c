from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce(F.bround(F.exp(col("m")), 1).between(lit(0.1), lit(0.5)), lit(True))).withColumn("c1", col("d").cast("decimal(6,2)")).withColumn("c2", expr("CASE WHEN (j <= k) THEN hash(date_add(dt, i), (id + d)) WHEN startswith(s, 'o') THEN i ELSE 100 END")).withColumn("c3", col("id")).withColumn("c4", expr("vector_normalize(array(3.0F, CAST(-1 AS FLOAT)), 2.0F)")).withColumn("c5", expr("from_json('{\"k\": ' || d || '}', 'MAP<STRING, DOUBLE>')")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
