from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("b") | (col("i") == lit(2)))).select("id", F.when(col("b"), col("ts")).otherwise(F.date_trunc("QUARTER", F.greatest(col("ts"), col("ts")))).alias("c1"), expr("least(m, n) AS c2"), expr("lpad(t, 0, 'ab') AS c3"), expr("(CASE WHEN (i IS NOT NULL) THEN i ELSE i END + CASE WHEN b THEN id WHEN b THEN id END)").alias("c4"))
OUTPUT_MODE = "append"
