from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((get(split(lpad(t, 8, ' '), ','), 0) IS NULL) OR (n IS NOT NULL))").withColumn("c1", col("t").ilike("% %")).withColumn("c2", expr("date_trunc('yyyy', TIMESTAMP'2024-02-29 00:00:00')")).withColumn("c3", expr("(i - id)")).withColumn("c4", ((col("id") + (col("id") + col("i"))) / F.nullif(lit(3.75), lit(0))).isNotNull()).withColumn("c5", F.datediff(col("ts"), lit(5))).withColumn("c6", expr("contains(s, ' ')")).drop("j", "d", "m", "dt", "ts")
OUTPUT_MODE = "append"
