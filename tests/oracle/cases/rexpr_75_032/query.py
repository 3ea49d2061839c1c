from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(10,2), d DOUBLE, s STRING, f FLOAT, i INT, t STRING, dt DATE, ts TIMESTAMP, j INT").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (pow(round(f), 2) > (m + 99.99)) THEN (i - i) WHEN (bround(f, 1) > CAST(true AS BIGINT)) THEN j WHEN (i NOT IN (-1, 3)) THEN 12 ELSE i END")).withColumn("c2", F.when((col("t") == lit("x-y")), col("m")).when((col("d") == lit(100.0)), expr("1.25")).otherwise(col("m"))).withColumn("c3", (col("d") / lit(2.0))).withColumn("c4", F.isnull(lit(1).cast("bigint"))).drop("s", "i", "t", "dt", "j").filter("((c1 IN (5, 1)) OR (ts >= TIMESTAMP'1999-12-31 23:59:59.999'))")
OUTPUT_MODE = "append"
