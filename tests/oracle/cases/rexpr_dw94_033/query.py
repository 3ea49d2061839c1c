from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(10,2), k BIGINT, t STRING, j INT, i INT, dt DATE, d DOUBLE, n DECIMAL(5,3), s STRING, ts TIMESTAMP").load(INPUT)
result = df.groupBy("dt").agg(expr("round(avg(m), 3) AS a1"), F.count(F.round((lit(-3.10).cast("decimal(3,2)") + col("m")), -1)).alias("a2"), F.sum((F.ascii(col("t")) - F.weekday(F.next_day(col("dt"), "TU")))).alias("a3"))
OUTPUT_MODE = "update"
