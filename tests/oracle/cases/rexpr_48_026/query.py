from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((s <= 'a') OR (s <= ''))").select("id", F.when(col("b"), col("ts")).when((col("k") == lit(-2).cast("bigint")), col("ts")).alias("c1"), expr("(ts + INTERVAL -3 DAYS)").alias("c2"), expr("CASE WHEN ((dt >= to_date('2000-01-01')) OR (s <= ' ')) THEN greatest(id, id) ELSE id END AS c3"), expr("isnull(ts) AS c4"))
OUTPUT_MODE = "append"
