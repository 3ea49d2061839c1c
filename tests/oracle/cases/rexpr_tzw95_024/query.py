spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("concat(trim(s), substr(s, 0, 3))").alias("c1"), expr("(ts - INTERVAL 1 MONTH) AS c2"), F.when(col("id").eqNullSafe(lit(-2).cast("bigint")), col("n")).when(col("n").between(expr("0.001"), expr("12.345")), col("m")).when(col("b"), col("m")).otherwise(col("m")).alias("c3"))
OUTPUT_MODE = "append"
