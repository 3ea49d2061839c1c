from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, t STRING, n DECIMAL(9,5), s STRING, b BOOLEAN, i INT, j INT, d DOUBLE, m DECIMAL(38,10), dt DATE").json(INPUT)
result = df.filter("(((i IN (2, 2, 1)) <=> (t LIKE 'H%')) OR (dt IS NOT NULL))").withColumn("c1", expr("(trunc(dt, 'MM') + INTERVAL 1 MONTH)")).withColumn("ts", F.date_trunc("MINUTE", (F.when(col("b"), col("ts")).otherwise(col("ts")) - expr("INTERVAL 36 HOURS")))).withColumn("c3", (lit(0).cast("bigint") + col("d"))).withColumn("c4", expr("abs(bround(m, 1))")).withColumn("c5", expr("pmod(CASE WHEN (1 IN (10, 2)) THEN -2L ELSE 0L END, nullif(TRY_CAST(id AS INT), 0))")).select("id", "c1", "c3", "c4", "c5")
OUTPUT_MODE = "append"
