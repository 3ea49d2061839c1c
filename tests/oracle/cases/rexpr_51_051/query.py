from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("bround((round(n, 0) + m), 3)")).withColumn("c2", expr("CASE WHEN b THEN ts ELSE ts END")).withColumn("c3", expr("(d >= (100.0D - i))")).withColumn("c4", expr("date_add(dateadd(add_months(to_date('2023-12-31'), i), (i + i)), (i + i))")).withColumn("c5", (lit(.001).cast("decimal(4,3)") + col("n"))).where("(c3 OR (s IS NULL))")
OUTPUT_MODE = "append"
