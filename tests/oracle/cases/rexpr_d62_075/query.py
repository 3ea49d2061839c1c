from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(d / nullif(least(d, d), 0))")).withColumn("c2", expr("(5 * 3L)")).withColumn("t", F.rpad(lit("é"), 0, "é")).withColumn("c4", expr("CAST(dt AS INT)")).select("id", "c1", "c2", "c4")
OUTPUT_MODE = "append"
