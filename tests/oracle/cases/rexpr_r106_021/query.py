from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(t > '2024-02-29')")).withColumn("c2", expr("(id % nullif(month(TIMESTAMP'2024-03-01 12:30:00.123456'), 0))")).withColumn("c3", expr("add_months(CASE WHEN c1 THEN dt WHEN c1 THEN dt ELSE dt END, getbit(abs(3) % 100, 0))")).drop("m", "n", "t").where((~F.coalesce(F.arrays_overlap(F.array(F.month(col("dt")), F.bit_get(col("i"), lit(3))), F.array(lit(1), lit(2), F.month(col("dt")))), lit(False))))
OUTPUT_MODE = "append"
