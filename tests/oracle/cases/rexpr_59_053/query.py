from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("coalesce(m, -3.10)")).withColumn("c2", expr("ln(bround(round(m, 0), -1))")).withColumn("c3", expr("ifnull(id, -2L)")).withColumn("c4", F.coalesce(expr("CASE i WHEN 3 THEN id ELSE id END"), lit(-2).cast("bigint")))
OUTPUT_MODE = "append"
