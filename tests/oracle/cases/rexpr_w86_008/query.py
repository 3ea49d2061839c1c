from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (F.nullif(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))) + expr("INTERVAL '90' MINUTE"))).withColumn("c2", expr("CASE WHEN (s IN ('日本', 'abc', '2024-02-29')) THEN dt ELSE if(b, dt, DATE'2024-02-29') END")).withColumn("c3", col("c2")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
